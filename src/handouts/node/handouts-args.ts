// The arguments of `npm run handouts`, read and checked without writing anything, so that each
// refusal can be tested in milliseconds (tests/unit/handouts-cli.test.ts); scripts/handouts.ts
// prints the message of a CommandLineError and exits 1.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { LOCALES, type Locale } from '../../content/types';
import { EMPTY_SETTINGS, schoolSettings, type SchoolSettings } from '../../content/school';
import { isIsoDate, PAPERS, today, type Paper } from '../handout-input';
import { CommandLineError, parseCommandLine } from '../../build/command-line';

export const HANDOUTS_USAGE =
  'usage: npm run handouts -- --out DIR [--lesson ID] [--lang ja|en] [--paper a4|letter] [--school FILE] [--date YYYY-MM-DD|today]';

export type HandoutsArgs =
  | { help: true }
  | {
      help: false;
      /** The output folder, resolved against the current folder. */
      out: string;
      lesson?: string;
      locales: Locale[];
      paper: Paper;
      /** The school settings file, not yet read (see readSchoolFile). */
      schoolFile?: string;
      /** The guardian letter's date; without it the letter keeps a blank to write it on. */
      issued?: string;
    };

export function parseHandoutsArgs(argv: string[]): HandoutsArgs {
  const parsed = parseCommandLine(
    argv,
    {
      out: { type: 'string' },
      lesson: { type: 'string' },
      lang: { type: 'string' },
      paper: { type: 'string' },
      school: { type: 'string' },
      date: { type: 'string' },
    },
    HANDOUTS_USAGE,
  );
  if (parsed.help) return { help: true };
  const { values } = parsed;
  if (!values.out) throw new CommandLineError(`--out DIR is required\n${HANDOUTS_USAGE}`);
  if (values.lang !== undefined && !(LOCALES as readonly string[]).includes(values.lang))
    throw new CommandLineError(`--lang must be ja or en, not "${values.lang}"`);
  if (values.paper !== undefined && !(PAPERS as readonly string[]).includes(values.paper))
    throw new CommandLineError(`--paper must be a4 or letter, not "${values.paper}"`);
  // The guardian letter's date: files made to print later keep a blank to write it on.
  const issued = values.date === 'today' ? today() : values.date;
  if (issued !== undefined && !isIsoDate(issued))
    throw new CommandLineError(`--date must be a day as YYYY-MM-DD (like 2026-12-03) or "today", not "${values.date}"`);
  return {
    help: false,
    out: path.resolve(values.out),
    lesson: values.lesson,
    locales: values.lang ? [values.lang as Locale] : [...LOCALES],
    paper: (values.paper as Paper | undefined) ?? 'a4',
    schoolFile: values.school,
    issued,
  };
}

/** Refuses a lesson the library does not have, and an output path that is a file. */
export function checkHandoutsTarget(args: { out: string; lesson?: string }, knownLessons: string[]): void {
  if (args.lesson !== undefined && !knownLessons.includes(args.lesson))
    throw new CommandLineError(`no lesson "${args.lesson}"; the lessons are: ${knownLessons.join(', ')}`);
  if (existsSync(args.out) && !statSync(args.out).isDirectory())
    throw new CommandLineError(`--out ${args.out}: is a file, not a folder`);
}

/** The school's contacts from a settings file (as the kit's settings page saves them), or none. */
export function readSchoolFile(file: string | undefined): SchoolSettings {
  if (file === undefined) return EMPTY_SETTINGS;
  if (!existsSync(file)) throw new CommandLineError(`--school ${file}: no such file`);
  let data: unknown;
  try {
    // Windows Notepad starts a UTF-8 file with a byte-order mark.
    data = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new CommandLineError(`--school ${file}: not valid JSON (${(error as Error).message})`);
  }
  const parsed = schoolSettings.safeParse(data);
  if (!parsed.success) {
    const details = parsed.error.issues
      .map((issue) => `  ${issue.path.join('.') || '(top level)'}: ${issue.message}`)
      .join('\n');
    throw new CommandLineError(
      `--school ${file}: not valid school settings (schoolName, counsellor, localHelp):\n${details}`,
    );
  }
  return parsed.data;
}
