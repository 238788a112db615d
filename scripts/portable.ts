// `npm run portable -- --out DIR [--zip] [--lang ja|en]` writes the kit as a folder that runs
// opened from disk (a USB stick, a shared drive); `--lesson ID --single` writes one lesson's deck
// as one HTML file per language. Bad arguments or an unknown lesson stop it before anything is built.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { loadLessons } from '../src/content/node/load.ts';
import { LESSONS_DIR } from '../src/content/node/paths.ts';
import { formatProblem } from '../src/content/problems.ts';
import { buildPortableFolder, buildSingleDeck, megabytes, zipFolder } from '../src/build/portable/build-portable.ts';
import { parsePortableCommand, PORTABLE_USAGE } from '../src/build/portable/command-line.ts';
import { CommandLineError } from '../src/build/command-line.ts';

function fail(message: string): never {
  console.error(`portable: ${message}`);
  process.exit(1);
}

let request;
try {
  request = parsePortableCommand(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof CommandLineError)) throw error;
  fail(error.message);
}
if (request === 'help') {
  console.log(PORTABLE_USAGE);
  process.exit(0);
}

// MAMORU_LESSONS: the same other lessons folder the Vite build may be pointed at.
const lessonsDir = process.env.MAMORU_LESSONS || LESSONS_DIR;
const { library, problems } = loadLessons(lessonsDir);
if (!library) fail(`the lessons have problems; run npm run check:\n${problems.map(formatProblem).join('\n')}`);
const known = library.lessons.map((lesson) => lesson.id);
if (request.lesson !== undefined && !known.includes(request.lesson))
  fail(`no lesson "${request.lesson}"; the lessons are: ${known.join(', ')}`);
const out = path.resolve(request.out);
if (existsSync(out) && !statSync(out).isDirectory()) fail(`--out ${request.out}: is a file, not a folder`);

const started = performance.now();
const log = (line: string) => console.log(line);
const seconds = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
if (request.single) {
  const written = await buildSingleDeck({ out, lessonsDir, lesson: request.lesson!, locales: request.locales, log });
  for (const { file, bytes } of written) console.log(`${path.relative(process.cwd(), file)}  ${megabytes(bytes)}`);
  console.log(`wrote ${written.length} single-file deck${written.length === 1 ? '' : 's'} in ${seconds()}`);
} else {
  const bytes = await buildPortableFolder({ out, lessonsDir, locales: request.locales, log });
  console.log(
    `wrote the portable kit to ${path.relative(process.cwd(), out) || '.'}: ${megabytes(bytes)} in ${seconds()}`,
  );
  console.log(`open ${path.join(out, 'index.html')} in Chrome, Edge or Firefox`);
  if (request.zip) {
    const zip = zipFolder(out);
    console.log(`zipped it as ${path.relative(process.cwd(), zip.file)}: ${megabytes(zip.bytes)}`);
  }
}
