// The rules of a live class, independent of the transport: who may do what, one answer per device
// per question, answers only to the open round, and results only above the anonymity thresholds.
// Every message here has been validated against src/server/protocol.ts already.
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import {
  CHECK_WORD_LENGTH,
  CODE_ALPHABET,
  CODE_LENGTH,
  MIN_ANSWERS_FOR_RESULTS,
  MIN_PAIRS_FOR_CHANGE,
  SESSION_IDLE_MS,
  tallyKeys,
  type Ack,
  type ChangeReport,
  type ChangeResult,
  type LiveAnswer,
  type LiveQuestion,
  type LiveRound,
  type Progress,
  type RoundResult,
  type RoundView,
  type SessionSummary,
} from '../protocol/live.ts';
import type { SessionStore, StoredAnswer, StoredRound, StoredSession } from './store/session-store.ts';

/** A class is about 35; this leaves room for a double class, and stops a flood of joins. */
export const MAX_DEVICES_PER_SESSION = 120;

export class Classroom {
  constructor(
    private readonly store: SessionStore,
    private readonly now: () => number = Date.now,
    /** How long an unused session lives; shorter only in tests. */
    private readonly idleMs: number = SESSION_IDLE_MS,
  ) {}

  /** A new session for a lesson: its code and check word for the projector, its secret for the teacher's browser. */
  async createSession(lessonId: string): Promise<{ code: string; checkWord: string; secret: string }> {
    const secret = randomBytes(32).toString('hex');
    const checkWord = String(randomInt(0, 10 ** CHECK_WORD_LENGTH)).padStart(CHECK_WORD_LENGTH, '0');
    for (;;) {
      const code = Array.from({ length: CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
      const created = await this.store.create({
        code,
        checkWord,
        secretHash: sha256(secret),
        lessonId,
        createdAt: this.now(),
        lastActivity: this.now(),
        participants: [],
        rounds: {},
        current: null,
      });
      if (created) return { code, checkWord, secret };
    }
  }

  /** The session if `secret` is its control secret: only the browser that started it has that. */
  async asTeacher(code: string, secret: string): Promise<Ack<{ session: StoredSession }>> {
    const session = await this.liveSession(code);
    if (!session) return { ok: false, error: 'unknown-session' };
    const given = Buffer.from(sha256(secret), 'hex');
    if (!timingSafeEqual(given, Buffer.from(session.secretHash, 'hex'))) return { ok: false, error: 'not-allowed' };
    await this.touch(code);
    return { ok: true, session };
  }

  /** A device joins with the code and the check word shown on the projector; joining again is harmless. */
  async join(
    code: string,
    checkWord: string,
    token: string,
  ): Promise<Ack<{ lessonId: string; current: RoundView | null; answers: Record<string, LiveAnswer> }>> {
    const session = await this.liveSession(code);
    if (!session) return { ok: false, error: 'unknown-session' };
    if (!timingSafeEqual(Buffer.from(checkWord), Buffer.from(session.checkWord)))
      return { ok: false, error: 'wrong-check-word' };
    const device = deviceId(code, token);
    const joined = await this.store.join(code, device, MAX_DEVICES_PER_SESSION, this.now());
    if (joined === 'unknown-session') return { ok: false, error: 'unknown-session' };
    if (joined === 'full') return { ok: false, error: 'server-busy' };
    const current = currentView(session);
    const mine =
      current && current.state === 'open' ? await this.store.answerOf(code, current.round.id, device) : undefined;
    return { ok: true, lessonId: session.lessonId, current, answers: mine?.answers ?? {} };
  }

  /** A device's answers to the open round, replacing its earlier ones. */
  async answer(
    code: string,
    token: string,
    roundId: string,
    answers: Record<string, LiveAnswer>,
    change: Record<string, ChangeReport> | undefined,
  ): Promise<Ack> {
    // One read: the session and whether this device joined, not the whole class's list.
    const device = deviceId(code, token);
    const glance = await this.store.glance(code, device);
    if (!glance || this.now() - glance.session.lastActivity > this.idleMs)
      return { ok: false, error: 'unknown-session' };
    if (!glance.member) return { ok: false, error: 'not-joined' };
    const { session } = glance;
    const stored = session.rounds[roundId];
    if (!stored) return { ok: false, error: 'unknown-round' };
    if (stored.state !== 'open' || session.current !== roundId) return { ok: false, error: 'round-closed' };
    const questions = new Map(stored.round.questions.map((question) => [question.id, question]));
    const entries = Object.entries(answers);
    if (
      entries.length === 0 ||
      entries.some(([id, answer]) => !questions.has(id) || !fits(questions.get(id)!, answer))
    ) {
      return { ok: false, error: 'invalid-answer' };
    }
    // Change reports belong to the `after` round only, and only for questions answered now.
    const ownChange =
      stored.round.kind === 'after' && change
        ? Object.fromEntries(Object.entries(change).filter(([id]) => id in answers))
        : undefined;
    const accepted = await this.store.setAnswer(
      code,
      roundId,
      device,
      {
        answers,
        ...(ownChange ? { change: ownChange } : {}),
      },
      this.now(),
    );
    if (!accepted) return { ok: false, error: 'round-closed' };
    return { ok: true };
  }

  /** Puts a round on the students' screens, closing the one before it. Reopening a round that has closed is refused. */
  async open(code: string, round: LiveRound): Promise<Ack<{ view: RoundView }>> {
    const session = await this.liveSession(code);
    if (!session) return { ok: false, error: 'unknown-session' };
    const existing = session.rounds[round.id];
    if (existing && existing.state !== 'open') return { ok: false, error: 'round-closed' };
    if (session.current && session.current !== round.id && session.rounds[session.current]?.state === 'open')
      await this.close(code, session.current);
    const updated = await this.store.update(code, (s) => ({
      ...s,
      current: round.id,
      rounds: { ...s.rounds, [round.id]: existing ?? { round, state: 'open' } },
      lastActivity: this.now(),
    }));
    return { ok: true, view: currentView(updated!)! };
  }

  /** Stops taking answers: the answers become counts and are deleted. */
  async close(
    code: string,
    roundId: string,
    state: 'closed' | 'skipped' = 'closed',
  ): Promise<Ack<{ view: RoundView }>> {
    const session = await this.liveSession(code);
    if (!session) return { ok: false, error: 'unknown-session' };
    const stored = session.rounds[roundId];
    if (!stored) return { ok: false, error: 'unknown-round' };
    const updated =
      stored.state === 'open'
        ? await this.store.closeRound(code, roundId, (round, answers) => ({ ...foldAnswers(round, answers), state }))
        : state === 'skipped'
          ? await this.store.update(code, (s) => ({ ...s, rounds: { ...s.rounds, [roundId]: { ...stored, state } } }))
          : session;
    await this.touch(code);
    return { ok: true, view: { round: stored.round, state: updated!.rounds[roundId].state } };
  }

  /** Shows a round's results: closes it first if it is still open. */
  async reveal(code: string, roundId: string): Promise<Ack<{ view: RoundView; result: RoundResult }>> {
    const closed = await this.close(code, roundId);
    if (!closed.ok) return closed;
    const session = await this.store.update(code, (s) => ({
      ...s,
      rounds: { ...s.rounds, [roundId]: { ...s.rounds[roundId], state: 'revealed' } },
    }));
    const stored = session!.rounds[roundId];
    return { ok: true, view: { round: stored.round, state: stored.state }, result: roundResult(roundId, stored) };
  }

  /** Joined devices and answers in for the current round, for the projector. */
  async progress(code: string): Promise<Progress> {
    const glance = await this.store.glance(code);
    if (!glance) return { joined: 0, roundId: null, state: null, answered: 0 };
    const { session } = glance;
    const current = session.current ? session.rounds[session.current] : undefined;
    const answered = !current ? 0 : current.state === 'open' ? glance.answered : answeredOf(current);
    return { joined: glance.joined, roundId: session.current, state: current?.state ?? null, answered };
  }

  /** The class summary: counts per option and before/after, only where the thresholds are met. No per-device row. */
  async summary(code: string): Promise<SessionSummary | undefined> {
    const session = await this.store.get(code);
    if (!session) return undefined;
    const rounds = Object.entries(session.rounds)
      .filter(([, round]) => round.state !== 'open')
      .map(([id, round]) => roundResult(id, round));
    const change: ChangeResult[] = Object.values(session.rounds)
      .filter((round) => round.round.kind === 'after' && round.change)
      .flatMap((round) =>
        round.round.questions.map((question): ChangeResult => {
          const tally = round.change![question.id] ?? { pairs: 0, rightBefore: 0, rightAfter: 0 };
          return tally.pairs >= MIN_PAIRS_FOR_CHANGE
            ? { questionId: question.id, enough: true, ...tally }
            : { questionId: question.id, pairs: tally.pairs, enough: false };
        }),
      );
    return { lessonId: session.lessonId, joined: session.participants.length, rounds, change };
  }

  /** Ends a session: it and every answer in it are deleted. */
  async end(code: string): Promise<void> {
    await this.store.delete(code);
  }

  /** Deletes the sessions nobody has used for `idleMs` (3 hours); returns their codes. */
  async expire(): Promise<string[]> {
    const expired: string[] = [];
    for (const code of await this.store.codes()) {
      const session = await this.store.get(code);
      if (session && this.now() - session.lastActivity > this.idleMs) {
        await this.store.delete(code);
        expired.push(code);
      }
    }
    return expired;
  }

  /**
   * Whether a session is still there: false once it has expired (in Redis, once its keys ran out,
   * which no process is told of) or was ended. Throws when the store cannot be reached.
   */
  async isLive(code: string): Promise<boolean> {
    return (await this.liveSession(code)) !== undefined;
  }

  private async liveSession(code: string): Promise<StoredSession | undefined> {
    const session = await this.store.get(code);
    if (!session || this.now() - session.lastActivity > this.idleMs) return undefined;
    return session;
  }

  private async touch(code: string): Promise<void> {
    await this.store.touch(code, this.now());
  }
}

/** A device's id in one session: a hash of its token, so the token itself is never stored. */
function deviceId(code: string, token: string): string {
  return sha256(`${code}:${token}`).slice(0, 32);
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function currentView(session: StoredSession): RoundView | null {
  const round = session.current ? session.rounds[session.current] : undefined;
  return round ? { round: round.round, state: round.state } : null;
}

/** Whether an answer is one the question could have: its kind, and only its own options, each once. */
function fits(question: LiveQuestion, answer: LiveAnswer): boolean {
  const options = new Set(question.options);
  switch (question.type) {
    case 'truefalse':
      return answer.kind === 'truefalse';
    case 'ordering':
      return (
        answer.kind === 'order' &&
        answer.order.length === options.size &&
        new Set(answer.order).size === options.size &&
        answer.order.every((id) => options.has(id))
      );
    case 'multiple':
      return (
        answer.kind === 'choice' &&
        answer.selected.length > 0 &&
        new Set(answer.selected).size === answer.selected.length &&
        answer.selected.every((id) => options.has(id))
      );
    default:
      return answer.kind === 'choice' && answer.selected.length === 1 && options.has(answer.selected[0]);
  }
}

/** A closed round keeps only how many chose what, per question, and (after) the devices' own before/after. */
export function foldAnswers(round: StoredRound, answers: StoredAnswer[]): StoredRound {
  const counts: Record<string, Record<string, number>> = {};
  const answered: Record<string, number> = {};
  const change: NonNullable<StoredRound['change']> = {};
  for (const question of round.round.questions) {
    counts[question.id] = {};
    answered[question.id] = 0;
    if (round.round.kind === 'after') change[question.id] = { pairs: 0, rightBefore: 0, rightAfter: 0 };
  }
  for (const { answers: byQuestion, change: reports } of answers) {
    for (const [questionId, answer] of Object.entries(byQuestion)) {
      answered[questionId]++;
      for (const key of tallyKeys(answer)) counts[questionId][key] = (counts[questionId][key] ?? 0) + 1;
      const report = reports?.[questionId];
      if (report && change[questionId]) {
        change[questionId].pairs++;
        if (report.before) change[questionId].rightBefore++;
        if (report.after) change[questionId].rightAfter++;
      }
    }
  }
  return { ...round, counts, answered, ...(round.round.kind === 'after' ? { change } : {}) };
}

function answeredOf(round: StoredRound): number {
  return Math.max(0, ...Object.values(round.answered ?? {}));
}

/** A closed round's results: counts only for the questions at least MIN_ANSWERS_FOR_RESULTS answered. */
export function roundResult(roundId: string, round: StoredRound): RoundResult {
  return {
    roundId,
    kind: round.round.kind,
    state: round.state,
    answered: answeredOf(round),
    questions: round.round.questions.map((question) => {
      const answered = round.answered?.[question.id] ?? 0;
      return answered >= MIN_ANSWERS_FOR_RESULTS
        ? { questionId: question.id, answered, enough: true, counts: round.counts?.[question.id] ?? {} }
        : { questionId: question.id, answered, enough: false };
    }),
  };
}
