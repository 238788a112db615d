// `npx tsx bench/handouts-threads.ts [1,2,1,2]`: makes the 48 handouts as `npm run handouts` does
// (writeHandouts, into a temporary folder) on each thread count in turn, alternating so both see
// the same machine load, and prints the wall time, the process's CPU time and the load average.
// It chose the pool's default (src/handouts/node/handout-pool.ts, defaultThreads).
import '../src/handouts/node/production-mode.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadLessons } from '../src/content/node/load.ts';
import { LESSONS_DIR } from '../src/content/node/paths.ts';
import { writeHandouts } from '../src/handouts/node/write-handouts.ts';
import { EMPTY_SETTINGS } from '../src/content/school.ts';
const { library } = loadLessons(LESSONS_DIR);
if (!library) throw new Error('the lessons have problems: run npm run check');
for (const threads of (process.argv[2] ?? '1,2,1,2').split(',').map(Number)) {
  const out = mkdtempSync(path.join(os.tmpdir(), 'mamoru-pool-'));
  const c = process.cpuUsage();
  const t = performance.now();
  const w = await writeHandouts(library, {
    out,
    lessons: library.lessons.map((l) => l.id),
    locales: ['ja', 'en'],
    paper: 'a4',
    school: EMPTY_SETTINGS,
    threads,
  });
  const cpu = process.cpuUsage(c);
  console.log(
    `threads ${threads}: ${((performance.now() - t) / 1000).toFixed(2)} s wall, process CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s, sum of handout times ${(w.reduce((s, r) => s + r.ms, 0) / 1000).toFixed(2)} s; load ${os.loadavg()[0].toFixed(1)}`,
  );
  rmSync(out, { recursive: true, force: true });
}
