import { appHrefFromDeck } from '../app/routes';
import { useEffect, useLayoutEffect, useMemo, useState, type ComponentType } from 'react';
import { useDocumentLanguage } from '../ui/locale';
import { lessonExists, useLesson } from '../ui/lesson-content';
import type { Locale } from '../content/types';
import { EMPTY_SETTINGS, type SchoolSettings } from '../content/school-contacts';
import { buildDeck, type DeckSlide } from '../export/deck';
import type { DeckView } from './deck-config';
import { DelayedLoading } from '../ui/DelayedLoading';
import { LessonDeck, type DeckOverlayProps, type NotesPlugin } from './LessonDeck';
import { translator } from '../i18n/translator';
import { shared } from '../i18n/messages/shared';
import { deck } from '../i18n/messages/deck';
import { removeFirstSlideCopy } from './first-slide/hand-over';

const translate = translator({ shared, deck });

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
  const t = (key: Parameters<typeof translate>[1], values?: Record<string, string | number>) =>
    translate(locale, key, values);
  if (!lessonId || !lessonExists(lessonId)) {
    return (
      <main className="deck-message">
        <NoFirstSlideCopy />
        <DocumentLanguage locale={locale} title={t('shared.notFoundTitle')} />
        <h1>{t('shared.notFoundTitle')}</h1>
        <p>{t('shared.lessonNotFound', { id: lessonId ?? '' })}</p>
        <p>
          <a href={appHrefFromDeck({ page: 'catalogue' })}>{t('shared.navLessons')}</a>
        </p>
      </main>
    );
  }
  return <LoadedDeck lessonId={lessonId} locale={locale} view={view} Overlay={Overlay} notesPlugin={notesPlugin} />;
}

/** The page shows a message, not the deck: the opening slide's copy must not stand over it. */
function NoFirstSlideCopy() {
  useLayoutEffect(removeFirstSlideCopy, []);
  return null;
}

function DocumentLanguage({ locale, title }: { locale: Locale; title: string }) {
  useDocumentLanguage(locale, title);
  return null;
}

function LoadedDeck({
  lessonId,
  locale,
  view,
  Overlay,
  notesPlugin,
}: {
  lessonId: string;
  locale: Locale;
  view: DeckView;
  Overlay?: ComponentType<DeckOverlayProps>;
  notesPlugin?: NotesPlugin;
}) {
  // The one lesson this deck shows, with the library its slides cite; nothing of other lessons.
  const loaded = useLesson(lessonId);
  const school = useSchoolSettings();
  const slides = useMemo((): DeckSlide[] | undefined => {
    if (loaded.status !== 'ready' || !school) return undefined;
    // Lesson text and the deck's own words arrive broken into phrases (made when the kit was built).
    return buildDeck(loaded.lesson, loaded.content, loaded.library, locale, school);
  }, [loaded, locale, school]);
  useDocumentLanguage(
    locale,
    loaded.status === 'ready'
      ? `${loaded.lesson.title[locale].text} — ${translate(locale, 'deck.presentTitle')}`
      : translate(locale, 'deck.presentTitle'),
  );
  if (loaded.status === 'failed') {
    return (
      <main className="deck-message">
        <NoFirstSlideCopy />
        <p role="alert">{translate(locale, 'shared.loadFailed')}</p>
      </main>
    );
  }
  if (!slides || loaded.status !== 'ready')
    return <DelayedLoading className="deck-loading" label={translate(locale, 'shared.loading')} />;
  const { quiz, check } = loaded.content;
  return (
    <LessonDeck
      lessonId={lessonId}
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

/**
 * The school's contacts for the closing slides, read while the lesson loads: their reader (which
 * checks them with zod) is not in the deck's first script. If it cannot load, the deck goes on
 * without them, as for a school that set none.
 */
function useSchoolSettings(): SchoolSettings | undefined {
  const [school, setSchool] = useState<SchoolSettings>();
  useEffect(() => {
    let current = true;
    import('../ui/school-settings').then(
      ({ loadSchoolSettings }) => current && setSchool(loadSchoolSettings()),
      () => current && setSchool(EMPTY_SETTINGS),
    );
    return () => {
      current = false;
    };
  }, []);
  return school;
}
