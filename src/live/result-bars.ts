// How a question's counts become bars on the projector and lines in the summary: one per option
// (lettered as on the quiz slide), true and false, or for ordering "in the right order" and not.
import type { Locale, Question } from '../content/types';
import type { QuestionResult } from '../protocol/live';
import { OPTION_LETTERS } from '../content/option-letters';
import { translateLive } from './messages';
import { translator } from '../i18n/translator';
import { shared } from '../i18n/messages/shared';

const translate = translator({ shared });

/** One bar per choice (per option; true/false; or right order vs other), shares of those who answered. */
export function resultBars(
  question: Question,
  result: Extract<QuestionResult, { enough: true }>,
  locale: Locale,
): { label: string; count: number; correct: boolean }[] {
  const counts = result.counts;
  switch (question.type) {
    case 'truefalse':
      return [true, false].map((value) => ({
        label: translate(locale, value ? 'shared.trueLabel' : 'shared.falseLabel'),
        count: counts[String(value)] ?? 0,
        correct: question.answer === value,
      }));
    case 'ordering': {
      const right = question.options.map((option) => option.id).join('>');
      return [
        { label: translateLive(locale, 'rightOrder'), count: counts[right] ?? 0, correct: true },
        { label: translateLive(locale, 'otherOrder'), count: result.answered - (counts[right] ?? 0), correct: false },
      ];
    }
    default:
      return question.options.map((option, index) => ({
        label: `${OPTION_LETTERS[index]}. ${option.text[locale].text}`,
        count: counts[option.id] ?? 0,
        correct: question.type === 'multiple' ? question.answer.includes(option.id) : question.answer === option.id,
      }));
  }
}
