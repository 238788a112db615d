// The classroom server's connection to Redis (node-redis): reconnects with a growing pause when
// Redis goes away, says so once in the log, and tells its listeners when Redis is up or down, so
// the teacher's screen can show it. Commands sent while Redis is down fail at once instead of
// queueing, so a student's answer is refused (and retried by the page) rather than left hanging.
import { createClient, type RedisClientType } from 'redis';

export type RedisClient = RedisClientType;

export interface RedisConnection {
  /** For the session store: fails fast while Redis is down. */
  client: RedisClient;
  /** For the Socket.IO adapter (socket-adapter.ts); fails fast too. */
  adapterClient: RedisClient;
  /** Whether both clients are connected. */
  isUp: () => boolean;
  /** Called with true when both clients are back and false when either goes away. */
  onChange: (listener: (up: boolean) => void) => void;
  close: () => Promise<void>;
}

/** The pause before reconnect attempt `retries`: 100 ms, doubling, at most 5 s. */
export function reconnectDelay(retries: number): number {
  return Math.min(100 * 2 ** retries, 5000);
}

/** A redis:// or rediss:// URL, or an Error saying what is wrong with it. */
export function checkRedisUrl(value: string): URL | Error {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return new Error(`--redis must be a URL such as redis://127.0.0.1:6379, not ${value}`);
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:')
    return new Error(`--redis must start with redis:// or rediss://, not ${url.protocol}//`);
  if (!url.hostname) return new Error(`--redis has no host: ${value}`);
  return url;
}

/** Where Redis is, for the log: the URL without its password. */
export function describeRedis(url: string): string {
  const shown = new URL(url);
  if (shown.password) shown.password = '***';
  return shown.toString();
}

/**
 * Connects to Redis. The first connection must succeed (within `connectTimeoutMs`) so that a wrong
 * address is reported at start; after that, losing Redis is survived.
 */
export async function connectRedis(url: string, options: { connectTimeoutMs?: number } = {}): Promise<RedisConnection> {
  const where = describeRedis(url);
  const listeners: ((up: boolean) => void)[] = [];
  let up = false;
  let started = false;
  const setUp = (next: boolean) => {
    // Before the first connection (and after close) the caller hears of failures through connect/close.
    if (next === up || !started) return;
    up = next;
    console.error(
      next
        ? `classroom: Redis at ${where} is back; sessions continue`
        : `classroom: lost Redis at ${where}; retrying (students' answers are refused until it is back)`,
    );
    for (const listener of listeners) listener(next);
  };
  const make = (disableOfflineQueue: boolean) =>
    createClient({
      url,
      disableOfflineQueue,
      socket: {
        connectTimeout: options.connectTimeoutMs ?? 5000,
        // Before the first connection a failure is final, so a wrong address is reported at once.
        reconnectStrategy: (retries, cause) => (started ? reconnectDelay(retries) : cause),
      },
    }) as RedisClient;
  // Up only while both clients are: each reconnects on its own schedule, and until the adapter's
  // is back a broadcast (a round opening) reaches this process's devices alone.
  const watched: RedisClient[] = [];
  const watch = (client: RedisClient) => {
    watched.push(client);
    const changed = () => setUp(watched.every((each) => each.isReady));
    // node-redis reports every failed attempt as an error; the up/down lines above say it once.
    client.on('error', () => undefined);
    for (const event of ['ready', 'end', 'reconnecting']) client.on(event, changed);
    return client;
  };
  const client = watch(make(true));
  await client.connect().catch((error: unknown) => {
    throw new Error(`could not reach Redis at ${where}: ${error instanceof Error ? error.message : error}`);
  });
  const adapterClient = watch(make(true));
  await adapterClient.connect();
  up = true;
  started = true;
  return {
    client,
    adapterClient,
    isUp: () => up,
    onChange: (listener) => listeners.push(listener),
    close: async () => {
      listeners.length = 0;
      started = false;
      await Promise.allSettled([client.close(), adapterClient.close()]);
    },
  };
}
