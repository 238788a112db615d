// The command-line tools' one way to read their options (npm run handouts, npm run portable):
// node:util parseArgs, strict, with --help/-h and no stray words; a mistake becomes a
// CommandLineError that says what was wrong followed by the usage, which the script prints before
// exiting 1. Each tool then checks its own values and refuses with the same error.
import { parseArgs } from 'node:util';

/** A mistake on the command line, or in a file it names: the message is for the teacher, as it is. */
export class CommandLineError extends Error {}

/** Each option given at most once (no `multiple`), so each value is one string or boolean. */
type Options = Record<string, { type: 'string' | 'boolean'; short?: string }>;
type Values<O extends Options> = {
  [K in keyof O]?: O[K]['type'] extends 'boolean' ? boolean : string;
};

/** The options as given, or { help: true } for --help / -h. Throws CommandLineError with the usage. */
export function parseCommandLine<const O extends Options>(
  argv: string[],
  options: O,
  usage: string,
): { help: true } | { help: false; values: Values<O> } {
  let values: Record<string, unknown>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new CommandLineError(`${(error as Error).message}\n${usage}`);
  }
  if (values.help) return { help: true };
  return { help: false, values: values as Values<O> };
}
