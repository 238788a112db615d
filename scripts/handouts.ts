// `npm run handouts -- --out DIR [--lesson ID] [--lang ja|en] [--paper a4|letter] [--school FILE] [--date D]`
// writes DIR/<lesson>-<kind>-<lang>.pdf for every lesson (or one), with the same documents as the
// app. Bad arguments, an unknown lesson or a bad school file stop it before any file is written.
import '../src/handouts/node/production-mode.ts';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadLessons } from '../src/content/node/load.ts';
import { LESSONS_DIR } from '../src/content/node/paths.ts';
import { formatProblem } from '../src/content/problems.ts';
import { LOCALES, type Locale } from '../src/content/types.ts';
import { isIsoDate, PAPERS, today, type Paper } from '../src/handouts/handout-input.ts';
import { writeHandouts } from '../src/handouts/node/write-handouts.ts';
import { EMPTY_SETTINGS, schoolSettings, type SchoolSettings } from '../src/content/school.ts';

const USAGE =
  'usage: npm run handouts -- --out DIR [--lesson ID] [--lang ja|en] [--paper a4|letter] [--school FILE] [--date YYYY-MM-DD|today]';

function fail(message: string): never {
  console.error(`handouts: ${message}`);
  process.exit(1);
}

let values: {
  out?: string;
  lesson?: string;
  lang?: string;
  paper?: string;
  school?: string;
  date?: string;
  help?: boolean;
};
try {
  ({ values } = parseArgs({
    options: {
      out: { type: 'string' },
      lesson: { type: 'string' },
      lang: { type: 'string' },
      paper: { type: 'string' },
      school: { type: 'string' },
      date: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: false,
  }));
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (!values.out) fail(`--out DIR is required\n${USAGE}`);
if (values.lang !== undefined && !(LOCALES as readonly string[]).includes(values.lang))
  fail(`--lang must be ja or en, not "${values.lang}"`);
if (values.paper !== undefined && !(PAPERS as readonly string[]).includes(values.paper))
  fail(`--paper must be a4 or letter, not "${values.paper}"`);
// The guardian letter's date: files made to print later keep a blank to write it on.
const issued = values.date === 'today' ? today() : values.date;
if (issued !== undefined && !isIsoDate(issued))
  fail(`--date must be a day as YYYY-MM-DD (like 2026-12-03) or "today", not "${values.date}"`);
const school = values.school === undefined ? EMPTY_SETTINGS : readSchool(values.school);

// MAMORU_LESSONS: the same other lessons folder the Vite build may be pointed at.
const { library, problems } = loadLessons(process.env.MAMORU_LESSONS || LESSONS_DIR);
if (!library) fail(`the lessons have problems; run npm run check:\n${problems.map(formatProblem).join('\n')}`);
const known = library.lessons.map((lesson) => lesson.id);
if (values.lesson !== undefined && !known.includes(values.lesson))
  fail(`no lesson "${values.lesson}"; the lessons are: ${known.join(', ')}`);

const out = path.resolve(values.out);
if (existsSync(out) && !statSync(out).isDirectory()) fail(`--out ${values.out}: is a file, not a folder`);
const started = performance.now();
const written = await writeHandouts(library, {
  out,
  lessons: values.lesson ? [values.lesson] : known,
  locales: values.lang ? [values.lang as Locale] : [...LOCALES],
  paper: (values.paper as Paper | undefined) ?? 'a4',
  school,
  issued,
  onProgress: (done, index, total) =>
    console.log(
      `[${String(index + 1).padStart(String(total).length)}/${total}] ${path.relative(process.cwd(), done.file)}  ${done.pages} p  ${Math.round(done.bytes / 1024)} KB  ${Math.round(done.ms)} ms`,
    ),
});
console.log(
  `wrote ${written.length} handouts to ${path.relative(process.cwd(), out) || '.'} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);

function readSchool(file: string): SchoolSettings {
  if (!existsSync(file)) fail(`--school ${file}: no such file`);
  let data: unknown;
  try {
    // Windows Notepad starts a UTF-8 file with a byte-order mark.
    data = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    fail(`--school ${file}: not valid JSON (${(error as Error).message})`);
  }
  const parsed = schoolSettings.safeParse(data);
  if (!parsed.success) {
    const details = parsed.error.issues
      .map((issue) => `  ${issue.path.join('.') || '(top level)'}: ${issue.message}`)
      .join('\n');
    fail(`--school ${file}: not valid school settings (schoolName, counsellor, localHelp):\n${details}`);
  }
  return parsed.data;
}
