import { useId, useSyncExternalStore } from 'react';
import { TOPICS, type LessonIndex } from '../content/types';
import { hrefFor, parseHash } from '../app/routes';
import { useLocale } from '../ui/locale';
import { LessonText } from '../ui/LessonText';
import {
  filterChoices,
  filterFromParams,
  lessonMatches,
  paramsWithFilter,
  type CatalogueFilter,
  type GradeId,
} from './filters';
import { translator } from '../i18n/translator';
import { shared } from '../i18n/messages/shared';
import { app } from '../i18n/messages/app';
import { gradeNames, topicNames } from '../i18n/messages/names';

const translate = translator({ shared, app });

/** Every lesson as a card, filterable by school year, age ("suitable from") and topic. */
export function CataloguePage({ catalogue }: { catalogue: LessonIndex }) {
  const { locale, t } = useLocale(translate);
  const params = useHashParams();
  const filter = filterFromParams(params);
  const gradeId = useId();
  const ageId = useId();
  const topicId = useId();

  const { grades, ages } = filterChoices(catalogue.lessons, filter);
  const topics = TOPICS.filter((candidate) => catalogue.lessons.some((lesson) => lesson.topics.includes(candidate)));
  const shown = catalogue.lessons.filter((lesson) => lessonMatches(lesson, filter));
  // The filter is kept in the address (replacing the entry, so Back leaves the catalogue).
  const update = (key: keyof CatalogueFilter, value: string) => {
    const next = new URLSearchParams(params);
    if (value === 'all') next.delete(key);
    else next.set(key, value);
    window.location.replace(hrefFor({ page: 'catalogue' }, paramsWithFilter(next, filterFromParams(next))));
  };

  return (
    <section aria-labelledby="catalogue-title">
      <h1 id="catalogue-title">{t('app.catalogueTitle')}</h1>
      <p>{t('app.catalogueIntro')}</p>
      <div className="filters" role="group" aria-label={t('app.filters')}>
        <div>
          <label htmlFor={gradeId}>{t('app.filterGrade')}</label>
          <select id={gradeId} value={filter.grade ?? 'all'} onChange={(event) => update('grade', event.target.value)}>
            <option value="all">{t('app.filterAll')}</option>
            {grades.map((grade: GradeId) => (
              <option key={grade} value={grade}>
                {gradeNames[grade][locale]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={ageId}>{t('app.filterAge')}</label>
          <select id={ageId} value={filter.age ?? 'all'} onChange={(event) => update('age', event.target.value)}>
            <option value="all">{t('app.filterAll')}</option>
            {ages.map((age) => (
              <option key={age} value={age}>
                {t('app.ageYears', { n: age })}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={topicId}>{t('app.filterTopic')}</label>
          <select id={topicId} value={filter.topic ?? 'all'} onChange={(event) => update('topic', event.target.value)}>
            <option value="all">{t('app.filterAll')}</option>
            {topics.map((candidate) => (
              <option key={candidate} value={candidate}>
                {topicNames[candidate][locale]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="filter-hint">{t('app.filterSuitableFrom')}</p>
      <p role="status" className="count">
        {shown.length ? t('app.showing', { n: shown.length }) : t('app.noMatch')}
      </p>
      <ul className="lesson-cards">
        {shown.map((lesson) => (
          <li key={lesson.id} className="lesson-card">
            <h2>
              <a href={hrefFor({ page: 'overview', lessonId: lesson.id })}>
                <LessonText text={lesson.title} />
              </a>
            </h2>
            <LessonText as="p" text={lesson.summary} />
            <ul className="meta" aria-label={t('app.topics')}>
              <li className="tag age">{t('shared.ageBand', { n: lesson.ageMin })}</li>
              <li className="tag">{t('shared.minutes', { n: lesson.minutes })}</li>
              {lesson.topics.map((name) => (
                <li key={name} className="tag">
                  {topicNames[name][locale]}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The hash query (#/?grade=j2&lang=ja), re-read on every hash change. */
function useHashParams(): URLSearchParams {
  const hash = useSyncExternalStore(
    (onChange) => {
      window.addEventListener('hashchange', onChange);
      return () => window.removeEventListener('hashchange', onChange);
    },
    () => window.location.hash,
  );
  return parseHash(hash).params;
}
