// Pieces every quiz format shares: the feedback a student reads after answering, Moodle's grade
// fractions, and the position labels an ordering question is matched against.
import type { ExportLesson, ExportQuestion } from './export-lesson';

/** The explanation, then the sources of the question's facts: what the kit's quiz shows after an answer. */
export function generalFeedback(question: ExportQuestion, lesson: Pick<ExportLesson, 'words'>): string {
  if (question.sources.length === 0) return question.explanation;
  return `${question.explanation}\n${lesson.words.sources}: ${question.sources.join(' / ')}`;
}

// The grades Moodle accepts for an answer (question/format.php's list), as percentages.
const MOODLE_GRADES = [
  100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20, 16.66667, 14.28571, 12.5, 11.11111, 10, 5,
  0,
];

/** The Moodle grade nearest to a percentage, keeping its sign. */
export function moodleGrade(percent: number): number {
  const nearest = MOODLE_GRADES.reduce((best, grade) =>
    Math.abs(grade - Math.abs(percent)) < Math.abs(best - Math.abs(percent)) ? grade : best,
  );
  return percent < 0 ? -nearest : nearest;
}

/**
 * Each choice's share of the mark: the one right answer gets 100; in a "choose all" question the
 * right answers share 100 and the wrong ones share −100, so ticking everything scores nothing.
 */
export function choiceFractions(question: ExportQuestion): number[] {
  const right = question.choices.filter((choice) => choice.correct).length;
  const wrong = question.choices.length - right;
  if (question.type !== 'multiple') return question.choices.map((choice) => (choice.correct ? 100 : 0));
  return question.choices.map((choice) =>
    choice.correct ? moodleGrade(100 / right) : wrong ? moodleGrade(-100 / wrong) : 0,
  );
}

/** "1番目" / "Step 1": what each step of an ordering question is matched to. */
export function positionLabel(position: number, locale: ExportLesson['locale']): string {
  return locale === 'ja' ? `${position}番目` : `Step ${position}`;
}
