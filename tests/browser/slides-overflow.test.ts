// Nothing a teacher projects spills off its slide: every slide of every lesson, in both languages,
// fits the 16:9 slide at 1280×720 with all its fragments shown, or the test names the slide.
import { describe, expect, inject, it } from 'vitest';
import { LOCALES } from '../../src/content/types';
import { SLIDE_HEIGHT, SLIDE_WIDTH } from '../../src/slides/deck-config';
import { useChromium, openPage } from '../support/browser';
import { shippedLessons } from '../support/shipped-lessons';

const kitUrl = inject('kitUrl');
const lessons = shippedLessons();
const browser = useChromium();

describe('the overflow walk', () => {
  // One test per lesson and language, so that a loaded machine does not push one long walk past its time.
  const cases = LOCALES.flatMap((locale) => lessons.map(({ id, lesson }) => [id, locale, lesson] as const));
  it.each(cases)('every slide of %s fits at 1280×720 (%s)', async (id, locale, lesson) => {
    const { page, context } = await openPage(browser(), kitUrl, { viewport: { width: 1280, height: 720 } });
    const spills: string[] = [];
    let walked = 0;
    await page.goto(`${kitUrl}present.html?lesson=${id}&lang=${locale}`, { waitUntil: 'networkidle' });
    await page.locator('.deck-page[data-fonts="ready"]:not([data-phrases="pending"])').waitFor({ state: 'attached' });
    const total = lesson.decks[locale].length + 2;
    // The walk runs inside the page, one slide per frame: four DevTools round trips a slide cost
    // most of this file's time on a busy machine.
    const slides = await page.evaluate(async (count) => {
      const sections = () => document.querySelectorAll<HTMLElement>('.reveal .slides > section');
      const measured: {
        index: number;
        shown: boolean;
        height: number;
        width: number;
        hidden: number;
        title: string;
      }[] = [];
      for (let index = 0; index < count; index += 1) {
        // Go to the slide and show all of its fragments: the slide's fullest state.
        location.hash = `#/${index}/0/999`;
        const until = performance.now() + 30_000;
        do await new Promise((resolve) => requestAnimationFrame(resolve));
        while (!sections()[index]?.classList.contains('present') && performance.now() < until);
        const slide = sections()[index];
        // Laying the slide out starts loading any font subset its text needs: measure once loaded.
        void slide?.scrollHeight;
        await document.fonts.ready;
        measured.push({
          index,
          shown: slide?.classList.contains('present') ?? false,
          height: slide?.scrollHeight ?? 0,
          width: slide?.scrollWidth ?? 0,
          hidden: slide?.querySelectorAll('.fragment:not(.visible)').length ?? 0,
          title: slide?.querySelector('h1, h2')?.textContent ?? '',
        });
      }
      return measured;
    }, total);
    for (const size of slides) {
      const index = size.index;
      expect(size.shown, `${id} (${locale}) slide ${index + 1}: shown after going to it`).toBe(true);
      // A slide that is not laid out (display: none) measures 0 and would pass unseen.
      expect(size.height, `${id} (${locale}) slide ${index + 1}: laid out`).toBeGreaterThan(0);
      walked += 1;
      expect(size.hidden, `${id} (${locale}) slide ${index + 1}: all fragments shown`).toBe(0);
      if (size.height > SLIDE_HEIGHT || size.width > SLIDE_WIDTH) {
        spills.push(
          `${id} (${locale}) slide ${index + 1} "${size.title}" is ${size.width}×${size.height}px, more than ${SLIDE_WIDTH}×${SLIDE_HEIGHT}`,
        );
      }
    }
    expect(walked).toBe(lesson.decks[locale].length + 2);
    expect(spills).toEqual([]);
    await context.close();
  });
});
