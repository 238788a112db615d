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
    await page.locator('.deck-page[data-fonts="ready"]').waitFor({ state: 'attached' });
    const total = lesson.decks[locale].length + 2;
    for (let index = 0; index < total; index += 1) {
      // Go to the slide and show all of its fragments: the slide's fullest state.
      await page.evaluate((n) => (location.hash = `#/${n}/0/999`), index);
      await page.waitForFunction(
        (n) => document.querySelectorAll('.reveal .slides > section')[n]?.classList.contains('present'),
        index,
      );
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const size = await page.evaluate(() => {
        const slide = document.querySelector<HTMLElement>('.reveal .slides > section.present')!;
        const hidden = slide.querySelectorAll('.fragment:not(.visible)').length;
        return {
          height: slide.scrollHeight,
          width: slide.scrollWidth,
          hidden,
          title: slide.querySelector('h1, h2')?.textContent ?? '',
        };
      });
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
