// Writes handouts as files, for the command line and the build: made on a pool of worker threads,
// as many as the machine gains from (handout-pool.ts), and every file written whole (to a temporary name, then
// renamed), so a failure never leaves a half-written PDF.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { writeFileAtomically } from '../../build/write-atomically';
import type { LessonLibrary, Locale } from '../../content/types';
import type { SchoolSettings } from '../../content/school';
import { handoutFontFiles } from './font-subset';
import { LATIN_FONT_FILES } from './latin-font-files';
import {
  handoutFileName,
  handoutInput,
  HANDOUT_KINDS,
  type HandoutInput,
  type HandoutKind,
  type Paper,
} from '../handout-input';
import { pdfPageCount } from '../pdf-pages';
import { renderInPool } from './handout-pool';

export interface WriteOptions {
  out: string;
  lessons: string[];
  locales: Locale[];
  kinds?: HandoutKind[];
  paper: Paper;
  school: SchoolSettings;
  /** The date the guardian letters carry (YYYY-MM-DD); without it, a blank to write it on. */
  issued?: string;
  /** Called as each file is written, in the order they finish; `index` counts them from 0. */
  onProgress?: (done: WrittenHandout, index: number, total: number) => void;
  /** Worker threads; the pool's defaultThreads() if not given. */
  threads?: number;
}

export interface WrittenHandout {
  file: string;
  bytes: number;
  pages: number;
  ms: number;
}

/** The handouts `options` ask for, in the order they are made: each one's file name and input. */
export function handoutJobs(
  library: LessonLibrary,
  options: Pick<WriteOptions, 'lessons' | 'locales' | 'kinds' | 'paper' | 'school' | 'issued'>,
): { name: string; input: HandoutInput }[] {
  return options.lessons.flatMap((id) => {
    const lesson = library.lessons.find((candidate) => candidate.id === id);
    if (!lesson) throw new Error(`no lesson ${id} in the library`);
    return (options.kinds ?? HANDOUT_KINDS).flatMap((kind) =>
      options.locales.map((locale) => ({
        name: handoutFileName(id, kind, locale),
        input: handoutInput(
          { kind, locale, paper: options.paper, school: options.school, issued: options.issued },
          lesson,
          library,
          lesson,
        ),
      })),
    );
  });
}

export async function writeHandouts(library: LessonLibrary, options: WriteOptions): Promise<WrittenHandout[]> {
  const fonts = await handoutFontFiles();
  mkdirSync(options.out, { recursive: true });
  const jobs = handoutJobs(library, options);
  const written: WrittenHandout[] = new Array(jobs.length);
  let count = 0;
  await renderInPool(jobs, {
    fonts,
    latinFont: LATIN_FONT_FILES,
    threads: options.threads,
    onDone: ({ bytes, ms }, job, index) => {
      const file = path.join(options.out, job.name);
      writeFileAtomically(file, bytes);
      written[index] = { file, bytes: bytes.length, pages: pdfPageCount(bytes), ms };
      options.onProgress?.(written[index], count, jobs.length);
      count += 1;
    },
  });
  return written;
}
