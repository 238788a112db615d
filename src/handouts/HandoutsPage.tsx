import type { LessonCatalogue, LessonSummary } from '../content/types';
import { hrefFor } from '../app/router';
import { useLocale } from '../i18n/locale';
import { HelpList } from '../lesson/HelpList';
import { Rich } from '../lesson/Rich';

/** The handout points as a readable, printable page; the PDF documents are their own issue. */
export function HandoutsPage({ lesson, catalogue }: { lesson: LessonSummary; catalogue: LessonCatalogue }) {
  const { t } = useLocale();
  const helpResources = (catalogue.help.jp ?? []).filter((resource) => lesson.help.jp.includes(resource.id));
  return (
    <article aria-labelledby="handouts-title">
      <p className="no-print"><a href={hrefFor({ page: 'overview', lessonId: lesson.id })}>{t('backToLesson')}</a></p>
      <h1 id="handouts-title">{t('handouts')}: <Rich text={lesson.title} /></h1>
      <p className="no-print">{t('handoutsIntro')}</p>
      <section aria-labelledby="student-title">
        <h2 id="student-title">{t('handoutStudent')}</h2>
        <ul>{lesson.handout.student.map((point, i) => <Rich key={i} as="li" text={point} />)}</ul>
      </section>
      <section aria-labelledby="guardian-title">
        <h2 id="guardian-title">{t('handoutGuardian')}</h2>
        <ul>{lesson.handout.guardian.map((point, i) => <Rich key={i} as="li" text={point} />)}</ul>
      </section>
      <HelpList resources={helpResources} />
      <p className="no-print"><button type="button" className="button" onClick={() => window.print()}>{t('print')}</button></p>
    </article>
  );
}
