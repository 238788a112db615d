// `npx tsx bench/handouts-threads.ts [1,2,1,2]`: makes the 48 handouts as `npm run handouts` does
// (writeHandouts, into a temporary folder) on each thread count in turn, alternating so both see
// the same machine load, and prints the wall time, the process's CPU time and the load average.
// It chose the pool's default (src/handouts/node/handout-pool.ts, defaultThreads).
import '../src/handouts/node/production-mode.ts';
import os from 'node:os';
import { loadLessons } from '../src/content/node/load.ts';
import { LESSONS_DIR } from '../src/content/node/paths.ts';
import { writeAllHandouts } from './all-handouts.ts';

const { library } = loadLessons(LESSONS_DIR);
if (!library) throw new Error('the lessons have problems: run npm run check');
for (const threads of (process.argv[2] ?? '1,2,1,2').split(',').map(Number)) {
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const written = await writeAllHandouts(library, threads);
  const cpu = process.cpuUsage(cpuBefore);
  const seconds = (performance.now() - started) / 1000;
  const handoutSeconds = written.reduce((sum, row) => sum + row.ms, 0) / 1000;
  console.log(
    `threads ${threads}: ${seconds.toFixed(2)} s wall, process CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s, sum of handout times ${handoutSeconds.toFixed(2)} s; load ${os.loadavg()[0].toFixed(1)}`,
  );
}
