// A teacher carries the kit on a USB stick and double-clicks index.html, or gets one lesson's deck
// as one file by email: every page runs from disk (file://) with no server, asks for nothing
// outside its folder, and shows Japanese in the kit's own font.
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPortableFolder, buildSingleDeck, folderBytes, megabytes } from '../../src/build/portable/build-portable';
import { LESSONS_DIR } from '../../src/content/node/paths';
import { handoutFileName } from '../../src/handouts/handout-input';
import { uncoveredJapanese, useChromium } from '../support/browser';
import { shippedLessons } from '../support/shipped-lessons';

/** The budgets of issue 15: the whole folder with its PDFs, and one language's single-file deck. */
const FOLDER_BUDGET = 40 * 1024 * 1024;
const SINGLE_BUDGET = 1.5 * 1024 * 1024;

const browser = useChromium();
const lessons = shippedLessons();
const { id, lesson } = lessons[0];
const work = mkdtempSync(path.join(tmpdir(), 'mamoru-portable-'));
const folder = path.join(work, 'mamoru');
const singles = path.join(work, 'single');
let singleFiles: { file: string; bytes: number }[] = [];

beforeAll(async () => {
  await buildPortableFolder({ out: folder, lessonsDir: LESSONS_DIR, locales: ['ja', 'en'] });
  singleFiles = await buildSingleDeck({ out: singles, lessonsDir: LESSONS_DIR, lesson: id, locales: ['ja', 'en'] });
}, 900_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface DiskPage {
  page: Page;
  context: BrowserContext;
  /** Every address the pages asked for that is not a file inside `root` (or data:/blob:). */
  outside: string[];
  consoleErrors: string[];
}

/** A fresh profile whose pages (popups too) are watched for requests outside `root` and for errors. */
async function openFromDisk(b: Browser, root: string, locale = 'ja-JP'): Promise<DiskPage> {
  const inside = pathToFileURL(root).href + '/';
  const context = await b.newContext({ locale, viewport: { width: 1280, height: 720 } });
  const outside: string[] = [];
  const consoleErrors: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (!(url.startsWith(inside) || url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank'))
      outside.push(url);
  });
  // Nothing may reach a network either way: abort any http(s) request outright.
  await context.route(/^https?:/, (route) => route.abort());
  const watch = (page: Page) => {
    page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
    page.on('pageerror', (error) => consoleErrors.push(error.message));
  };
  context.on('page', watch);
  const page = await context.newPage();
  return { page, context, outside, consoleErrors };
}

const fileUrl = (file: string, suffix = '') => pathToFileURL(file).href + suffix;

/** The kit's font faces that have loaded, as "family weight". */
async function loadedKitFaces(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const faces: string[] = [];
    document.fonts.forEach((face) => {
      if (face.status === 'loaded' && face.family.replace(/["']/g, '') === 'BIZ UDPGothic')
        faces.push(`${face.family.replace(/["']/g, '')} ${face.weight}`);
    });
    return faces.sort();
  });
}

async function openDeck(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('.reveal.ready').waitFor({ state: 'attached', timeout: 30_000 });
  await page.locator('.deck-page[data-fonts="ready"]').waitFor({ state: 'attached' });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/** The slide shown, counted from 0. */
const slideIndex = (page: Page) =>
  page.evaluate(() => {
    const slides = [...document.querySelectorAll('.reveal .slides > section')];
    const present = document.querySelector('.reveal .slides > section.present');
    return present ? slides.indexOf(present) : -1;
  });

/** Presses S and checks the speaker view: the notes of the current slide, both previews running the deck. */
async function checkSpeakerView(context: BrowserContext, page: Page, notesStart: string): Promise<void> {
  const opened = context.waitForEvent('page');
  await page.keyboard.press('s');
  const speaker = await opened;
  const notes = speaker.locator('.speaker-controls-notes .value');
  const shownNotes = () =>
    notes.evaluate((element) => {
      const copy = element.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('rt').forEach((rt) => rt.remove());
      return copy.textContent ?? '';
    });
  await expect.poll(shownNotes, { timeout: 20_000 }).toContain(notesStart);
  // The previews are the deck itself (a file), not the "framed by another site" refusal.
  await expect
    .poll(
      async () => {
        const frames = speaker.frames().filter((frame) => frame.url().includes('receiver'));
        const ready = await Promise.all(
          frames.map((frame) =>
            frame
              .locator('.reveal.ready')
              .count()
              .catch(() => 0),
          ),
        );
        return ready.filter(Boolean).length;
      },
      { timeout: 20_000 },
    )
    .toBe(2);
  expect(await notes.evaluate((element) => getComputedStyle(element).fontFamily)).toContain('BIZ UDPGothic');
  await expect
    .poll(() => uncoveredJapanese(speaker, { textOf: '.speaker-controls-notes .value', waitForFonts: false }), {
      timeout: 15_000,
    })
    .toEqual([]);
  await speaker.close();
}

const notesStart = (html: string) =>
  html
    .replace(/<rt>.*?<\/rt>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .slice(0, 20);

describe('the portable folder (npm run portable)', () => {
  it(`is within its size budget of ${megabytes(FOLDER_BUDGET)}, PDFs included`, () => {
    const bytes = folderBytes(folder);
    console.log(`portable folder: ${megabytes(bytes)}`);
    expect(bytes).toBeLessThanOrEqual(FOLDER_BUDGET);
    for (const file of ['index.html', 'present.html', 'fonts/biz-udpgothic-400.woff2', 'fonts/biz-udpgothic-700.woff2'])
      expect(existsSync(path.join(folder, file)), file).toBe(true);
  });

  it('opens the catalogue from disk in the kit’s font, and goes to a lesson', async () => {
    const { page, context, outside, consoleErrors } = await openFromDisk(browser(), folder);
    await page.goto(fileUrl(path.join(folder, 'index.html')));
    await page.getByRole('heading', { name: 'レッスン一覧', level: 1 }).waitFor({ timeout: 30_000 });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    for (const shipped of lessons) await page.locator(`a[href="#/lessons/${shipped.id}"]`).first().waitFor();
    expect(await loadedKitFaces(page)).toContain('BIZ UDPGothic 400');
    expect(await page.locator('h1').evaluate((h1) => getComputedStyle(h1).fontFamily)).toContain('BIZ UDPGothic');
    expect(await uncoveredJapanese(page)).toEqual([]);
    // What the folder shows while its script has not run has gone.
    expect(await page.locator('.portable-fallback').count()).toBe(0);
    await page.locator(`a[href="#/lessons/${id}"]`).first().click();
    await expect.poll(() => page.url()).toContain(`#/lessons/${id}`);
    await page.locator(`.lesson-actions a[href^="present.html?lesson=${id}"]`).waitFor();
    expect(outside).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('presents a deck: steps through it, and the speaker view opens with the notes', async () => {
    const { page, context, outside, consoleErrors } = await openFromDisk(browser(), folder);
    await openDeck(page, fileUrl(path.join(folder, 'present.html'), `?lesson=${id}&lang=ja`));
    expect(await page.title()).toContain(lesson.title.ja.text.slice(0, 5));
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => slideIndex(page)).toBe(1);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => slideIndex(page)).toBe(0);
    expect(await uncoveredJapanese(page)).toEqual([]);
    await page.keyboard.press('ArrowRight');
    await checkSpeakerView(context, page, notesStart(lesson.decks.ja[0].notesHtml));
    expect(outside).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('takes a quiz to its summary, and keeps the progress on the device across a reload', async () => {
    const { page, context, outside, consoleErrors } = await openFromDisk(browser(), folder, 'en-GB');
    await page.goto(fileUrl(path.join(folder, 'index.html'), `#/lessons/${id}/quiz?lang=en`));
    const heading = page.locator('.quiz-progress h2, .quiz-summary h2').first();
    for (const [index, question] of lesson.quiz.entries()) {
      await expect
        .poll(() => heading.innerText(), { timeout: 20_000 })
        .toBe(`Question ${index + 1} of ${lesson.quiz.length}`);
      if (index === 1) {
        // Kept in this browser's storage for files: a reload comes back to the same question.
        await page.reload();
        await expect.poll(() => heading.innerText(), { timeout: 20_000 }).toBe(`Question 2 of ${lesson.quiz.length}`);
      }
      // Any answer will do: the summary comes after the last one whatever the score.
      const first = page.locator(`input[name="${question.id}"]`).first();
      if (question.type !== 'ordering') await first.check();
      await page.getByRole('button', { name: 'Check my answer' }).click();
      await page.getByRole('button', { name: /^(Next question|See my results)$/ }).click();
    }
    await page.locator('.quiz-summary .score').waitFor();
    expect(await page.locator('.review > li').count()).toBe(lesson.quiz.length);
    expect(await page.locator('.quiz-summary .help-list li').count()).toBeGreaterThan(0);
    expect(outside).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('offers the handouts as ready PDFs in the folder and as printable pages, and says why it makes no PDF', async () => {
    const { page, context, outside, consoleErrors } = await openFromDisk(browser(), folder);
    await page.goto(fileUrl(path.join(folder, 'index.html'), `#/lessons/${id}/handouts?lang=ja`));
    await page.locator('.handout').first().waitFor({ timeout: 30_000 });
    expect(await page.getByRole('button', { name: 'PDFを作ってダウンロード' }).count()).toBe(0);
    expect(await page.getByRole('note').innerText()).toContain('ファイルから開いたページ');
    const links = await page
      .locator('.handout a[href^="handouts/"]')
      .evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
    expect(links).toHaveLength(4);
    for (const link of links) {
      const file = new URL(link).pathname;
      expect(file.startsWith(pathToFileURL(folder).pathname + '/handouts/')).toBe(true);
      expect(statSync(decodeURIComponent(file)).size).toBeGreaterThan(10_000);
    }
    expect(links.map((link) => path.basename(link))).toContain(handoutFileName(id, 'student', 'ja'));
    // The printable version is the page itself, with the student handout's text in the kit's font.
    await page.locator('.handout[data-kind="student"] details summary').click();
    await expect
      .poll(
        () => page.locator('.handout[data-kind="student"] .handout-html').evaluate((e) => e.textContent?.length ?? 0),
        {
          timeout: 20_000,
        },
      )
      .toBeGreaterThan(200);
    expect(await uncoveredJapanese(page, { textOf: '.handout[data-kind="student"] .handout-preview' })).toEqual([]);
    expect(outside).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});

describe('the single-file deck (npm run portable -- --lesson ID --single)', () => {
  it(`is one file per language within ${megabytes(SINGLE_BUDGET)}`, () => {
    expect(singleFiles.map(({ file }) => path.basename(file))).toEqual([`${id}-ja.html`, `${id}-en.html`]);
    for (const { file, bytes } of singleFiles) {
      console.log(`single-file deck ${path.basename(file)}: ${megabytes(bytes)}`);
      expect(bytes).toBeLessThanOrEqual(SINGLE_BUDGET);
    }
  });

  it.each(['ja', 'en'] as const)(
    'runs from disk alone in %s: steps, speaker view, fonts inside, no other file asked for',
    async (locale) => {
      const file = path.join(singles, `${id}-${locale}.html`);
      const { page, context, outside, consoleErrors } = await openFromDisk(browser(), singles);
      const requested: string[] = [];
      context.on('request', (request) => requested.push(request.url()));
      await openDeck(page, fileUrl(file));
      expect(await page.title()).toContain(lesson.title[locale].text.slice(0, 5));
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale);
      expect(await loadedKitFaces(page)).toContain('BIZ UDPGothic 400');
      expect(await uncoveredJapanese(page)).toEqual([]);
      // There is no lesson page beside it to go back to.
      expect(await page.locator('.deck-tools a[href*="index.html"], .deck-tools a[href^="./#"]').count()).toBe(0);
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => slideIndex(page)).toBe(1);
      await checkSpeakerView(context, page, notesStart(lesson.decks[locale][0].notesHtml));
      // Only the file itself (and its speaker previews, the same file): no font, script or icon beside it.
      expect(new Set(requested.map((url) => url.split('?')[0]))).toEqual(new Set([fileUrl(file)]));
      expect(outside).toEqual([]);
      expect(consoleErrors).toEqual([]);
      await context.close();
    },
  );
});
