// `npm run portable -- --out DIR [--zip] [--lesson ID --single] [--lang ja|en]`, checked before
// anything is built: a wrong argument stops the tool with a message that says what to write instead.
import { LOCALES, type Locale } from '../../content/types.ts';
import { CommandLineError, parseCommandLine } from '../command-line.ts';

export const PORTABLE_USAGE =
  'usage: npm run portable -- --out DIR [--zip] [--lang ja|en]            (the whole kit as a folder)\n' +
  '       npm run portable -- --out DIR --lesson ID --single [--lang ja|en] (one lesson deck as one HTML file per language)';

export interface PortableRequest {
  out: string;
  /** One lesson only (with `single`), or every lesson. */
  lesson?: string;
  single: boolean;
  zip: boolean;
  locales: Locale[];
}

/** The checked command line, or 'help' for --help. Whether the lesson exists is checked against the lessons later. */
export function parsePortableCommand(argv: string[]): PortableRequest | 'help' {
  const parsed = parseCommandLine(
    argv,
    {
      out: { type: 'string' },
      lesson: { type: 'string' },
      lang: { type: 'string' },
      single: { type: 'boolean' },
      zip: { type: 'boolean' },
    },
    PORTABLE_USAGE,
  );
  if (parsed.help) return 'help';
  const { values } = parsed;
  if (!values.out) throw new CommandLineError(`--out DIR is required\n${PORTABLE_USAGE}`);
  if (values.lang !== undefined && !(LOCALES as readonly string[]).includes(values.lang))
    throw new CommandLineError(`--lang must be ja or en, not "${values.lang}"`);
  if (values.single && values.lesson === undefined)
    throw new CommandLineError(`--single needs --lesson ID: one file holds one lesson's deck\n${PORTABLE_USAGE}`);
  if (values.lesson !== undefined && !values.single)
    throw new CommandLineError(
      `--lesson ID goes with --single (one lesson's deck as one file); the folder always holds every lesson\n${PORTABLE_USAGE}`,
    );
  if (values.single && values.zip)
    throw new CommandLineError('--zip is for the folder; a single-file deck is one file already');
  return {
    out: values.out,
    lesson: values.lesson,
    single: values.single ?? false,
    zip: values.zip ?? false,
    locales: values.lang ? [values.lang as Locale] : [...LOCALES],
  };
}
