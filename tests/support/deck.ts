// Moving a built deck (present.html) from a test, through reveal.js's own API rather than the
// address. A test that sets `location.hash` races reveal.js, which rewrites the hash at most once a
// second (history.replaceState): a rewrite for the previous slide that lands between the test's
// new hash and its hashchange event keeps the deck where it was. Walking faster than once a second
// lost a slide that way on a loaded machine (commit 7cd33e4).
import type { Page } from 'playwright-core';
import { axeViolations } from './browser';

/** A deck page's address. */
export function deckAddress(kitUrl: string, lesson: string, locale: string, extra = ''): string {
  return `${kitUrl}present.html?lesson=${lesson}&lang=${locale}${extra}`;
}

/**
 * Opens a deck and waits until reveal.js is ready and the first slide's font has loaded. Waits for
 * the deck itself, not for the network to go quiet (which costs half a second a page at best); the
 * page stays watched for foreign requests and errors until its context closes.
 */
export async function openDeck(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('.reveal.ready').waitFor({ state: 'attached' });
  await page.locator('.deck-page[data-fonts="ready"]').waitFor({ state: 'attached' });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/** What the walk saw of one slide, in its fullest state (every fragment shown). */
export interface WalkedSlide {
  /** 0-based. */
  index: number;
  /** Whether reveal.js made it the present slide. */
  shown: boolean;
  height: number;
  width: number;
  /** Fragments still hidden. */
  hidden: number;
  title: string;
}

/**
 * Shows each slide of the deck in turn, all its fragments too, inside the page (one DevTools round
 * trip for the whole deck instead of four a slide), and measures it once the fonts its text needs
 * have loaded. A slide that did not come up within `slideTimeout` ms is reported `shown: false`.
 */
export function walkSlides(page: Page, options: { slideTimeout?: number } = {}): Promise<WalkedSlide[]> {
  return page.evaluate(async (slideTimeout) => {
    const sections = [...document.querySelectorAll<HTMLElement>('.reveal .slides > section')];
    const walked: WalkedSlide[] = [];
    for (const [index, slide] of sections.entries()) {
      // reveal.js's postMessage API; the deck takes calls from its own origin (src/slides/deck-guard.ts).
      window.postMessage(JSON.stringify({ method: 'slide', args: [index, 0, 999] }), window.location.origin);
      const until = performance.now() + slideTimeout;
      while (!slide.classList.contains('present') && performance.now() < until)
        await new Promise((resolve) => requestAnimationFrame(resolve));
      // Laying the slide out starts loading any font subset its text needs: measure once loaded.
      void slide.scrollHeight;
      await document.fonts.ready;
      walked.push({
        index,
        shown: slide.classList.contains('present'),
        height: slide.scrollHeight,
        width: slide.scrollWidth,
        hidden: slide.querySelectorAll('.fragment:not(.visible)').length,
        title: slide.querySelector('h1, h2')?.textContent ?? '',
      });
    }
    return walked;
  }, options.slideTimeout ?? 20_000);
}

/** Shows slide `index` (0-based) with all its fragments, through reveal.js's API, and waits for it. */
export async function showSlide(page: Page, index: number): Promise<void> {
  await page.evaluate(
    (n) => window.postMessage(JSON.stringify({ method: 'slide', args: [n, 0, 999] }), window.location.origin),
    index,
  );
  await page.waitForFunction(
    (n) => document.querySelectorAll('.reveal .slides > section')[n]?.classList.contains('present'),
    index,
  );
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/**
 * Waits until no CSS transition is running: reveal.js gives fragments `transition: all 0.2s`, so a
 * slide change or a contrast switch shows blended colours for a moment, which axe would measure.
 */
export async function transitionsEnded(page: Page): Promise<void> {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation instanceof CSSTransition)
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
}

/**
 * Holds the deck's corner tools in view (the pointer over them) and waits until they are fully
 * shown. They fade out 4 s after the deck opens: axe run during the fade measures a half-faded
 * button's contrast against the slide, and failed that way under load.
 */
export async function holdDeckTools(page: Page): Promise<void> {
  await page.locator('.deck-tools').hover({ position: { x: 2, y: 2 } });
  await page.waitForFunction(() => getComputedStyle(document.querySelector('.deck-tools')!).opacity === '1');
}

/**
 * axe on a deck page, with its corner tools held in view and no transition running: the tools fade
 * in when the pointer moves (a click) and out 4 s after it stops, and a half-faded button fails
 * colour contrast.
 */
export async function deckAxeViolations(page: Page): Promise<string[]> {
  await holdDeckTools(page);
  await transitionsEnded(page);
  return axeViolations(page);
}
