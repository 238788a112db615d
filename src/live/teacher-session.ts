// The teacher's side of a live session, as a React hook for the deck: start or resume the session,
// follow the class's progress, and send the controls. The control secret is kept by the deck window
// that started the session, in its own tab's sessionStorage (a reload of the deck keeps the session;
// no other tab can read it, and it is in no address). The speaker view drives this deck over
// postMessage (speaker-channel.ts) and never holds the secret; no student device ever receives it.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Question } from '../content/types';
import type {
  LiveError,
  LiveQuestion,
  LiveRound,
  Progress,
  RoundResult,
  RoundView,
  SessionSummary,
} from '../protocol/live';
import { connectLive, request, type LiveSocket } from './connection';

export interface TeacherSession {
  code: string;
  secret: string;
  checkWord: string;
}

export interface LiveState {
  session: TeacherSession | null;
  connected: boolean;
  progress: Progress;
  current: RoundView | null;
  /** Results of the rounds revealed, by round id. */
  results: Record<string, RoundResult>;
  summary: SessionSummary | null;
  error: LiveError | null;
  /** The server cannot reach the shared store (Redis) its sessions live in, for now. */
  storeDown: boolean;
  /** The session ended without the teacher ending it: nobody used it for 3 hours, so the server deleted it. */
  expired: boolean;
}

const storageKey = (lessonId: string) => `mamoru.live.teacher.${lessonId}`;
const EMPTY_PROGRESS: Progress = { joined: 0, roundId: null, state: null, answered: 0 };

function tabStorage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

function storedSession(lessonId: string): TeacherSession | null {
  try {
    // Earlier versions kept the secret in localStorage, which every tab of the kit can read: gone.
    window.localStorage.removeItem(storageKey(lessonId));
  } catch {
    // Storage off: nothing was kept there either.
  }
  try {
    const value = JSON.parse(tabStorage()?.getItem(storageKey(lessonId)) ?? 'null') as TeacherSession | null;
    return value && typeof value.code === 'string' && typeof value.secret === 'string' ? value : null;
  } catch {
    return null;
  }
}

function storeSession(lessonId: string, session: TeacherSession | null): void {
  try {
    if (session) tabStorage()?.setItem(storageKey(lessonId), JSON.stringify(session));
    else tabStorage()?.removeItem(storageKey(lessonId));
  } catch {
    // Storage off: the session lasts while this page is open.
  }
}

/**
 * A window opened by the deck starts with a copy of the deck's sessionStorage (so the speaker
 * window may hold a copy of the secret it does not need): the speaker view drops it on opening.
 */
export function dropCopiedSession(lessonId: string): void {
  try {
    tabStorage()?.removeItem(storageKey(lessonId));
  } catch {
    // Storage off: there is no copy.
  }
}

/** What the server needs of a question: its kind and option ids, never its text or answer. */
export function liveQuestion(question: Question): LiveQuestion {
  return {
    id: question.id,
    type: question.type,
    options: 'options' in question ? question.options.map((option) => option.id) : [],
  };
}

export function quizRound(question: Question): LiveRound {
  return { id: `quiz-${question.id}`, kind: 'quiz', questions: [liveQuestion(question)] };
}

export function checkRound(kind: 'before' | 'after', questions: Question[]): LiveRound {
  return { id: kind, kind, questions: questions.map(liveQuestion) };
}

export function useTeacherSession(lessonId: string) {
  const [state, setState] = useState<LiveState>(() => ({
    session: storedSession(lessonId),
    connected: false,
    progress: EMPTY_PROGRESS,
    current: null,
    results: {},
    summary: null,
    error: null,
    storeDown: false,
    expired: false,
  }));
  const socketRef = useRef<LiveSocket | null>(null);
  const sessionRef = useRef(state.session);
  sessionRef.current = state.session;
  const patch = (change: Partial<LiveState>) => setState((current) => ({ ...current, ...change }));

  const forget = useCallback(() => {
    storeSession(lessonId, null);
    patch({ session: null, progress: EMPTY_PROGRESS, current: null, results: {}, summary: null });
  }, [lessonId]);

  /** The connection, made on first use and resumed (with the secret) after every reconnect. */
  const socket = useCallback(async (): Promise<LiveSocket> => {
    if (socketRef.current) return socketRef.current;
    const made = (socketRef.current = await connectLive());
    made.on('connect', () => {
      patch({ connected: true });
      const session = sessionRef.current;
      if (!session || made.recovered) return;
      void request(made, 'teacher:resume', { code: session.code, secret: session.secret }).then((reply) => {
        if (reply.ok) {
          patch({ progress: reply.progress, current: reply.current, error: null });
          void refreshSummary();
        } else if (reply.error === 'unknown-session' || reply.error === 'not-allowed') {
          forget();
          if (reply.error === 'unknown-session') patch({ expired: true });
        }
      });
    });
    made.on('disconnect', () => patch({ connected: false, storeDown: false }));
    made.on('store', (reachable) => {
      patch({ storeDown: !reachable });
      // Back: what happened while it was away (joins, answers on other servers) is fetched again.
      const session = sessionRef.current;
      if (reachable && session)
        void request(made, 'teacher:resume', { code: session.code, secret: session.secret }).then((reply) => {
          if (reply.ok) patch({ progress: reply.progress, current: reply.current, error: null });
        });
    });
    made.on('progress', (progress) => patch({ progress }));
    made.on('ended', (reason) => {
      forget();
      if (reason === 'expired') patch({ expired: true });
    });
    return made;
  }, [forget]);

  // A session started earlier in this browser (before a reload) is picked up again.
  useEffect(() => {
    if (state.session) void socket();
    return () => {
      socketRef.current?.disconnect();
      socketRef.current = null;
    };
    // Once per page: the socket outlives changes of state.
  }, []);

  const start = useCallback(async () => {
    const reply = await request(await socket(), 'session:create', { lessonId });
    if (!reply.ok) return patch({ error: reply.error });
    const session = { code: reply.code, secret: reply.secret, checkWord: reply.checkWord };
    storeSession(lessonId, session);
    patch({
      session,
      error: null,
      progress: EMPTY_PROGRESS,
      current: null,
      results: {},
      summary: null,
      expired: false,
    });
  }, [lessonId, socket]);

  const auth = () => ({ code: sessionRef.current!.code, secret: sessionRef.current!.secret });

  /** `quietly`: opened by reaching its slide, where a round closed earlier is simply left closed. */
  const open = useCallback(
    async (round: LiveRound, { quietly = false } = {}) => {
      if (!sessionRef.current) return;
      const reply = await request(await socket(), 'teacher:open', { ...auth(), round });
      if (reply.ok) patch({ progress: reply.progress, current: { round, state: 'open' }, error: null });
      else if (!(quietly && reply.error === 'round-closed')) patch({ error: reply.error });
    },
    [socket],
  );

  const close = useCallback(
    async (round: LiveRound) => {
      const reply = await request(await socket(), 'teacher:close', { ...auth(), roundId: round.id });
      if (reply.ok) patch({ progress: reply.progress, current: { round, state: 'closed' } });
      else patch({ error: reply.error });
      if (reply.ok && round.kind === 'after') await refreshSummary();
    },
    [socket],
  );

  const reveal = useCallback(
    async (round: LiveRound) => {
      const reply = await request(await socket(), 'teacher:reveal', { ...auth(), roundId: round.id });
      if (reply.ok)
        setState((current) => ({
          ...current,
          current: { round, state: 'revealed' },
          results: { ...current.results, [round.id]: reply.result },
        }));
      else patch({ error: reply.error });
    },
    [socket],
  );

  const skip = useCallback(
    async (round: LiveRound) => {
      const reply = await request(await socket(), 'teacher:skip', { ...auth(), roundId: round.id });
      // Kept as skipped, so that its slide offers it no more (the server would refuse to open it again).
      if (reply.ok) patch({ current: { round, state: 'skipped' } });
      else patch({ error: reply.error });
    },
    [socket],
  );

  async function refreshSummary(): Promise<SessionSummary | null> {
    if (!sessionRef.current) return null;
    const reply = await request(await socket(), 'teacher:summary', auth());
    if (!reply.ok) return null;
    const revealed = reply.summary.rounds.filter((round) => round.state === 'revealed');
    setState((current) => ({
      ...current,
      summary: reply.summary,
      results: { ...Object.fromEntries(revealed.map((round) => [round.roundId, round])), ...current.results },
    }));
    return reply.summary;
  }

  const end = useCallback(async () => {
    const reply = await request(await socket(), 'teacher:end', auth());
    if (reply.ok || reply.error === 'unknown-session') forget();
  }, [socket, forget]);

  return { state, start, open, close, reveal, skip, end, refreshSummary };
}

export type TeacherControls = ReturnType<typeof useTeacherSession>;
