import { factBadge, factText } from '../content/facts-view';
import type { LessonCatalogue } from '../content/types';
import { useLocale } from '../ui/locale';

/** The facts a lesson states and the sources each was checked against. */
export function Bibliography({ factIds, catalogue }: { factIds: string[]; catalogue: LessonCatalogue }) {
  const { locale, t } = useLocale();
  const sourceIds = [...new Set(factIds.flatMap((id) => catalogue.facts[id]?.sources ?? []))];
  return (
    <section aria-labelledby="sources-title">
      <h2 id="sources-title">{t('shared.sources')}</h2>
      <p>{t('app.sourcesIntro', { date: catalogue.factsChecked })}</p>
      <ul className="fact-list">
        {factIds.map((id) => {
          const fact = catalogue.facts[id];
          return (
            <li key={id}>
              <code>{id}</code>
              {factBadge(fact) && <span className="badge">{t(factBadge(fact)!)}</span>}
              {fact && <span className="fact-text">{factText(fact, locale)}</span>}
              <span className="fact-sources"> [{fact?.sources.join(', ')}]</span>
            </li>
          );
        })}
      </ul>
      <ol className="bibliography">
        {sourceIds.map((id) => {
          const entry = catalogue.bibliography[id];
          if (!entry) return null;
          return (
            <li key={id} id={`source-${id}`}>
              <code>{id}</code> {entry.publisher && <>{entry.publisher}. </>}
              <cite>{entry.title}</cite>
              {entry.date && <>. {entry.date}</>}
              {entry.url && (
                <>
                  .{' '}
                  <a href={entry.url} rel="noreferrer noopener">
                    {entry.url}
                  </a>
                </>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
