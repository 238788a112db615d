// The live class over Socket.IO: one room for a session's students and one for its teacher's
// deck. Every message is rate-limited, validated and answered with an acknowledgement; nothing a
// browser sends can throw inside the server. Nothing here logs who connected or from where.
import type { Server as HttpServer } from 'node:http';
import { RateLimiterMemory, type RateLimiterRes } from 'rate-limiter-flexible';
import { Server, type Socket } from 'socket.io';
import type { z } from 'zod/mini';
import { Classroom } from './classroom.ts';
import {
  MAX_MESSAGE_BYTES,
  SESSION_IDLE_MS,
  answerMessage,
  createSessionMessage,
  joinMessage,
  openRoundMessage,
  roundCommandMessage,
  teacherMessage,
  type Ack,
  type ClientToServerEvents,
  type ServerToClientEvents,
  type SessionEndReason,
} from '../protocol/live.ts';
import type { SessionStore, StoredSession } from './store/session-store.ts';

type LiveSocket = Socket<ClientToServerEvents, ServerToClientEvents>;
type LiveServer = Server<ClientToServerEvents, ServerToClientEvents>;

export interface LiveClassOptions {
  store: SessionStore;
  now?: () => number;
  /** How often unattended sessions are looked for (they expire after 3 hours idle). */
  expiryCheckMs?: number;
  /** How long an unused session lives: 3 hours (SESSION_IDLE_MS); shorter only in tests. */
  sessionIdleMs?: number;
  /** Sets up Socket.IO before the first connection: the Redis adapter, for several processes. */
  configure?: (io: LiveServer) => void;
  /** Whether the shared store can be reached, when it can go away (Redis): connections are told. */
  storeStatus?: { isUp: () => boolean; onChange: (listener: (up: boolean) => void) => void };
}

const studentsOf = (code: string) => `students:${code}`;
const teacherOf = (code: string) => `teacher:${code}`;

/** Limits: a connection may send 40 messages per 10 s, a device 20 answers per 10 s; far above a student's pace. */
const LIMITS = {
  perConnection: { points: 40, duration: 10 },
  perDevice: { points: 20, duration: 10 },
  /** Wrong check words for one session per minute, from anywhere: guessing the word takes thousands. */
  wrongWordsPerSession: { points: 30, duration: 60 },
  sessionsPerConnection: { points: 5, duration: 60 },
};
/** The projector's count is sent at most this often per session while answers pour in. */
const PROGRESS_EVERY_MS = 100;
/** A connection that keeps sending this far past its limit is cut off. */
const DISCONNECT_AFTER = 200;

export function attachLiveClass(
  httpServer: HttpServer,
  options: LiveClassOptions,
): { io: LiveServer; close: () => Promise<void> } {
  const classroom = new Classroom(options.store, options.now, options.sessionIdleMs);
  const io: LiveServer = new Server(httpServer, {
    serveClient: false,
    maxHttpBufferSize: MAX_MESSAGE_BYTES,
    // A brief disconnect (Wi-Fi hiccup, a tab asleep) picks up the same socket, rooms and missed messages.
    connectionStateRecovery: { maxDisconnectionDuration: 2 * 60 * 1000 },
    // Only pages of the kit's own origin may talk to it: a web page elsewhere cannot drive a class.
    allowRequest: (request, callback) => callback(null, sameOrigin(request.headers.origin, request.headers.host)),
  });
  options.configure?.(io);
  const connectionLimit = new RateLimiterMemory(LIMITS.perConnection);
  const deviceLimit = new RateLimiterMemory(LIMITS.perDevice);
  const wrongWordLimit = new RateLimiterMemory(LIMITS.wrongWordsPerSession);
  const createLimit = new RateLimiterMemory(LIMITS.sessionsPerConnection);

  // A burst of answers (a class answering at once) sends the projector one count per ~100 ms per
  // session, not one per answer: the first answer's count goes at once, those arriving in the next
  // 100 ms are counted together at its end, and counts are sent one after the other, so the last
  // count sent always includes every answer. In Redis mode each count is a read of Redis and a
  // broadcast that every process reads from the stream, so this saves most of both.
  const progressWindows = new Map<string, { pending: boolean; sending: Promise<void> }>();
  const sendProgress = async (code: string): Promise<void> => {
    try {
      io.to(teacherOf(code)).emit('progress', await classroom.progress(code));
    } catch (error) {
      console.error('classroom: could not count progress:', error instanceof Error ? error.message : error);
    }
  };
  const emitProgress = (code: string): void => {
    const open = progressWindows.get(code);
    if (open) {
      open.pending = true;
      return;
    }
    const window = { pending: false, sending: sendProgress(code) };
    progressWindows.set(code, window);
    const endOfWindow = () => {
      if (window.pending) {
        window.pending = false;
        window.sending = window.sending.then(() => sendProgress(code));
        setTimeout(endOfWindow, PROGRESS_EVERY_MS);
      } else {
        // Closed once the last count is out; anything that came meanwhile is sent now.
        void window.sending.then(() => (window.pending ? endOfWindow() : progressWindows.delete(code)));
      }
    };
    setTimeout(endOfWindow, PROGRESS_EVERY_MS);
  };

  options.storeStatus?.onChange((up) => {
    // Only this process's own connections: the others hear it from their own process.
    io.local.emit('store', up);
    // A count this process sent while its link to Redis was down reached only its own connections,
    // not a teacher on another process: the sessions it has devices in get their counts again.
    if (up) for (const code of localSessions(io)) emitProgress(code);
  });

  io.on('connection', (socket: LiveSocket) => {
    // `local`: straight to this connection, not through Redis (which is what is missing).
    if (options.storeStatus && !options.storeStatus.isUp()) io.local.to(socket.id).emit('store', false);
    socket.use((packet, next) => {
      connectionLimit.consume(socket.id).then(
        () => next(),
        (limited: RateLimiterRes) => {
          if (limited.consumedPoints > DISCONNECT_AFTER) socket.disconnect(true);
          else reply(packet.at(-1), { ok: false, error: 'rate-limited' });
        },
      );
    });

    /** A teacher's command: run only with the session's control secret, which the message must carry. */
    const asTeacher = <M extends { code: string; secret: string }, R extends Ack<object>>(
      event: keyof ClientToServerEvents,
      schema: z.ZodMiniType<M>,
      command: (message: M, session: StoredSession) => Promise<R>,
    ) =>
      handle(socket, event, schema, async (message: M) => {
        const teacher = await classroom.asTeacher(message.code, message.secret);
        return teacher.ok ? command(message, teacher.session) : teacher;
      });

    handle(socket, 'session:create', createSessionMessage, async ({ lessonId }) => {
      if (!(await allowed(createLimit, socket.id))) return { ok: false, error: 'rate-limited' };
      const created = await classroom.createSession(lessonId);
      await socket.join(teacherOf(created.code));
      return { ok: true, ...created };
    });

    asTeacher('teacher:resume', teacherMessage, async ({ code }, session) => {
      await socket.join(teacherOf(code));
      const round = session.current ? session.rounds[session.current] : undefined;
      return {
        ok: true,
        checkWord: session.checkWord,
        lessonId: session.lessonId,
        progress: await classroom.progress(code),
        current: round ? { round: round.round, state: round.state } : null,
      };
    });

    asTeacher('teacher:open', openRoundMessage, async ({ code, round }) => {
      const opened = await classroom.open(code, round);
      if (!opened.ok) return opened;
      io.to(studentsOf(code)).emit('round', opened.view);
      return { ok: true, progress: await classroom.progress(code) };
    });

    asTeacher('teacher:close', roundCommandMessage, async ({ code, roundId }) => {
      const closed = await classroom.close(code, roundId);
      if (!closed.ok) return closed;
      io.to(studentsOf(code)).emit('round', closed.view);
      return { ok: true, progress: await classroom.progress(code) };
    });

    asTeacher('teacher:reveal', roundCommandMessage, async ({ code, roundId }) => {
      const revealed = await classroom.reveal(code, roundId);
      if (!revealed.ok) return revealed;
      io.to(studentsOf(code)).emit('round', revealed.view);
      return { ok: true, result: revealed.result };
    });

    asTeacher('teacher:skip', roundCommandMessage, async ({ code, roundId }) => {
      const skipped = await classroom.close(code, roundId, 'skipped');
      if (!skipped.ok) return skipped;
      io.to(studentsOf(code)).emit('round', null);
      return { ok: true };
    });

    asTeacher('teacher:summary', teacherMessage, async ({ code }) => {
      return { ok: true, summary: (await classroom.summary(code))! };
    });

    asTeacher('teacher:end', teacherMessage, async ({ code }) => {
      await classroom.end(code);
      endRooms(io, code, 'closed');
      return { ok: true };
    });

    handle(socket, 'student:join', joinMessage, async ({ code, checkWord, token }) => {
      if (!(await allowed(deviceLimit, `${code}:${token}`))) return { ok: false, error: 'rate-limited' };
      if (
        await wrongWordLimit.get(code).then((res) => (res?.consumedPoints ?? 0) >= LIMITS.wrongWordsPerSession.points)
      )
        return { ok: false, error: 'rate-limited' };
      const joined = await classroom.join(code, checkWord, token);
      if (!joined.ok) {
        if (joined.error === 'wrong-check-word') await wrongWordLimit.consume(code).catch(() => undefined);
        return joined;
      }
      await socket.join(studentsOf(code));
      emitProgress(code);
      return joined;
    });

    handle(socket, 'student:answer', answerMessage, async ({ code, token, roundId, answers, change }) => {
      if (!(await allowed(deviceLimit, `${code}:${token}`))) return { ok: false, error: 'rate-limited' };
      const answered = await classroom.answer(code, token, roundId, answers, change);
      if (answered.ok) emitProgress(code);
      return answered;
    });
  });

  // Expired sessions: the ones this process deletes (the embedded store; Redis has done it first,
  // usually), and the ones whose Redis keys ran out, which no process is told of: each process
  // looks at the sessions its own connections are in, and tells them.
  let checking = false;
  const checkExpiry = async () => {
    for (const code of await classroom.expire()) endRooms(io, code, 'expired');
    for (const code of localSessions(io)) if (!(await classroom.isLive(code))) endRooms(io, code, 'expired', 'local');
  };
  const expiry = setInterval(
    () => {
      if (checking) return;
      checking = true;
      checkExpiry()
        .catch((error: unknown) =>
          console.error('classroom: could not expire sessions:', error instanceof Error ? error.message : error),
        )
        .finally(() => (checking = false));
    },
    options.expiryCheckMs ?? Math.min(60_000, (options.sessionIdleMs ?? SESSION_IDLE_MS) / 4),
  );
  expiry.unref();

  return {
    io,
    close: async () => {
      clearInterval(expiry);
      await new Promise<void>((resolve) => io.close(() => resolve()));
      await options.store.close();
    },
  };
}

/** Registers a handler that only ever sees a valid message, and always answers the browser. */
function handle<S extends z.ZodMiniType, R extends Ack<object>>(
  socket: LiveSocket,
  event: keyof ClientToServerEvents,
  schema: S,
  handler: (message: z.infer<S>) => Promise<R>,
): void {
  socket.on(event, async (message: unknown, ack: unknown) => {
    if (typeof ack !== 'function') return; // every message of the protocol asks for a reply: others are dropped
    const parsed = schema.safeParse(message);
    if (!parsed.success) return reply(ack, { ok: false, error: 'invalid-message' });
    try {
      reply(ack, await handler(parsed.data));
    } catch (error) {
      console.error(`classroom: ${event} failed:`, error instanceof Error ? error.message : error);
      reply(ack, { ok: false, error: 'server-busy' });
    }
  });
}

function reply(ack: unknown, value: Ack<object>): void {
  if (typeof ack === 'function') ack(value);
}

async function allowed(limiter: RateLimiterMemory, key: string): Promise<boolean> {
  return limiter.consume(key).then(
    () => true,
    () => false,
  );
}

/** Tells everyone in a session that it has ended, and empties its rooms; `local`: only this process's connections. */
function endRooms(io: LiveServer, code: string, reason: SessionEndReason, scope: 'all' | 'local' = 'all'): void {
  const target = scope === 'local' ? io.local : io;
  target.to(studentsOf(code)).to(teacherOf(code)).emit('ended', reason);
  target.in(studentsOf(code)).socketsLeave(studentsOf(code));
  target.in(teacherOf(code)).socketsLeave(teacherOf(code));
}

/** The sessions this process has connections in, from the names of its own rooms. */
function localSessions(io: LiveServer): string[] {
  const codes = new Set<string>();
  for (const room of io.of('/').adapter.rooms.keys()) {
    const code = /^(?:students|teacher):(.+)$/.exec(room)?.[1];
    if (code) codes.add(code);
  }
  return [...codes];
}

/** No Origin header (not a browser page) or the page's origin is this server's own host. */
function sameOrigin(origin: string | undefined, host: string | undefined): boolean {
  if (!origin) return true;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
