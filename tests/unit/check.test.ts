// A lesson author runs `npm run check` and is told, for each mistake, the file and line to fix.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLessons } from '../../src/content/node/check';
import { LESSONS_DIR, PROJECT_ROOT } from '../../src/content/node/paths';
import { BROKEN_CASES, expectedLines, makeLessonsDir } from '../support/lesson-fixtures';

describe('npm run check', () => {
  it('passes the minimal lesson with a one-line summary', () => {
    const { root, lessonsDir } = makeLessonsDir();
    expect(checkLessons(lessonsDir, root)).toEqual({
      ok: true,
      lines: ['1 lesson, 4 slides (ja + en), 1 question, 0 problems'],
    });
  });

  it('lists every link to another site after the summary, with its file and line', () => {
    const { root, lessonsDir, lessonDir } = makeLessonsDir();
    const slides = path.join(lessonDir, 'slides.en.md');
    writeFileSync(
      slides,
      readFileSync(slides, 'utf8').replace(
        '+ The school nurse',
        '+ The school nurse, or [a help site](https://help.example.org/teens).',
      ),
    );
    const quiz = path.join(lessonDir, 'quiz.yaml');
    writeFileSync(
      quiz,
      readFileSync(quiz, 'utf8').replace(
        'en: Call 110. }',
        "en: 'Call 110, or see <https://police.example.jp/soudan>.' }",
      ),
    );
    expect(checkLessons(lessonsDir, root)).toEqual({
      ok: true,
      lines: [
        '1 lesson, 4 slides (ja + en), 1 question, 0 problems',
        '2 links to other sites: check where each leads before teaching from this lesson pack',
        '  lessons/minimal-lesson/quiz.yaml:9:60 https://police.example.jp/soudan',
        '  lessons/minimal-lesson/slides.en.md:4:38 https://help.example.org/teens',
      ],
    });
  });

  it.each(BROKEN_CASES)('reports the broken lesson "%s" at its file and line', (brokenCase) => {
    const { root, lessonsDir } = makeLessonsDir(brokenCase);
    const expected = expectedLines(brokenCase);
    expect(expected.length, `tests/fixtures/broken/${brokenCase}/expected.txt`).toBeGreaterThan(0);
    const { ok, lines } = checkLessons(lessonsDir, root);
    expect(ok).toBe(false);
    expect(lines.slice(0, -1)).toEqual(expected);
    expect(lines.at(-1)).toMatch(/^\d+ problems? found/);
  });

  it('exits non-zero from the command line, printing file:line:col lines', () => {
    const { root, lessonsDir } = makeLessonsDir('answer-not-an-option');
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check.ts', lessonsDir], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `${lessonsDir.slice(root.length + 1)}/minimal-lesson/quiz.yaml:8:13 questions.0.answer: answer c is not one of the options (a, b)`,
    );
  }, 60_000);

  it('passes on the lessons the kit ships', () => {
    const { ok, lines } = checkLessons(LESSONS_DIR, PROJECT_ROOT);
    expect(ok).toBe(true);
    expect(lines).toEqual([expect.stringMatching(/^\d+ lessons, \d+ slides \(ja \+ en\), \d+ questions, 0 problems$/)]);
  });
});

describe('option ids in explanations', () => {
  it.each([
    ['答えはaです。', true],
    ['いちばんよいのはaです。', true],
    ['a・bが正しいです。', true],
    ['bはまちがいです。', true],
    ['The answer is a.', true],
    ['The best choice is b.', true],
    ['a, b and c are right.', true],
    ['Call 110. b is wrong.', true],
    ['Call 110 in a hurry; tell a teacher.', false],
    ['110番に電話します。', false],
  ])('"%s" is reported: %s', (explanation, reported) => {
    const { root, lessonsDir, lessonDir } = makeLessonsDir();
    const quiz = path.join(lessonDir, 'quiz.yaml');
    writeFileSync(quiz, readFileSync(quiz, 'utf8').replace('en: Call 110. }', `en: ${JSON.stringify(explanation)} }`));
    const { lines } = checkLessons(lessonsDir, root);
    expect(lines.some((line) => line.includes('refers to option'))).toBe(reported);
  });
});
