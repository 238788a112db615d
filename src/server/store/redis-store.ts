// The session store shared by several classroom server processes: everything lives in Redis, and
// every change that two processes could make at once is one Lua script (Redis runs each one whole,
// with nothing in between), so counts are never read, changed and written back by two at a time.
//
// Keys per session (the {code} hash tag keeps them together on one Redis Cluster slot):
//   mamoru:{CODE}:session          hash: doc (the session as JSON, without its devices), v (version
//                                  for compare-and-set), last (last activity, ms), open (the round
//                                  taking answers, or '')
//   mamoru:{CODE}:devices          set of device ids (hashes of the devices' tokens)
//   mamoru:{CODE}:answers:ROUND    hash: device id → its answers, for the open round only
// Every key expires `ttlMs` after the session was last used: an unattended session disappears on
// its own, with no process having to remember to delete it.
import { createHash } from 'node:crypto';
import { SESSION_IDLE_MS } from '../../protocol/live.ts';
import type { RedisClient } from '../redis/connection.ts';
import type {
  JoinResult,
  SessionGlance,
  SessionStore,
  StoredAnswer,
  StoredRound,
  StoredSession,
} from './session-store.ts';

const PREFIX = 'mamoru:';
const sessionKey = (code: string) => `${PREFIX}{${code}}:session`;
const devicesKey = (code: string) => `${PREFIX}{${code}}:devices`;
const answersPrefix = (code: string) => `${PREFIX}{${code}}:answers:`;
const answersKey = (code: string, roundId: string) => `${answersPrefix(code)}${roundId}`;
const SESSION_KEY = /^mamoru:\{([A-Z0-9]{1,16})\}:session$/;

/** How many times a compare-and-set is retried when another process changed the session meanwhile. */
const MAX_CAS_ATTEMPTS = 50;

/** The part of a session kept as one JSON value; devices and last activity are kept apart. */
type SessionDoc = Omit<StoredSession, 'participants' | 'lastActivity'>;

class Script {
  readonly sha: string;
  constructor(readonly source: string) {
    this.sha = createHash('sha1').update(source).digest('hex');
  }
}

/** Refreshes the expiry of the session's keys and moves its last activity forward (never back). */
const TOUCH_LUA = `
local function touch(session, devices, now, ttl, prefix)
  local last = tonumber(redis.call('HGET', session, 'last') or '0')
  if now > last then redis.call('HSET', session, 'last', now) end
  redis.call('PEXPIRE', session, ttl)
  redis.call('PEXPIRE', devices, ttl)
  local open = redis.call('HGET', session, 'open')
  if open and open ~= '' then redis.call('PEXPIRE', prefix .. open, ttl) end
end
`;

const SCRIPTS = {
  // KEYS: session, devices · ARGV: doc, now, ttl → 1 created, 0 the code is taken
  create: new Script(`
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
redis.call('HSET', KEYS[1], 'doc', ARGV[1], 'v', 1, 'last', ARGV[2], 'open', '')
redis.call('PEXPIRE', KEYS[1], ARGV[3])
return 1`),
  // KEYS: session, devices, [key to delete] · ARGV: expected version, doc, now, open before, open after, ttl, answers prefix
  // → 1 written, 0 someone else changed it first, -1 no such session
  update: new Script(`${TOUCH_LUA}
local v = redis.call('HGET', KEYS[1], 'v')
if not v then return -1 end
if v ~= ARGV[1] then return 0 end
redis.call('HSET', KEYS[1], 'doc', ARGV[2], 'v', tonumber(v) + 1)
-- Only a change of the open round moves 'open': closing a round clears it first, and an unrelated
-- change made meanwhile must not reopen it.
if ARGV[4] ~= ARGV[5] then redis.call('HSET', KEYS[1], 'open', ARGV[5]) end
if KEYS[3] then redis.call('DEL', KEYS[3]) end
touch(KEYS[1], KEYS[2], tonumber(ARGV[3]), ARGV[6], ARGV[7])
return 1`),
  // KEYS: session, devices · ARGV: device, max, now, ttl, answers prefix → 1 added, 0 already in, 2 full, -1 no session
  join: new Script(`${TOUCH_LUA}
if redis.call('EXISTS', KEYS[1]) == 0 then return -1 end
local result = 0
if redis.call('SISMEMBER', KEYS[2], ARGV[1]) == 0 then
  if redis.call('SCARD', KEYS[2]) >= tonumber(ARGV[2]) then return 2 end
  redis.call('SADD', KEYS[2], ARGV[1])
  result = 1
end
touch(KEYS[1], KEYS[2], tonumber(ARGV[3]), ARGV[4], ARGV[5])
return result`),
  // KEYS: session, devices · ARGV: now, ttl, answers prefix
  touch: new Script(`${TOUCH_LUA}
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
touch(KEYS[1], KEYS[2], tonumber(ARGV[1]), ARGV[2], ARGV[3])
return 1`),
  // KEYS: session, devices · ARGV: answers prefix, device or '' → nil, or {doc, last, joined, answers kept for
  // the current round, 1 if device joined}. The current round is the doc's (not 'open', which closing clears first).
  glance: new Script(`
local fields = redis.call('HMGET', KEYS[1], 'doc', 'last')
if not fields[1] then return nil end
local current = cjson.decode(fields[1]).current
local answered = 0
if type(current) == 'string' then answered = redis.call('HLEN', ARGV[1] .. current) end
local member = 0
if ARGV[2] ~= '' then member = redis.call('SISMEMBER', KEYS[2], ARGV[2]) end
return {fields[1], fields[2], redis.call('SCARD', KEYS[2]), answered, member}`),
  // KEYS: session, devices, answers · ARGV: round, device, answer, now, ttl, answers prefix → 1 kept, 0 round not open
  answer: new Script(`${TOUCH_LUA}
if redis.call('HGET', KEYS[1], 'open') ~= ARGV[1] then return 0 end
redis.call('HSET', KEYS[3], ARGV[2], ARGV[3])
touch(KEYS[1], KEYS[2], tonumber(ARGV[4]), ARGV[5], ARGV[6])
return 1`),
  // KEYS: session, answers · ARGV: round → the answers; from here on the round takes no more
  stopAnswers: new Script(`
if redis.call('HGET', KEYS[1], 'open') == ARGV[1] then redis.call('HSET', KEYS[1], 'open', '') end
return redis.call('HVALS', KEYS[2])`),
};

export interface RedisStoreOptions {
  /** How long an unused session lives: 3 hours, as in the embedded store. */
  ttlMs?: number;
}

export function createRedisStore(client: RedisClient, options: RedisStoreOptions = {}): SessionStore {
  return new RedisStore(client, options.ttlMs ?? SESSION_IDLE_MS);
}

function openRoundOf(session: SessionDoc): string {
  return session.current && session.rounds[session.current]?.state === 'open' ? session.current : '';
}

class RedisStore implements SessionStore {
  constructor(
    private readonly client: RedisClient,
    private readonly ttlMs: number,
  ) {}

  /** EVALSHA, and EVAL the first time (or after Redis restarted and forgot its scripts). */
  private async run(script: Script, keys: string[], args: (string | number)[]): Promise<unknown> {
    const options = { keys, arguments: args.map(String) };
    try {
      return await this.client.evalSha(script.sha, options);
    } catch (error) {
      if (!(error instanceof Error) || !error.message.startsWith('NOSCRIPT')) throw error;
      return this.client.eval(script.source, options);
    }
  }

  async create(session: StoredSession): Promise<boolean> {
    const { participants, lastActivity, ...doc } = session;
    const created = await this.run(
      SCRIPTS.create,
      [sessionKey(session.code), devicesKey(session.code)],
      [JSON.stringify(doc), lastActivity, this.ttlMs],
    );
    if (created === 1 && participants.length) await this.client.sAdd(devicesKey(session.code), participants);
    return created === 1;
  }

  private async read(code: string): Promise<{ session: StoredSession; doc: SessionDoc; version: string } | undefined> {
    const [fields, devices] = (await this.client
      .multi()
      .hGetAll(sessionKey(code))
      .sMembers(devicesKey(code))
      .exec()) as unknown as [Record<string, string>, string[]];
    if (!fields?.doc) return undefined;
    const doc = JSON.parse(fields.doc) as SessionDoc;
    return {
      doc,
      version: fields.v,
      session: { ...doc, participants: devices, lastActivity: Number(fields.last) },
    };
  }

  async get(code: string): Promise<StoredSession | undefined> {
    return (await this.read(code))?.session;
  }

  async glance(code: string, device?: string): Promise<SessionGlance | undefined> {
    const found = (await this.run(
      SCRIPTS.glance,
      [sessionKey(code), devicesKey(code)],
      [answersPrefix(code), device ?? ''],
    )) as [string, string, number, number, number] | null;
    if (!found) return undefined;
    const [doc, last, joined, answered, member] = found;
    return {
      session: { ...(JSON.parse(doc) as SessionDoc), lastActivity: Number(last) },
      joined,
      answered,
      member: member === 1,
    };
  }

  async update(code: string, change: (session: StoredSession) => StoredSession): Promise<StoredSession | undefined> {
    return this.compareAndSet(code, change);
  }

  /** Reads the session, changes it, and writes it only if no one else wrote it meanwhile; else again. */
  private async compareAndSet(
    code: string,
    change: (session: StoredSession) => StoredSession | undefined,
    deleteKey?: string,
  ): Promise<StoredSession | undefined> {
    for (let attempt = 0; attempt < MAX_CAS_ATTEMPTS; attempt++) {
      const read = await this.read(code);
      if (!read) return undefined;
      const next = change(read.session);
      if (!next) return undefined;
      const { participants: _participants, lastActivity, ...doc } = next;
      const written = await this.run(
        SCRIPTS.update,
        [sessionKey(code), devicesKey(code), ...(deleteKey ? [deleteKey] : [])],
        [
          read.version,
          JSON.stringify(doc),
          lastActivity,
          openRoundOf(read.doc),
          openRoundOf(doc),
          this.ttlMs,
          answersPrefix(code),
        ],
      );
      if (written === -1) return undefined;
      if (written === 1) return next;
    }
    throw new Error(`session ${code} changed too often to update`);
  }

  async join(code: string, device: string, max: number, now: number): Promise<JoinResult> {
    const result = await this.run(
      SCRIPTS.join,
      [sessionKey(code), devicesKey(code)],
      [device, max, now, this.ttlMs, answersPrefix(code)],
    );
    return result === 1 ? 'joined' : result === 0 ? 'already' : result === 2 ? 'full' : 'unknown-session';
  }

  async touch(code: string, now: number): Promise<void> {
    await this.run(SCRIPTS.touch, [sessionKey(code), devicesKey(code)], [now, this.ttlMs, answersPrefix(code)]);
  }

  async setAnswer(code: string, roundId: string, device: string, answer: StoredAnswer, now: number): Promise<boolean> {
    const kept = await this.run(
      SCRIPTS.answer,
      [sessionKey(code), devicesKey(code), answersKey(code, roundId)],
      [roundId, device, JSON.stringify(answer), now, this.ttlMs, answersPrefix(code)],
    );
    return kept === 1;
  }

  async answers(code: string, roundId: string): Promise<StoredAnswer[]> {
    return (await this.client.hVals(answersKey(code, roundId))).map((json) => JSON.parse(json) as StoredAnswer);
  }

  async answerCount(code: string, roundId: string): Promise<number> {
    return this.client.hLen(answersKey(code, roundId));
  }

  async answerOf(code: string, roundId: string, device: string): Promise<StoredAnswer | undefined> {
    const json = await this.client.hGet(answersKey(code, roundId), device);
    return json ? (JSON.parse(json) as StoredAnswer) : undefined;
  }

  async closeRound(
    code: string,
    roundId: string,
    fold: (round: StoredRound, answers: StoredAnswer[]) => StoredRound,
  ): Promise<StoredSession | undefined> {
    // First the round stops taking answers (atomically, so no answer slips in after they are read);
    // then the counts are written and the answers deleted in one step. If this process dies in
    // between, closing again finds the same answers and does the same.
    const answers = (
      (await this.run(SCRIPTS.stopAnswers, [sessionKey(code), answersKey(code, roundId)], [roundId])) as string[]
    ).map((json) => JSON.parse(json) as StoredAnswer);
    return this.compareAndSet(
      code,
      (session) => {
        const round = session.rounds[roundId];
        if (!round) return undefined;
        return { ...session, rounds: { ...session.rounds, [roundId]: fold(round, answers) } };
      },
      answersKey(code, roundId),
    );
  }

  async delete(code: string): Promise<void> {
    const read = await this.read(code);
    const rounds = Object.keys(read?.doc.rounds ?? {}).map((roundId) => answersKey(code, roundId));
    await this.client.del([sessionKey(code), devicesKey(code), ...rounds]);
  }

  async codes(): Promise<string[]> {
    const codes: string[] = [];
    for await (const keys of this.client.scanIterator({ MATCH: `${PREFIX}{*}:session`, COUNT: 500 })) {
      for (const key of keys) {
        const code = SESSION_KEY.exec(key)?.[1];
        if (code) codes.push(code);
      }
    }
    return codes;
  }

  async close(): Promise<void> {
    // The connection belongs to the server, which closes it after the live class has stopped.
  }
}
