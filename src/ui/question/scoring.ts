// How a student's answer to each kind of question is marked. Single-answer kinds are right or
// wrong; "select all that apply" and ordering give partial credit, so that a nearly-right answer
// is told it is nearly right. Every score is between 0 and 1, and a perfect answer scores 1.
import type { Question } from '../../content/types';

/** What a student answered: option ids for choice questions, true/false, or option ids in their order. */
export type Answer =
  { kind: 'choice'; selected: string[] } | { kind: 'truefalse'; value: boolean } | { kind: 'order'; order: string[] };

export interface Mark {
  /** 0 to 1. */
  score: number;
  correct: boolean;
}

export function markAnswer(question: Question, answer: Answer): Mark {
  const score = scoreOf(question, answer);
  return { score, correct: score === 1 };
}

/** What a student is told about a mark: right, partly right (some credit), or wrong. */
export type Verdict = 'right' | 'partly' | 'wrong';

export function verdictOf(mark: Mark): Verdict {
  return mark.correct ? 'right' : mark.score > 0 ? 'partly' : 'wrong';
}

/** The symbol each verdict is shown with beside its words, so it never rests on colour alone. */
export const VERDICT_SYMBOLS: Record<Verdict, string> = { right: '○', partly: '△', wrong: '×' };

function scoreOf(question: Question, answer: Answer): number {
  switch (question.type) {
    case 'single':
    case 'scenario':
      return answer.kind === 'choice' && answer.selected.length === 1 && answer.selected[0] === question.answer ? 1 : 0;
    case 'truefalse':
      return answer.kind === 'truefalse' && answer.value === question.answer ? 1 : 0;
    case 'multiple':
      return answer.kind === 'choice' ? multipleChoiceScore(question.answer, answer.selected) : 0;
    case 'ordering':
      return answer.kind === 'order'
        ? orderingScore(
            question.options.map((option) => option.id),
            answer.order,
            question.mustPrecede,
          )
        : 0;
  }
}

/**
 * Select all that apply: each right option chosen counts for, each wrong option chosen counts
 * against, never below 0. Which order the options were ticked in does not matter.
 */
export function multipleChoiceScore(correct: readonly string[], selected: readonly string[]): number {
  const right = new Set(correct);
  const chosen = new Set(selected);
  let hits = 0;
  let misses = 0;
  for (const id of chosen) {
    if (right.has(id)) hits++;
    else misses++;
  }
  return Math.max(0, (hits - misses) / right.size);
}

/**
 * Ordering: the share of pairs of steps that are in the right order relative to each other, so
 * that swapping two neighbours costs little and a reversed list scores 0. An answer that is not
 * an arrangement of exactly the question's steps scores 0, and so does one that breaks a
 * `mustPrecede` pair: the lesson's key mistake is never "nearly right".
 */
export function orderingScore(
  correct: readonly string[],
  order: readonly string[],
  mustPrecede: readonly (readonly [string, string])[] = [],
): number {
  if (
    order.length !== correct.length ||
    new Set(order).size !== order.length ||
    !order.every((id) => correct.includes(id))
  )
    return 0;
  if (correct.length < 2) return 1;
  const position = new Map(order.map((id, index) => [id, index]));
  if (mustPrecede.some(([earlier, later]) => position.get(earlier)! > position.get(later)!)) return 0;
  let inOrder = 0;
  let pairs = 0;
  for (let i = 0; i < correct.length; i++) {
    for (let j = i + 1; j < correct.length; j++) {
      pairs++;
      if (position.get(correct[i])! < position.get(correct[j])!) inOrder++;
    }
  }
  return inOrder / pairs;
}

/** The answer that scores full marks: used to show the right answer after a wrong one. */
export function correctAnswer(question: Question): Answer {
  switch (question.type) {
    case 'single':
    case 'scenario':
      return { kind: 'choice', selected: [question.answer] };
    case 'multiple':
      return { kind: 'choice', selected: [...question.answer] };
    case 'truefalse':
      return { kind: 'truefalse', value: question.answer };
    case 'ordering':
      return { kind: 'order', order: question.options.map((option) => option.id) };
  }
}
