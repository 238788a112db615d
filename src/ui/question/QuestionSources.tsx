import { factBadge, factText } from '../../content/facts-view';
import type { LessonCatalogue } from '../../content/types';
import { useLocale } from '../locale';
import { translator } from '../../i18n/translator';
import { quiz } from '../../i18n/messages/quiz';
import { shared } from '../../i18n/messages/shared';

const translate = translator({ shared, quiz });

/** The facts a question states and where they were checked, one tap away. */
export function QuestionSources({ factIds, catalogue }: { factIds: string[]; catalogue: LessonCatalogue }) {
  const { locale, t } = useLocale(translate);
  if (factIds.length === 0) return null;
  return (
    <details className="question-sources">
      <summary>{t('quiz.questionSources')}</summary>
      <ul>
        {factIds.map((id) => {
          const fact = catalogue.facts[id];
          return (
            <li key={id}>
              {factBadge(fact) && <span className="badge">{t(factBadge(fact)!)}</span>}
              {fact && factText(fact, locale)}
              <ul className="source-list">
                {(fact?.sources ?? []).map((sourceId) => {
                  const entry = catalogue.bibliography[sourceId];
                  return entry ? (
                    <li key={sourceId}>
                      {entry.publisher && <>{entry.publisher}. </>}
                      <cite>{entry.title}</cite>
                      {entry.date && <>. {entry.date}</>}
                    </li>
                  ) : null;
                })}
              </ul>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
