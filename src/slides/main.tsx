import './prefetch-first-slide';
import '@fontsource/biz-udpgothic/400.css';
import '@fontsource/biz-udpgothic/700.css';
import 'reveal.js/reveal.css';
import './theme.css';
import { StrictMode, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { resolveLocale } from '../ui/locale';
import { deckView } from './deck-config';
import { framedByAnotherOrigin, guardDeckPage } from './deck-guard';
import { PageErrorBoundary } from '../ui/PageErrorBoundary';
import type { DeckOverlayProps, NotesPlugin } from './LessonDeck';
import { PresentPage } from './PresentPage';
import { firstSlideCopyDrawn, removeFirstSlideCopy } from './first-slide/hand-over';
import { deckParams } from './single-file';
import { translator } from '../i18n/translator';
import { deck } from '../i18n/messages/deck';

const translate = translator({ deck });

/**
 * Renders the deck page. The lesson and language live in the query, not the hash: reveal.js owns
 * the hash here, and its speaker view reloads this same address with ?receiver added. `Overlay` is
 * the live class, handed in by the page's entry (src/app/present.tsx) so the deck does not depend on it.
 * `notesPlugin`: the portable pages' speaker view (see LessonDeck).
 */
export function renderDeckPage(
  Overlay?: ComponentType<DeckOverlayProps>,
  { notesPlugin }: { notesPlugin?: NotesPlugin } = {},
): void {
  guardDeckPage();
  const query = deckParams(window.location.search);
  const locale = resolveLocale(query.get('lang'));
  // A page that fails shows its error, not the opening slide's copy over it.
  const failed = (error: unknown) => {
    removeFirstSlideCopy();
    console.error(error);
  };
  const page = (
    <StrictMode>
      {framedByAnotherOrigin() ? (
        <p className="framed-elsewhere" role="alert">
          {translate(locale, 'deck.framedElsewhere')}
        </p>
      ) : (
        <PageErrorBoundary locale={locale}>
          <PresentPage
            lessonId={query.get('lesson')}
            locale={locale}
            view={deckView(window.location.search)}
            Overlay={Overlay}
            notesPlugin={notesPlugin}
          />
        </PageErrorBoundary>
      )}
    </StrictMode>
  );
  const root = createRoot(document.getElementById('root')!, { onCaughtError: failed, onUncaughtError: failed });
  // The opening slide's copy (first-slide/page-script.ts) is drawn first: the deck's first render,
  // a long task, waits for that frame.
  void firstSlideCopyDrawn().then(() => root.render(page));
}
