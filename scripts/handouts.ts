// `npm run handouts -- --out DIR [--lesson ID] [--lang ja|en] [--paper a4|letter] [--school FILE] [--date D]`
// writes DIR/<lesson>-<kind>-<lang>.pdf for every lesson (or one), with the same documents as the
// app. Bad arguments, an unknown lesson or a bad school file stop it before any file is written
// (the checks are in src/handouts/node/handouts-args.ts).
import '../src/handouts/node/production-mode.ts';
import path from 'node:path';
import { CommandLineError } from '../src/build/command-line.ts';
import { loadLessons } from '../src/content/node/load.ts';
import { LESSONS_DIR } from '../src/content/node/paths.ts';
import { formatProblem } from '../src/content/problems.ts';
import {
  checkHandoutsTarget,
  HANDOUTS_USAGE,
  parseHandoutsArgs,
  readSchoolFile,
} from '../src/handouts/node/handouts-args.ts';
import { writeHandouts } from '../src/handouts/node/write-handouts.ts';

function fail(message: string): never {
  console.error(`handouts: ${message}`);
  process.exit(1);
}

try {
  const args = parseHandoutsArgs(process.argv.slice(2));
  if (args.help) {
    console.log(HANDOUTS_USAGE);
    process.exit(0);
  }
  const school = readSchoolFile(args.schoolFile);

  // MAMORU_LESSONS: the same other lessons folder the Vite build may be pointed at.
  const { library, problems } = loadLessons(process.env.MAMORU_LESSONS || LESSONS_DIR);
  if (!library) fail(`the lessons have problems; run npm run check:\n${problems.map(formatProblem).join('\n')}`);
  const known = library.lessons.map((lesson) => lesson.id);
  checkHandoutsTarget(args, known);

  const started = performance.now();
  const written = await writeHandouts(library, {
    out: args.out,
    lessons: args.lesson ? [args.lesson] : known,
    locales: args.locales,
    paper: args.paper,
    school,
    issued: args.issued,
    onProgress: (done, index, total) =>
      console.log(
        `[${String(index + 1).padStart(String(total).length)}/${total}] ${path.relative(process.cwd(), done.file)}  ${done.pages} p  ${Math.round(done.bytes / 1024)} KB  ${Math.round(done.ms)} ms`,
      ),
  });
  console.log(
    `wrote ${written.length} handouts to ${path.relative(process.cwd(), args.out) || '.'} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
} catch (error) {
  if (error instanceof CommandLineError) fail(error.message);
  throw error;
}
