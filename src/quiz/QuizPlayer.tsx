import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import type { LessonCatalogue, LessonSummary, Question } from '../content/types';
import { useLocale } from '../ui/locale';
import { LessonText } from '../ui/LessonText';
import { Feedback } from './Feedback';
import { OrderingInput } from './OrderingInput';
import { browserStorage } from '../ui/storage';
import { clearProgress, freshProgress, loadProgress, saveProgress, withAnswer, type QuizProgress } from './progress';
import { markAnswer, type Answer } from './scoring';
import { newSeed } from './shuffle';
import { initialOrder, optionsInOrder } from './attempt';
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
  const [draft, setDraft] = useState<Answer | undefined>(undefined);
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
    update({ ...progress, index: progress.index + 1 });
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
        onDraft={(answer) => {
          setDraft(answer);
          setError('');
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
      <div className="quiz-actions secondary">
        <button type="button" className="button" onClick={restart}>
          {t('shared.startOver')}
        </button>
      </div>
    </div>
  );
}

function QuestionForm({
  question,
  seed,
  checked,
  onDraft,
  onSubmit,
  error,
  onAnnounce,
}: {
  question: Question;
  seed: number;
  checked: Answer | undefined;
  onDraft: (answer: Answer) => void;
  onSubmit: (event: FormEvent) => void;
  error: string;
  onAnnounce: (text: string) => void;
}) {
  const { locale, t } = useLocale();
  const ids = { story: useId(), hint: useId(), error: useId() };
  const [selected, setSelected] = useState<string[]>(checked?.kind === 'choice' ? checked.selected : []);
  const [truth, setTruth] = useState<boolean | undefined>(checked?.kind === 'truefalse' ? checked.value : undefined);
  const options = useMemo(() => optionsInOrder(question, seed), [question, seed]);
  const locked = checked !== undefined;
  const describedBy = [question.type === 'scenario' ? ids.story : '', ids.hint, error ? ids.error : '']
    .filter(Boolean)
    .join(' ');

  const hint =
    question.type === 'multiple'
      ? t('app.selectAll')
      : question.type === 'truefalse'
        ? t('app.chooseTrueFalse')
        : question.type === 'ordering'
          ? t('app.orderHint')
          : t('app.selectOne');

  const choose = (id: string, on: boolean) => {
    const next = question.type === 'multiple' ? (on ? [...selected, id] : selected.filter((s) => s !== id)) : [id];
    setSelected(next);
    onDraft({ kind: 'choice', selected: next });
  };

  return (
    <form className="question" onSubmit={onSubmit} noValidate>
      {question.type === 'scenario' && <LessonText as="div" className="story" text={question.story} />}
      <fieldset aria-describedby={describedBy} disabled={locked}>
        <legend>
          <LessonText text={question.prompt} />
        </legend>
        <p id={ids.hint} className="hint">
          {hint}
        </p>
        {(question.type === 'single' || question.type === 'scenario' || question.type === 'multiple') && (
          <ul className="options">
            {options.map((option) => (
              <li key={option.id}>
                <label className="option">
                  <input
                    type={question.type === 'multiple' ? 'checkbox' : 'radio'}
                    name={question.id}
                    value={option.id}
                    checked={selected.includes(option.id)}
                    onChange={(event) => choose(option.id, event.target.checked)}
                  />
                  <LessonText text={option.text} />
                </label>
              </li>
            ))}
          </ul>
        )}
        {question.type === 'truefalse' && (
          <ul className="options truefalse">
            {[true, false].map((value) => (
              <li key={String(value)}>
                <label className="option">
                  <input
                    type="radio"
                    name={question.id}
                    value={String(value)}
                    checked={truth === value}
                    onChange={() => {
                      setTruth(value);
                      onDraft({ kind: 'truefalse', value });
                    }}
                  />
                  <span lang={locale}>{value ? t('shared.trueLabel') : t('shared.falseLabel')}</span>
                </label>
              </li>
            ))}
          </ul>
        )}
        {question.type === 'ordering' && (
          <OrderingInput
            question={question}
            initial={checked?.kind === 'order' ? checked.order : initialOrder(question, seed)}
            locked={locked}
            onChange={(order) => onDraft({ kind: 'order', order })}
            onAnnounce={onAnnounce}
          />
        )}
      </fieldset>
      {error && (
        <p id={ids.error} className="error" role="alert">
          {error}
        </p>
      )}
      {!locked && (
        <div className="quiz-actions">
          <button type="submit" className="button primary">
            {t('app.checkAnswer')}
          </button>
        </div>
      )}
    </form>
  );
}
