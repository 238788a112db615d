// The 48 handouts as `npm run handouts` makes them (writeHandouts, its worker pool), into a
// temporary folder that is removed afterwards: what both handout benches time.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LessonLibrary } from '../src/content/types.ts';
import { EMPTY_SETTINGS } from '../src/content/school.ts';
import { writeHandouts, type WriteOptions } from '../src/handouts/node/write-handouts.ts';

/** The 48: every lesson's handouts in both languages, on A4, without a school's contacts. */
export function allHandouts(library: LessonLibrary) {
  return {
    lessons: library.lessons.map((lesson) => lesson.id),
    locales: ['ja', 'en'],
    paper: 'a4',
    school: EMPTY_SETTINGS,
  } satisfies Omit<WriteOptions, 'out'>;
}

/** Makes the 48; `threads` as npm run handouts's default when left out. */
export async function writeAllHandouts(library: LessonLibrary, threads?: number) {
  const out = mkdtempSync(path.join(os.tmpdir(), 'mamoru-bench-handouts-'));
  try {
    return await writeHandouts(library, { ...allHandouts(library), out, threads });
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
