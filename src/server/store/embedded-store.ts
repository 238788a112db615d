// The session store of a single classroom server: state in memory, and each session written to its
// own file in a data folder after every change (atomically: a crash leaves the old file or the new
// one, never half of one), so a restarted server picks up the lesson where it was.
import { mkdir, readdir, readFile, unlink } from 'node:fs/promises';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import type {
  JoinResult,
  SessionGlance,
  SessionStore,
  StoredAnswer,
  StoredRound,
  StoredSession,
} from './session-store.ts';

interface Entry {
  session: StoredSession;
  /** round id → device → answers; only the open round has any. */
  answers: Map<string, Map<string, StoredAnswer>>;
}

interface SessionFile {
  session: StoredSession;
  answers: Record<string, Record<string, StoredAnswer>>;
}

const FILE_NAME = /^[A-Z0-9]{1,16}\.json$/;

export async function openEmbeddedStore(dataDir: string): Promise<SessionStore> {
  await mkdir(dataDir, { recursive: true });
  const entries = new Map<string, Entry>();
  for (const name of await readdir(dataDir)) {
    if (!FILE_NAME.test(name)) continue;
    try {
      const file = JSON.parse(await readFile(path.join(dataDir, name), 'utf8')) as SessionFile;
      entries.set(file.session.code, {
        session: file.session,
        answers: new Map(
          Object.entries(file.answers).map(([round, byDevice]) => [round, new Map(Object.entries(byDevice))]),
        ),
      });
    } catch {
      // A file that cannot be read is left for a person to look at; the other sessions still load.
      console.error(`classroom: could not read ${name} in the data folder; skipped it`);
    }
  }
  return new EmbeddedStore(dataDir, entries);
}

class EmbeddedStore implements SessionStore {
  /** Per session: the write under way and the one queued after it, so bursts of changes coalesce. */
  private readonly writes = new Map<string, { running: Promise<void> | null; queued: Promise<void> | null }>();

  constructor(
    private readonly dataDir: string,
    private readonly entries: Map<string, Entry>,
  ) {}

  async create(session: StoredSession): Promise<boolean> {
    if (this.entries.has(session.code)) return false;
    this.entries.set(session.code, { session, answers: new Map() });
    await this.save(session.code);
    return true;
  }

  async get(code: string): Promise<StoredSession | undefined> {
    return this.entries.get(code)?.session;
  }

  async glance(code: string, device?: string): Promise<SessionGlance | undefined> {
    const entry = this.entries.get(code);
    if (!entry) return undefined;
    const { participants, ...session } = entry.session;
    const open = session.current && session.rounds[session.current]?.state === 'open' ? session.current : null;
    return {
      session,
      joined: participants.length,
      answered: open ? (entry.answers.get(open)?.size ?? 0) : 0,
      member: device !== undefined && participants.includes(device),
    };
  }

  async update(code: string, change: (session: StoredSession) => StoredSession): Promise<StoredSession | undefined> {
    const entry = this.entries.get(code);
    if (!entry) return undefined;
    entry.session = change(entry.session);
    await this.save(code);
    return entry.session;
  }

  async join(code: string, device: string, max: number, now: number): Promise<JoinResult> {
    const entry = this.entries.get(code);
    if (!entry) return 'unknown-session';
    const present = entry.session.participants.includes(device);
    if (!present && entry.session.participants.length >= max) return 'full';
    entry.session = {
      ...entry.session,
      participants: present ? entry.session.participants : [...entry.session.participants, device],
      lastActivity: Math.max(entry.session.lastActivity, now),
    };
    await this.save(code);
    return present ? 'already' : 'joined';
  }

  async touch(code: string, now: number): Promise<void> {
    await this.update(code, (session) => ({ ...session, lastActivity: Math.max(session.lastActivity, now) }));
  }

  async setAnswer(code: string, roundId: string, device: string, answer: StoredAnswer, now: number): Promise<boolean> {
    const entry = this.entries.get(code);
    if (!entry || entry.session.current !== roundId || entry.session.rounds[roundId]?.state !== 'open') return false;
    let byDevice = entry.answers.get(roundId);
    if (!byDevice) entry.answers.set(roundId, (byDevice = new Map()));
    byDevice.set(device, answer);
    entry.session = { ...entry.session, lastActivity: Math.max(entry.session.lastActivity, now) };
    await this.save(code);
    return true;
  }

  async answers(code: string, roundId: string): Promise<StoredAnswer[]> {
    return [...(this.entries.get(code)?.answers.get(roundId)?.values() ?? [])];
  }

  async answerCount(code: string, roundId: string): Promise<number> {
    return this.entries.get(code)?.answers.get(roundId)?.size ?? 0;
  }

  async answerOf(code: string, roundId: string, device: string): Promise<StoredAnswer | undefined> {
    return this.entries.get(code)?.answers.get(roundId)?.get(device);
  }

  async closeRound(
    code: string,
    roundId: string,
    fold: (round: StoredRound, answers: StoredAnswer[]) => StoredRound,
  ): Promise<StoredSession | undefined> {
    const entry = this.entries.get(code);
    const round = entry?.session.rounds[roundId];
    if (!entry || !round) return undefined;
    const folded = fold(round, [...(entry.answers.get(roundId)?.values() ?? [])]);
    entry.answers.delete(roundId);
    entry.session = { ...entry.session, rounds: { ...entry.session.rounds, [roundId]: folded } };
    await this.save(code);
    return entry.session;
  }

  async delete(code: string): Promise<void> {
    this.entries.delete(code);
    await this.save(code);
  }

  async codes(): Promise<string[]> {
    return [...this.entries.keys()];
  }

  async close(): Promise<void> {
    await Promise.all([...this.writes.values()].map((write) => write.queued ?? write.running));
  }

  /**
   * Resolves once the session's file holds its state as it is now (or is gone, for a deleted
   * session). A change that arrives while a write is running waits for one more write, which
   * carries every change made in the meantime.
   */
  private save(code: string): Promise<void> {
    let write = this.writes.get(code);
    if (!write) this.writes.set(code, (write = { running: null, queued: null }));
    if (write.queued) return write.queued;
    const slot = write;
    const queued = (slot.running ?? Promise.resolve()).then(async () => {
      slot.queued = null;
      slot.running = queued;
      try {
        await this.writeFile(code);
      } finally {
        if (slot.running === queued) slot.running = null;
        if (!slot.running && !slot.queued) this.writes.delete(code);
      }
    });
    slot.queued = queued;
    return queued;
  }

  private async writeFile(code: string): Promise<void> {
    const file = path.join(this.dataDir, `${code}.json`);
    const entry = this.entries.get(code);
    if (!entry) {
      await unlink(file).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
      });
      return;
    }
    const contents: SessionFile = {
      session: entry.session,
      answers: Object.fromEntries([...entry.answers].map(([round, byDevice]) => [round, Object.fromEntries(byDevice)])),
    };
    await writeFileAtomic(file, JSON.stringify(contents));
  }
}
