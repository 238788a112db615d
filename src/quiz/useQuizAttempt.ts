// The quiz attempt reducer wired to this browser's storage: loaded once, saved after every step.
import { useEffect, useReducer, useRef } from 'react';
import type { Question } from '../content/types';
import { browserStorage } from '../ui/storage';
import { newSeed } from '../ui/question/shuffle';
import type { Answer } from '../ui/question/scoring';
import { clearProgress, loadProgress, saveProgress } from './progress';
import { checkedAnswer, currentQuestion, draftAnswer, quizAttemptReducer, startAttempt } from './quiz-attempt';

export function useQuizAttempt(lessonId: string, questions: Question[]) {
  const [attempt, dispatch] = useReducer(quizAttemptReducer, undefined, () =>
    startAttempt(questions, loadProgress(lessonId, questions, newSeed(), browserStorage())),
  );
  // What was loaded is already stored (or was unusable and is replaced at the first step).
  const loaded = useRef(attempt.progress);
  useEffect(() => {
    if (attempt.progress !== loaded.current) saveProgress(lessonId, attempt.progress, browserStorage());
  }, [lessonId, attempt.progress]);

  return {
    attempt,
    question: currentQuestion(attempt),
    checked: checkedAnswer(attempt),
    draft: draftAnswer(attempt),
    choose: (answer: Answer) => dispatch({ type: 'choose', answer }),
    check: () => dispatch({ type: 'check' }),
    next: () => dispatch({ type: 'next' }),
    restart: () => {
      // Cleared first, so a storage that refuses the fresh save does not bring old answers back.
      clearProgress(lessonId, browserStorage());
      dispatch({ type: 'restart', seed: newSeed() });
    },
    announce: (text: string) => dispatch({ type: 'announce', text }),
  };
}
