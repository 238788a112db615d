// A teacher exports lessons from the command line: good arguments write whole files named
// <lesson>-<lang>.<ext>; bad ones say what is wrong, exit non-zero and write nothing.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { runScript } from '../support/run-script';
import { writeFileAtomically } from '../../src/build/write-atomically';
import { EXPORT_FORMATS, exportFileName, writeExport } from '../../src/export/formats';
import { EXPORT_COMMAND } from '../../scripts/export-command';
import { parseLessonCommand } from '../../scripts/lesson-cli';
import { makeLessonsDir } from '../support/lesson-fixtures';

const work = mkdtempSync(path.join(tmpdir(), 'mamoru-export-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const exportCli = (args: string[], env: Record<string, string> = {}) => runScript('scripts/export.ts', args, env);

describe('npm run export', () => {
  it('writes one lesson in one language as <lesson>-<lang>.<ext>', async () => {
    const out = path.join(work, 'good');
    const result = await exportCli(['pptx', '--lesson', 'if-it-happens', '--lang', 'en', '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('wrote 1 pptx files');
    expect(readdirSync(out)).toEqual(['if-it-happens-en.pptx']);
    expect(Object.keys(unzipSync(new Uint8Array(readFileSync(path.join(out, 'if-it-happens-en.pptx')))))).toContain(
      'ppt/presentation.xml',
    );
    expect(EXPORT_FORMATS.map((format) => exportFileName('if-it-happens', 'en', format))).toEqual([
      'if-it-happens-en.pptx',
      'if-it-happens-en.gs',
      'if-it-happens-en.xml',
      'if-it-happens-en.txt',
      'if-it-happens-en.imscc',
    ]);
  }, 120_000);

  it('writes every lesson in both languages when no lesson or language is named, with the school from a file', async () => {
    const out = path.join(work, 'all');
    const school = path.join(work, 'school.json');
    writeFileSync(
      school,
      JSON.stringify({ schoolName: 'みなと中学校', counsellor: '養護教諭 佐藤', localHelp: ['区の窓口 0120-000-000'] }),
    );
    const result = await exportCli(['gift', '--out', out, '--school', school]);
    expect(result.code, result.stderr).toBe(0);
    const files = readdirSync(out);
    expect(files).toHaveLength(12);
    expect(files).toContain('sextortion-pattern-ja.txt');
    expect(files).toContain('laws-follow-you-abroad-en.txt');
    expect(files.some((name) => name.endsWith('.part'))).toBe(false);
    expect(readFileSync(path.join(out, 'sextortion-pattern-ja.txt'), 'utf8')).toMatch(/^\/\/ まもる: .*\n\$CATEGORY: /);
    // The school's contacts reach the exports: in the Forms script, first in the help at the end.
    const command = parseLessonCommand(EXPORT_COMMAND, [
      'forms',
      '--lesson',
      'sextortion-pattern',
      '--lang',
      'ja',
      '--out',
      out,
      '--school',
      school,
    ]);
    if (command === 'help') throw new Error('unexpected help');
    const [lesson] = command.lessons;
    const script = new TextDecoder().decode(
      await writeExport('forms', {
        lesson,
        content: lesson,
        catalogue: command.library,
        locale: 'ja',
        school: command.school,
      }),
    );
    expect(script.indexOf('みなと中学校')).toBeGreaterThan(script.indexOf('"helpTitle"'));
  }, 120_000);

  const refusals: [string, string[], RegExp][] = [
    ['no format', ['--out', 'X'], /say which format to write/],
    ['an unknown format', ['pdf', '--out', 'X'], /unknown format "pdf": use one of pptx, forms, moodle, gift, cc/],
    ['two formats', ['gift', 'cc', '--out', 'X'], /one format at a time/],
    ['no --out', ['gift'], /--out DIR is required/],
    ['an unknown option', ['gift', '--out', 'X', '--colour', 'red'], /Unknown option '--colour'/],
    ['an unknown language', ['gift', '--out', 'X', '--lang', 'fr'], /--lang must be ja or en, not "fr"/],
    [
      'an unknown lesson',
      ['gift', '--out', 'X', '--lesson', 'no-such-lesson'],
      /no lesson "no-such-lesson"; the lessons are: .*sextortion-pattern/,
    ],
    [
      'a missing school file',
      ['gift', '--out', 'X', '--school', 'nowhere.json'],
      /--school nowhere.json: no such file/,
    ],
  ];
  it.each(refusals)('refuses %s with a clear message', (_what, args, message) => {
    expect(() =>
      parseLessonCommand(
        EXPORT_COMMAND,
        args.map((arg) => (arg === 'X' ? path.join(work, 'never') : arg)),
      ),
    ).toThrow(message);
  });

  it('says what is wrong on stderr, exits non-zero and writes nothing', async () => {
    const out = path.join(work, 'bad');
    const result = await exportCli(['pdf', '--out', out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^export: unknown format "pdf": use one of pptx, forms, moodle, gift, cc/);
    expect(existsSync(out)).toBe(false);
  }, 60_000);

  it('prints its usage for --help', () => {
    expect(parseLessonCommand(EXPORT_COMMAND, ['--help'])).toBe('help');
    expect(EXPORT_COMMAND.usage).toMatch(/^usage: npm run export -- FORMAT --out DIR/);
  });

  it('refuses lessons with problems, pointing at npm run check, and writes nothing', async () => {
    const { root, lessonsDir } = makeLessonsDir('english-slides-missing');
    const out = path.join(work, 'broken');
    const result = await exportCli(['moodle', '--out', out], { MAMORU_LESSONS: lessonsDir });
    rmSync(root, { recursive: true, force: true });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/the lessons have problems; run npm run check/);
    expect(existsSync(out)).toBe(false);
  }, 60_000);
});

describe('writing a file whole or not at all', () => {
  it('removes its temporary file and throws when the file cannot be put in place', () => {
    const out = path.join(work, 'atomic');
    mkdirSync(out);
    // A folder where the file should go: the temporary file is written, the rename fails.
    mkdirSync(path.join(out, 'lesson-ja.xml'));
    expect(() => writeFileAtomically(path.join(out, 'lesson-ja.xml'), 'content')).toThrow();
    expect(readdirSync(out)).toEqual(['lesson-ja.xml']);
  });

  it('replaces an earlier file only with the complete new one', () => {
    const file = path.join(work, 'replace.txt');
    writeFileSync(file, 'earlier export');
    writeFileAtomically(file, 'new export');
    expect(readFileSync(file, 'utf8')).toBe('new export');
  });
});
