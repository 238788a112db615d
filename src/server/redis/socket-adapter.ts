// Socket.IO across several classroom server processes: the Redis streams adapter carries every
// broadcast (a round opening, the teacher's progress) to the processes holding the session's other
// connections, and keeps the short reconnect-and-recover of connection state working across them.
//
// The adapter is written for a Redis that is always there. Three things make it survive an outage:
// - its publishing client fails fast, so a message to this process's own connections still goes
//   out at once (the adapter delivers locally after publishing, whether that worked or not);
// - the readers it duplicates from that client queue instead, so its stream reader waits for Redis
//   rather than retrying in a tight loop;
// - the commands it sends without waiting for them (SET of a disconnected socket's state, PUBLISH)
//   and its readers' disconnect swallow their errors, which would otherwise be unhandled
//   rejections and stop the process.
import { createAdapter } from '@socket.io/redis-streams-adapter';
import type { Server } from 'socket.io';
import type { RedisClient } from './connection.ts';

/** The stream all classroom processes share; its length is capped so Redis memory stays bounded. */
const STREAM = 'mamoru:socket.io';

export function shareThroughRedis(io: Server, client: RedisClient): void {
  io.adapter(
    createAdapter(forgiving(client), {
      streamName: STREAM,
      sessionKeyPrefix: 'mamoru:socket.io:session:',
      channelPrefix: 'mamoru:socket.io',
      // Every broadcast is one entry; 100,000 covers minutes of a district's answers, for recovery.
      maxLen: 100_000,
      readCount: 500,
    }),
  );
}

type Method = (...args: unknown[]) => Promise<unknown>;

function forgiving(client: RedisClient): RedisClient {
  const patchable = client as unknown as Record<string, Method>;
  for (const name of ['set', 'publish', 'sPublish']) {
    const original = patchable[name].bind(client);
    patchable[name] = (...args) => original(...args).catch(() => null);
  }
  const duplicate = client.duplicate.bind(client);
  client.duplicate = ((overrides?: object) => {
    const copy = duplicate({ ...overrides, disableOfflineQueue: false });
    const disconnect = copy.disconnect.bind(copy);
    copy.disconnect = async () => {
      try {
        await disconnect();
      } catch {
        // Already closed.
      }
    };
    return copy;
  }) as typeof client.duplicate;
  return client;
}
