// The deck's opening slide paints from present.html itself, before any module script has run: the
// page's first script (src/slides/first-slide/page-script.ts) shows a copy of it, in its font, and
// the deck takes over once reveal.js is ready, in the same place, with no frame showing neither.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, textWithoutRuby, useChromium } from '../support/browser';
import { deckAddress } from '../support/deck';
import { shippedLessons } from '../support/shipped-lessons';

const kitUrl = inject('kitUrl');
const browser = useChromium();
const lessons = shippedLessons();
const [{ id, title }] = lessons;
const PROJECTOR = { width: 1280, height: 720 };
const COPY = '#first-slide-copy';

/** Records whether the copy was ever put in, and, from the first frame, whether the copy, the deck's first slide, both or neither showed. */
const FRAME_RECORDER = `(() => {
  const frames = (window.__frames = []);
  window.__copySeen = false;
  new MutationObserver(() => {
    if (document.getElementById('first-slide-copy')) window.__copySeen = true;
  }).observe(document, { childList: true, subtree: true });
  const frame = () => {
    const copy = document.getElementById('first-slide-copy');
    const copyShown = Boolean(copy) && copy.dataset.fonts === 'ready';
    const slide = document.querySelector('.deck-page[data-fonts="ready"] .lesson-deck .slides > section.present');
    const deckShown = Boolean(slide) && getComputedStyle(slide).visibility !== 'hidden' && slide.getBoundingClientRect().height > 0;
    frames.push(copyShown ? (deckShown ? 'both' : 'copy') : deckShown ? 'deck' : 'none');
    if (frames.length < 5000) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})();`;

interface Box {
  tag: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where each block of a slide's text stands on screen. */
function boxes(page: Page, slide: string): Promise<Box[]> {
  return page.locator(slide).evaluate((section) =>
    [...section.querySelectorAll('.slide-body :is(h1, h2, p, li)')].map((element) => {
      const { x, y, width, height } = element.getBoundingClientRect();
      return { tag: element.tagName, x, y, width, height };
    }),
  );
}

/** Whether the faces of the kit's font that the element's text needs are all loaded. */
function inItsFont(page: Page, selector: string, weight: 400 | 700): Promise<boolean> {
  return page
    .locator(selector)
    .first()
    .evaluate((element, weight) => {
      const family = getComputedStyle(element).fontFamily;
      const faces = [...document.fonts].filter((face) => face.family.replace(/["']/g, '') === 'BIZ UDPGothic');
      return (
        family.startsWith('"BIZ UDPGothic"') &&
        faces.some((face) => face.status === 'loaded') &&
        document.fonts.check(`${weight} 34px "BIZ UDPGothic"`, element.textContent ?? '')
      );
    }, weight);
}

describe('the opening slide before the deck’s scripts', () => {
  it.each(['ja', 'en'] as const)(
    'is painted from the page in its font (%s) with every module script refused',
    async (locale) => {
      const { page, context } = await openPage(browser(), kitUrl, { viewport: PROJECTOR });
      await page.route('**/assets/*.js', (route) => route.abort());
      await page.goto(deckAddress(kitUrl, id, locale));
      await page.locator(`${COPY}[data-fonts="ready"]`).waitFor({ state: 'attached' });
      const heading = page.locator(`${COPY} .reveal .slides > section.present h1`);
      expect(await heading.isVisible()).toBe(true);
      expect(await heading.evaluate(textWithoutRuby)).toBe(title[locale]);
      expect(await inItsFont(page, `${COPY} h1`, 700)).toBe(true);
      expect(await inItsFont(page, `${COPY} p`, 400)).toBe(true);
      // No module ran: the deck's root is empty, and the copy speaks its language.
      expect(await page.evaluate(() => document.getElementById('root')!.childElementCount)).toBe(0);
      expect(await page.locator(COPY).getAttribute('lang')).toBe(locale);
      // Scaled as reveal.js scales a 1280×720 slide: 96% of the window, centred.
      const slides = await page.locator(`${COPY} .slides`).boundingBox();
      expect(slides!.width).toBeCloseTo(1280 * 0.96, 0);
      expect(slides!.x).toBeCloseTo((1280 - 1280 * 0.96) / 2, 0);
      await context.close();
    },
  );

  it('is in the stored high contrast', async () => {
    const { page, context } = await openPage(browser(), kitUrl, { viewport: PROJECTOR });
    await context.addInitScript(() => localStorage.setItem('mamoru.deck-contrast', 'high'));
    await page.route('**/assets/*.js', (route) => route.abort());
    await page.goto(deckAddress(kitUrl, id, 'ja'));
    await page.locator(`${COPY}[data-fonts="ready"]`).waitFor({ state: 'attached' });
    expect(await page.locator(COPY).getAttribute('data-contrast')).toBe('high');
    expect(await page.locator(COPY).evaluate((element) => getComputedStyle(element).backgroundColor)).toBe(
      'rgb(0, 0, 0)',
    );
    expect(await page.locator(`${COPY} h1`).evaluate((element) => getComputedStyle(element).color)).toBe(
      'rgb(255, 225, 77)',
    );
    await context.close();
  });

  it('hands over to the deck in the same place, with no frame showing neither, and leaves one first slide', async () => {
    const { page, context, consoleErrors } = await openPage(browser(), kitUrl, { viewport: PROJECTOR });
    await context.addInitScript(FRAME_RECORDER);
    // The deck's entry waits until the copy has been measured.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/assets/present-*.js', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(deckAddress(kitUrl, id, 'ja'), { waitUntil: 'commit' });
    await page.locator(`${COPY}[data-fonts="ready"]`).waitFor({ state: 'attached' });
    const copyBoxes = await boxes(page, `${COPY} section.present`);
    const copyMarkup = await page.locator(`${COPY} .slide-body`).innerHTML();
    release();
    await page.locator('.reveal.ready').waitFor({ state: 'attached' });
    await page.locator('.deck-page[data-fonts="ready"]').waitFor({ state: 'attached' });
    // Gone as soon as reveal.js is ready: whatever waits for the deck meets one first slide.
    expect(await page.locator(COPY).count()).toBe(0);
    expect(await page.locator('.reveal .slides > section.present').count()).toBe(1);
    const deckSlide = '.lesson-deck .slides > section.present';
    expect(await page.locator(`${deckSlide} .slide-body`).innerHTML()).toBe(copyMarkup);
    const deckBoxes = await boxes(page, deckSlide);
    expect(deckBoxes.length).toBeGreaterThan(2);
    expect(deckBoxes.map((box) => box.tag)).toEqual(copyBoxes.map((box) => box.tag));
    deckBoxes.forEach((box, index) => {
      for (const side of ['x', 'y', 'width', 'height'] as const)
        expect(Math.abs(box[side] - copyBoxes[index][side]), `${box.tag} ${side}`).toBeLessThan(1);
    });
    // Screen readers meet one opening slide: its heading once in the page's accessibility tree.
    const tree = await page.locator('html').ariaSnapshot();
    expect(tree.match(/- heading .*\[level=1\]/g)).toHaveLength(1);
    // The recorder saw the copy (the cases without one below rely on it).
    expect(await page.evaluate(() => (window as unknown as { __copySeen: boolean }).__copySeen)).toBe(true);
    const frames = await page.evaluate(() => (window as unknown as { __frames: string[] }).__frames);
    const shown = frames.slice(frames.findIndex((frame) => frame !== 'none'));
    expect(shown[0]).toBe('copy');
    expect(shown).not.toContain('none');
    expect(shown.at(-1)).toBe('deck');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});

describe('no copy where the deck does not open on the opening slide as it is', () => {
  it.each([
    ['a later slide in the address', deckAddress(kitUrl, id, 'ja', '#/3')],
    ['the speaker view’s preview', deckAddress(kitUrl, id, 'ja', '&receiver')],
    ['the print view', deckAddress(kitUrl, id, 'ja', '&print-pdf')],
    ['no language in the address', `${kitUrl}present.html?lesson=${id}`],
    ['a lesson the kit does not have', deckAddress(kitUrl, 'no-such-lesson', 'ja')],
  ])('%s', async (_name, url) => {
    const { page, context } = await openPage(browser(), kitUrl, { viewport: PROJECTOR });
    await context.addInitScript(FRAME_RECORDER);
    await page.goto(url);
    await page.waitForFunction(() => (document.getElementById('root')?.childElementCount ?? 0) > 0);
    expect(await page.evaluate(() => (window as unknown as { __copySeen: boolean }).__copySeen)).toBe(false);
    await context.close();
  });

  it('goes when the lesson cannot load, so the page’s message shows', async () => {
    const { page, context } = await openPage(browser(), kitUrl, { viewport: PROJECTOR });
    await page.route(new RegExp(`/assets/${id}-[\\w-]+\\.js$`), (route) => route.abort());
    await page.goto(deckAddress(kitUrl, id, 'ja'));
    await page.locator('.deck-message [role="alert"]').waitFor();
    expect(await page.locator(COPY).count()).toBe(0);
    expect(await page.locator('.deck-message [role="alert"]').isVisible()).toBe(true);
    await context.close();
  });
});
