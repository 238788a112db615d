// reveal.js settings for a lesson deck, chosen for a classroom projector and a clicker.
import type { RevealConfig } from 'reveal.js';

/** The slide size the theme is designed for: 16:9, and 1:1 on a 1280×720 projector. */
export const SLIDE_WIDTH = 1280;
export const SLIDE_HEIGHT = 720;

export const DECK_CONFIG: RevealConfig = {
  width: SLIDE_WIDTH,
  height: SLIDE_HEIGHT,
  margin: 0.04,
  minScale: 0.2,
  maxScale: 2,
  // The deck is the whole page: reveal.js takes the keyboard and touch for the document.
  embedded: false,
  // reveal.js owns the hash (#/3): a reload keeps the slide. Lesson and language stay in the query,
  // which the speaker view reloads with ?receiver.
  hash: true,
  respondToHashChanges: true,
  history: false,
  controls: true,
  controlsTutorial: false,
  progress: true,
  slideNumber: 'c/t',
  showSlideNumber: 'all',
  keyboard: true,
  touch: true,
  overview: true,
  jumpToSlide: true,
  help: true,
  center: true,
  transition: 'fade',
  transitionSpeed: 'fast',
  backgroundTransition: 'none',
  // Print: one page per slide, in its final state (every fragment shown): 22 pages, not 73.
  pdfSeparateFragments: false,
  pdfMaxPagesPerSlide: 1,
};

/** What the page's query asks for, besides the lesson and language. */
export interface DeckView {
  /** `?print-pdf`: reveal.js's print layout. */
  print: boolean;
  /** `?receiver`: a preview inside the speaker view. */
  receiver: boolean;
  /** `?showNotes=…` in the print view: notes are printed. */
  printNotes: boolean;
  /** `?per-sheet=2|4` in the print view: slides to a sheet of paper, as a handout (1 otherwise). */
  perSheet: 1 | 2 | 4;
}

export function deckView(search: string): DeckView {
  const query = new URLSearchParams(search);
  return {
    print: /print-pdf/i.test(search),
    receiver: query.has('receiver'),
    printNotes: query.has('showNotes') && query.get('showNotes') !== 'false',
    perSheet: query.get('per-sheet') === '2' ? 2 : query.get('per-sheet') === '4' ? 4 : 1,
  };
}
