// Stands in for src/handouts/node/handout-worker.ts in tests/unit/handout-pool.test.ts: a thread that
// dies while making a handout, without throwing or answering (as one killed by the system would),
// so the pool must notice the thread's exit, name the file and stop.
import { parentPort } from 'node:worker_threads';

parentPort?.on('message', () => {
  setTimeout(() => process.exit(7), 20);
});
