// A quiz question on a slide, for whole-class discussion: the options first, then, on the next
// step (a reveal.js fragment), the answer marked and the explanation. It is drawn from the same
// question data as the student quiz; every text in it is already sanitized HTML.
import { OPTION_LETTERS } from '../content/option-letters.ts';
import type { Locale, Question } from '../content/types.ts';
import { translator, type MessageKeyOf } from '../i18n/translator.ts';
import { shared } from '../i18n/messages/shared.ts';
import { deck } from '../i18n/messages/deck.ts';

const translate = translator({ shared, deck });
type MessageKey = MessageKeyOf<typeof translate>;

export function quizSlideHtml(question: Question, locale: Locale): string {
  const t = (key: MessageKey) => translate(locale, key);
  const story = question.type === 'scenario' ? `<p class="quiz-story">${question.story[locale].html}</p>` : '';
  const hint = question.type === 'multiple' ? ` <span class="quiz-hint">(${t('deck.quizChooseAll')})</span>` : '';
  const prompt = `<p class="quiz-prompt">${question.prompt[locale].html}${hint}</p>`;
  const choices = choicesOf(question, locale);
  // The option's text is one element: as the grid's second cell, ruby and text runs stay one piece.
  const options = `<ol class="quiz-options">${choices
    .map((choice, index) =>
      choice.label
        ? `<li class="quiz-option quiz-labelled${choice.correct ? ' quiz-correct' : ''}">${choice.label}</li>`
        : `<li class="quiz-option${choice.correct ? ' quiz-correct' : ''}"><span class="quiz-letter">${OPTION_LETTERS[index]}</span><span class="quiz-option-text">${choice.html}</span></li>`,
    )
    .join('')}</ol>`;
  const answer = `<div class="fragment quiz-answer"><p><strong>${t('deck.quizAnswer')}:</strong> ${answerText(question, choices, locale)}</p><p class="quiz-explanation">${question.explanation[locale].html}</p></div>`;
  return `<div class="quiz-slide" data-question="${question.id}">${story}${prompt}${options}${answer}</div>`;
}

interface Choice {
  html: string;
  correct: boolean;
  /** Shown instead of a letter (true/false questions). */
  label?: string;
}

function choicesOf(question: Question, locale: Locale): Choice[] {
  switch (question.type) {
    case 'truefalse':
      return [
        { html: '', label: translate(locale, 'shared.trueLabel'), correct: question.answer },
        { html: '', label: translate(locale, 'shared.falseLabel'), correct: !question.answer },
      ];
    case 'ordering':
      // Listed in the correct order in quiz.yaml: the slide shows them in a fixed mixed order.
      return mixedOrder(question.options).map((option) => ({ html: option.text[locale].html, correct: false }));
    case 'multiple':
      return question.options.map((option) => ({
        html: option.text[locale].html,
        correct: question.answer.includes(option.id),
      }));
    default:
      return question.options.map((option) => ({
        html: option.text[locale].html,
        correct: option.id === question.answer,
      }));
  }
}

function answerText(question: Question, choices: Choice[], locale: Locale): string {
  if (question.type === 'truefalse')
    return translate(locale, question.answer ? 'shared.trueLabel' : 'shared.falseLabel');
  if (question.type === 'ordering') {
    const shown = mixedOrder(question.options);
    return question.options.map((option) => OPTION_LETTERS[shown.indexOf(option)]).join(' → ');
  }
  return choices
    .map((choice, index) => (choice.correct ? OPTION_LETTERS[index] : ''))
    .filter(Boolean)
    .join(', ');
}

/** The same mixed order every time (every second item moved to the front, reversed): never the answer's. */
export function mixedOrder<T>(items: readonly T[]): T[] {
  const odd = items.filter((_, index) => index % 2 === 1).reverse();
  const even = items.filter((_, index) => index % 2 === 0);
  return [...odd, ...even];
}
