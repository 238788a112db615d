import catalogue from 'virtual:lessons';
import { useDocumentLanguage } from '../i18n/locale';
import { translate } from '../i18n/messages';
import { useLessonContent } from '../lesson/lesson-content';
import { loadSchoolSettings } from '../settings/school-settings';
import type { LessonSummary, Locale } from '../content/types';
import { buildDeck } from './deck';

type Translate = (key: Parameters<typeof translate>[1], values?: Record<string, string | number>) => string;

/** The deck page, plain for now: every slide in order with its notes. reveal.js is its own issue. */
export function PresentPage({ lessonId, locale }: { lessonId: string | null; locale: Locale }) {
  const lesson = catalogue.lessons.find((candidate) => candidate.id === lessonId);
  const t: Translate = (key, values) => translate(locale, key, values);
  useDocumentLanguage(locale, lesson ? `${lesson.title[locale].text} — ${t('presentTitle')}` : t('notFoundTitle'));
  if (!lesson) {
    return (
      <main className="deck-missing">
        <h1>{t('notFoundTitle')}</h1>
        <p>{t('lessonNotFound', { id: lessonId ?? '' })}</p>
        <p><a href="./#/">{t('navLessons')}</a></p>
      </main>
    );
  }
  return <PlainDeck lesson={lesson} locale={locale} t={t} />;
}

function PlainDeck({ lesson, locale, t }: { lesson: LessonSummary; locale: Locale; t: Translate }) {
  const content = useLessonContent(lesson.id);
  const slides = content.status === 'ready' ? buildDeck(lesson, content.content, catalogue, locale, loadSchoolSettings()) : [];
  return (
    <main className="plain-deck">
      <p><a href={`./#/lessons/${encodeURIComponent(lesson.id)}?lang=${locale}`}>{t('backToLesson')}</a></p>
      {content.status === 'loading' && <p role="status">{t('loading')}</p>}
      {content.status === 'failed' && <p role="alert">{t('loadFailed')}</p>}
      {slides.map((slide, index) => (
        <section key={index} className={`plain-slide ${slide.kind}`} aria-label={t('slideOf', { n: index + 1, total: slides.length })}>
          <div className="slide-body" dangerouslySetInnerHTML={{ __html: slide.html }} />
          {slide.notesHtml && (
            <aside className="notes" aria-label={t('notes')}>
              <div dangerouslySetInnerHTML={{ __html: slide.notesHtml }} />
            </aside>
          )}
        </section>
      ))}
    </main>
  );
}
