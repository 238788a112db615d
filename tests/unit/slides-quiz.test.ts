// A teacher discusses a quiz question with the whole class: the slide shows the lesson's own
// question, options first, and the answer with its explanation on the next step.
import { describe, expect, it } from 'vitest';
import { loadLessons } from '../../src/content/node/load';
import { LESSONS_DIR } from '../../src/content/node/paths';
import { EMPTY_SETTINGS } from '../../src/content/school';
import { buildDeck } from '../../src/export/deck';
import { mixedOrder, quizSlideHtml } from '../../src/export/quiz-slide';
import type { Question } from '../../src/content/types';

const library = loadLessons(LESSONS_DIR).library!;
const questions = library.lessons.flatMap((lesson) => lesson.quiz);
const ofType = <T extends Question['type']>(type: T) =>
  questions.find((q) => q.type === type) as Extract<Question, { type: T }>;

describe('quizSlideHtml', () => {
  it('shows every option of a single-answer question, marks only the answer, and hides it behind one fragment', () => {
    const question = ofType('single');
    const html = quizSlideHtml(question, 'en');
    expect(html).toContain(question.prompt.en.html);
    for (const option of question.options) expect(html).toContain(option.text.en.html);
    expect(html.match(/quiz-correct/g)).toHaveLength(1);
    expect(html.match(/class="fragment/g)).toHaveLength(1);
    expect(html.indexOf('class="fragment')).toBeGreaterThan(html.lastIndexOf('quiz-option'));
    expect(html).toContain(question.explanation.en.html);
  });

  it('marks every right option of a multiple-answer question and says to choose all', () => {
    const question = ofType('multiple');
    const html = quizSlideHtml(question, 'ja');
    expect(html.match(/quiz-correct/g)).toHaveLength(question.answer.length);
    expect(html).toContain('あてはまるものをすべて');
  });

  it('shows true and false as the two options, in the language of the deck', () => {
    const question = ofType('truefalse');
    const html = quizSlideHtml(question, 'en');
    expect(html).toContain('True');
    expect(html).toContain('False');
    expect(html.match(/quiz-correct/g)).toHaveLength(1);
  });

  it('tells the story of a scenario question before its prompt', () => {
    const question = ofType('scenario');
    const html = quizSlideHtml(question, 'en');
    expect(html.indexOf(question.story.en.html)).toBeLessThan(html.indexOf(question.prompt.en.html));
  });

  it('mixes an ordering question’s steps, and gives the right order as the answer', () => {
    const question = ofType('ordering');
    const shown = mixedOrder(question.options);
    expect(shown).not.toEqual(question.options);
    expect([...shown].sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      [...question.options].sort((a, b) => a.id.localeCompare(b.id)),
    );
    const html = quizSlideHtml(question, 'en');
    const answer = question.options.map((option) => 'ABCDEFGH'[shown.indexOf(option)]).join(' → ');
    expect(html).toContain(answer);
  });
});

describe('quiz slides in a deck', () => {
  it('come from the lesson’s own quiz data, in both languages at the same place', () => {
    for (const lesson of library.lessons) {
      const ja = buildDeck(lesson, lesson, library, 'ja', EMPTY_SETTINGS);
      const en = buildDeck(lesson, lesson, library, 'en', EMPTY_SETTINGS);
      const quizAt = (deck: typeof ja) => deck.flatMap((slide, index) => (slide.kind === 'quiz' ? [index] : []));
      expect(quizAt(ja).length, lesson.id).toBeGreaterThan(0);
      expect(quizAt(ja)).toEqual(quizAt(en));
      for (const index of quizAt(en)) {
        const question = lesson.quiz.find((q) => q.id === lesson.decks.en[index - 1].question)!;
        expect(en[index].html).toContain(question.explanation.en.html);
      }
    }
  });
});
