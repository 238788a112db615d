import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { LessonCatalogue, LessonSummary, Question } from '../content/types';
import { useLocale } from '../ui/locale';
import { Feedback } from '../ui/question/Feedback';
import { browserStorage } from '../ui/storage';
import {
  atQuestion,
  clearProgress,
  freshProgress,
  loadProgress,
  saveProgress,
  withAnswer,
  withDraft,
  type QuizProgress,
} from './progress';
import { markAnswer, type Answer } from '../ui/question/scoring';
import { newSeed } from '../ui/question/shuffle';
import { initialOrder } from '../ui/question/attempt';
import { QuestionForm } from '../ui/question/QuestionForm';
import { QuizSummary } from './QuizSummary';

/**
 * One student taking one lesson's quiz: a question at a time, feedback after each answer, and a
 * summary at the end. Progress is saved in this browser after every step.
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
  const { t } = useLocale();
  const storage = browserStorage();
  const [{ progress, restarted }, setState] = useState(() => loadProgress(lesson.id, questions, newSeed(), storage));
  // A choice not yet checked; saved with the progress, so a reload keeps it (UX report L9).
  const [draft, setDraft] = useState<Answer | undefined>(() => {
    const saved = progress.draft;
    return saved && saved.question === questions[progress.index]?.id ? saved.answer : undefined;
  });
  const [error, setError] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const nextButton = useRef<HTMLButtonElement>(null);
  const questionHeading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  const update = (next: QuizProgress) => {
    saveProgress(lesson.id, next, storage);
    setState({ progress: next, restarted: false });
  };

  const question = questions[progress.index] as Question | undefined;
  const checked = question ? progress.answers[question.id] : undefined;

  useEffect(() => {
    if (!moved.current) return;
    (checked ? nextButton.current : questionHeading.current)?.focus();
  }, [progress.index, checked]);

  const restart = () => {
    moved.current = true;
    clearProgress(lesson.id, storage);
    setDraft(undefined);
    setError('');
    setAnnouncement('');
    update(freshProgress(questions, newSeed()));
  };

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

  const onCheck = (event: FormEvent) => {
    event.preventDefault();
    const answer =
      draft ??
      (question.type === 'ordering'
        ? { kind: 'order' as const, order: initialOrder(question, progress.seed) }
        : undefined);
    if (!answer || (answer.kind === 'choice' && answer.selected.length === 0)) {
      setError(t('app.chooseFirst'));
      return;
    }
    setError('');
    moved.current = true;
    const mark = markAnswer(question, answer);
    setAnnouncement(
      mark.correct ? t('app.verdictCorrect') : mark.score > 0 ? t('app.verdictPartly') : t('app.verdictWrong'),
    );
    update(withAnswer(progress, question.id, answer));
  };

  const onNext = () => {
    moved.current = true;
    setDraft(undefined);
    setAnnouncement('');
    update(atQuestion(progress, progress.index + 1));
  };

  return (
    <div className="quiz-player">
      {restarted && (
        <p className="notice" role="status">
          {t('app.quizRestarted')}
        </p>
      )}
      <div className="quiz-progress">
        <h2 ref={questionHeading} tabIndex={-1} id="question-title">
          {t('app.questionOf', { n: progress.index + 1, total: questions.length })}
        </h2>
        <progress max={questions.length} value={progress.index} aria-labelledby="question-title" />
        {question.optional && <p className="hint">{t('app.optionalQuestion')}</p>}
      </div>
      <QuestionForm
        key={`${question.id}-${progress.seed}`}
        question={question}
        seed={progress.seed}
        checked={checked}
        draft={draft}
        onDraft={(answer) => {
          setDraft(answer);
          setError('');
          update(withDraft(progress, question.id, answer));
        }}
        onSubmit={onCheck}
        error={error}
        onAnnounce={setAnnouncement}
      />
      <div role="status" aria-live="polite" className="visually-hidden">
        {announcement}
      </div>
      {checked && (
        <>
          <Feedback question={question} answer={checked} catalogue={catalogue} seed={progress.seed} />
          <div className="quiz-actions">
            <button ref={nextButton} type="button" className="button primary" onClick={onNext}>
              {progress.index + 1 === questions.length ? t('app.seeResults') : t('app.nextQuestion')}
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
  const { t } = useLocale();
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
      <p id="restart-question">{t('app.restartQuestion')}</p>
      <button ref={keep} type="button" className="button primary" onClick={() => setAsking(false)}>
        {t('app.restartKeep')}
      </button>
      <button
        type="button"
        className="button"
        onClick={() => {
          setAsking(false);
          onRestart();
        }}
      >
        {t('app.restartConfirm')}
      </button>
    </div>
  );
}
