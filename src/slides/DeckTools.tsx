import { useEffect, useState, type MouseEvent } from 'react';
import type { Locale } from '../content/types';
import { appHrefFromDeck, deckHref, speakerHref } from '../app/routes';
import { SPEAKER_WINDOW_NAME } from './speaker/protocol';
import type { Contrast } from './contrast';
import { deckPageFile, singleFileDeck } from './single-file';
import { translator, type MessageKeyOf } from '../i18n/translator';
import { shared } from '../i18n/messages/shared';
import { deck } from '../i18n/messages/deck';

const translate = translator({ shared, deck });
type MessageKey = MessageKeyOf<typeof translate>;

// A button keeps the focus after a click, and reveal.js would then see Space both as "next slide"
// and as a second click: hand the keyboard back to the deck.
function releaseFocus(event: MouseEvent<HTMLElement>) {
  event.currentTarget.blur();
}

/** The small bar in the corner of the deck: back to the lesson, print, contrast, speaker view. */
export function DeckTools({
  lessonId,
  locale,
  contrast,
  onContrast,
  onSpeakerView,
  slotRef,
}: {
  lessonId: string;
  locale: Locale;
  contrast: Contrast;
  onContrast: (contrast: Contrast) => void;
  onSpeakerView: () => void;
  /** Where another part of the deck (the live class) puts its own button. */
  slotRef?: (element: HTMLElement | null) => void;
}) {
  const t = (key: MessageKey) => translate(locale, key);
  return (
    <nav className="deck-tools" aria-label={t('deck.deckTools')}>
      {/* The single-file deck travels alone: there is no lesson page beside it to go back to. */}
      {!singleFileDeck() && (
        <a href={appHrefFromDeck({ page: 'overview', lessonId }, locale)}>← {t('shared.backToLesson')}</a>
      )}
      <a href={deckHref(lessonId, locale, { notes: false }, deckPageFile())}>{t('deck.printSlides')}</a>
      <button
        type="button"
        aria-pressed={contrast === 'high'}
        onClick={(event) => {
          onContrast(contrast === 'high' ? 'normal' : 'high');
          releaseFocus(event);
        }}
      >
        {t('deck.highContrast')}
      </button>
      <button
        type="button"
        onClick={(event) => {
          releaseFocus(event);
          onSpeakerView();
        }}
      >
        {t('deck.speakerView')}
      </button>
      {slotRef && <span className="deck-tools-slot" ref={slotRef} />}
    </nav>
  );
}

/**
 * Above the print view (not printed): print now; one slide a page, 2 or 4 to a sheet as a handout,
 * or with notes; or go back. `laidOut`: the slides have their final line breaks.
 */
export function PrintTools({
  lessonId,
  locale,
  notes,
  perSheet,
  laidOut,
}: {
  lessonId: string;
  locale: Locale;
  notes: boolean;
  perSheet: 1 | 2 | 4;
  laidOut: boolean;
}) {
  const t = (key: MessageKey) => translate(locale, key);
  // Every page must have its Japanese font before the print dialog takes a copy of the pages.
  const [fontsReady, setFontsReady] = useState(false);
  useEffect(() => {
    let live = true;
    document.fonts.ready.then(() => live && setFontsReady(true));
    return () => {
      live = false;
    };
  }, []);
  const layouts: [MessageKey, { notes: boolean; perSheet: 1 | 2 | 4 }][] = [
    ['deck.printOnePerPage', { notes: false, perSheet: 1 }],
    ['deck.printTwoPerSheet', { notes: false, perSheet: 2 }],
    ['deck.printFourPerSheet', { notes: false, perSheet: 4 }],
    ['deck.printWithNotes', { notes: true, perSheet: 1 }],
  ];
  const hint: MessageKey = notes
    ? 'deck.printHintNotes'
    : perSheet === 2
      ? 'deck.printHintTwo'
      : perSheet === 4
        ? 'deck.printHintFour'
        : 'deck.printHint';
  return (
    <nav className="deck-tools print-tools" aria-label={t('deck.deckTools')}>
      <button type="button" disabled={!fontsReady || !laidOut} onClick={() => window.print()}>
        {t('deck.printNow')}
      </button>
      <span className="print-layouts" role="group" aria-label={t('deck.printLayout')}>
        {layouts.map(([label, layout]) => {
          const current = layout.notes === notes && (notes || layout.perSheet === perSheet);
          return (
            <a
              key={label}
              href={deckHref(lessonId, locale, layout, deckPageFile())}
              aria-current={current ? 'page' : undefined}
            >
              {t(label)}
            </a>
          );
        })}
      </span>
      <a href={deckHref(lessonId, locale, undefined, deckPageFile())}>{t('deck.backToDeck')}</a>
      <p>{t(hint)}</p>
    </nav>
  );
}

/**
 * The browser's pop-up blocker refused the speaker window: say so in the deck's language, and offer
 * a link, which opens the same window (a click on a link is allowed where a key press was not).
 */
export function SpeakerBlockedNotice({
  lessonId,
  locale,
  onDone,
}: {
  lessonId: string;
  locale: Locale;
  onDone: () => void;
}) {
  const t = (key: MessageKey) => translate(locale, key);
  return (
    <div className="speaker-blocked" role="alert">
      <p>{t('deck.speakerBlocked')}</p>
      <p>
        <a
          href={speakerHref(lessonId, locale)}
          target={SPEAKER_WINDOW_NAME}
          onClick={(event) => {
            releaseFocus(event);
            onDone();
          }}
        >
          {t('deck.speakerBlockedLink')}
        </a>{' '}
        <button
          type="button"
          onClick={(event) => {
            releaseFocus(event);
            onDone();
          }}
        >
          {t('deck.speakerBlockedClose')}
        </button>
      </p>
    </div>
  );
}
