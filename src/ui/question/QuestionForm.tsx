// One question as a form: radios, checkboxes, true/false, or ordering by buttons. The quiz page and
// the live class's student page both show questions with it.
import { useId, useMemo, type FormEvent } from 'react';
import type { Question } from '../../content/types';
import { useLocale } from '../locale';
import { LessonText } from '../LessonText';
import { initialOrder, optionsInOrder } from './attempt';
import { OrderingInput } from './OrderingInput';
import type { Answer } from './scoring';
import { translator } from '../../i18n/translator';
import { shared } from '../../i18n/messages/shared';
import { quiz } from '../../i18n/messages/quiz';

const translate = translator({ shared, quiz });

export function QuestionForm({
  question,
  seed,
  checked,
  draft,
  onDraft,
  onSubmit,
  error,
  onAnnounce,
  locked = checked !== undefined,
  submitLabel,
}: {
  question: Question;
  seed: number;
  checked: Answer | undefined;
  /**
   * The choice made but not checked (or changed since it was sent), held by the page: the form
   * shows it, or else the checked answer, and keeps no copy of its own.
   */
  draft?: Answer;
  onDraft: (answer: Answer) => void;
  onSubmit: (event: FormEvent) => void;
  error: string;
  onAnnounce: (text: string) => void;
  /** The quiz locks a checked answer; the live class keeps it open until the question closes. */
  locked?: boolean;
  submitLabel?: string;
}) {
  const { locale, t } = useLocale(translate);
  const ids = { story: useId(), hint: useId(), error: useId() };
  const shown = draft ?? checked;
  const selected = shown?.kind === 'choice' ? shown.selected : [];
  const truth = shown?.kind === 'truefalse' ? shown.value : undefined;
  const options = useMemo(() => optionsInOrder(question, seed), [question, seed]);
  const describedBy = [question.type === 'scenario' ? ids.story : '', ids.hint, error ? ids.error : '']
    .filter(Boolean)
    .join(' ');

  const hint =
    question.type === 'multiple'
      ? t('quiz.selectAll')
      : question.type === 'truefalse'
        ? t('quiz.chooseTrueFalse')
        : question.type === 'ordering'
          ? t('quiz.orderHint')
          : t('quiz.selectOne');

  const choose = (id: string, on: boolean) => {
    const next = question.type === 'multiple' ? (on ? [...selected, id] : selected.filter((s) => s !== id)) : [id];
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
                    onChange={() => onDraft({ kind: 'truefalse', value })}
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
            order={shown?.kind === 'order' ? shown.order : initialOrder(question, seed)}
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
            {submitLabel ?? t('quiz.checkAnswer')}
          </button>
        </div>
      )}
    </form>
  );
}
