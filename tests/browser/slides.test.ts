// A teacher presents a lesson from the built kit on a classroom projector: with a clicker or the
// keyboard, sometimes printing the deck to hand in (the speaker view: speaker-view.test.ts).
import { describe, expect, inject, it } from 'vitest';
import type { Page, Response } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { createServer } from 'vite';
import { PROJECT_ROOT } from '../../src/content/node/paths';
import { makeLessonsDir } from '../support/lesson-fixtures';
import { LOCALES, type Locale } from '../../src/content/types';
import { useChromium, openPage } from '../support/browser';
import { deckAddress as deckPage, deckAxeViolations, openDeck } from '../support/deck';
import { shippedLessons } from '../support/shipped-lessons';

const kitUrl = inject('kitUrl');
const lessons = shippedLessons();
const PROJECTOR = { width: 1280, height: 720 };
const browser = useChromium();

const deckAddress = (id: string, locale: Locale, extra = '') => deckPage(kitUrl, id, locale, extra);

/** Where the deck is: the shown slide (0-based) and how many of its fragments are shown. */
function position(page: Page): Promise<{ slide: number; fragments: number }> {
  return page.evaluate(() => {
    const slides = [...document.querySelectorAll('.reveal .slides > section')];
    const present = document.querySelector('.reveal .slides > section.present');
    return {
      slide: present ? slides.indexOf(present) : -1,
      fragments: present?.querySelectorAll('.fragment.visible').length ?? 0,
    };
  });
}

/** Plain text of lesson HTML, readings (<rt>) left out. */
function textOf(html: string): string {
  return html
    .replace(/<rt>.*?<\/rt>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
}

// Every deck of every lesson, opened and walked slide by slide: deck-walk.test.ts.
describe('a quiz slide', () => {
  it('shows a quiz question from the lesson’s quiz: options first, the answer and explanation on the next step', async () => {
    const { id, lesson } = lessons.find(({ lesson }) => lesson.decks.en.some((slide) => slide.question))!;
    const index = lesson.decks.en.findIndex((slide) => slide.question);
    const question = lesson.quiz.find((q) => q.id === lesson.decks.en[index].question)!;
    const { page, context } = await openPage(browser(), kitUrl, { viewport: PROJECTOR, locale: 'en-GB' });
    await openDeck(page, `${deckAddress(id, 'en')}#/${index + 1}`);
    const quiz = page.locator('.reveal .slides > section.present .quiz-slide');
    expect(await quiz.locator('.quiz-prompt').innerText()).toContain(question.prompt.en.text.slice(0, 30));
    const answer = quiz.locator('.quiz-answer');
    expect(await answer.evaluate((element) => getComputedStyle(element).opacity)).toBe('0');
    expect(await quiz.locator('.quiz-correct').evaluate((element) => getComputedStyle(element).fontWeight)).toBe('400');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => answer.evaluate((element) => getComputedStyle(element).opacity)).toBe('1');
    expect(await answer.innerText()).toContain(question.explanation.en.text.slice(0, 30));
    expect(
      await quiz
        .locator('.quiz-correct')
        .first()
        .evaluate((element) => getComputedStyle(element).fontWeight),
    ).toBe('700');
    await context.close();
  });
});

describe('presenting with the keyboard or a clicker', () => {
  const { id, lesson } = lessons[0];

  it('moves one step per key press, through fragments, overview, jump-to-slide, and back to the lesson', async () => {
    const { page, context, consoleErrors } = await openPage(browser(), kitUrl, { viewport: PROJECTOR });
    await openDeck(page, deckAddress(id, 'ja'));
    const total = lesson.decks.ja.length + 2;
    expect(await position(page)).toEqual({ slide: 0, fragments: 0 });
    expect(await page.locator('.reveal .slide-number').innerText()).toMatch(new RegExp(`1\\s*/\\s*${total}`));

    // One press, one step: a second key handler (a deck made twice) would move two.
    await page.keyboard.press('ArrowRight');
    expect(await position(page)).toEqual({ slide: 1, fragments: 0 });
    await page.keyboard.press('Space');
    expect(await position(page)).toEqual({ slide: 1, fragments: 1 });
    await page.keyboard.press('PageDown');
    expect(await position(page)).toEqual({ slide: 1, fragments: 2 });
    await page.keyboard.press('PageUp');
    expect(await position(page)).toEqual({ slide: 1, fragments: 1 });
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await position(page)).toEqual({ slide: 0, fragments: 0 });
    await page.keyboard.press('End');
    expect((await position(page)).slide).toBe(total - 1);
    await page.keyboard.press('Home');
    expect((await position(page)).slide).toBe(0);

    // reveal.js owns the hash; lesson and language stay in the query, so a reload keeps the slide.
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/1');
    expect(new URL(page.url()).search).toBe(`?lesson=${id}&lang=ja`);
    await page.reload({ waitUntil: 'networkidle' });
    await page.locator('.reveal.ready').waitFor({ state: 'attached' });
    expect((await position(page)).slide).toBe(1);

    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.reveal.overview').count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.reveal.overview').count()).toBe(0);

    await page.keyboard.press('g');
    await page.keyboard.type('5');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await position(page)).slide).toBe(4);

    const back = page.getByRole('link', { name: /レッスンの概要に戻る/ });
    expect(await back.getAttribute('href')).toBe(`./#/lessons/${id}?lang=ja`);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('follows a swipe on a touch screen', async () => {
    const { page, context } = await openPage(browser(), kitUrl, { viewport: PROJECTOR, hasTouch: true });
    await openDeck(page, deckAddress(id, 'en'));
    // A finger on the screen, as the browser reports it: touch-type pointer events.
    const swipe = (fromX: number, toX: number) =>
      page.evaluate(
        ([from, to]) => {
          const target = document.querySelector('.reveal .slides')!;
          const finger = (type: string, x: number) =>
            target.dispatchEvent(
              new PointerEvent(type, {
                pointerId: 7,
                pointerType: 'touch',
                isPrimary: true,
                clientX: x,
                clientY: 360,
                bubbles: true,
                cancelable: true,
              }),
            );
          finger('pointerdown', from);
          for (let step = 1; step <= 5; step += 1) finger('pointermove', from + ((to - from) * step) / 5);
          finger('pointerup', to);
        },
        [fromX, toX],
      );
    await swipe(900, 300);
    await expect.poll(async () => (await position(page)).slide).toBe(1);
    await context.close();
  });
});

// The speaker view (S) has its own file: tests/browser/speaker-view.test.ts.

describe('printing a deck', () => {
  it.each(LOCALES)(
    'prints one page per slide in its final state, with the Japanese font embedded (%s)',
    async (locale) => {
      const { id, lesson } = lessons[0];
      const { page, context, foreignRequests, consoleErrors } = await openPage(browser(), kitUrl, {
        viewport: PROJECTOR,
      });
      await openDeck(page, deckAddress(id, locale));
      // Pages expected: one per slide, every fragment shown (UX report M4: not one page per step).
      const expected = await page.locator('.reveal .slides > section').count();
      expect(expected).toBeGreaterThanOrEqual(lesson.decks[locale].length + 2);

      const print = page.getByRole('link', { name: locale === 'ja' ? 'スライドを印刷' : 'Print slides' });
      expect(await print.getAttribute('href')).toBe(`present.html?lesson=${id}&lang=${locale}&print-pdf`);
      await print.click();
      await page.waitForURL(/print-pdf/);
      await page.locator('.reveal.ready').waitFor({ state: 'attached' });
      await expect.poll(() => page.locator('.pdf-page').count(), { timeout: 15_000 }).toBe(expected);
      if (locale === 'ja')
        expect(
          await page.locator('.pdf-page:last-child wbr').count(),
          'the last page breaks between phrases too',
        ).toBeGreaterThan(3);
      await expect
        .poll(() => page.getByRole('button', { name: locale === 'ja' ? '印刷する' : 'Print' }).isEnabled())
        .toBe(true);
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      const pdfDocument = await getDocument({ data: new Uint8Array(pdf), disableFontFace: true, verbosity: 0 }).promise;
      expect(pdfDocument.numPages).toBe(expected);
      const first = await (await pdfDocument.getPage(1)).getTextContent();
      const firstText = first.items.map((item) => ('str' in item ? item.str : '')).join('');
      expect(firstText.replace(/\s/g, '')).toContain(lesson.title[locale].text.replace(/\s/g, '').slice(0, 8));
      const fonts = [
        ...new Set(
          [
            ...Buffer.from(pdf)
              .toString('latin1')
              .matchAll(/\/BaseFont\s*\/([^\s/>]+)/g),
          ].map((match) => match[1]),
        ),
      ];
      expect(fonts.some((name) => /BIZ.?UDPGothic/i.test(name))).toBe(true);
      await pdfDocument.destroy();
      expect(foreignRequests).toEqual([]);
      expect(consoleErrors).toEqual([]);
      await context.close();
    },
  );

  it('prints the speaker notes on their own pages when asked', async () => {
    const { id, lesson } = lessons[0];
    const { page, context } = await openPage(browser(), kitUrl, { viewport: PROJECTOR, locale: 'en-GB' });
    await openDeck(page, deckAddress(id, 'en', '&print-pdf'));
    const withoutNotes = await page.locator('.pdf-page').count();
    await page.getByRole('link', { name: 'Print with notes' }).click();
    await page.waitForURL(/showNotes=separate-page/);
    await page.locator('.reveal.ready').waitFor({ state: 'attached' });
    const notesPages = page.locator('.speaker-notes-pdf[data-layout="separate-page"]');
    await expect
      .poll(() => notesPages.count(), { timeout: 15_000 })
      .toBe(lesson.decks.en.filter((slide) => slide.notesHtml).length + 2);
    expect(await notesPages.nth(1).textContent()).toContain(textOf(lesson.decks.en[0].notesHtml).slice(0, 25));
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const pdfDocument = await getDocument({ data: new Uint8Array(pdf), disableFontFace: true, verbosity: 0 }).promise;
    // At least one more page per slide with notes (long notes may run onto a second page).
    expect(pdfDocument.numPages).toBeGreaterThanOrEqual(withoutNotes + (await notesPages.count()));
    await pdfDocument.destroy();
    await context.close();
  });
});

describe('the classroom theme', () => {
  it.each(LOCALES)('is readable in both contrasts at 1280×720 (%s)', async (locale) => {
    const { page, context } = await openPage(browser(), kitUrl, { viewport: PROJECTOR });
    // Body text of 28px or more on every deck: deck-walk.test.ts.
    const { id, lesson } = lessons[0];
    const quizAt = lesson.decks[locale].findIndex((slide) => slide.question) + 1;
    for (const slide of [0, 1, quizAt]) {
      await openDeck(page, `${deckAddress(id, locale)}#/${slide}`);
      await page.keyboard.press('ArrowRight');
      // The fade has ended when the shown slide and its shown steps are fully opaque.
      await expect
        .poll(() =>
          page.evaluate(() =>
            [
              ...document.querySelectorAll(
                '.reveal .slides section.present, .reveal .slides section.present .fragment.visible',
              ),
            ].every((element) => getComputedStyle(element).opacity === '1'),
          ),
        )
        .toBe(true);
      expect(await deckAxeViolations(page), `slide ${slide + 1}`).toEqual([]);
    }
    await page.mouse.move(100, 100);
    await page.getByRole('button', { name: locale === 'ja' ? '高コントラスト' : 'High contrast' }).click();
    await expect.poll(() => page.locator('.deck-page').getAttribute('data-contrast')).toBe('high');
    await expect
      .poll(() => page.locator('.reveal').evaluate((element) => getComputedStyle(element).color))
      .toBe('rgb(255, 255, 255)');
    expect(await deckAxeViolations(page)).toEqual([]);
    // The choice stays for the next deck (and the speaker view's previews).
    await openDeck(page, deckAddress(lessons[1].id, locale));
    expect(await page.locator('.deck-page').getAttribute('data-contrast')).toBe('high');
    await context.close();
  });

  it('uses only the kit’s own font and styles: no stock theme, nothing from another host', async () => {
    const { page, context, foreignRequests } = await openPage(browser(), kitUrl, { viewport: PROJECTOR });
    await openDeck(page, deckAddress(lessons[0].id, 'ja'));
    const families = await page.evaluate(() => [
      ...new Set([...document.fonts].map((face) => face.family.replace(/["']/g, ''))),
    ]);
    expect(families).toEqual(['BIZ UDPGothic']);
    expect(
      await page
        .locator('.reveal h1')
        .first()
        .evaluate((h1) => getComputedStyle(h1).fontFamily),
    ).toContain('BIZ UDPGothic');
    expect(foreignRequests).toEqual([]);
    await context.close();
  });
});

describe('what each page loads', () => {
  it('loads reveal.js and its styles on the deck page only, not on the catalogue', async () => {
    const bodiesOf = async (url: string) => {
      const { page, context } = await openPage(browser(), kitUrl);
      const responses: Promise<string>[] = [];
      const collect = (response: Response) => {
        // A body still being read when the context closes rejects; an unread body is simply not counted.
        if (/\.(js|css)$/.test(new URL(response.url()).pathname)) responses.push(response.text().catch(() => ''));
      };
      page.on('response', collect);
      await page.goto(url, { waitUntil: 'networkidle' });
      page.off('response', collect);
      const bodies = await Promise.all(responses);
      await context.close();
      return bodies;
    };
    // Both strings are reveal.js's own: one from its script, one from its stylesheet.
    const isReveal = (body: string) => body.includes('data-auto-animate-target') || body.includes('.reveal-viewport');
    const catalogue = await bodiesOf(`${kitUrl}#/`);
    expect(catalogue.length).toBeGreaterThan(0);
    expect(catalogue.filter(isReveal)).toEqual([]);
    const deck = await bodiesOf(deckAddress(lessons[0].id, 'en'));
    expect(deck.filter(isReveal).length).toBeGreaterThanOrEqual(2);
  });
});

describe('the deck under React StrictMode (npm start)', () => {
  it('is made once: one set of controls, one step per key press', async () => {
    const { lessonsDir } = makeLessonsDir();
    process.env.MAMORU_LESSONS = lessonsDir;
    const server = await createServer({
      root: PROJECT_ROOT,
      logLevel: 'silent',
      server: { host: '127.0.0.1', port: 0, strictPort: false },
    });
    try {
      await server.listen();
      const url = server.resolvedUrls!.local[0];
      const { page, context, consoleErrors } = await openPage(browser(), url, { viewport: PROJECTOR, locale: 'en-GB' });
      // The dev server transforms the whole app on this first request: minutes on a loaded machine
      // (page.goto's own 30 s ran out under load), so wait for the deck, not for the load event.
      await page.goto(`${url}present.html?lesson=minimal-lesson&lang=en`, { waitUntil: 'commit' });
      await page.locator('.reveal.ready').waitFor({ state: 'attached', timeout: 120_000 });
      // StrictMode mounts, unmounts and mounts again: a second deck would add its own controls.
      expect(await page.locator('.reveal > .controls').count()).toBe(1);
      expect(await page.locator('.reveal > .backgrounds').count()).toBe(1);
      await page.keyboard.press('ArrowRight');
      expect(await position(page)).toEqual({ slide: 1, fragments: 0 });
      await page.keyboard.press('ArrowRight');
      expect(await position(page)).toEqual({ slide: 1, fragments: 1 });
      expect(consoleErrors).toEqual([]);
      await context.close();
    } finally {
      delete process.env.MAMORU_LESSONS;
      await server.close();
    }
  }, 180_000);
});
