// The lesson check behind `npm run check`, as a function the tests call directly.
import path from 'node:path';
import { externalLinks } from '../external-links.ts';
import { formatProblem } from '../problems.ts';
import { readLessonText } from './lesson-text.ts';
import { loadLessons } from './load.ts';

export function checkLessons(lessonsDir: string, projectRoot?: string): { ok: boolean; lines: string[] } {
  const root = projectRoot ?? path.dirname(lessonsDir);
  const { library, problems, files } = loadLessons(lessonsDir, root);
  if (!library) {
    const lines = problems.map(formatProblem);
    lines.push(
      `${problems.length} problem${problems.length === 1 ? '' : 's'} found: fix them and run npm run check again`,
    );
    return { ok: false, lines };
  }
  const slides = library.lessons.reduce((sum, lesson) => sum + lesson.decks.ja.length + lesson.decks.en.length, 0);
  const questions = library.lessons.reduce((sum, lesson) => sum + lesson.quiz.length, 0);
  const lines = [
    `${count(library.lessons.length, 'lesson')}, ${count(slides, 'slide')} (ja + en), ${count(questions, 'question')}, 0 problems`,
  ];
  const links = externalLinks(lessonTexts(files, lessonsDir, root));
  if (links.length) {
    lines.push(
      `${count(links.length, 'link')} to other sites: check where each leads before teaching from this lesson pack`,
    );
    for (const link of links) lines.push(`  ${link.file}:${link.line}:${link.col} ${link.url}`);
  }
  return { ok: true, lines };
}

/** The lessons' own files (not the kit's verified facts and help), as their authors wrote them. */
function lessonTexts(files: string[], lessonsDir: string, root: string): { file: string; text: string }[] {
  return files
    .filter(
      (file) =>
        /\.(ya?ml|md)$/.test(file) &&
        path.dirname(path.dirname(file)) === lessonsDir &&
        path.basename(path.dirname(file)) !== 'help',
    )
    .flatMap((file) => {
      const read = readLessonText(file);
      return 'text' in read ? [{ file: path.relative(root, file).split(path.sep).join('/'), text: read.text }] : [];
    });
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
