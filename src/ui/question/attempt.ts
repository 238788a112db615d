// The order options are shown in for one attempt, from its seed.
import type { Question, QuizOption } from '../../content/types';
import { shuffled, shuffledOutOfOrder } from './shuffle';

/** The order an ordering question's steps are first shown in. */
export function initialOrder(question: Extract<Question, { type: 'ordering' }>, seed: number): string[] {
  return shuffledOutOfOrder(question.options, seed, question.id).map((option) => option.id);
}

/** The options of a choice question in this attempt's order. */
export function optionsInOrder(question: Question, seed: number): QuizOption[] {
  return 'options' in question ? shuffled(question.options, seed, question.id) : [];
}
