import type { LessonCatalogue, LessonSummary } from '../content/types';
import { deckHref, hrefFor } from '../app/routes';
import { useLocale } from '../ui/locale';
import { Bibliography } from './Bibliography';
import { HelpList } from '../ui/HelpList';
import { ExportDownloads } from './ExportDownloads';
import { lessonHelp } from '../content/help';
import { deckSlideRange } from '../content/plan';
import { LessonText } from '../ui/LessonText';
import { ShareQuiz } from '../ui/ShareQuiz';
import { translator } from '../i18n/translator';
import { shared } from '../i18n/messages/shared';
import { app } from '../i18n/messages/app';
import { overview } from '../i18n/messages/overview';
import { live } from '../i18n/messages/live';
import { topicNames } from '../i18n/messages/names';

const translate = translator({ shared, app, overview, live });

/** What a teacher reads before class: objectives, content note, plan, safeguarding, sources. */
export function OverviewPage({ lesson, catalogue }: { lesson: LessonSummary; catalogue: LessonCatalogue }) {
  const { locale, t } = useLocale(translate);
  const { disclosure } = catalogue.safeguarding;
  const helpResources = lessonHelp(lesson, catalogue);
  return (
    <article aria-labelledby="lesson-title" className="overview">
      <header className="lesson-header">
        <h1 id="lesson-title">
          <LessonText text={lesson.title} />
        </h1>
        <LessonText as="p" className="summary" text={lesson.summary} />
        <ul className="meta">
          <li className="tag age">{t('shared.ageBand', { n: lesson.ageMin })}</li>
          <li className="tag">{t('shared.minutes', { n: lesson.minutes })}</li>
          {lesson.topics.map((name) => (
            <li key={name} className="tag">
              {topicNames[name][locale]}
            </li>
          ))}
        </ul>
        <nav className="lesson-actions" aria-label={t('shared.overview')}>
          <a className="button primary" href={deckHref(lesson.id, locale)}>
            {t('overview.present')}
          </a>
          <a className="button" href={hrefFor({ page: 'quiz', lessonId: lesson.id })}>
            {t('app.quiz')}
          </a>
          <ShareQuiz lesson={lesson} />
          <a className="button" href={hrefFor({ page: 'handouts', lessonId: lesson.id })}>
            {t('app.handouts')}
          </a>
        </nav>
      </header>

      <section aria-labelledby="content-note-title" className="content-note">
        <h2 id="content-note-title">{t('shared.contentNote')}</h2>
        <LessonText as="p" text={lesson.contentNote} />
      </section>

      <section aria-labelledby="objectives-title">
        <h2 id="objectives-title">{t('shared.objectives')}</h2>
        <ul>
          {lesson.objectives.map((objective, i) => (
            <LessonText key={i} as="li" text={objective} />
          ))}
        </ul>
        <h3>{t('shared.inochiEducation')}</h3>
        <LessonText as="p" text={lesson.inochiEducation} />
      </section>

      <section aria-labelledby="plan-title">
        <h2 id="plan-title">{t('shared.plan', { n: lesson.minutes })}</h2>
        <table className="plan">
          <thead>
            <tr>
              <th scope="col">{t('shared.planMinutes')}</th>
              <th scope="col">{t('shared.planActivity')}</th>
              <th scope="col">{t('shared.planSlides')}</th>
            </tr>
          </thead>
          <tbody>
            {lesson.plan.map((step, i) => (
              <tr key={i}>
                <td>{t('shared.minutes', { n: step.minutes })}</td>
                <LessonText as="td" text={step.activity} />
                <td>{step.slides ? deckSlideRange(step.slides) : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="preparation-title">
        <h2 id="preparation-title">{t('shared.preparation')}</h2>
        <ul>
          {lesson.preparation.map((item, i) => (
            <LessonText key={i} as="li" text={item} />
          ))}
        </ul>
      </section>

      <section aria-labelledby="disclosure-title" className="disclosure">
        <h2 id="disclosure-title">
          <LessonText text={disclosure.title} />
        </h2>
        <LessonText as="p" text={disclosure.intro} />
        <ol>
          {disclosure.steps.map((step, i) => (
            <LessonText key={i} as="li" text={step} />
          ))}
        </ol>
      </section>

      <section aria-labelledby="discussion-title">
        <h2 id="discussion-title">{t('shared.discussion')}</h2>
        <ul>
          {lesson.discussion.map((prompt, i) => (
            <LessonText key={i} as="li" text={prompt} />
          ))}
        </ul>
      </section>

      {lesson.likelyQuestions.length > 0 && (
        <section aria-labelledby="likely-title">
          <h2 id="likely-title">{t('shared.likelyQuestions')}</h2>
          <dl className="likely-questions">
            {lesson.likelyQuestions.map((item, i) => (
              <div key={i}>
                <LessonText as="dt" text={item.question} />
                <LessonText as="dd" text={item.answer} />
              </div>
            ))}
          </dl>
        </section>
      )}

      <section aria-labelledby="live-privacy-title">
        <h2 id="live-privacy-title">{t('live.privacyTitle')}</h2>
        <p>{t('live.privacyHow')}</p>
        <p>{t('live.privacyKeeps')}</p>
        <p>{t('live.privacyNever')}</p>
      </section>

      <ExportDownloads lesson={lesson} catalogue={catalogue} />

      <HelpList resources={helpResources} />
      <Bibliography factIds={[...new Set([...lesson.facts, ...disclosure.facts])]} catalogue={catalogue} />
    </article>
  );
}
