// The lesson check behind `npm run check`, as a function the tests call directly.
import { loadLessons } from './load.ts';
import { formatProblem } from '../problems.ts';

export function checkLessons(lessonsDir: string, projectRoot?: string): { ok: boolean; lines: string[] } {
  const { library, problems } = loadLessons(lessonsDir, projectRoot);
  if (!library) {
    const lines = problems.map(formatProblem);
    lines.push(
      `${problems.length} problem${problems.length === 1 ? '' : 's'} found: fix them and run npm run check again`,
    );
    return { ok: false, lines };
  }
  const slides = library.lessons.reduce((sum, lesson) => sum + lesson.decks.ja.length + lesson.decks.en.length, 0);
  const questions = library.lessons.reduce((sum, lesson) => sum + lesson.quiz.length, 0);
  return {
    ok: true,
    lines: [
      `${count(library.lessons.length, 'lesson')}, ${count(slides, 'slide')} (ja + en), ${count(questions, 'question')}, 0 problems`,
    ],
  };
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
