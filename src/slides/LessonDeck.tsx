import type { RevealApi, RevealPluginFactory } from 'reveal.js';
import {
  Suspense,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ComponentType,
} from 'react';
import { flushSync } from 'react-dom';
import type { Locale, Question } from '../content/types';
import type { DeckSlide } from '../export/deck';
import { DECK_CONFIG, type DeckView } from './deck-config';
import { DeckTools, PrintTools, SpeakerBlockedNotice } from './DeckTools';
import { firstSlideFontsLoaded } from './first-slide-fonts';
import { firstSlideCopyShown, removeFirstSlideCopy } from './first-slide/hand-over';
import { useContrast } from './contrast';
import { usePointerActivity } from './pointer-activity';
import { addSchoolPhraseBreaks } from './school-phrases';
import { useSpeakerLink } from './speaker/speaker-link';
import { useSpeakerViewFonts } from './speaker-view-fonts';
import { speakDeckLanguage } from './reveal-ui-language';
import type { PerSheet } from './print-sheets';
import { RevealDeck } from './RevealDeck';
import { translator } from '../i18n/translator';
import { deck } from '../i18n/messages/deck';

const translate = translator({ deck });

// RevealDeck creates the deck once per page, even under StrictMode's double mount, and destroys it
// (and its key handlers) when the page goes. Plugins are registered once, at creation: none, since
// the speaker view is a page of the kit (src/slides/speaker/), not reveal.js's notes plugin.
const PLUGINS: [] = [];

/**
 * reveal.js's notes plugin, which the portable pages (npm run portable, opened from disk) use as
 * their speaker view instead: on file:// the kit's speaker page cannot reach the deck window.
 */
export type NotesPlugin = RevealPluginFactory;

/**
 * What the deck offers a live class (src/live, handed in by the page's entry in src/app): the deck
 * once it is ready, the lesson's questions, and a place for its start button in the deck tools.
 */
export interface DeckOverlayProps {
  lessonId: string;
  locale: Locale;
  deck: RevealApi;
  quiz: Question[];
  check: string[];
  toolsSlot: HTMLElement | null;
}

/**
 * A lesson's deck as reveal.js: shown once its first slide's font has loaded, with the corner
 * tools (or, in the print view, the print tools; in the speaker view's previews, none). S opens
 * the speaker view.
 */
export function LessonDeck({
  lessonId,
  slides,
  locale,
  view,
  quiz = [],
  check = [],
  Overlay,
  notesPlugin,
}: {
  lessonId: string;
  slides: DeckSlide[];
  locale: Locale;
  view: DeckView;
  quiz?: Question[];
  check?: string[];
  Overlay?: ComponentType<DeckOverlayProps>;
  notesPlugin?: NotesPlugin;
}) {
  const deckRef = useRef<RevealApi | null>(null);
  const [readyDeck, setReadyDeck] = useState<RevealApi | null>(null);
  const [fontsReady, setFontsReady] = useState(false);
  const [contrast, setContrast] = useContrast();
  const [toolsSlot, setToolsSlot] = useState<HTMLElement | null>(null);
  const pointerActive = usePointerActivity();
  // The deck window only: its previews inside the speaker view neither open one nor need the words.
  const kitSpeakerView = useSpeakerLink(
    view.receiver || view.print || notesPlugin ? null : readyDeck,
    lessonId,
    locale,
    translate(locale, 'deck.speakerView'),
  );
  useSpeakerViewFonts(Boolean(notesPlugin));
  const openSpeakerView = notesPlugin
    ? () => (readyDeck?.getPlugin('notes') as { open?: () => void } | undefined)?.open?.()
    : kitSpeakerView.open;
  useEffect(() => (readyDeck ? speakDeckLanguage(readyDeck, locale) : undefined), [readyDeck, locale]);
  // Slides as a handout: 2 or 4 to a sheet of paper (without notes: those print one slide a page).
  const perSheet = view.print && !view.printNotes && view.perSheet > 1 ? (view.perSheet as PerSheet) : undefined;
  // Its code loads only in the print view.
  useEffect(() => {
    if (!readyDeck || !perSheet) return;
    let undo: (() => void) | undefined;
    let current = true;
    void import('./print-sheets').then(({ printOnSheets }) => {
      if (current) undo = printOnSheets(readyDeck, perSheet);
    });
    return () => {
      current = false;
      undo?.();
    };
  }, [readyDeck, perSheet]);

  useEffect(() => {
    let live = true;
    // The slide shown first: the opening one, or the one in the address after a reload (#/5).
    const first = slides[Number(/^#\/(\d+)/.exec(window.location.hash)?.[1] ?? 0)] ?? slides[0];
    firstSlideFontsLoaded(first.html).then(() => live && setFontsReady(true));
    return () => {
      live = false;
    };
  }, [slides]);
  useEffect(() => {
    if (fontsReady) deckRef.current?.layout();
  }, [fontsReady]);
  // Hand-over from the opening slide's copy (first-slide/page-script.ts), at once when reveal.js is
  // ready: tests and scripts that wait for .reveal.ready never meet two first slides. If the copy
  // is on screen its faces are loaded, so the deck shows in the same commit: no frame shows neither.
  const deckReady = useCallback((deck: RevealApi) => {
    flushSync(() => {
      if (firstSlideCopyShown()) setFontsReady(true);
      setReadyDeck(deck);
    });
  }, []);
  useLayoutEffect(() => {
    if (!readyDeck) return;
    if (fontsReady) readyDeck.layout();
    removeFirstSlideCopy();
  }, [readyDeck, fontsReady]);
  // The school's own contacts are typed in this browser: the one text broken into phrases here.
  useEffect(() => {
    const slides = readyDeck?.getRevealElement();
    if (slides && locale === 'ja') void addSchoolPhraseBreaks(slides).then((added) => added && readyDeck?.layout());
  }, [readyDeck, locale]);

  // The slides never re-render after the deck is made: reveal.js owns their classes from then on.
  const deck = useMemo(
    () => (
      <RevealDeck
        config={DECK_CONFIG}
        plugins={notesPlugin ? [notesPlugin] : PLUGINS}
        deckRef={deckRef}
        onReady={deckReady}
        className="lesson-deck"
      >
        {slides.map((slide, index) => (
          <section key={index} className={`deck-slide ${slide.kind}`}>
            <div className="slide-body" dangerouslySetInnerHTML={{ __html: slide.html }} />
            {slide.notesHtml && <aside className="notes" dangerouslySetInnerHTML={{ __html: slide.notesHtml }} />}
          </section>
        ))}
      </RevealDeck>
    ),
    [slides, notesPlugin, deckReady],
  );

  return (
    <div
      className="deck-page"
      // Paper is always in the normal colours: high contrast would print black pages or white text.
      data-contrast={view.print ? 'normal' : contrast}
      data-fonts={fontsReady ? 'ready' : 'loading'}
      data-pointer={pointerActive ? 'active' : 'idle'}
    >
      {deck}
      {!view.receiver &&
        (view.print ? (
          <PrintTools
            lessonId={lessonId}
            locale={locale}
            notes={view.printNotes}
            perSheet={view.printNotes ? 1 : view.perSheet}
            laidOut={fontsReady}
          />
        ) : (
          <DeckTools
            lessonId={lessonId}
            locale={locale}
            contrast={contrast}
            onContrast={setContrast}
            onSpeakerView={openSpeakerView}
            slotRef={setToolsSlot}
          />
        ))}
      {kitSpeakerView.blocked && (
        <SpeakerBlockedNotice lessonId={lessonId} locale={locale} onDone={kitSpeakerView.dismissBlocked} />
      )}
      {Overlay && !view.receiver && !view.print && readyDeck && (
        // The overlay may be loaded lazily (the live class is, by the deck page's entry).
        <Suspense fallback={null}>
          <Overlay
            lessonId={lessonId}
            locale={locale}
            deck={readyDeck}
            quiz={quiz}
            check={check}
            toolsSlot={toolsSlot}
          />
        </Suspense>
      )}
    </div>
  );
}
