// Lesson sources as texts, for testing the parse step and each check without a lessons folder:
// the kit's own facts, help, safeguarding and wording files, plus the minimal lesson, with any
// file replaced by an inline string.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { LESSONS_DIR } from '../../src/content/node/paths';
import { parseLessonSources, type LessonSources, type ParsedLibrary } from '../../src/content/parse';
import type { Problem } from '../../src/content/problems';
import { FIXTURES } from './lesson-fixtures';

const shared = (name: string) => readFileSync(path.join(LESSONS_DIR, name), 'utf8');
const minimal = (name: string) => readFileSync(path.join(FIXTURES, 'minimal-lesson', name), 'utf8');

export interface InlineLesson {
  'lesson.yaml'?: string;
  'quiz.yaml'?: string;
  'slides.ja.md'?: string;
  'slides.en.md'?: string;
  /** Other files in the lesson folder (images). */
  contents?: string[];
}

/** Sources for one lesson, `minimal-lesson`; each given text replaces the fixture's (undefined: missing). */
export function inlineSources(
  lesson: InlineLesson = {},
  files: { 'facts.yaml'?: string; 'help/jp.yaml'?: string } = {},
): LessonSources {
  const text = (name: keyof InlineLesson & string) =>
    name in lesson ? (lesson[name] as string | undefined) : minimal(name);
  const file = (name: string, value: string | undefined) => ({
    file: `lessons/minimal-lesson/${name}`,
    ...(value === undefined ? {} : { text: value }),
  });
  return {
    facts: { file: 'lessons/facts.yaml', text: files['facts.yaml'] ?? shared('facts.yaml') },
    safeguarding: { file: 'lessons/safeguarding.yaml', text: shared('safeguarding.yaml') },
    guardianNotice: { file: 'lessons/guardian-notice.yaml', text: shared('guardian-notice.yaml') },
    wording: { file: 'lessons/wording.yaml', text: shared('wording.yaml') },
    help: [
      {
        name: 'jp.yaml',
        source: { file: 'lessons/help/jp.yaml', text: files['help/jp.yaml'] ?? shared('help/jp.yaml') },
      },
    ],
    lessons: [
      {
        folder: 'minimal-lesson',
        meta: file('lesson.yaml', text('lesson.yaml')),
        quiz: file('quiz.yaml', text('quiz.yaml')),
        slides: { ja: file('slides.ja.md', text('slides.ja.md')), en: file('slides.en.md', text('slides.en.md')) },
        contents: ['lesson.yaml', 'quiz.yaml', 'slides.ja.md', 'slides.en.md', ...(lesson.contents ?? [])],
      },
    ],
    files: [],
    problems: [],
  };
}

/** Parses inline sources, failing the test if parsing itself found a problem. */
export function parsedLibrary(lesson?: InlineLesson, files?: Parameters<typeof inlineSources>[1]): ParsedLibrary {
  const { library, problems } = parseLessonSources(inlineSources(lesson, files));
  if (problems.length)
    throw new Error(
      `the inline lesson does not parse:\n${problems.map((p) => `${p.file}:${p.line} ${p.message}`).join('\n')}`,
    );
  return library;
}

export const MINIMAL = {
  lesson: minimal('lesson.yaml'),
  quiz: minimal('quiz.yaml'),
  ja: minimal('slides.ja.md'),
  en: minimal('slides.en.md'),
};

export const lines = (problems: Problem[]) => problems.map((p) => `${p.file}:${p.line}:${p.col} ${p.message}`);
