// Socket.IO across several classroom server processes: the Redis streams adapter carries every
// broadcast (a round opening, the teacher's progress) to the processes holding the session's other
// connections, and keeps the short reconnect-and-recover of connection state working across them.
import { createAdapter } from '@socket.io/redis-streams-adapter';
import type { Server } from 'socket.io';
import type { RedisClient } from './connection.ts';

/** The stream all classroom processes share; its length is capped so Redis memory stays bounded. */
const STREAM = 'mamoru:socket.io';

export function shareThroughRedis(io: Server, client: RedisClient): void {
  io.adapter(
    createAdapter(client, {
      streamName: STREAM,
      sessionKeyPrefix: 'mamoru:socket.io:session:',
      channelPrefix: 'mamoru:socket.io',
      // One class's burst of 35 answers makes 35 progress broadcasts; 10,000 per stream is the default.
      maxLen: 100_000,
      readCount: 500,
    }),
  );
}
