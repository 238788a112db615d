// Lesson folders come from teachers and other schools. Whatever is in them, the loader answers with
// problems at a file and line: it never throws, never hangs, and stays fast on huge or odd input.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLessons } from '../../src/content/node/load';
import { MAX_FILE_BYTES, MAX_LINE_CHARS } from '../../src/content/node/lesson-text';
import { findBlamingWordings } from '../../src/content/wording';
import { formatProblem } from '../../src/content/problems';
import { makeLessonsDir } from '../support/lesson-fixtures';

function problemsAfter(change: (lessonDir: string, lessonsDir: string) => void): string[] {
  const { root, lessonsDir, lessonDir } = makeLessonsDir();
  change(lessonDir, lessonsDir);
  const result = loadLessons(lessonsDir, root);
  return result.problems.map(formatProblem);
}

describe('the loader, given files that are not what they should be', () => {
  it('reports a lesson.yaml that is a folder', () => {
    const problems = problemsAfter((dir) => {
      rmSync(path.join(dir, 'lesson.yaml'));
      mkdirSync(path.join(dir, 'lesson.yaml'));
    });
    expect(problems).toEqual([
      'lessons/minimal-lesson/lesson.yaml:1:1 is a folder, not a file: lesson files are plain text files',
    ]);
  });

  it('reports a link to nothing in the lessons folder, and still loads the other lessons', () => {
    const problems = problemsAfter((_, lessonsDir) =>
      symlinkSync(path.join(lessonsDir, 'gone'), path.join(lessonsDir, 'old-lesson')),
    );
    expect(problems).toEqual([
      'lessons/old-lesson:1:1 is a link to nothing: remove it, or point it at a lesson folder',
    ]);
  });

  it('reports a named pipe instead of waiting on it forever', () => {
    const problems = problemsAfter((dir) => {
      rmSync(path.join(dir, 'slides.ja.md'));
      execFileSync('mkfifo', [path.join(dir, 'slides.ja.md')]);
    });
    expect(problems).toEqual([
      'lessons/minimal-lesson/slides.ja.md:1:1 is a pipe, socket or device, not a file: lesson files are plain text files',
    ]);
  });

  it('refuses a file over 1 MB and a line over 10,000 characters, at their lines', () => {
    const big = problemsAfter((dir) =>
      writeFileSync(
        path.join(dir, 'slides.en.md'),
        `# Big\n\n${'Words and more words.\n'.repeat(MAX_FILE_BYTES / 20)}`,
      ),
    );
    expect(big).toEqual([
      'lessons/minimal-lesson/slides.en.md:1:1 is larger than 1 MB: split it, or move long text out of it',
    ]);
    const long = problemsAfter((dir) =>
      writeFileSync(path.join(dir, 'slides.en.md'), `# Long\n\n${'word '.repeat(MAX_LINE_CHARS / 4)}\n`),
    );
    expect(long).toEqual([
      `lessons/minimal-lesson/slides.en.md:3:1 this line is ${(MAX_LINE_CHARS / 4) * 5} characters long: lines are at most 10000, break it into shorter lines or paragraphs`,
    ]);
  });

  it('reports bytes that are not UTF-8 text, and files saved as UTF-16', () => {
    const nul = problemsAfter((dir) => writeFileSync(path.join(dir, 'slides.en.md'), '# Title\n\nA\0B\n'));
    expect(nul).toEqual([
      'lessons/minimal-lesson/slides.en.md:3:2 holds a character that is not text (a NUL byte, or bytes that are not UTF-8): save the file as UTF-8 text',
    ]);
    const latin1 = problemsAfter((dir) =>
      writeFileSync(path.join(dir, 'slides.en.md'), Buffer.from([0x23, 0x20, 0x43, 0x61, 0x66, 0xe9, 0x0a])),
    );
    expect(latin1).toEqual([
      'lessons/minimal-lesson/slides.en.md:1:6 holds a character that is not text (a NUL byte, or bytes that are not UTF-8): save the file as UTF-8 text',
    ]);
    const utf16 = problemsAfter((dir) => {
      const file = path.join(dir, 'lesson.yaml');
      writeFileSync(
        file,
        Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(readFileSync(file, 'utf8'), 'utf16le')]),
      );
    });
    expect(utf16).toEqual(['lessons/minimal-lesson/lesson.yaml:1:1 is saved as UTF-16: save it as UTF-8']);
  });

  it('reads a file that starts with a byte-order mark as Windows Notepad saves it', () => {
    const { root, lessonsDir, lessonDir } = makeLessonsDir();
    for (const name of ['lesson.yaml', 'slides.en.md']) {
      const file = path.join(lessonDir, name);
      writeFileSync(file, `\uFEFF${readFileSync(file, 'utf8')}`);
    }
    const { library, problems } = loadLessons(lessonsDir, root);
    expect(problems).toEqual([]);
    const firstSlide = library!.lessons[0].decks.en[0];
    expect(firstSlide.html).toMatch(/^<h[12]>/);
  });

  it('never lets an exception out: deep nesting is a problem at a line', () => {
    const problems = problemsAfter((dir) =>
      writeFileSync(
        path.join(dir, 'quiz.yaml'),
        `questions:\n${`${'['.repeat(100)}\n`.repeat(200)}${`${']'.repeat(100)}\n`.repeat(200)}`,
      ),
    );
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) expect(problem).toMatch(/^lessons\/minimal-lesson\/quiz\.yaml:\d+:\d+ YAML: /);
    expect(problems.join('\n')).toContain('nested too deeply to read');
  });
});

describe('the wording check', () => {
  it('reads a 9,000-character line once, not once per character', () => {
    const rules = [{ phrase: 'your own fault', why: 'blames the person harmed' }];
    const line = `${'an ordinary sentence  with  spaces. '.repeat(240)}it was **your own fault**`;
    const hits = findBlamingWordings(line, rules);
    expect(hits).toEqual([{ line: 1, col: line.indexOf('your') + 1, rule: rules[0] }]);
  });
});
