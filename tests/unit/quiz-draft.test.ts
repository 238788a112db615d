// A choice made but not checked is kept with the quiz's progress, so a reload shows it again (UX
// report L9); a saved draft that does not fit the question shown is dropped, and only the draft.
import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/content/types';
import {
  atQuestion,
  freshProgress,
  loadProgress,
  saveProgress,
  storageKey,
  withAnswer,
  withDraft,
} from '../../src/quiz/progress';
import { MemoryStorage } from '../support/memory-storage';
import { shippedLibrary } from '../support/shipped-lessons';

const shipped = shippedLibrary().lessons.find((lesson) => lesson.id === 'sextortion-pattern')!;
const questions: Question[] = shipped.quiz;
const choiceAt = questions.findIndex((q) => q.type === 'single' || q.type === 'scenario');
const choice = questions[choiceAt] as Extract<Question, { type: 'single' | 'scenario' }>;
const LESSON = 'sextortion-pattern';

function reload(saved: unknown) {
  const storage = new MemoryStorage();
  storage.setItem(storageKey(LESSON), JSON.stringify(saved));
  return loadProgress(LESSON, questions, 1, storage);
}

describe('a quiz answer chosen but not checked', () => {
  it('survives a reload on the question it was made for', () => {
    const storage = new MemoryStorage();
    const progress = withDraft(atQuestion(freshProgress(questions, 1), choiceAt), choice.id, {
      kind: 'choice',
      selected: [choice.options[1].id],
    });
    saveProgress(LESSON, progress, storage);
    expect(loadProgress(LESSON, questions, 9, storage)).toEqual({ progress, restarted: false });
  });

  it('is done with once the answer is checked or the quiz moves on', () => {
    const start = atQuestion(freshProgress(questions, 1), choiceAt);
    const drafted = withDraft(start, choice.id, { kind: 'choice', selected: [choice.options[0].id] });
    expect(withAnswer(drafted, choice.id, { kind: 'choice', selected: [choice.options[0].id] })).not.toHaveProperty(
      'draft',
    );
    expect(atQuestion(drafted, choiceAt + 1)).not.toHaveProperty('draft');
  });

  it.each([
    [
      'for another question than the one shown',
      { question: questions[choiceAt + 1]?.id ?? 'x', answer: { kind: 'choice', selected: [choice.options[0].id] } },
    ],
    [
      'for a question that does not exist',
      { question: 'no-such-question', answer: { kind: 'choice', selected: ['a'] } },
    ],
    [
      'with an option the question does not have',
      { question: choice.id, answer: { kind: 'choice', selected: ['forged'] } },
    ],
    ['of the wrong kind', { question: choice.id, answer: { kind: 'truefalse', value: true } }],
    [
      'with two choices for a one-answer question',
      { question: choice.id, answer: { kind: 'choice', selected: choice.options.slice(0, 2).map((o) => o.id) } },
    ],
  ])('is dropped, keeping the rest of the progress, when saved %s', (_, draft) => {
    const saved = { ...atQuestion(freshProgress(questions, 1), choiceAt), draft };
    const { progress, restarted } = reload(saved);
    expect(restarted).toBe(false);
    expect(progress).toEqual(atQuestion(freshProgress(questions, 1), choiceAt));
  });

  it('is dropped when the question it was made for is already checked', () => {
    const answer = { kind: 'choice' as const, selected: [choice.options[0].id] };
    const checked = withAnswer(atQuestion(freshProgress(questions, 1), choiceAt), choice.id, answer);
    const { progress } = reload({ ...checked, draft: { question: choice.id, answer } });
    expect(progress).toEqual(checked);
  });

  it('restarts the quiz, as any damaged progress does, when the draft is not even an answer', () => {
    const saved = { ...atQuestion(freshProgress(questions, 1), choiceAt), draft: { question: choice.id, answer: 'B' } };
    expect(reload(saved).restarted).toBe(true);
  });
});
