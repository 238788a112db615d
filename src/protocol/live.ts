// The live class's messages between the classroom server and the browsers (student devices and
// the projector deck), as zod schemas: the server validates every message it receives with them,
// and both sides share the types. Pure module (no Node, no DOM): the browser imports it too.
import * as z from 'zod/mini';

/** Results are shown only when this many have answered, so no single answer can be read off a chart. */
export const MIN_ANSWERS_FOR_RESULTS = 5;
/** Before/after change is shown only when this many answered both (linked on their devices). */
export const MIN_PAIRS_FOR_CHANGE = 10;
/** An unattended session (no teacher or student message) is deleted after this long. */
export const SESSION_IDLE_MS = 3 * 60 * 60 * 1000;
/** The largest message the server accepts, in bytes; bigger ones close the connection. */
export const MAX_MESSAGE_BYTES = 16 * 1024;

/** Session codes: no 0/O, 1/I/L, so that a code read off a projector is typed right. */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 5;
export const CHECK_WORD_LENGTH = 4;

const sessionCode = z.string().check(z.regex(new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`)));
const checkWord = z.string().check(z.regex(new RegExp(`^[0-9]{${CHECK_WORD_LENGTH}}$`)));
/** A device's token for one session: 32 hex digits from crypto.getRandomValues on the device. */
const deviceToken = z.string().check(z.regex(/^[0-9a-f]{32}$/));
/** The teacher's control secret, made by the server and held only by the deck that started the session. */
const controlSecret = z.string().check(z.regex(/^[0-9a-f]{64}$/));
const id = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,63}$/));
const lessonId = id;
const questionId = id;
const optionId = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,15}$/));
const roundId = z.string().check(z.regex(/^(before|after|quiz-[a-z0-9][a-z0-9-]{0,63})$/));

/** What the server needs to know of a question to accept answers to it: its kind and option ids, no text. */
export const liveQuestion = z.strictObject({
  id: questionId,
  type: z.enum(['single', 'multiple', 'truefalse', 'scenario', 'ordering']),
  options: z.array(optionId).check(z.maxLength(12)),
});
export type LiveQuestion = z.infer<typeof liveQuestion>;

/**
 * A round: one quiz slide's question (`quiz-<id>`), or the lesson's check set asked at the start
 * (`before`) and at the end (`after`).
 */
export const liveRound = z.strictObject({
  id: roundId,
  kind: z.enum(['quiz', 'before', 'after']),
  questions: z.array(liveQuestion).check(z.minLength(1), z.maxLength(4)),
});
export type LiveRound = z.infer<typeof liveRound>;

/** One answer, as the quiz page records it. */
export const liveAnswer = z.union([
  z.strictObject({ kind: z.literal('choice'), selected: z.array(optionId).check(z.maxLength(12)) }),
  z.strictObject({ kind: z.literal('truefalse'), value: z.boolean() }),
  z.strictObject({ kind: z.literal('order'), order: z.array(optionId).check(z.maxLength(12)) }),
]);
export type LiveAnswer = z.infer<typeof liveAnswer>;

/** Worked out on the device from its own earlier answer: was it right before, and is it right now. */
export const changeReport = z.strictObject({ before: z.boolean(), after: z.boolean() });
export type ChangeReport = z.infer<typeof changeReport>;

// Messages the browsers send (each with an acknowledgement callback).
export const createSessionMessage = z.strictObject({ lessonId });
export const teacherMessage = z.strictObject({ code: sessionCode, secret: controlSecret });
export const openRoundMessage = z.strictObject({ code: sessionCode, secret: controlSecret, round: liveRound });
export const roundCommandMessage = z.strictObject({ code: sessionCode, secret: controlSecret, roundId });
export const joinMessage = z.strictObject({ code: sessionCode, checkWord, token: deviceToken });
export const answerMessage = z.strictObject({
  code: sessionCode,
  token: deviceToken,
  roundId,
  answers: z.record(questionId, liveAnswer),
  /** In the `after` round: per question, this device's own before/after, never its earlier answer. */
  change: z.optional(z.record(questionId, changeReport)),
});

export type RoundState = 'open' | 'closed' | 'revealed' | 'skipped';

/** A round as the devices see it: which questions, and whether answers are still taken. */
export interface RoundView {
  round: LiveRound;
  state: RoundState;
}

/** The share per option (tally key → count), or why it is not shown. */
export type QuestionResult =
  | { questionId: string; answered: number; enough: true; counts: Record<string, number> }
  | { questionId: string; answered: number; enough: false };

/** The class's change on one check question: only when MIN_PAIRS_FOR_CHANGE answered both. */
export type ChangeResult =
  | { questionId: string; pairs: number; enough: true; rightBefore: number; rightAfter: number }
  | { questionId: string; pairs: number; enough: false };

export interface RoundResult {
  roundId: string;
  kind: LiveRound['kind'];
  state: RoundState;
  answered: number;
  questions: QuestionResult[];
}

export interface SessionSummary {
  lessonId: string;
  joined: number;
  rounds: RoundResult[];
  change: ChangeResult[];
}

/** What the projector shows live: devices joined, answers in for the current round. */
export interface Progress {
  joined: number;
  roundId: string | null;
  state: RoundState | null;
  answered: number;
}

/** Why a message was refused: the browsers turn each into a sentence in the student's language. */
export type LiveError =
  | 'invalid-message'
  | 'unknown-session'
  | 'wrong-check-word'
  | 'not-joined'
  | 'not-allowed'
  | 'unknown-round'
  | 'round-closed'
  | 'invalid-answer'
  | 'rate-limited'
  | 'server-busy';

export type Ack<T = object> = ({ ok: true } & T) | { ok: false; error: LiveError };

export type SessionEndReason = 'closed' | 'expired';

export interface ServerToClientEvents {
  /** To the students of a session: the round now on their screens (null: wait for the next one). */
  round: (view: RoundView | null) => void;
  /** To the teacher: joined and answered counts, after every join and answer. */
  progress: (progress: Progress) => void;
  /**
   * To everyone in the session: it has ended and its answers are deleted; `expired` when nobody
   * used it for SESSION_IDLE_MS (or its Redis keys ran out), `closed` when the teacher ended it.
   */
  ended: (reason: SessionEndReason) => void;
  /**
   * From a server whose sessions live in Redis, to its own connections: whether it can reach Redis
   * (false: answers and controls are refused until it is back). Sent on connecting when it cannot, and on every change.
   */
  store: (reachable: boolean) => void;
}

export interface ClientToServerEvents {
  'session:create': (
    message: unknown,
    ack: (reply: Ack<{ code: string; checkWord: string; secret: string }>) => void,
  ) => void;
  'teacher:resume': (
    message: unknown,
    ack: (reply: Ack<{ checkWord: string; lessonId: string; progress: Progress; current: RoundView | null }>) => void,
  ) => void;
  'teacher:open': (message: unknown, ack: (reply: Ack<{ progress: Progress }>) => void) => void;
  'teacher:close': (message: unknown, ack: (reply: Ack<{ progress: Progress }>) => void) => void;
  'teacher:reveal': (message: unknown, ack: (reply: Ack<{ result: RoundResult }>) => void) => void;
  'teacher:skip': (message: unknown, ack: (reply: Ack) => void) => void;
  'teacher:summary': (message: unknown, ack: (reply: Ack<{ summary: SessionSummary }>) => void) => void;
  'teacher:end': (message: unknown, ack: (reply: Ack) => void) => void;
  'student:join': (
    message: unknown,
    ack: (reply: Ack<{ lessonId: string; current: RoundView | null; answers: Record<string, LiveAnswer> }>) => void,
  ) => void;
  'student:answer': (message: unknown, ack: (reply: Ack) => void) => void;
}

/** The keys an answer is counted under: each option chosen, true/false, or the whole order. */
export function tallyKeys(answer: LiveAnswer): string[] {
  if (answer.kind === 'choice') return answer.selected;
  if (answer.kind === 'truefalse') return [String(answer.value)];
  return [answer.order.join('>')];
}
