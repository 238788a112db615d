// How quiz answers are marked, how options are shuffled, and how progress survives a reload.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/content/types';
import { loadLessons } from '../../src/content/node/load';
import { initialOrder, optionsInOrder } from '../../src/ui/question/attempt';
import {
  freshProgress,
  loadProgress,
  quizFingerprint,
  saveProgress,
  storageKey,
  withAnswer,
} from '../../src/quiz/progress';
import { correctAnswer, markAnswer, multipleChoiceScore, orderingScore } from '../../src/ui/question/scoring';
import { shuffled } from '../../src/ui/question/shuffle';
import { makeLessonsDir } from '../support/lesson-fixtures';
import { shippedLibrary } from '../support/shipped-lessons';
import { MemoryStorage } from '../support/memory-storage';

const allQuestions: Question[] = shippedLibrary().lessons.flatMap((lesson) => lesson.quiz);
const ids = (n: number) => Array.from({ length: n }, (_, i) => `o${i}`);

describe('marking', () => {
  it('gives full marks for the right answer to every shipped question', () => {
    for (const question of allQuestions)
      expect(markAnswer(question, correctAnswer(question)), question.id).toEqual({ score: 1, correct: true });
  });

  it('marks single, scenario and true/false answers right or wrong', () => {
    for (const question of allQuestions) {
      if (question.type === 'truefalse')
        expect(markAnswer(question, { kind: 'truefalse', value: !question.answer }).score).toBe(0);
      if (question.type === 'single' || question.type === 'scenario') {
        const wrong = question.options.find((option) => option.id !== question.answer)!;
        expect(markAnswer(question, { kind: 'choice', selected: [wrong.id] }).score).toBe(0);
        expect(markAnswer(question, { kind: 'choice', selected: [question.answer, wrong.id] }).score).toBe(0);
      }
    }
  });

  it('never scores an answer of the wrong kind', () => {
    for (const question of allQuestions) {
      const other =
        question.type === 'truefalse'
          ? { kind: 'choice' as const, selected: [] }
          : { kind: 'truefalse' as const, value: true };
      expect(markAnswer(question, other).score).toBe(0);
    }
  });
});

describe('select all that apply (partial credit)', () => {
  const arbitraryCase = fc
    .integer({ min: 2, max: 8 })
    .chain((n) => fc.tuple(fc.subarray(ids(n), { minLength: 1 }), fc.subarray(ids(n)), fc.constant(ids(n))));

  it('stays within 0 and 1', () => {
    fc.assert(
      fc.property(arbitraryCase, ([correct, selected]) => {
        const score = multipleChoiceScore(correct, selected);
        return score >= 0 && score <= 1;
      }),
    );
  });

  it('gives full marks to the exact set of right options, in any order of selection', () => {
    fc.assert(fc.property(arbitraryCase, ([correct]) => multipleChoiceScore(correct, [...correct].reverse()) === 1));
  });

  it('does not depend on the order the options were ticked in', () => {
    fc.assert(
      fc.property(
        arbitraryCase,
        fc.integer(),
        ([correct, selected], seed) =>
          multipleChoiceScore(correct, selected) === multipleChoiceScore(correct, shuffled(selected, seed >>> 0, 'x')),
      ),
    );
  });

  it('gives less than full marks when a wrong option is ticked or a right one is missed', () => {
    fc.assert(
      fc.property(arbitraryCase, ([correct, selected]) => {
        const exact = selected.length === correct.length && selected.every((id) => correct.includes(id));
        return exact || multipleChoiceScore(correct, selected) < 1;
      }),
    );
  });

  it('counts a wrong tick against a right one', () => {
    expect(multipleChoiceScore(['a', 'b'], ['a'])).toBe(0.5);
    expect(multipleChoiceScore(['a', 'b'], ['a', 'c'])).toBe(0);
    expect(multipleChoiceScore(['a', 'b'], ['a', 'b', 'c'])).toBe(0.5);
  });
});

describe('ordering (partial credit)', () => {
  const arbitraryOrder = fc
    .integer({ min: 2, max: 8 })
    .chain((n) => fc.tuple(fc.constant(ids(n)), fc.shuffledSubarray(ids(n), { minLength: n, maxLength: n })));

  it('stays within 0 and 1', () => {
    fc.assert(
      fc.property(arbitraryOrder, ([correct, order]) => {
        const score = orderingScore(correct, order);
        return score >= 0 && score <= 1;
      }),
    );
  });

  it('gives full marks only to the right order', () => {
    fc.assert(
      fc.property(
        arbitraryOrder,
        ([correct, order]) => (orderingScore(correct, order) === 1) === order.every((id, i) => id === correct[i]),
      ),
    );
  });

  it('gives nothing for the reversed order and for lists that are not the steps', () => {
    expect(orderingScore(['a', 'b', 'c'], ['c', 'b', 'a'])).toBe(0);
    expect(orderingScore(['a', 'b', 'c'], ['a', 'b'])).toBe(0);
    expect(orderingScore(['a', 'b', 'c'], ['a', 'a', 'b'])).toBe(0);
    expect(orderingScore(['a', 'b', 'c'], ['a', 'b', 'x'])).toBe(0);
  });

  it('costs little to swap two neighbours', () => {
    expect(orderingScore(['a', 'b', 'c', 'd', 'e'], ['a', 'b', 'd', 'c', 'e'])).toBe(0.9);
  });
});

describe('shuffling for an attempt', () => {
  it('is the same for the same seed (a reload shows the same order) and keeps every option', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 10 }), fc.nat(), (items, seed) => {
        const once = shuffled(items, seed, 'q1');
        return (
          JSON.stringify(once) === JSON.stringify(shuffled(items, seed, 'q1')) &&
          [...once].sort().join() === [...items].sort().join()
        );
      }),
    );
  });

  it('never starts an ordering question already solved', () => {
    for (const question of allQuestions) {
      if (question.type !== 'ordering') continue;
      for (let seed = 0; seed < 50; seed++) {
        expect(initialOrder(question, seed)).not.toEqual(question.options.map((option) => option.id));
      }
    }
  });

  it('shows a choice question’s options in a seed-dependent order', () => {
    const question = allQuestions.find((q) => 'options' in q && q.options.length >= 4)!;
    const orders = new Set(
      Array.from({ length: 20 }, (_, seed) =>
        optionsInOrder(question, seed)
          .map((o) => o.id)
          .join(),
      ),
    );
    expect(orders.size).toBeGreaterThan(1);
  });
});

describe('saved progress', () => {
  const { lessonsDir } = makeLessonsDir();
  const questions = loadLessons(lessonsDir).library!.lessons[0].quiz;

  it('resumes where the student was, with their answers', () => {
    const storage = new MemoryStorage();
    const progress = {
      ...withAnswer(freshProgress(questions, 7), 'q1', { kind: 'choice', selected: ['a'] }),
      index: 1,
    };
    saveProgress('minimal-lesson', progress, storage);
    expect(loadProgress('minimal-lesson', questions, 99, storage)).toEqual({ progress, restarted: false });
  });

  it('starts fresh, without saying so, when nothing was saved', () => {
    expect(loadProgress('minimal-lesson', questions, 5, new MemoryStorage())).toEqual({
      progress: freshProgress(questions, 5),
      restarted: false,
    });
  });

  it.each([
    ['not JSON', '{oops'],
    ['the wrong shape', JSON.stringify({ version: 1, index: 'two' })],
    ['a future version', JSON.stringify({ ...freshProgress([], 1), version: 2 })],
    ['an index past the end', JSON.stringify({ ...freshProgress(questions, 1), index: 99 })],
    [
      'an answer to a question that no longer exists',
      JSON.stringify({ ...freshProgress(questions, 1), answers: { gone: { kind: 'truefalse', value: true } } }),
    ],
  ])('starts the quiz again cleanly when the saved progress is %s', (_what, saved) => {
    const storage = new MemoryStorage();
    storage.setItem(storageKey('minimal-lesson'), saved);
    expect(loadProgress('minimal-lesson', questions, 3, storage)).toEqual({
      progress: freshProgress(questions, 3),
      restarted: true,
    });
  });

  it('starts again when the quiz’s questions or answers changed since the progress was saved', () => {
    const storage = new MemoryStorage();
    saveProgress('minimal-lesson', { ...freshProgress(questions, 1), index: 1 }, storage);
    const changed = questions.map((q) => (q.type === 'single' ? { ...q, answer: 'b' } : q));
    expect(quizFingerprint(changed)).not.toBe(quizFingerprint(questions));
    expect(loadProgress('minimal-lesson', changed, 3, storage).restarted).toBe(true);
  });

  describe('forged or damaged answers that match the fingerprint', () => {
    const shipped = shippedLibrary().lessons.find((lesson) => lesson.quiz.some((q) => q.type === 'ordering'))!;
    const ordering = shipped.quiz.find((q) => q.type === 'ordering')!;
    const single = shipped.quiz.find((q) => q.type === 'single' || q.type === 'scenario')!;
    const steps = 'options' in ordering ? ordering.options.map((o) => o.id) : [];
    const forged = (answers: Record<string, unknown>) => JSON.stringify({ ...freshProgress(shipped.quiz, 1), answers });

    it.each([
      [
        'an ordering answer with a step the question does not have',
        { [ordering.id]: { kind: 'order', order: ['nope'] } },
      ],
      ['an ordering answer missing a step', { [ordering.id]: { kind: 'order', order: steps.slice(1) } }],
      [
        'an ordering answer with a step twice',
        { [ordering.id]: { kind: 'order', order: [steps[0], ...steps.slice(0, -1)] } },
      ],
      ['a true/false answer to a choice question', { [single.id]: { kind: 'truefalse', value: true } }],
      ['two options for a one-answer question', { [single.id]: { kind: 'choice', selected: ['a', 'b'] } }],
      ['an option the question does not have', { [single.id]: { kind: 'choice', selected: ['zz'] } }],
    ])('starts again on %s', (_what, answers) => {
      const storage = new MemoryStorage();
      storage.setItem(storageKey(shipped.id), forged(answers));
      expect(loadProgress(shipped.id, shipped.quiz, 3, storage)).toEqual({
        progress: freshProgress(shipped.quiz, 3),
        restarted: true,
      });
    });

    it('keeps a saved answer that the question could have been given', () => {
      const storage = new MemoryStorage();
      storage.setItem(
        storageKey(shipped.id),
        forged({ [ordering.id]: { kind: 'order', order: [...steps].reverse() } }),
      );
      expect(loadProgress(shipped.id, shipped.quiz, 3, storage).restarted).toBe(false);
    });
  });

  it('keeps progress when only the wording changed', () => {
    const reworded = questions.map((q) => ({
      ...q,
      prompt: { ja: { html: 'x', text: 'x', runs: [] }, en: { html: 'x', text: 'x', runs: [] } },
    }));
    expect(quizFingerprint(reworded)).toBe(quizFingerprint(questions));
  });
});

describe('UX report M2: the ordering question’s key mistake', () => {
  it('M2: scores 0 when a mustPrecede pair is swapped (block before saving), partial credit otherwise', () => {
    const steps = ['stop', 'save', 'block', 'tell', 'report'];
    const key = [['save', 'block']] as const;
    expect(orderingScore(steps, ['stop', 'block', 'save', 'tell', 'report'], key)).toBe(0);
    expect(orderingScore(steps, ['stop', 'save', 'block', 'report', 'tell'], key)).toBe(0.9);
    expect(orderingScore(steps, steps, key)).toBe(1);
  });
});
