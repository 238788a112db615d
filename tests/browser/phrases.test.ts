// Japanese arrives broken into phrases from the build (C9): the deck runs no phrase pass and loads
// no BudouX, except for the contacts a school typed into its settings; titles on a phone break only
// between phrases (UX L2); and the catalogue never loads the deck's code.
import { describe, expect, inject, it } from 'vitest';
import type { Page, Response } from 'playwright-core';
import { openPage, useChromium, visit } from '../support/browser';
import { pageScripts } from '../support/page-scripts';
import { shippedLessons } from '../support/shipped-lessons';

const kitUrl = inject('kitUrl');
const distDir = inject('distDir');
const browser = useChromium();
const lessons = shippedLessons();
const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, locale: 'ja-JP' };

/** Every script the page fetches, with its text: `.scripts` grows as the page loads. */
function watchScripts(page: Page): { scripts: { url: string; text: Promise<string> }[] } {
  const watched = { scripts: [] as { url: string; text: Promise<string> }[] };
  page.on('response', (response: Response) => {
    if (response.request().resourceType() === 'script' || response.url().endsWith('.js'))
      watched.scripts.push({ url: response.url(), text: response.text().catch(() => '') });
  });
  return watched;
}

/** Whether any of the scripts is BudouX's parser (its method names survive minifying). */
async function budouxLoaded(scripts: { text: Promise<string> }[]): Promise<boolean> {
  const texts = await Promise.all(scripts.map((script) => script.text));
  return texts.some((text) => text.includes('parseBoundaries'));
}

async function openDeck(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.locator('.reveal.ready').waitFor({ state: 'attached' });
  await page.locator('.deck-page[data-fonts="ready"]').waitFor({ state: 'attached' });
}

describe('Japanese phrases in the deck', () => {
  it('come from the build: the first slide has them as it is shown, and no BudouX is loaded', async () => {
    const { id } = lessons[0];
    const { page, context, consoleErrors } = await openPage(browser(), kitUrl, {
      viewport: { width: 1280, height: 720 },
    });
    const watched = watchScripts(page);
    await openDeck(page, `${kitUrl}present.html?lesson=${id}&lang=ja`);
    const first = page.locator('.reveal .slides > section').first();
    expect(await first.locator('h1 wbr').count()).toBeGreaterThan(0);
    expect(await first.locator('li wbr').count(), 'the deck’s own words are phrased too').toBeGreaterThan(1);
    expect(await first.locator('h1 .phrases').evaluate((title) => getComputedStyle(title).wordBreak)).toBe('keep-all');
    expect(await page.locator('.reveal .slides wbr').count()).toBeGreaterThan(100);
    expect(watched.scripts.length).toBeGreaterThan(2);
    expect(await budouxLoaded(watched.scripts)).toBe(false);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('breaks the school’s own Japanese contacts in the browser, loading BudouX only for them', async () => {
    const { id, lesson } = lessons[0];
    const { page, context, consoleErrors } = await openPage(browser(), kitUrl, {
      viewport: { width: 1280, height: 720 },
    });
    await page.addInitScript(() =>
      window.localStorage.setItem(
        'mamoru.school-settings',
        JSON.stringify({
          schoolName: 'みなと市立さくら中学校',
          counsellor: 'スクールカウンセラーの山田先生（水曜日の午後、相談室で話を聞きます）',
          localHelp: ['みなと市こども相談センター 0120-45-7867（平日の午前9時から午後5時まで）'],
        }),
      ),
    );
    const watched = watchScripts(page);
    await openDeck(page, `${kitUrl}present.html?lesson=${id}&lang=ja#/${lesson.decks.ja.length + 2}`);
    const items = page.locator('.reveal .school-help li');
    await expect.poll(() => page.locator('.reveal .school-help li.phrases').count()).toBe(await items.count());
    expect(await page.locator('.reveal .school-help li wbr').count()).toBeGreaterThan(6);
    // A phone number is never split, and the text reads as it was typed.
    expect(await page.locator('.reveal .school-help .phone wbr').count()).toBe(0);
    expect(await items.last().innerText()).toBe(
      'みなと市こども相談センター 0120-45-7867（平日の午前9時から午後5時まで）',
    );
    expect(await budouxLoaded(watched.scripts)).toBe(true);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});

/**
 * For each element: how many lines it takes, and the line starts that are not at a phrase boundary
 * (a <wbr>) or after a space or punctuation, shown as "text before/text after". Ruby readings are left out.
 */
function lineBreaks(page: Page, selector: string): Promise<{ lines: number; offPhrase: string[] }[]> {
  return page.locator(selector).evaluateAll((elements) =>
    elements.map((element) => {
      const chars: { char: string; top: number | undefined; height: number }[] = [];
      const boundaries = new Set<number>();
      const walk = (node: Node) => {
        for (const child of node.childNodes) {
          if (child instanceof Text) {
            for (let i = 0; i < child.data.length; i += 1) {
              const range = document.createRange();
              range.setStart(child, i);
              range.setEnd(child, i + 1);
              const rect = range.getClientRects()[0];
              chars.push({ char: child.data[i], top: rect?.top, height: rect?.height ?? 0 });
            }
          } else if (child.nodeName === 'WBR') boundaries.add(chars.length);
          else if (child.nodeName !== 'RT' && child.nodeName !== 'RP') walk(child);
        }
      };
      walk(element);
      const text = chars.map((c) => c.char).join('');
      const offPhrase: string[] = [];
      let lines = 1;
      let lastTop: number | undefined;
      chars.forEach((c, index) => {
        if (c.top === undefined || /\s/.test(c.char)) return;
        if (lastTop !== undefined && c.top > lastTop + c.height / 2) {
          lines += 1;
          // Besides phrase boundaries, a line may start after a space, a comma, a full stop, a dash or a ・.
          if (!boundaries.has(index) && !/[\s、。—・]/.test(text[index - 1] ?? ''))
            offPhrase.push(`${text.slice(0, index)}/${text.slice(index)}`);
        }
        lastTop = c.top;
      });
      return { lines, offPhrase };
    }),
  );
}

describe('titles on a phone (UX L2)', () => {
  it('break only between phrases on the catalogue cards, the lesson page and the quiz', async () => {
    const { page, context } = await openPage(browser(), kitUrl, PHONE);
    await visit(page, `${kitUrl}#/`);
    await expect.poll(() => page.locator('.lesson-card').count()).toBe(lessons.length);
    const shown = [...(await lineBreaks(page, '.lesson-card h2')), ...(await lineBreaks(page, '.lesson-card > p'))];
    for (const { id } of lessons) {
      await visit(page, `${kitUrl}#/lessons/${id}`);
      await page.locator('#lesson-title').waitFor();
      shown.push(...(await lineBreaks(page, '#lesson-title')));
      await visit(page, `${kitUrl}#/lessons/${id}/quiz`);
      await page.locator('#quiz-title').waitFor();
      shown.push(...(await lineBreaks(page, '#quiz-title')));
    }
    expect(shown.flatMap((element) => element.offPhrase)).toEqual([]);
    // Not vacuous: at this width many titles and summaries do wrap.
    expect(shown.filter((element) => element.lines > 1).length).toBeGreaterThan(lessons.length);
    await context.close();
  });
});

describe('the catalogue page', () => {
  it('requests none of the deck’s chunks (reveal.js, the slides), only its own', async () => {
    const deck = pageScripts(distDir, 'present.html');
    const catalogue = pageScripts(distDir, 'index.html');
    const deckOnly = deck.files.filter((file) => !catalogue.files.includes(file));
    expect(deckOnly.some((file) => /assets\/present-/.test(file))).toBe(true);
    const { page, context } = await openPage(browser(), kitUrl, { locale: 'ja-JP' });
    const watched = watchScripts(page);
    await visit(page, `${kitUrl}#/`);
    await expect.poll(() => page.locator('.lesson-card').count()).toBe(lessons.length);
    const requested = watched.scripts.map((script) => new URL(script.url).pathname);
    expect(requested.length).toBeGreaterThan(0);
    expect(requested.filter((url) => deckOnly.some((file) => url.endsWith(`/${file}`)))).toEqual([]);
    // Whatever the chunks are called: none of them carries reveal.js.
    const texts = await Promise.all(watched.scripts.map((script) => script.text));
    expect(texts.filter((text) => text.includes('data-auto-animate'))).toEqual([]);
    await context.close();
  });
});
