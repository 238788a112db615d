// The deck page's address carries the lesson and language in its query (reveal.js owns the hash),
// and the print view and speaker previews add to it.
import { describe, expect, it } from 'vitest';
import { deckHref } from '../../src/app/routes';
import { deckView } from '../../src/slides/deck-config';
import { deckQuery } from '../../src/slides/deck-guard';

describe('the deck page’s address', () => {
  it('names the lesson and language, and the print view with or without notes', () => {
    expect(deckHref('if-it-happens', 'ja')).toBe('present.html?lesson=if-it-happens&lang=ja');
    expect(deckHref('if-it-happens', 'en', { notes: false })).toBe(
      'present.html?lesson=if-it-happens&lang=en&print-pdf',
    );
    expect(deckHref('if-it-happens', 'en', { notes: true })).toBe(
      'present.html?lesson=if-it-happens&lang=en&print-pdf&showNotes=separate-page',
    );
    expect(deckHref('if-it-happens', 'ja', { notes: false, perSheet: 4 })).toBe(
      'present.html?lesson=if-it-happens&lang=ja&print-pdf&per-sheet=4',
    );
    expect(deckHref('if-it-happens', 'ja', { notes: false, perSheet: 1 })).toBe(
      'present.html?lesson=if-it-happens&lang=ja&print-pdf',
    );
  });

  it('tells the print view, the speaker view’s previews and printed notes apart', () => {
    expect(deckView('?lesson=a&lang=ja')).toEqual({ print: false, receiver: false, printNotes: false, perSheet: 1 });
    expect(deckView('?lesson=a&lang=ja&print-pdf&showNotes=separate-page')).toEqual({
      print: true,
      receiver: false,
      printNotes: true,
      perSheet: 1,
    });
    expect(deckView('?lesson=a&lang=ja&receiver&progress=false')).toEqual({
      print: false,
      receiver: true,
      printNotes: false,
      perSheet: 1,
    });
  });

  it('prints 2 or 4 slides to a sheet when asked, and one a page for anything else', () => {
    expect(deckView('?lesson=a&lang=ja&print-pdf&per-sheet=2').perSheet).toBe(2);
    expect(deckView('?lesson=a&lang=ja&print-pdf&per-sheet=4').perSheet).toBe(4);
    for (const wrong of ['3', '0', '-2', '2.5', 'four', ''])
      expect(deckView(`?lesson=a&lang=ja&print-pdf&per-sheet=${wrong}`).perSheet, wrong).toBe(1);
  });
});

describe('the deck page’s guard of its address', () => {
  it('keeps the handout layout in the print view only', () => {
    expect(deckQuery('?lesson=a&lang=ja&print-pdf&per-sheet=4')).toBe('?lesson=a&lang=ja&print-pdf&per-sheet=4');
    expect(deckQuery('?lesson=a&lang=ja&per-sheet=4')).toBe('?lesson=a&lang=ja');
  });
});
