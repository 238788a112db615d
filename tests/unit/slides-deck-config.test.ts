// The deck page's address carries the lesson and language in its query (reveal.js owns the hash),
// and the print view and speaker previews add to it.
import { describe, expect, it } from 'vitest';
import { deckHref } from '../../src/app/routes';
import { deckView } from '../../src/slides/deck-config';

describe('the deck page’s address', () => {
  it('names the lesson and language, and the print view with or without notes', () => {
    expect(deckHref('if-it-happens', 'ja')).toBe('present.html?lesson=if-it-happens&lang=ja');
    expect(deckHref('if-it-happens', 'en', { notes: false })).toBe(
      'present.html?lesson=if-it-happens&lang=en&print-pdf',
    );
    expect(deckHref('if-it-happens', 'en', { notes: true })).toBe(
      'present.html?lesson=if-it-happens&lang=en&print-pdf&showNotes=separate-page',
    );
  });

  it('tells the print view, the speaker view’s previews and printed notes apart', () => {
    expect(deckView('?lesson=a&lang=ja')).toEqual({ print: false, receiver: false, printNotes: false });
    expect(deckView('?lesson=a&lang=ja&print-pdf&showNotes=separate-page')).toEqual({
      print: true,
      receiver: false,
      printNotes: true,
    });
    expect(deckView('?lesson=a&lang=ja&receiver&progress=false')).toEqual({
      print: false,
      receiver: true,
      printNotes: false,
    });
  });
});
