// A teacher prints handouts from the command line: good arguments write whole PDFs with the
// school's details; bad ones say what is wrong, exit non-zero and write nothing.
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/content/node/paths';
import { readPdf } from '../support/pdf-text';

const run = promisify(execFile);
const work = mkdtempSync(path.join(tmpdir(), 'mamoru-handouts-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function handouts(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', 'tsx', path.join(PROJECT_ROOT, 'scripts/handouts.ts'), ...args],
      { cwd: PROJECT_ROOT },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
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

  const refusals: [string, string[], RegExp][] = [
    ['no --out', ['--lang', 'ja'], /--out DIR is required/],
    ['an unknown option', ['--out', 'X', '--colour', 'red'], /Unknown option '--colour'/],
    ['an unknown language', ['--out', 'X', '--lang', 'fr'], /--lang must be ja or en/],
    ['an unknown paper', ['--out', 'X', '--paper', 'a3'], /--paper must be a4 or letter/],
    [
      'an unknown lesson',
      ['--out', 'X', '--lesson', 'no-such-lesson'],
      /no lesson "no-such-lesson"; the lessons are: .*sextortion-pattern/,
    ],
    ['a missing school file', ['--out', 'X', '--school', 'nowhere.json'], /--school nowhere.json: no such file/],
  ];
  it.each(refusals)(
    'refuses %s with a clear message and writes nothing',
    async (_what, args, message) => {
      const out = path.join(work, `bad-${Math.random().toString(36).slice(2)}`);
      const result = await handouts(...args.map((arg) => (arg === 'X' ? out : arg)));
      expect(result.code).not.toBe(0);
      expect(result.stderr).toMatch(message);
      expect(() => readdirSync(out)).toThrow();
    },
    60_000,
  );

  it('refuses school settings that are not valid JSON or break the settings schema', async () => {
    const broken = path.join(work, 'broken.json');
    writeFileSync(broken, '{"schoolName": ');
    const invalid = path.join(work, 'invalid.json');
    writeFileSync(invalid, JSON.stringify({ schoolName: 'x'.repeat(200), counsellor: '', localHelp: [] }));
    const out = path.join(work, 'bad-school');
    const notJson = await handouts('--out', out, '--school', broken);
    expect(notJson.code).not.toBe(0);
    expect(notJson.stderr).toMatch(/not valid JSON/);
    const wrong = await handouts('--out', out, '--school', invalid);
    expect(wrong.code).not.toBe(0);
    expect(wrong.stderr).toMatch(/not valid school settings[\s\S]*schoolName/);
    expect(() => readdirSync(out)).toThrow();
  }, 60_000);
});
