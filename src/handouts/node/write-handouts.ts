// Writes handouts as files, for the command line and the build: every file is written whole
// (to a temporary name, then renamed), so a failure never leaves a half-written PDF.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { writeFileAtomically } from '../../build/write-atomically';
import type { LessonLibrary, Locale } from '../../content/types';
import type { SchoolSettings } from '../../content/school';
import { handoutFontFiles } from './font-subset';
import { registerFonts } from '../fonts';
import { registerLatinFont } from '../latin-font';
import { LATIN_FONT_FILES } from './latin-font-files';
import { pickFontSources } from '../font-choice';
import { handoutFileName, handoutInput, HANDOUT_KINDS, type HandoutKind, type Paper } from '../handout-input';
import { pdfPageCount } from '../pdf-pages';
import { renderHandout } from '../render';

export interface WriteOptions {
  out: string;
  lessons: string[];
  locales: Locale[];
  kinds?: HandoutKind[];
  paper: Paper;
  school: SchoolSettings;
  /** The date the guardian letters carry (YYYY-MM-DD); without it, a blank to write it on. */
  issued?: string;
  onProgress?: (done: WrittenHandout, index: number, total: number) => void;
}

export interface WrittenHandout {
  file: string;
  bytes: number;
  pages: number;
  ms: number;
}

export async function writeHandouts(library: LessonLibrary, options: WriteOptions): Promise<WrittenHandout[]> {
  const fonts = await handoutFontFiles();
  registerLatinFont(LATIN_FONT_FILES);
  mkdirSync(options.out, { recursive: true });
  const jobs = options.lessons.flatMap((id) =>
    (options.kinds ?? HANDOUT_KINDS).flatMap((kind) => options.locales.map((locale) => ({ id, kind, locale }))),
  );
  const written: WrittenHandout[] = [];
  for (const [index, job] of jobs.entries()) {
    const lesson = library.lessons.find((candidate) => candidate.id === job.id)!;
    const started = performance.now();
    const input = handoutInput(
      { kind: job.kind, locale: job.locale, paper: options.paper, school: options.school, issued: options.issued },
      lesson,
      library,
      lesson,
    );
    registerFonts(pickFontSources(input, fonts));
    const bytes = await renderHandout(input);
    const file = path.join(options.out, handoutFileName(job.id, job.kind, job.locale));
    writeFileAtomically(file, bytes);
    const done = { file, bytes: bytes.length, pages: pdfPageCount(bytes), ms: performance.now() - started };
    written.push(done);
    options.onProgress?.(done, index, jobs.length);
  }
  return written;
}
