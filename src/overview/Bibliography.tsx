import { factBadge, factText } from '../content/facts-view';
import type { BibliographyEntry, LessonCatalogue, Locale } from '../content/types';
import { useLocale } from '../ui/locale';
import { translator } from '../i18n/translator';
import { shared } from '../i18n/messages/shared';
import { overview } from '../i18n/messages/overview';

const translate = translator({ shared, overview });

/**
 * The facts a lesson states and the sources each was checked against, as a teacher reads them:
 * each fact points to its numbered sources (no internal ids, nothing for a fact without one), and
 * each source is set in the reader's typography (Japanese: 「title」, no italics, 、 between parts).
 */
export function Bibliography({ factIds, catalogue }: { factIds: string[]; catalogue: LessonCatalogue }) {
  const { locale, t } = useLocale(translate);
  const sourceIds = [...new Set(factIds.flatMap((id) => catalogue.facts[id]?.sources ?? []))].filter(
    (id) => catalogue.bibliography[id],
  );
  const number = new Map(sourceIds.map((id, index) => [id, index + 1]));
  // A help line's fact has no text of its own: it is the help line, named as the help list names it.
  const helpNames = new Map(
    Object.values(catalogue.help)
      .flat()
      .map((resource) => [resource.id as string, resource.name[locale].text]),
  );
  return (
    <section aria-labelledby="sources-title">
      <h2 id="sources-title">{t('shared.sources')}</h2>
      <p>{t('overview.sourcesIntro', { date: catalogue.factsChecked })}</p>
      <ul className="fact-list">
        {factIds.map((id) => {
          const fact = catalogue.facts[id];
          const cited = (fact?.sources ?? []).filter((source) => number.has(source));
          return (
            <li key={id}>
              {factBadge(fact) && <span className="badge">{t(factBadge(fact)!)}</span>}
              {fact && (
                <span className="fact-text">
                  {factText(fact, locale) ??
                    t('overview.factHelpLine', { name: helpNames.get(id) ?? fact.details.name ?? '' })}
                </span>
              )}
              {cited.length > 0 && (
                <span className="fact-sources">
                  {' '}
                  {t('overview.factSourcesLabel')}
                  {cited.map((source) => (
                    <a key={source} href={`#source-${source}`} className="source-ref">
                      [{number.get(source)}]
                    </a>
                  ))}
                </span>
              )}
            </li>
          );
        })}
      </ul>
      <ol className="bibliography" lang={locale}>
        {sourceIds.map((id) => (
          <li key={id} id={`source-${id}`}>
            <SourceEntry entry={catalogue.bibliography[id]!} locale={locale} />
          </li>
        ))}
      </ol>
    </section>
  );
}

/** One source: publisher, title, date, link; Japanese 「」 and 、, English commas and an italic title. */
function SourceEntry({ entry, locale }: { entry: BibliographyEntry; locale: Locale }) {
  const ja = locale === 'ja';
  const separator = ja ? '、' : ', ';
  return (
    <>
      {entry.publisher && (
        <>
          {entry.publisher}
          {separator}
        </>
      )}
      <cite>{ja ? `「${entry.title}」` : entry.title}</cite>
      {entry.date && (
        <>
          {ja ? '（' : ' ('}
          {sourceDate(entry.date, locale)}
          {ja ? '）' : ')'}
        </>
      )}
      {entry.url && (
        <>
          {ja ? ' ' : '. '}
          <a href={entry.url} rel="noreferrer noopener" className="source-url">
            {entry.url}
          </a>
        </>
      )}
    </>
  );
}

/** A source's date; "read 2026-12-01" (when a web page was read) becomes 2026-12-01閲覧 in Japanese. */
function sourceDate(date: string, locale: Locale): string {
  const read = /^read (.+)$/.exec(date);
  if (!read) return date;
  return locale === 'ja' ? `${read[1]}閲覧` : `read ${read[1]}`;
}
