// The command-line tools' shared option reader: strict, --help and -h, usage after every mistake.
import { describe, expect, it } from 'vitest';
import { CommandLineError, parseCommandLine } from '../../src/build/command-line';

const OPTIONS = { out: { type: 'string' }, zip: { type: 'boolean' } } as const;
const USAGE = 'usage: tool --out DIR [--zip]';

function refusal(argv: string[]): string {
  try {
    parseCommandLine(argv, OPTIONS, USAGE);
  } catch (error) {
    expect(error).toBeInstanceOf(CommandLineError);
    return (error as Error).message;
  }
  throw new Error(`accepted: ${argv.join(' ')}`);
}

describe('parseCommandLine', () => {
  it('gives the options as typed values', () => {
    expect(parseCommandLine(['--out', 'x', '--zip'], OPTIONS, USAGE)).toEqual({
      help: false,
      values: { out: 'x', zip: true },
    });
    expect(parseCommandLine([], OPTIONS, USAGE)).toEqual({ help: false, values: {} });
  });

  it('answers --help and -h, whatever else is given', () => {
    expect(parseCommandLine(['--help'], OPTIONS, USAGE)).toEqual({ help: true });
    expect(parseCommandLine(['--out', 'x', '-h'], OPTIONS, USAGE)).toEqual({ help: true });
  });

  it.each([
    [['--colour', 'red'], "Unknown option '--colour'"],
    [['stray'], "Unexpected argument 'stray'"],
    [['--out'], "Option '--out <value>' argument missing"],
    [['--zip=yes'], "Option '--zip' does not take an argument"],
  ])('refuses %j with what was wrong, then the usage', (argv, why) => {
    const message = refusal(argv);
    expect(message).toContain(why);
    expect(message.endsWith(`\n${USAGE}`)).toBe(true);
  });
});
