import { useId, useState } from 'react';
import { TOPICS, type LessonCatalogue, type Topic } from '../content/types';
import { hrefFor } from '../app/routes';
import { useLocale } from '../ui/locale';
import { topicNames } from '../i18n/messages';
import { LessonText } from '../ui/LessonText';

/** Every lesson as a card, filterable by age band and topic. */
export function CataloguePage({ catalogue }: { catalogue: LessonCatalogue }) {
  const { locale, t } = useLocale();
  const [age, setAge] = useState('all');
  const [topic, setTopic] = useState<'all' | Topic>('all');
  const ageId = useId();
  const topicId = useId();

  const bands = [...new Set(catalogue.lessons.map((lesson) => lesson.ageMin))].sort((a, b) => a - b);
  const topics = TOPICS.filter((candidate) => catalogue.lessons.some((lesson) => lesson.topics.includes(candidate)));
  const shown = catalogue.lessons.filter(
    (lesson) => (age === 'all' || lesson.ageMin === Number(age)) && (topic === 'all' || lesson.topics.includes(topic)),
  );

  return (
    <section aria-labelledby="catalogue-title">
      <h1 id="catalogue-title">{t('app.catalogueTitle')}</h1>
      <p>{t('app.catalogueIntro')}</p>
      <div className="filters" role="group" aria-label={`${t('app.filterAge')} / ${t('app.filterTopic')}`}>
        <div>
          <label htmlFor={ageId}>{t('app.filterAge')}</label>
          <select id={ageId} value={age} onChange={(event) => setAge(event.target.value)}>
            <option value="all">{t('app.filterAll')}</option>
            {bands.map((band) => (
              <option key={band} value={band}>
                {t('shared.ageBand', { n: band })}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={topicId}>{t('app.filterTopic')}</label>
          <select id={topicId} value={topic} onChange={(event) => setTopic(event.target.value as 'all' | Topic)}>
            <option value="all">{t('app.filterAll')}</option>
            {topics.map((candidate) => (
              <option key={candidate} value={candidate}>
                {topicNames[candidate][locale]}
              </option>
            ))}
          </select>
        </div>
      </div>
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
