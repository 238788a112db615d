import { appHrefFromDeck } from '../app/routes';
import catalogue from 'virtual:lessons';
import { useMemo, type ComponentType } from 'react';
import { useDocumentLanguage } from '../ui/locale';
import { translate } from '../i18n/messages';
import { useLessonContent } from '../ui/lesson-content';
import { loadSchoolSettings } from '../ui/school-settings';
import type { LessonSummary, Locale } from '../content/types';
import { buildDeck, type DeckSlide } from '../export/deck';
import type { DeckView } from './deck-config';
import { LessonDeck, type DeckOverlayProps, type NotesPlugin } from './LessonDeck';

/** The deck page: the lesson's slides in one language as a reveal.js deck filling the screen. */
export function PresentPage({
  lessonId,
  locale,
  view,
  Overlay,
  notesPlugin,
}: {
  lessonId: string | null;
  locale: Locale;
  view: DeckView;
  Overlay?: ComponentType<DeckOverlayProps>;
  notesPlugin?: NotesPlugin;
}) {
  const lesson = catalogue.lessons.find((candidate) => candidate.id === lessonId);
  const t = (key: Parameters<typeof translate>[1], values?: Record<string, string | number>) =>
    translate(locale, key, values);
  useDocumentLanguage(
    locale,
    lesson ? `${lesson.title[locale].text} — ${t('app.presentTitle')}` : t('app.notFoundTitle'),
  );
  if (!lesson) {
    return (
      <main className="deck-message">
        <h1>{t('app.notFoundTitle')}</h1>
        <p>{t('app.lessonNotFound', { id: lessonId ?? '' })}</p>
        <p>
          <a href={appHrefFromDeck({ page: 'catalogue' })}>{t('app.navLessons')}</a>
        </p>
      </main>
    );
  }
  return <LoadedDeck lesson={lesson} locale={locale} view={view} Overlay={Overlay} notesPlugin={notesPlugin} />;
}

function LoadedDeck({
  lesson,
  locale,
  view,
  Overlay,
  notesPlugin,
}: {
  lesson: LessonSummary;
  locale: Locale;
  view: DeckView;
  Overlay?: ComponentType<DeckOverlayProps>;
  notesPlugin?: NotesPlugin;
}) {
  const content = useLessonContent(lesson.id);
  const slides = useMemo((): DeckSlide[] | undefined => {
    if (content.status !== 'ready') return undefined;
    // Lesson text and the deck's own words arrive broken into phrases (made when the kit was built).
    return buildDeck(lesson, content.content, catalogue, locale, loadSchoolSettings());
  }, [content, lesson, locale]);
  if (content.status === 'failed') {
    return (
      <main className="deck-message">
        <p role="alert">{translate(locale, 'app.loadFailed')}</p>
      </main>
    );
  }
  if (!slides)
    return (
      <p className="deck-loading" role="status">
        {translate(locale, 'app.loading')}
      </p>
    );
  const { quiz, check } = content.status === 'ready' ? content.content : { quiz: [], check: [] };
  return (
    <LessonDeck
      lessonId={lesson.id}
      slides={slides}
      locale={locale}
      view={view}
      quiz={quiz}
      check={check}
      Overlay={Overlay}
      notesPlugin={notesPlugin}
    />
  );
}
