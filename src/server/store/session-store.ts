// Where live sessions are kept. Every read and write of session state goes through this one small,
// async interface, so that the embedded store (memory + a data folder) can be swapped for a shared
// one (Redis) when several server processes serve one school.
import type { ChangeReport, LiveAnswer, LiveRound, RoundState } from '../../protocol/live.ts';

/** One round of a session: its questions, its state, and once closed, its counts only. */
export interface StoredRound {
  round: LiveRound;
  state: RoundState;
  /** Set when the round closes, from the answers then dropped: question id → tally key → count. */
  counts?: Record<string, Record<string, number>>;
  /** Per question, how many answered it when the round closed. */
  answered?: Record<string, number>;
  /** `after` rounds: per question, devices that answered both and how many were right each time. */
  change?: Record<string, { pairs: number; rightBefore: number; rightAfter: number }>;
}

/** What the server keeps of a session, apart from the per-device answers to the open round. */
export interface StoredSession {
  code: string;
  checkWord: string;
  /** SHA-256 of the control secret: the secret itself stays in the teacher's browser. */
  secretHash: string;
  lessonId: string;
  createdAt: number;
  lastActivity: number;
  /** Hashes of the device tokens that joined (a token is random and lives for one session only). */
  participants: string[];
  rounds: Record<string, StoredRound>;
  /** The round on the students' screens, or null between rounds. */
  current: string | null;
}

/** A device's answers to one round, kept until the round closes. */
export interface StoredAnswer {
  answers: Record<string, LiveAnswer>;
  change?: Record<string, ChangeReport>;
}

/** A session at a glance: what most messages need, in one read of the store. */
export interface SessionGlance {
  /** The session without its list of devices. */
  session: Omit<StoredSession, 'participants'>;
  /** How many devices joined. */
  joined: number;
  /** How many devices answered the open round (0 when no round is open). */
  answered: number;
  /** Whether the device asked about joined; false when none was asked about. */
  member: boolean;
}

/** What came of a device joining: it is new, it was in already, the session is full, or there is no such session. */
export type JoinResult = 'joined' | 'already' | 'full' | 'unknown-session';

export interface SessionStore {
  /** Adds a new session; false when a session with its code exists already. */
  create(session: StoredSession): Promise<boolean>;
  get(code: string): Promise<StoredSession | undefined>;
  /** The session with counts instead of its device list, and whether `device` joined: one round trip to Redis. */
  glance(code: string, device?: string): Promise<SessionGlance | undefined>;
  /** Changes a session atomically; `change` returns the new state. Undefined when there is no such session. */
  update(code: string, change: (session: StoredSession) => StoredSession): Promise<StoredSession | undefined>;
  /**
   * Adds a device to a session's participants unless `max` are in already, and marks the session
   * used at `now`: one atomic step, so devices joining on different processes are each counted once.
   */
  join(code: string, device: string, max: number, now: number): Promise<JoinResult>;
  /** Marks the session as used at `now` (an unused session expires after 3 hours). */
  touch(code: string, now: number): Promise<void>;
  /** Records a device's answers to the current open round and marks the session used at `now`; false when that round is not open. */
  setAnswer(code: string, roundId: string, device: string, answer: StoredAnswer, now: number): Promise<boolean>;
  /** Every device's answers to a round (empty once the round has closed). */
  answers(code: string, roundId: string): Promise<StoredAnswer[]>;
  /** How many devices have answered a round that is open. */
  answerCount(code: string, roundId: string): Promise<number>;
  answerOf(code: string, roundId: string, device: string): Promise<StoredAnswer | undefined>;
  /** Closes a round atomically: `fold` turns the answers into counts, and the answers are deleted. */
  closeRound(
    code: string,
    roundId: string,
    fold: (round: StoredRound, answers: StoredAnswer[]) => StoredRound,
  ): Promise<StoredSession | undefined>;
  /** Deletes a session and every answer in it. */
  delete(code: string): Promise<void>;
  codes(): Promise<string[]>;
  /** Waits for pending writes and releases resources. */
  close(): Promise<void>;
}
