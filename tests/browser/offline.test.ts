// A classroom loses the network: the kit, opened once on this device, keeps working. The test
// loads the served kit (localhost is a secure context), waits for "ready offline", switches the
// browser offline and reloads every route in both languages: catalogue, every lesson's overview,
// settings, a deck with its speaker view, a quiz to its summary, and a PDF made in the browser.
// No request may fail on the way.
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { LOCALES, type Locale } from '../../src/content/types';
import { translate } from '../../src/i18n/messages';
import { uncoveredJapanese, useChromium } from '../support/browser';
import { shippedLessons } from '../support/shipped-lessons';
import { answerCorrectly } from '../support/quiz-answers';

const kitUrl = inject('kitUrl');
const origin = new URL(kitUrl).origin;
const lessons = shippedLessons();
const browser = useChromium();

interface OfflineKit {
  context: BrowserContext;
  page: Page;
  /** Requests that failed or were refused, with the address of the page (frame) that made them. */
  failures: string[];
  /** Requests to any other origin: the kit makes none, online or not. */
  foreignRequests: string[];
  consoleErrors: string[];
}

/**
 * A fresh profile with the service worker allowed, watched on every page it opens. Not through
 * openPage: playwright's request interception does not reach the speaker view's blank window.
 */
async function openWatchedContext(chromium: Browser, locale: Locale): Promise<OfflineKit> {
  const context = await chromium.newContext({
    locale: locale === 'ja' ? 'ja-JP' : 'en-GB',
    viewport: { width: 1280, height: 720 },
    serviceWorkers: 'allow',
  });
  const failures: string[] = [];
  const foreignRequests: string[] = [];
  const consoleErrors: string[] = [];
  const frameOf = (request: Request) => {
    try {
      return request.frame().url();
    } catch {
      return 'the service worker';
    }
  };
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !/^(data|blob|about):/.test(url)) foreignRequests.push(url);
  });
  context.on('requestfailed', (request) => {
    const error = request.failure()?.errorText ?? '';
    // Aborted is cancelled by the page itself: a navigation replaced by the next one, or a font
    // still loading when the test leaves the page. Offline failures say DISCONNECTED or FAILED.
    if (error.includes('ERR_ABORTED')) return;
    failures.push(`${request.url()} (${error}) from ${frameOf(request)}`);
  });
  context.on('response', (response) => {
    if (response.status() >= 400)
      failures.push(`${response.url()} (HTTP ${response.status()}) from ${frameOf(response.request())}`);
  });
  context.on('page', (opened) => {
    opened.on(
      'console',
      (message) => message.type() === 'error' && consoleErrors.push(`${opened.url()}: ${message.text()}`),
    );
    opened.on('pageerror', (error) => consoleErrors.push(`${opened.url()}: ${error.message}`));
  });
  const page = await context.newPage();
  return { context, page, failures, foreignRequests, consoleErrors };
}

/** Loads a page of the kit afresh (a reload, not a hash change) and waits for it to be drawn. */
async function reloadAt(page: Page, url: string): Promise<void> {
  await page.goto('about:blank');
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => (document.getElementById('root')?.childElementCount ?? 0) > 0);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

describe.each(LOCALES)('the kit offline after one visit, in %s', (locale) => {
  let kit: OfflineKit;
  const t = (key: Parameters<typeof translate>[1], values?: Record<string, string | number>) =>
    translate(locale, key, values);
  const { id, lesson } = lessons[0];

  beforeAll(async () => {
    kit = await openWatchedContext(browser(), locale);
    await kit.page.goto(`${kitUrl}#/?lang=${locale}`, { waitUntil: 'load' });
    const footer = kit.page.locator('.offline-status');
    // The whole precache is stored before the worker activates: only then does the footer say so.
    await kit.page.locator('[data-offline-state="ready"]').waitFor({ timeout: 150_000 });
    expect(await footer.innerText()).toContain(t('offline.ready'));
    await kit.context.setOffline(true);
  });

  // Each test reports its own failures.
  beforeEach(() => {
    kit.failures.length = 0;
    kit.foreignRequests.length = 0;
    kit.consoleErrors.length = 0;
  });

  afterAll(async () => {
    await kit?.context.close();
  });

  it('opens the catalogue, every lesson’s overview and the settings with the network off', async () => {
    const { page } = kit;
    await reloadAt(page, `${kitUrl}#/?lang=${locale}`);
    expect(await page.locator('.lesson-card').count()).toBe(lessons.length);
    expect(await page.locator('[data-offline-state="ready"]').count()).toBe(1);
    for (const shipped of lessons) {
      await reloadAt(page, `${kitUrl}#/lessons/${shipped.id}?lang=${locale}`);
      const heading = () =>
        page
          .locator('main h1')
          .first()
          .evaluate((element) => {
            const copy = element.cloneNode(true) as HTMLElement;
            copy.querySelectorAll('rt').forEach((rt) => rt.remove());
            return copy.textContent ?? '';
          });
      await expect.poll(heading).toBe(shipped.title[locale]);
    }
    await reloadAt(page, `${kitUrl}#/settings?lang=${locale}`);
    expect(await page.locator('main h1').innerText()).toBe(t('settings.settingsTitle'));
    if (locale === 'ja') expect(await uncoveredJapanese(page)).toEqual([]);
    expect(kit.failures).toEqual([]);
    expect(kit.foreignRequests).toEqual([]);
    expect(kit.consoleErrors).toEqual([]);
  });

  const openDeck = async (page: Page) => {
    await page.goto('about:blank');
    await page.goto(`${kitUrl}present.html?lesson=${id}&lang=${locale}`, { waitUntil: 'load' });
    await page.locator('.reveal.ready').waitFor({ state: 'attached', timeout: 30_000 });
    await page.locator('.deck-page[data-fonts="ready"]').waitFor({ state: 'attached' });
  };

  it('presents a deck with the network off', async () => {
    const { page } = kit;
    await openDeck(page);
    const slides = await page.locator('.reveal .slides > section').count();
    expect(slides).toBeGreaterThan(2);
    await page.keyboard.press('End');
    await expect.poll(() => page.locator('.reveal .slides > section.closing.present').count()).toBe(1);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    if (locale === 'ja') expect(await uncoveredJapanese(page)).toEqual([]);
    expect(kit.failures).toEqual([]);
    expect(kit.consoleErrors).toEqual([]);
  });

  // The kit's own speaker page (speaker.html) is precached like any page.
  it('opens the speaker view with the network off', async () => {
    const { page, context } = kit;
    await openDeck(page);
    await page.keyboard.press('ArrowRight');
    const opened = context.waitForEvent('page');
    await page.keyboard.press('s');
    const speaker = await opened;
    expect(speaker.url()).toContain('speaker.html');
    const NOTES = '.speaker-notes-text';
    await expect.poll(() => speaker.locator(NOTES).first().innerText(), { timeout: 20_000 }).not.toBe('');
    if (locale === 'ja') {
      await expect
        .poll(() => uncoveredJapanese(speaker, { textOf: NOTES, waitForFonts: false }), { timeout: 20_000 })
        .toEqual([]);
    }
    await speaker.close();
    expect(kit.failures).toEqual([]);
    expect(kit.consoleErrors).toEqual([]);
  });

  it('takes a quiz to its summary with the network off', async () => {
    const { page } = kit;
    await reloadAt(page, `${kitUrl}#/lessons/${id}/quiz?lang=${locale}`);
    for (const [index, question] of lesson.quiz.entries()) {
      await expect
        .poll(() => page.locator('.quiz-progress h2').first().innerText())
        .toBe(t('quiz.questionOf', { n: index + 1, total: lesson.quiz.length }));
      await answerCorrectly(page, question, 'click');
      await page.getByRole('button', { name: t('quiz.checkAnswer') }).click();
      await page
        .getByRole('button', { name: index === lesson.quiz.length - 1 ? t('quiz.seeResults') : t('quiz.nextQuestion') })
        .click();
    }
    await expect
      .poll(() => page.locator('.score').innerText())
      .toBe(t('quiz.scoreRight', { right: lesson.quiz.length, total: lesson.quiz.length }));
    expect(kit.failures).toEqual([]);
    expect(kit.consoleErrors).toEqual([]);
  });

  it('makes a handout PDF in the browser with the network off', async () => {
    const { page } = kit;
    await reloadAt(page, `${kitUrl}#/lessons/${id}/handouts?lang=${locale}`);
    const student = page.locator('section[data-kind="student"]');
    await student.getByRole('button', { name: t('handout.makePdf') }).click();
    const download = student.getByRole('link', { name: t('handout.download') });
    await download.waitFor({ timeout: 60_000 });
    const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
    const bytes = readFileSync((await file.path())!);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.length).toBeGreaterThan(10_000);
    expect(kit.failures).toEqual([]);
    expect(kit.foreignRequests).toEqual([]);
    expect(kit.consoleErrors).toEqual([]);
  });
});
