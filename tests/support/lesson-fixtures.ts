// Builds throwaway lessons folders for tests: the kit's real facts, help, safeguarding and wording files,
// plus the minimal lesson with one broken-fixture case laid over it.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { LESSONS_DIR } from '../../src/content/node/paths';

export const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures');
export const BROKEN_CASES = readdirSync(path.join(FIXTURES, 'broken')).sort();

/** A project-like folder `<root>/lessons/` holding the minimal lesson, optionally with a broken case applied. */
export function makeLessonsDir(brokenCase?: string): { root: string; lessonsDir: string; lessonDir: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'mamoru-lessons-'));
  const lessonsDir = path.join(root, 'lessons');
  for (const shared of ['facts.yaml', 'help', 'safeguarding.yaml', 'guardian-notice.yaml', 'wording.yaml']) {
    cpSync(path.join(LESSONS_DIR, shared), path.join(lessonsDir, shared), { recursive: true });
  }
  const lessonDir = path.join(lessonsDir, 'minimal-lesson');
  cpSync(path.join(FIXTURES, 'minimal-lesson'), lessonDir, { recursive: true });
  if (brokenCase) {
    const caseDir = path.join(FIXTURES, 'broken', brokenCase);
    for (const name of readdirSync(caseDir)) {
      if (name === 'expected.txt') continue;
      if (name === '_lessons') {
        // Files laid over the whole lessons folder: a help file, or a second lesson.
        cpSync(path.join(caseDir, name), lessonsDir, { recursive: true });
        continue;
      }
      if (name === '_delete') {
        for (const doomed of readFileSync(path.join(caseDir, name), 'utf8').split('\n').filter(Boolean)) {
          rmSync(path.join(lessonDir, doomed));
        }
      } else {
        cpSync(path.join(caseDir, name), path.join(lessonDir, name));
      }
    }
  }
  return { root, lessonsDir, lessonDir };
}

export function expectedLines(brokenCase: string): string[] {
  const file = path.join(FIXTURES, 'broken', brokenCase, 'expected.txt');
  return existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean) : [];
}
