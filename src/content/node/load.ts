// The one lesson loader: reads lessons/ into a validated LessonLibrary, or reports every problem
// with its file and line. The Vite plugin and the Node tools (check, handouts) both call it.
//   read (files) → parse (pure: YAML, schema, Markdown) → checks (one rule a file) → library
import path from 'node:path';
import { CHECKS } from '../checks/index.ts';
import { LESSON_ASSETS } from '../markdown/markdown.ts';
import { parseLessonSources, toLibrary, type ParsedLibrary } from '../parse.ts';
import type { Problem } from '../problems.ts';
import type { LessonLibrary } from '../types.ts';
import { readLessonSources } from './read.ts';

export interface LoadResult {
  /** Undefined when a problem makes the lessons unusable. */
  library?: LessonLibrary;
  problems: Problem[];
  /** Every file read, so that a dev server can watch them. */
  files: string[];
  /** Images the slides use: where each is published under the site, and the file on disk. */
  assets: { url: string; file: string }[];
}

export function loadLessons(lessonsDir: string, projectRoot = path.dirname(lessonsDir)): LoadResult {
  try {
    return loadAll(lessonsDir, projectRoot);
  } catch (error) {
    // The steps report, they do not throw; should one still throw, the author gets a problem and the dev server keeps running.
    const file = path.relative(projectRoot, lessonsDir).split(path.sep).join('/') || '.';
    return {
      problems: [
        {
          file,
          line: 1,
          col: 1,
          message: `could not be checked: ${String((error as Error)?.message ?? error).split('\n')[0]}`,
        },
      ],
      files: [],
      assets: [],
    };
  }
}

function loadAll(lessonsDir: string, projectRoot: string): LoadResult {
  const sources = readLessonSources(lessonsDir, projectRoot);
  const { library: parsed, problems: parseProblems } = parseLessonSources(sources);
  const { library, problems } = checkParsed(parsed, parseProblems);
  const assets = parsed.lessons.flatMap((lesson) => {
    const images = new Set(Object.values(lesson.decks).flatMap((deck) => deck.slides.flatMap((slide) => slide.images)));
    return [...images]
      .map((image) => image.replace(/^\.\//, ''))
      .filter((image) => lesson.contents.includes(image))
      .map((image) => ({
        url: `${LESSON_ASSETS}/${lesson.folder}/${image}`,
        file: path.join(lessonsDir, lesson.folder, image),
      }));
  });
  return { library, problems, files: sources.files, assets };
}

/** Runs every check over parsed lessons: all problems, and the library when there are none. No file system. */
export function checkParsed(
  parsed: ParsedLibrary,
  parseProblems: Problem[],
): { library?: LessonLibrary; problems: Problem[] } {
  const problems = [...parseProblems];
  for (const check of CHECKS) problems.push(...check(parsed));
  return { library: problems.length === 0 ? toLibrary(parsed) : undefined, problems };
}
