// How long `npm run check` takes on a big lesson: a valid lesson of ½ MB and of 1 MB (bench/big-lesson.ts)
// beside the kit's own lessons. The check is meant to be linear, so 1 MB should take about twice ½ MB.
// Medians of several runs, after one warm-up run (the first run also loads the Markdown and YAML code).
import { rmSync } from 'node:fs';
import { checkLessons } from '../src/content/node/check';
import { makeLessonsDir } from '../tests/support/lesson-fixtures';
import { writeBigLesson } from './big-lesson';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);

function medianCheckMs(lessonsDir: string, root: string): number {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    const { ok, lines } = checkLessons(lessonsDir, root);
    times.push(performance.now() - started);
    if (!ok) throw new Error(`the generated lesson has problems:\n${lines.slice(0, 5).join('\n')}`);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

const warmUp = makeLessonsDir();
medianCheckMs(warmUp.lessonsDir, warmUp.root);
const baseline = medianCheckMs(warmUp.lessonsDir, warmUp.root);
rmSync(warmUp.root, { recursive: true, force: true });
console.log(`check, the minimal lesson alone: ${baseline.toFixed(0)} ms (median of ${RUNS})`);

const timings: Record<string, number> = {};
for (const [label, bytes] of [
  ['½ MB', 500_000],
  ['1 MB', 1_000_000],
] as const) {
  const { root, lessonsDir } = makeLessonsDir();
  const made = writeBigLesson(lessonsDir, bytes);
  timings[label] = medianCheckMs(lessonsDir, root);
  rmSync(root, { recursive: true, force: true });
  console.log(
    `check, a ${label} lesson (${(made.bytes / 1_000_000).toFixed(2)} MB: ${made.slides} slides a language, ${made.questions} questions): ${timings[label].toFixed(0)} ms (median of ${RUNS})`,
  );
}
console.log(`1 MB / ½ MB: ${(timings['1 MB'] / timings['½ MB']).toFixed(2)}× (linear would be about 2×)`);
