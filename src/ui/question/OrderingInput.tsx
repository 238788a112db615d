import { useRef } from 'react';
import type { Question } from '../../content/types';
import { useLocale } from '../locale';
import { LessonText } from '../LessonText';
import { translator } from '../../i18n/translator';
import { quiz } from '../../i18n/messages/quiz';

const translate = translator({ quiz });

/**
 * Putting steps in order with Up and Down buttons: works by keyboard, touch and screen reader
 * alike (dragging would leave some students out). Focus follows the step that moved.
 */
export function OrderingInput({
  question,
  order: given,
  locked,
  onChange,
  onAnnounce,
}: {
  question: Extract<Question, { type: 'ordering' }>;
  /** The steps as the student has them now (the page holds the order; each move reports the next one). */
  order: string[];
  locked: boolean;
  onChange: (order: string[]) => void;
  onAnnounce: (text: string) => void;
}) {
  const { locale, t } = useLocale(translate);
  // Only the question's own steps, whatever was saved: a forged or outdated order must not break the page.
  const order = given.filter((id) => question.options.some((option) => option.id === id));
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const textOf = (id: string) => question.options.find((option) => option.id === id)?.text;

  const move = (index: number, by: -1 | 1, direction: 'up' | 'down') => {
    const target = index + by;
    if (target < 0 || target >= order.length) return;
    const next = [...order];
    [next[index], next[target]] = [next[target], next[index]];
    onChange(next);
    const id = next[target];
    onAnnounce(t('quiz.movedTo', { item: textOf(id)?.[locale].text ?? '', n: target + 1 }));
    // Keep focus on the same step's button, or its other button when it reached an end.
    requestAnimationFrame(() => {
      const atEnd = (direction === 'up' && target === 0) || (direction === 'down' && target === next.length - 1);
      buttons.current.get(`${id}:${atEnd ? (direction === 'up' ? 'down' : 'up') : direction}`)?.focus();
    });
  };

  return (
    <ol className="ordering">
      {order.map((id, index) => {
        const text = textOf(id);
        if (!text) return null;
        return (
          <li key={id} className="ordering-item" data-option={id}>
            <span className="position" aria-hidden="true">
              {index + 1}
            </span>
            <LessonText text={text} className="ordering-text" />
            {!locked && (
              <span className="ordering-buttons">
                <button
                  type="button"
                  className="button small"
                  ref={(element) =>
                    void (element ? buttons.current.set(`${id}:up`, element) : buttons.current.delete(`${id}:up`))
                  }
                  aria-label={t('quiz.moveUpLabel', { item: text[locale].text })}
                  disabled={index === 0}
                  onClick={() => move(index, -1, 'up')}
                >
                  ↑ {t('quiz.moveUp')}
                </button>
                <button
                  type="button"
                  className="button small"
                  ref={(element) =>
                    void (element ? buttons.current.set(`${id}:down`, element) : buttons.current.delete(`${id}:down`))
                  }
                  aria-label={t('quiz.moveDownLabel', { item: text[locale].text })}
                  disabled={index === order.length - 1}
                  onClick={() => move(index, 1, 'down')}
                >
                  ↓ {t('quiz.moveDown')}
                </button>
              </span>
            )}
          </li>
        );
      })}
    </ol>
  );
}
