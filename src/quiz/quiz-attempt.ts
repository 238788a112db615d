// One student's attempt at one quiz, as a pure reducer: every step a student can take (choose,
// check, go on, start over) and what the page then shows. The saved progress is the one source of
// the answers, the draft included; useQuizAttempt stores it and QuizPlayer draws it.
import type { Question } from '../content/types';
import { initialOrder } from '../ui/question/attempt';
import { markAnswer, verdictOf, type Answer, type Verdict } from '../ui/question/scoring';
import { atQuestion, freshProgress, withAnswer, withDraft, type LoadedProgress, type QuizProgress } from './progress';

export interface QuizAttempt {
  questions: Question[];
  progress: QuizProgress;
  /** Saved progress could not be used and the quiz started again: the page says so until the next step. */
  restarted: boolean;
  /** "Check" was pressed with nothing chosen. */
  error?: 'chooseFirst';
  /** What the polite live region says: the verdict of the answer just checked, or a step moved. */
  announcement?: { verdict: Verdict } | { text: string };
  /**
   * The student has done something on this page. Focus follows the quiz (to the question, or to
   * "Next" after checking) only then, so a page opened or reloaded is read from the top.
   */
  acted: boolean;
}

export type QuizAction =
  | { type: 'choose'; answer: Answer }
  | { type: 'check' }
  | { type: 'next' }
  /** The seed orders the options of the new attempt; the caller draws it, so the reducer stays pure. */
  | { type: 'restart'; seed: number }
  | { type: 'announce'; text: string };

export function startAttempt(questions: Question[], { progress, restarted }: LoadedProgress): QuizAttempt {
  return { questions, progress, restarted, acted: false };
}

/** The question shown, or undefined once every question is answered (the summary). */
export function currentQuestion(attempt: QuizAttempt): Question | undefined {
  return attempt.questions[attempt.progress.index];
}

/** The answer checked for the question shown, if it has been. */
export function checkedAnswer(attempt: QuizAttempt): Answer | undefined {
  const question = currentQuestion(attempt);
  return question ? attempt.progress.answers[question.id] : undefined;
}

/** A choice made on the question shown but not checked yet (kept over a reload, UX report L9). */
export function draftAnswer(attempt: QuizAttempt): Answer | undefined {
  const { draft } = attempt.progress;
  return draft && draft.question === currentQuestion(attempt)?.id ? draft.answer : undefined;
}

export function quizAttemptReducer(attempt: QuizAttempt, action: QuizAction): QuizAttempt {
  const question = currentQuestion(attempt);
  const checked = checkedAnswer(attempt);
  switch (action.type) {
    case 'choose':
      if (!question || checked) return attempt;
      return {
        ...attempt,
        progress: withDraft(attempt.progress, question.id, action.answer),
        restarted: false,
        error: undefined,
      };
    case 'check': {
      if (!question || checked) return attempt;
      // Steps left in the order first shown are an answer too: that order is the student's guess.
      const answer =
        draftAnswer(attempt) ??
        (question.type === 'ordering'
          ? { kind: 'order' as const, order: initialOrder(question, attempt.progress.seed) }
          : undefined);
      if (!answer || (answer.kind === 'choice' && answer.selected.length === 0))
        return { ...attempt, error: 'chooseFirst' };
      return {
        ...attempt,
        progress: withAnswer(attempt.progress, question.id, answer),
        restarted: false,
        error: undefined,
        announcement: { verdict: verdictOf(markAnswer(question, answer)) },
        acted: true,
      };
    }
    case 'next':
      if (!checked) return attempt;
      return {
        ...attempt,
        progress: atQuestion(attempt.progress, attempt.progress.index + 1),
        restarted: false,
        announcement: undefined,
        acted: true,
      };
    case 'restart':
      return {
        questions: attempt.questions,
        progress: freshProgress(attempt.questions, action.seed),
        restarted: false,
        acted: true,
      };
    case 'announce':
      return { ...attempt, announcement: { text: action.text } };
  }
}
