// The opening slide's copy (src/slides/first-slide/page-script.ts) is laid out before reveal.js
// runs, from the layout the build writes into the page. Build code may not import the deck's
// settings (tests/unit/architecture.test.ts), so the plugin keeps its own copy of them: it must
// match, or the copy would jump at hand-over.
import { describe, expect, it } from 'vitest';
import { FIRST_SLIDE_LAYOUT } from '../../src/build/first-slide-plugin';
import { DECK_CONFIG } from '../../src/slides/deck-config';

describe('the first slide copy’s layout', () => {
  it('is reveal.js’s: the deck’s slide size, margin and scale limits', () => {
    const { width, height, margin, minScale, maxScale } = DECK_CONFIG;
    expect(FIRST_SLIDE_LAYOUT).toEqual({ width, height, margin, minScale, maxScale });
  });
});
