import type { LessonCatalogue } from '../content/types';
import { useLocale } from '../i18n/locale';

/** The facts a question states and where they were checked, one tap away. */
export function QuestionSources({ factIds, catalogue }: { factIds: string[]; catalogue: LessonCatalogue }) {
  const { locale, t } = useLocale();
  if (factIds.length === 0) return null;
  return (
    <details className="question-sources">
      <summary>{t('questionSources')}</summary>
      <ul>
        {factIds.map((id) => {
          const fact = catalogue.facts[id];
          return (
            <li key={id}>
              {fact?.status === 'partial' && <span className="badge">{t('reported')}</span>}
              {fact && (fact.text[locale] ?? fact.text.en ?? fact.text.ja)}
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
