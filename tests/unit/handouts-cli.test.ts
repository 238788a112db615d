// A teacher prints handouts from the command line: good arguments write whole PDFs with the
// school's details; bad ones say what is wrong, exit non-zero and write nothing. Each refusal is
// checked on the parsed arguments (milliseconds); the real command runs twice, once to write and
// once to refuse, since starting it costs seconds.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { handoutsCommandArgs } from '../../src/build/handouts-plugin';
import { CommandLineError } from '../../src/build/command-line';
import { checkHandoutsTarget, parseHandoutsArgs, readSchoolFile } from '../../src/handouts/node/handouts-args';
import { readPdf } from '../support/pdf-text';
import { runScript } from '../support/run-script';

const work = mkdtempSync(path.join(tmpdir(), 'mamoru-handouts-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const handouts = (...args: string[]) => runScript('scripts/handouts.ts', args);

/** The teacher-facing message a function refuses with, or '' if it accepts. */
function refusal(check: () => unknown): string {
  try {
    check();
    return '';
  } catch (error) {
    if (!(error instanceof CommandLineError)) throw error;
    return error.message;
  }
}

describe('npm run handouts', () => {
  it('writes one lesson in Japanese on US Letter with the school from a settings file, showing progress', async () => {
    const out = path.join(work, 'good');
    const school = path.join(work, 'school.json');
    writeFileSync(
      school,
      JSON.stringify({ schoolName: 'みなと中学校', counsellor: '養護教諭 佐藤 03-0000-0000', localHelp: [] }),
    );
    const result = await handouts(
      '--out',
      out,
      '--lesson',
      'if-it-happens',
      '--lang',
      'ja',
      '--paper',
      'letter',
      '--school',
      school,
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('[1/4]');
    expect(readdirSync(out).sort()).toEqual([
      'if-it-happens-guardian-ja.pdf',
      'if-it-happens-helpcard-ja.pdf',
      'if-it-happens-student-ja.pdf',
      'if-it-happens-teacher-ja.pdf',
    ]);
    const student = await readPdf(new Uint8Array(readFileSync(path.join(out, 'if-it-happens-student-ja.pdf'))));
    expect(student.size.map(Math.round)).toEqual([612, 792]);
    const text = student.lines.map((line) => line.text).join('');
    expect(text).toContain('みなと中学校');
    expect(text.replace(/\u00A0/g, ' ')).toContain('養護教諭 佐藤 03-0000-0000');
  }, 120_000);

  it('refuses from the real command: says what is wrong on stderr, exits 1 and writes nothing', async () => {
    const out = path.join(work, 'refused');
    const result = await handouts('--out', out, '--paper', 'a3');
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('handouts: --paper must be a4 or letter, not "a3"\n');
    expect(result.stdout).toBe('');
    expect(() => readdirSync(out)).toThrow();
  }, 60_000);

  it('reads the arguments: every lesson in both languages on A4 unless told otherwise', () => {
    expect(parseHandoutsArgs(['--out', 'x'])).toEqual({
      help: false,
      out: path.resolve('x'),
      lesson: undefined,
      locales: ['ja', 'en'],
      paper: 'a4',
      schoolFile: undefined,
    });
    expect(parseHandoutsArgs(['--out', 'x', '--lesson', 'a', '--lang', 'en', '--paper', 'letter'])).toMatchObject({
      lesson: 'a',
      locales: ['en'],
      paper: 'letter',
    });
    expect(parseHandoutsArgs(['-h'])).toEqual({ help: true });
  });

  const refusals: [string, string[], RegExp][] = [
    ['no --out', ['--lang', 'ja'], /^--out DIR is required\nusage: npm run handouts/],
    ['an unknown option', ['--out', 'X', '--colour', 'red'], /Unknown option '--colour'[\s\S]*\nusage: /],
    ['a stray argument', ['--out', 'X', 'sextortion-pattern'], /Unexpected argument 'sextortion-pattern'/],
    ['an option without its value', ['--out'], /--out <value>' argument missing/],
    ['an unknown language', ['--out', 'X', '--lang', 'fr'], /^--lang must be ja or en, not "fr"$/],
    ['an unknown paper', ['--out', 'X', '--paper', 'a3'], /^--paper must be a4 or letter, not "a3"$/],
  ];
  it.each(refusals)('refuses %s with a clear message', (_what, args, message) => {
    expect(refusal(() => parseHandoutsArgs(args))).toMatch(message);
  });

  it('refuses an unknown lesson, naming the lessons there are, and an output path that is a file', () => {
    const out = path.join(work, 'target');
    expect(refusal(() => checkHandoutsTarget({ out, lesson: 'no-such-lesson' }, ['a', 'b']))).toBe(
      'no lesson "no-such-lesson"; the lessons are: a, b',
    );
    expect(refusal(() => checkHandoutsTarget({ out, lesson: 'b' }, ['a', 'b']))).toBe('');
    const file = path.join(work, 'a-file');
    writeFileSync(file, '');
    expect(refusal(() => checkHandoutsTarget({ out: file }, ['a']))).toBe(`--out ${file}: is a file, not a folder`);
  });

  it('refuses a school file that is missing, not valid JSON, or breaks the settings schema', () => {
    expect(refusal(() => readSchoolFile('nowhere.json'))).toBe('--school nowhere.json: no such file');
    const broken = path.join(work, 'broken.json');
    writeFileSync(broken, '{"schoolName": ');
    expect(refusal(() => readSchoolFile(broken))).toMatch(/^--school .*broken\.json: not valid JSON \(/);
    const invalid = path.join(work, 'invalid.json');
    writeFileSync(invalid, JSON.stringify({ schoolName: 'x'.repeat(200), counsellor: '', localHelp: [] }));
    expect(refusal(() => readSchoolFile(invalid))).toMatch(/not valid school settings[\s\S]*\n {2}schoolName: /);
  });

  it('reads a school file saved by Windows Notepad (with a byte-order mark), and no file as no school', () => {
    const school = { schoolName: 'みなと中学校', counsellor: '', localHelp: ['市の相談窓口 0120-000-000'] };
    const file = path.join(work, 'notepad.json');
    writeFileSync(file, `\uFEFF${JSON.stringify(school)}`);
    expect(readSchoolFile(file)).toEqual(school);
    expect(readSchoolFile(undefined)).toEqual({ schoolName: '', counsellor: '', localHelp: [] });
  });
});

describe('the build’s default handouts', () => {
  it('are every lesson’s, or one lesson’s when MAMORU_HANDOUTS names it', () => {
    expect(handoutsCommandArgs('/dist', undefined)).toEqual(['--out', path.join('/dist', 'handouts')]);
    expect(handoutsCommandArgs('/dist', '')).toEqual(['--out', path.join('/dist', 'handouts')]);
    expect(handoutsCommandArgs('/dist', 'sextortion-pattern')).toEqual([
      '--out',
      path.join('/dist', 'handouts'),
      '--lesson',
      'sextortion-pattern',
    ]);
  });

  it('refuse a MAMORU_HANDOUTS that is not one lesson id', () => {
    expect(() => handoutsCommandArgs('/dist', 'a,b')).toThrow(
      'MAMORU_HANDOUTS must be one lesson id (like sextortion-pattern), not "a,b"',
    );
  });
});
