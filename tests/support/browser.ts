// Real Chromium (Debian's /usr/bin/chromium) driven by playwright-core, with what every browser
// test checks: no request to another origin, no console errors, axe-core for accessibility.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
}

/** One Chromium for a test file: launched before its tests and closed after them. */
export function useChromium(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('Chromium has not started yet: use it inside a test');
    return browser;
  };
}

export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  /** Requests to any origin other than the kit's own: the kit must make none. */
  foreignRequests: string[];
  consoleErrors: string[];
}

/** A fresh browser profile (empty storage) with one page, watched for foreign requests and errors. */
export async function openPage(
  browser: Browser,
  kitUrl: string,
  options: {
    locale?: string;
    viewport?: { width: number; height: number };
    isMobile?: boolean;
    hasTouch?: boolean;
    /** The kit's service worker is blocked unless a test opts in ('allow'): it would serve cached pages. */
    serviceWorkers?: 'allow' | 'block';
    /** Ignore the kit's Content Security Policy, to show what would happen without it. */
    bypassCSP?: boolean;
  } = {},
): Promise<WatchedPage> {
  const origin = new URL(kitUrl).origin;
  const context = await browser.newContext({
    locale: options.locale ?? 'ja-JP',
    viewport: options.viewport ?? { width: 1280, height: 800 },
    isMobile: options.isMobile,
    hasTouch: options.hasTouch,
    serviceWorkers: options.serviceWorkers ?? 'block',
    bypassCSP: options.bypassCSP,
  });
  const foreignRequests: string[] = [];
  const consoleErrors: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    foreignRequests.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  return { page, context, foreignRequests, consoleErrors };
}

export interface CheckedPage extends WatchedPage {
  /**
   * Closes the page's profile, then fails the test if the page sent anything to another origin or
   * logged an error (other than those matching `allowConsoleErrors`, for tests that provoke them).
   */
  close: (options?: { allowConsoleErrors?: RegExp }) => Promise<void>;
}

/**
 * `openPage` whose `close()` also asserts what every browser test promises: no request to another
 * origin and no console error. A test that forgets to look cannot pass with either.
 */
export async function watchedPage(
  browser: Browser,
  kitUrl: string,
  options: Parameters<typeof openPage>[2] = {},
): Promise<CheckedPage> {
  const watched = await openPage(browser, kitUrl, options);
  return {
    ...watched,
    close: async ({ allowConsoleErrors } = {}) => {
      await watched.context.close();
      expect(watched.foreignRequests, 'requests to another origin').toEqual([]);
      const errors = allowConsoleErrors
        ? watched.consoleErrors.filter((error) => !allowConsoleErrors.test(error))
        : watched.consoleErrors;
      expect(errors, 'console errors').toEqual([]);
    },
  };
}

/** Goes to a URL of the kit and waits until its fonts are ready. */
export async function visit(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'networkidle' });
  // On a loaded machine React may not have rendered yet when the network goes quiet.
  await page.waitForFunction(() => (document.getElementById('root')?.childElementCount ?? 0) > 0);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's WCAG 2.2 A/AA violations on the page as it is now, as readable lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: the kit's Content Security Policy rightly refuses script tags.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: Document,
            options: object,
          ) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 5)
          .join(', ')})`,
    );
  });
  return violations;
}

/**
 * Japanese characters on the page (or in the element matching `textOf`) that no loaded face of the
 * kit's font covers. This machine has no Japanese system font, so any such character would show
 * as an empty box (tofu). `waitForFonts: false` is for documents that never finish loading (the
 * speaker view), whose font set never reports ready.
 */
export async function uncoveredJapanese(
  page: Page,
  options: { textOf?: string; waitForFonts?: boolean } = {},
): Promise<string[]> {
  return page.evaluate(
    async ({ textOf, waitForFonts }) => {
      if (waitForFonts) await document.fonts.ready;
      const ranges: [number, number][] = [];
      document.fonts.forEach((face) => {
        if (face.family.replace(/["']/g, '') !== 'BIZ UDPGothic' || face.status !== 'loaded') return;
        for (const part of face.unicodeRange.split(',')) {
          const [start, end] = part.trim().replace(/^U\+/i, '').split('-');
          ranges.push([parseInt(start, 16), parseInt(end ?? start, 16)]);
        }
      });
      const text = textOf ? (document.querySelector(textOf)?.textContent ?? '') : document.body.innerText;
      const japanese = [...new Set([...text].filter((c) => /[\u3040-\u30ff\u3400-\u9fff\uff01-\uff9f]/.test(c)))];
      return japanese.filter(
        (c) => !ranges.some(([start, end]) => c.codePointAt(0)! >= start && c.codePointAt(0)! <= end),
      );
    },
    { textOf: options.textOf, waitForFonts: options.waitForFonts ?? true },
  );
}

/** An element's text without its ruby readings (<rt>, <rp>), as the words read on the page.
 * Pass it to `locator.evaluate`; it runs in the page. */
export function textWithoutRuby(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  for (const reading of copy.querySelectorAll('rt, rp')) reading.remove();
  return copy.textContent ?? '';
}
