// The check's bench times a generated 1 MB lesson: it must really be about 1 MB, within the loader's
// limits, and a valid lesson (the check passes), or the bench would time the refusal of a broken one.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIG_LESSON_ID, writeBigLesson } from '../../bench/big-lesson';
import { checkLessons } from '../../src/content/node/check';
import { MAX_FILE_BYTES, MAX_LINE_CHARS } from '../../src/content/node/lesson-text';
import { makeLessonsDir } from '../support/lesson-fixtures';

const made = makeLessonsDir();
afterAll(() => rmSync(made.root, { recursive: true, force: true }));

describe('the big lesson of the check bench', () => {
  it('is about 1 MB of valid lesson, every file and line within the limits', () => {
    const lesson = writeBigLesson(made.lessonsDir, 1_000_000);
    expect(lesson.bytes).toBeGreaterThan(950_000);
    expect(lesson.bytes).toBeLessThanOrEqual(1_000_000);
    expect(lesson.slides).toBeGreaterThan(1_000);
    expect(lesson.questions).toBeGreaterThan(300);
    for (const name of readdirSync(lesson.dir)) {
      const text = readFileSync(path.join(lesson.dir, name), 'utf8');
      expect(Buffer.byteLength(text), name).toBeLessThan(MAX_FILE_BYTES);
      expect(Math.max(...text.split('\n').map((line) => line.length)), name).toBeLessThan(MAX_LINE_CHARS);
    }
    const { ok, lines } = checkLessons(made.lessonsDir, made.root);
    expect(lines.slice(0, 5)).toEqual([expect.stringContaining('0 problems')]);
    expect(ok).toBe(true);
    expect(lines[0]).toContain(`${lesson.slides * 2 + 4} slides`);
    expect(readdirSync(made.lessonsDir)).toContain(BIG_LESSON_ID);
  }, 120_000);
});
