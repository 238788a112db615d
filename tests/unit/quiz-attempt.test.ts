// The quiz page's steps as a pure reducer (useQuizAttempt): what each step does to the progress,
// the error, the announcement and where focus may go, without a browser.
import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/content/types';
import { freshProgress } from '../../src/quiz/progress';
import {
  checkedAnswer,
  currentQuestion,
  draftAnswer,
  quizAttemptReducer,
  startAttempt,
  type QuizAction,
  type QuizAttempt,
} from '../../src/quiz/quiz-attempt';
import { initialOrder } from '../../src/ui/question/attempt';
import { correctAnswer, verdictOf, VERDICT_SYMBOLS } from '../../src/ui/question/scoring';
import { shippedLibrary } from '../support/shipped-lessons';

const allQuestions: Question[] = shippedLibrary().lessons.flatMap((lesson) => lesson.quiz);
const ofType = <T extends Question['type']>(type: T) =>
  allQuestions.find((q): q is Extract<Question, { type: T }> => q.type === type)!;
const single = ofType('single');
const multiple = ofType('multiple');
const ordering = ofType('ordering');
const truefalse = ofType('truefalse');

function start(questions: Question[], seed = 7): QuizAttempt {
  return startAttempt(questions, { progress: freshProgress(questions, seed), restarted: false });
}
const run = (attempt: QuizAttempt, ...actions: QuizAction[]) => actions.reduce(quizAttemptReducer, attempt);
const wrongOption = (q: typeof single) => q.options.find((option) => option.id !== q.answer)!.id;

describe('verdictOf', () => {
  it('says right for full marks, partly for some credit and wrong for none, each with its symbol', () => {
    expect(verdictOf({ score: 1, correct: true })).toBe('right');
    expect(verdictOf({ score: 0.5, correct: false })).toBe('partly');
    expect(verdictOf({ score: 0, correct: false })).toBe('wrong');
    expect(VERDICT_SYMBOLS).toEqual({ right: '○', partly: '△', wrong: '×' });
  });
});

describe('a quiz attempt', () => {
  it('starts on the first question with nothing chosen, and focus left where the page opens', () => {
    const attempt = start([single, multiple]);
    expect(currentQuestion(attempt)).toBe(single);
    expect(checkedAnswer(attempt)).toBeUndefined();
    expect(draftAnswer(attempt)).toBeUndefined();
    expect(attempt.acted).toBe(false);
  });

  it('keeps a choice as the draft of the question shown, and the draft is the one copy of it', () => {
    const answer = { kind: 'choice' as const, selected: [single.answer] };
    const attempt = run(start([single, multiple]), { type: 'choose', answer });
    expect(draftAnswer(attempt)).toEqual(answer);
    expect(attempt.progress.draft).toEqual({ question: single.id, answer });
    expect(checkedAnswer(attempt)).toBeUndefined();
  });

  it('refuses to check with nothing chosen, and a later choice clears the error', () => {
    const refused = run(start([single]), { type: 'check' });
    expect(refused.error).toBe('chooseFirst');
    expect(checkedAnswer(refused)).toBeUndefined();
    expect(refused.acted).toBe(false);
    const chosen = run(refused, { type: 'choose', answer: { kind: 'choice', selected: [single.answer] } });
    expect(chosen.error).toBeUndefined();
  });

  it('refuses a select-all question whose boxes were all unticked again', () => {
    const attempt = run(
      start([multiple]),
      { type: 'choose', answer: { kind: 'choice', selected: [multiple.answer[0]] } },
      { type: 'choose', answer: { kind: 'choice', selected: [] } },
      { type: 'check' },
    );
    expect(attempt.error).toBe('chooseFirst');
    expect(checkedAnswer(attempt)).toBeUndefined();
  });

  it('checks the draft: the answer is kept, the draft is done with, the verdict announced and focus may move', () => {
    const answer = { kind: 'choice' as const, selected: [wrongOption(single)] };
    const attempt = run(start([single, multiple]), { type: 'choose', answer }, { type: 'check' });
    expect(checkedAnswer(attempt)).toEqual(answer);
    expect(attempt.progress.draft).toBeUndefined();
    expect(attempt.announcement).toEqual({ verdict: 'wrong' });
    expect(attempt.acted).toBe(true);
  });

  it('announces a partly right answer as partly right', () => {
    const answer = correctAnswer(multiple);
    if (answer.kind !== 'choice' || answer.selected.length < 2) throw new Error('needs a question with two answers');
    const attempt = run(
      start([multiple]),
      { type: 'choose', answer: { kind: 'choice', selected: answer.selected.slice(1) } },
      { type: 'check' },
    );
    expect(attempt.announcement).toEqual({ verdict: 'partly' });
  });

  it('checks an ordering question left untouched in the order it was first shown', () => {
    const attempt = run(start([ordering], 3), { type: 'check' });
    expect(checkedAnswer(attempt)).toEqual({ kind: 'order', order: initialOrder(ordering, 3) });
    expect(attempt.error).toBeUndefined();
  });

  it('ignores a choice or a second check once the answer is checked', () => {
    const checked = run(
      start([truefalse]),
      { type: 'choose', answer: { kind: 'truefalse', value: true } },
      {
        type: 'check',
      },
    );
    expect(run(checked, { type: 'choose', answer: { kind: 'truefalse', value: false } })).toBe(checked);
    expect(run(checked, { type: 'check' })).toBe(checked);
  });

  it('goes on only after checking, then clears the announcement; past the last question is the summary', () => {
    const fresh = start([single]);
    expect(run(fresh, { type: 'next' })).toBe(fresh);
    const done = run(
      fresh,
      { type: 'choose', answer: { kind: 'choice', selected: [single.answer] } },
      { type: 'check' },
      { type: 'next' },
    );
    expect(done.progress.index).toBe(1);
    expect(done.announcement).toBeUndefined();
    expect(currentQuestion(done)).toBeUndefined();
    expect(checkedAnswer(done)).toBeUndefined();
  });

  it('starts over with the new seed, no answers and no notice, from the summary or mid-way', () => {
    const loadedAfterReset = startAttempt([single, multiple], {
      progress: freshProgress([single, multiple], 1),
      restarted: true,
    });
    const midway = run(
      loadedAfterReset,
      { type: 'choose', answer: { kind: 'choice', selected: [single.answer] } },
      { type: 'check' },
    );
    const again = run(midway, { type: 'restart', seed: 42 });
    expect(again.progress).toEqual(freshProgress([single, multiple], 42));
    expect(again.restarted).toBe(false);
    expect(again.announcement).toBeUndefined();
    expect(again.error).toBeUndefined();
    expect(again.acted).toBe(true);
  });

  it('drops the "quiz started again" notice at the first step', () => {
    const loaded = startAttempt([single], { progress: freshProgress([single], 1), restarted: true });
    expect(loaded.restarted).toBe(true);
    expect(run(loaded, { type: 'choose', answer: { kind: 'choice', selected: [single.answer] } }).restarted).toBe(
      false,
    );
  });

  it('announces a step moved without touching the answers', () => {
    const attempt = start([ordering]);
    const said = run(attempt, { type: 'announce', text: 'moved to 2' });
    expect(said.announcement).toEqual({ text: 'moved to 2' });
    expect(said.progress).toBe(attempt.progress);
  });
});
