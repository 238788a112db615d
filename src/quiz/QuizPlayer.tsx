import { useEffect, useRef, useState } from 'react';
import type { LessonCatalogue, LessonSummary, Question } from '../content/types';
import { useLocale } from '../ui/locale';
import { Feedback, FEEDBACK_VERDICTS } from '../ui/question/Feedback';
import { QuestionForm } from '../ui/question/QuestionForm';
import { QuizSummary } from './QuizSummary';
import { useQuizAttempt } from './useQuizAttempt';
import { translator } from '../i18n/translator';
import { shared } from '../i18n/messages/shared';
import { quiz } from '../i18n/messages/quiz';

const translate = translator({ shared, quiz });

/**
 * One student taking one lesson's quiz: a question at a time, feedback after each answer, and a
 * summary at the end. Progress is saved in this browser after every step (useQuizAttempt).
 */
export function QuizPlayer({
  lesson,
  questions,
  catalogue,
}: {
  lesson: LessonSummary;
  questions: Question[];
  catalogue: LessonCatalogue;
}) {
  const { t } = useLocale(translate);
  const { attempt, question, checked, draft, choose, check, next, restart, announce } = useQuizAttempt(
    lesson.id,
    questions,
  );
  const { progress, restarted, error, announcement, acted } = attempt;
  const nextButton = useRef<HTMLButtonElement>(null);
  const questionHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (!acted) return;
    (checked ? nextButton.current : questionHeading.current)?.focus();
  }, [acted, progress.index, checked]);

  if (!question) {
    return (
      <QuizSummary
        lesson={lesson}
        questions={questions}
        progress={progress}
        catalogue={catalogue}
        onTryAgain={restart}
      />
    );
  }

  return (
    <div className="quiz-player">
      {restarted && (
        <p className="notice" role="status">
          {t('quiz.quizRestarted')}
        </p>
      )}
      <div className="quiz-progress">
        <h2 ref={questionHeading} tabIndex={-1} id="question-title">
          {t('quiz.questionOf', { n: progress.index + 1, total: questions.length })}
        </h2>
        <progress max={questions.length} value={progress.index} aria-labelledby="question-title" />
        {question.optional && <p className="hint">{t('quiz.optionalQuestion')}</p>}
      </div>
      <QuestionForm
        key={`${question.id}-${progress.seed}`}
        question={question}
        seed={progress.seed}
        checked={checked}
        draft={draft}
        onDraft={choose}
        onSubmit={(event) => {
          event.preventDefault();
          check();
        }}
        error={error ? t(`quiz.${error}`) : ''}
        onAnnounce={announce}
      />
      <div role="status" aria-live="polite" className="visually-hidden">
        {announcement && ('verdict' in announcement ? t(FEEDBACK_VERDICTS[announcement.verdict]) : announcement.text)}
      </div>
      {checked && (
        <>
          <Feedback question={question} answer={checked} catalogue={catalogue} seed={progress.seed} />
          <div className="quiz-actions">
            <button ref={nextButton} type="button" className="button primary" onClick={next}>
              {progress.index + 1 === questions.length ? t('quiz.seeResults') : t('quiz.nextQuestion')}
            </button>
          </div>
        </>
      )}
      <RestartQuiz onRestart={restart} />
    </div>
  );
}

/**
 * "Start over" asks first (UX report M3): one stray tap under the answer card must not wipe every
 * answer. The question is asked in the page, where a phone's reader and keyboard find it.
 */
function RestartQuiz({ onRestart }: { onRestart: () => void }) {
  const { t } = useLocale(translate);
  const [asking, setAsking] = useState(false);
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) keep.current?.focus();
  }, [asking]);
  if (!asking)
    return (
      <div className="quiz-actions secondary">
        <button type="button" className="button" onClick={() => setAsking(true)}>
          {t('shared.startOver')}
        </button>
      </div>
    );
  return (
    <div className="quiz-actions secondary restart-confirm" role="group" aria-labelledby="restart-question">
      <p id="restart-question">{t('quiz.restartQuestion')}</p>
      <button ref={keep} type="button" className="button primary" onClick={() => setAsking(false)}>
        {t('quiz.restartKeep')}
      </button>
      <button
        type="button"
        className="button"
        onClick={() => {
          setAsking(false);
          onRestart();
        }}
      >
        {t('quiz.restartConfirm')}
      </button>
    </div>
  );
}
