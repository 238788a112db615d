import library from 'virtual:lessons';
import { useDocumentLanguage } from '../i18n/locale';
import { translate } from '../i18n/messages';
import { loadSchoolSettings } from '../settings/school-settings';
import type { Locale } from '../content/types';
import { buildDeck } from './deck';

/** The deck page, plain for now: every slide in order with its notes. reveal.js is its own issue. */
export function PresentPage({ lessonId, locale }: { lessonId: string | null; locale: Locale }) {
  const lesson = library.lessons.find((candidate) => candidate.id === lessonId);
  const t = (key: Parameters<typeof translate>[1], values?: Record<string, string | number>) => translate(locale, key, values);
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
  const slides = buildDeck(lesson, library, locale, loadSchoolSettings());
  return (
    <main className="plain-deck">
      <p><a href={`./#/lessons/${encodeURIComponent(lesson.id)}?lang=${locale}`}>{t('backToLesson')}</a></p>
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
