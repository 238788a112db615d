// What the lesson command-line tools (handouts, export) share: the options --out, --lesson, --lang,
// --school and --help, their checks, and loading the lessons. A bad argument, an unknown lesson or
// a bad school file stops the tool with a clear message and exit code 1, before any file is written.
import { parseArgs } from 'node:util';
import { loadLessons } from '../src/content/node/load.ts';
import { LESSONS_DIR } from '../src/content/node/paths.ts';
import { formatProblem } from '../src/content/problems.ts';
import { LOCALES, type Locale } from '../src/content/types.ts';
import type { Lesson, LessonLibrary } from '../src/content/types.ts';
import { EMPTY_SETTINGS, type SchoolSettings } from '../src/content/school.ts';
import { readSchoolFile } from './school-file.ts';

export interface LessonCommand {
  out: string;
  lessons: Lesson[];
  locales: Locale[];
  school: SchoolSettings;
  library: LessonLibrary;
  /** The tool's own options, as given. */
  values: Record<string, string | undefined>;
  positionals: string[];
  fail: (message: string) => never;
}

/** A reason the command cannot run, said to the teacher as it is. */
export class CommandError extends Error {}

export interface CommandSpec {
  usage: string;
  /** The tool's own string options, besides --out, --lesson, --lang and --school. */
  own?: string[];
  allowPositionals?: boolean;
  checkOwn?: (
    values: Record<string, string | undefined>,
    positionals: string[],
    fail: (message: string) => never,
  ) => void;
}

/** Runs a tool's command line: prints the usage for --help, and a refusal as `tool: message` with exit code 1. */
export function lessonCommand(tool: string, spec: CommandSpec, argv = process.argv.slice(2)): LessonCommand {
  try {
    const command = parseLessonCommand(spec, argv);
    if (command === 'help') {
      console.log(spec.usage);
      process.exit(0);
    }
    return command;
  } catch (error) {
    if (!(error instanceof CommandError)) throw error;
    console.error(`${tool}: ${error.message}`);
    process.exit(1);
  }
}

/** The checked command line, 'help' for --help, or a CommandError saying what is wrong. */
export function parseLessonCommand(
  { usage, own = [], allowPositionals = false, checkOwn }: CommandSpec,
  argv: string[],
): LessonCommand | 'help' {
  const fail = (message: string): never => {
    throw new CommandError(message);
  };
  let values: Record<string, string | boolean | undefined>;
  let positionals: string[];
  try {
    const parsed = parseArgs({
      args: argv,
      options: Object.fromEntries([
        ...['out', 'lesson', 'lang', 'school', ...own].map((name) => [name, { type: 'string' as const }]),
        ['help', { type: 'boolean' as const, short: 'h' }],
      ]),
      strict: true,
      allowPositionals,
    });
    // No option is declared `multiple`, so each value is one string (or true for --help).
    values = parsed.values as Record<string, string | boolean | undefined>;
    positionals = parsed.positionals;
  } catch (error) {
    return fail(`${(error as Error).message}\n${usage}`);
  }
  if (values.help) return 'help';
  const strings = values as Record<string, string | undefined>;
  checkOwn?.(strings, positionals, fail);
  if (!strings.out) fail(`--out DIR is required\n${usage}`);
  if (strings.lang !== undefined && !(LOCALES as readonly string[]).includes(strings.lang))
    fail(`--lang must be ja or en, not "${strings.lang}"`);
  let school = EMPTY_SETTINGS;
  if (strings.school !== undefined) {
    const { settings, problem } = readSchoolFile(strings.school);
    school = settings ?? fail(problem!);
  }
  // MAMORU_LESSONS: the same other lessons folder the Vite build may be pointed at.
  const { library, problems } = loadLessons(process.env.MAMORU_LESSONS || LESSONS_DIR);
  if (!library) return fail(`the lessons have problems; run npm run check:\n${problems.map(formatProblem).join('\n')}`);
  const known = library.lessons.map((lesson) => lesson.id);
  if (strings.lesson !== undefined && !known.includes(strings.lesson))
    fail(`no lesson "${strings.lesson}"; the lessons are: ${known.join(', ')}`);
  return {
    out: strings.out!,
    lessons: library.lessons.filter((lesson) => strings.lesson === undefined || lesson.id === strings.lesson),
    locales: strings.lang ? [strings.lang as Locale] : [...LOCALES],
    school,
    library,
    values: strings,
    positionals,
    fail,
  };
}
