// The defects of the UX report (../shared/reviews/ux-2026-12.md), one test each, named by the
// report's id, in real Chromium against the built kit. Handout defects read the PDF back in
// tests/unit/ux-report-handouts.test.ts.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import type { Locale } from '../../src/content/types';
import type { SchoolSettings } from '../../src/content/school';
import { SLIDE_HEIGHT, SLIDE_WIDTH } from '../../src/slides/deck-config';
import { openPage, useChromium } from '../support/browser';

const kitUrl = inject('kitUrl');
const browser = useChromium();

export const SCHOOL: SchoolSettings = {
  schoolName: '横浜市立みなと中学校',
  counsellor: '保健室 養護教諭 山田花子先生（内線 123）',
  localHelp: ['横浜市こども相談 0120-45-7867', '神奈川県警 少年相談 045-641-0045'],
};
const LONGEST_SCHOOL: SchoolSettings = {
  schoolName: '市立'.repeat(40),
  counsellor: '相談'.repeat(80),
  localHelp: Array.from({ length: 6 }, (_, i) => `Local line ${'窓口'.repeat(65)} 0120-45-786${i}`),
};

/** A deck at 1280×720, its font and phrases ready, with the school's settings when given. */
async function openDeck(lesson: string, locale: Locale, school?: SchoolSettings) {
  const watched = await openPage(browser(), kitUrl, { viewport: { width: 1280, height: 720 } });
  if (school)
    await watched.page.addInitScript(
      (settings) => window.localStorage.setItem('mamoru.school-settings', settings),
      JSON.stringify(school),
    );
  await watched.page.goto(`${kitUrl}present.html?lesson=${lesson}&lang=${locale}`, { waitUntil: 'networkidle' });
  await watched.page
    .locator('.deck-page[data-fonts="ready"]:not([data-phrases="pending"])')
    .waitFor({ state: 'attached' });
  return watched;
}

/** Shows slide `index` (0-based) with all its fragments and waits for it. */
async function showSlide(page: Page, index: number) {
  await page.evaluate((n) => (location.hash = `#/${n}/0/999`), index);
  await page.waitForFunction(
    (n) => document.querySelectorAll('.reveal .slides > section')[n]?.classList.contains('present'),
    index,
  );
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/** The index of the first slide whose text contains `text`. */
async function slideWith(page: Page, text: string): Promise<number> {
  const index = await page.evaluate(
    (needle) =>
      [...document.querySelectorAll('.reveal .slides > section')].findIndex((slide) =>
        (slide.textContent ?? '').includes(needle),
      ),
    text,
  );
  expect(index, `a slide with "${text}"`).toBeGreaterThanOrEqual(0);
  return index;
}

describe('UX report: decks', () => {
  it('H2: the closing help and school slides fit 1280×720 in ja and en, phone numbers on one line', async () => {
    const cases: [string, Locale, SchoolSettings][] = [
      ['if-it-happens', 'ja', SCHOOL],
      ['sextortion-pattern', 'ja', SCHOOL],
      ['if-it-happens', 'en', SCHOOL],
      ['if-it-happens', 'ja', LONGEST_SCHOOL],
    ];
    for (const [lesson, locale, school] of cases) {
      const { page, context, consoleErrors } = await openDeck(lesson, locale, school);
      const total = await page.locator('.reveal .slides > section').count();
      const closing = await slideWith(page, locale === 'ja' ? 'ひとりで悩まないで' : 'You are not alone');
      expect(total - closing, 'the help slide and at least one school slide').toBeGreaterThanOrEqual(2);
      const shownText: string[] = [];
      for (let index = closing; index < total; index += 1) {
        await showSlide(page, index);
        const slide = await page.evaluate(() => {
          const section = document.querySelector<HTMLElement>('.reveal .slides > section.present')!;
          const phones = [...section.querySelectorAll('.phone')];
          return {
            width: section.scrollWidth,
            height: section.scrollHeight,
            text: section.innerText,
            brokenPhones: phones.filter((phone) => phone.getClientRects().length > 1).map((p) => p.textContent),
            phones: phones.length,
          };
        });
        const where = `${lesson} (${locale}) slide ${index + 1}`;
        expect(slide.height, `${where} height`).toBeLessThanOrEqual(SLIDE_HEIGHT);
        expect(slide.width, `${where} width`).toBeLessThanOrEqual(SLIDE_WIDTH);
        expect(slide.brokenPhones, where).toEqual([]);
        shownText.push(slide.text);
      }
      const all = shownText.join('\n');
      for (const line of [school.counsellor, ...school.localHelp]) expect(all).toContain(line);
      expect(all).toContain('0120-0-78310');
      expect(consoleErrors).toEqual([]);
      await context.close();
    }
  }, 120_000);

  it('H3: quiz options with ruby stay one piece beside their letter', async () => {
    for (const [lesson, text] of [
      ['if-it-happens', 'ブロックの前に'],
      ['sextortion-pattern', 'アオイならどうする'],
    ]) {
      const { page, context } = await openDeck(lesson, 'ja');
      await showSlide(page, await slideWith(page, text));
      const options = await page.evaluate(() =>
        [...document.querySelectorAll('.reveal section.present .quiz-option:not(.quiz-labelled)')].map((option) => {
          const letter = option.querySelector('.quiz-letter')!.getBoundingClientRect();
          const body = option.querySelector('.quiz-option-text');
          const looseText = [...option.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
          return {
            text: option.textContent,
            children: option.children.length,
            looseText,
            ruby: option.querySelectorAll('ruby').length,
            rubyInText: body ? body.querySelectorAll('ruby').length : 0,
            textStartsAfterLetter: body ? body.getBoundingClientRect().left >= letter.right - 1 : false,
            letterLines: Math.round(letter.height / parseFloat(getComputedStyle(option).lineHeight)),
          };
        }),
      );
      expect(
        options.some((option) => option.ruby > 0),
        `${lesson}: an option with ruby`,
      ).toBe(true);
      for (const option of options) {
        expect(option, option.text ?? '').toMatchObject({
          children: 2,
          looseText: false,
          rubyInText: option.ruby,
          textStartsAfterLetter: true,
          letterLines: 1,
        });
      }
      await context.close();
    }
  });

  it('H5: no slide shows Markdown asterisks; 72.1% is bold', async () => {
    const { page, context } = await openDeck('sextortion-pattern', 'ja');
    const texts = await page.evaluate(() =>
      [...document.querySelectorAll('.reveal .slides > section')].map((slide) => slide.textContent ?? ''),
    );
    expect(texts.filter((text) => text.includes('**'))).toEqual([]);
    const index = await slideWith(page, '72.1%');
    await showSlide(page, index);
    const bold = await page.evaluate(() =>
      [...document.querySelectorAll('.reveal section.present strong')].map((strong) => strong.textContent),
    );
    expect(bold).toContain('72.1%');
    await context.close();
  });

  it('H6: the quoted job ad keeps its five lines (ja and en)', async () => {
    for (const [locale, first] of [
      ['ja', '【急募】'],
      ['en', 'URGENT!'],
    ] as const) {
      const { page, context } = await openDeck('trafficking-signs', locale);
      await showSlide(page, await slideWith(page, first));
      const quote = await page.evaluate(() => {
        const blockquote = document.querySelector<HTMLElement>('.reveal section.present blockquote')!;
        return { breaks: blockquote.querySelectorAll('br').length, lines: blockquote.innerText.split('\n') };
      });
      expect(quote.breaks, locale).toBe(4);
      expect(quote.lines.filter((line) => line.trim()).length, locale).toBeGreaterThanOrEqual(5);
      await context.close();
    }
  });
});
