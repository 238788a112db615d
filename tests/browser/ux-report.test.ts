// The defects of the UX report (../shared/reviews/ux-2026-12.md), one test each, named by the
// report's id, in real Chromium against the built kit. Handout defects read the PDF back in
// tests/unit/ux-report-handouts.test.ts.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import type { Locale } from '../../src/content/types';
import type { SchoolSettings } from '../../src/content/school';
import { SLIDE_HEIGHT, SLIDE_WIDTH } from '../../src/slides/deck-config';
import { openPage, useChromium, visit } from '../support/browser';
import { deckAddress, openDeck as openDeckPage, showSlide } from '../support/deck';
import { shippedLessons } from '../support/shipped-lessons';
import { quizFingerprint, storageKey } from '../../src/quiz/progress';
import type { Question } from '../../src/content/types';
import type { Answer } from '../../src/ui/question/scoring';

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

/** A deck at 1280×720, its font ready, with the school's settings when given. */
async function openDeck(lesson: string, locale: Locale, school?: SchoolSettings) {
  const watched = await openPage(browser(), kitUrl, { viewport: { width: 1280, height: 720 } });
  if (school)
    await watched.page.addInitScript(
      (settings) => window.localStorage.setItem('mamoru.school-settings', settings),
      JSON.stringify(school),
    );
  await openDeckPage(watched.page, deckAddress(kitUrl, lesson, locale));
  // The school's contacts in a Japanese deck are broken into phrases in the browser, after it shows:
  // measure them as the class sees them.
  if (school && locale === 'ja')
    await watched.page.waitForFunction(() =>
      [...document.querySelectorAll('.reveal .school-help li')].every(
        (item) => item.classList.contains('phrases') || !/[\u3040-\u30ff\u3400-\u9fff]/.test(item.textContent ?? ''),
      ),
    );
  return watched;
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

const sextortion = shippedLessons().find(({ id }) => id === 'sextortion-pattern')!.lesson;
const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };

function rightAnswer(question: Question): Answer {
  if (question.type === 'truefalse') return { kind: 'truefalse', value: question.answer };
  if (question.type === 'ordering') return { kind: 'order', order: question.options.map((option) => option.id) };
  if (question.type === 'multiple') return { kind: 'choice', selected: [...question.answer] };
  return { kind: 'choice', selected: [question.answer] };
}

/** The sextortion quiz on a phone, resumed at `index` with these checked answers, as a reload would. */
async function openQuizAt(index: number, answers: Record<string, Answer>) {
  const watched = await openPage(browser(), kitUrl, PHONE);
  const progress = { version: 1, fingerprint: quizFingerprint(sextortion.quiz), seed: 7, index, answers };
  await watched.page.addInitScript(([key, value]) => window.localStorage.setItem(key, value), [
    storageKey('sextortion-pattern'),
    JSON.stringify(progress),
  ] as const);
  await visit(watched.page, `${kitUrl}#/lessons/sextortion-pattern/quiz?lang=ja`);
  return watched;
}

describe('UX report: quiz on a phone', () => {
  it('M1: true/false feedback never says 正解 and then ちがいます (or ざんねん and then 正しいです)', async () => {
    const trueFalse = sextortion.quiz.filter((question) => question.type === 'truefalse');
    expect(trueFalse.length).toBeGreaterThan(0);
    for (const question of trueFalse) {
      if (question.type !== 'truefalse') continue;
      for (const value of [question.answer, !question.answer]) {
        const index = sextortion.quiz.indexOf(question);
        const { page, context } = await openQuizAt(index, { [question.id]: { kind: 'truefalse', value } });
        const feedback = await page.locator('.feedback').innerText();
        const explanation = feedback.slice(feedback.lastIndexOf('解説'));
        expect(explanation, `${question.id} answered ${value}`).not.toMatch(/^解説\s*(正しい|ちがい|まちがい)/);
        await context.close();
      }
    }
  });

  it('M2: the score is whole questions, and blocking before saving the evidence is wrong, not nearly right', async () => {
    const answers = Object.fromEntries(sextortion.quiz.map((question) => [question.id, rightAnswer(question)]));
    const ordering = sextortion.quiz.find((question) => question.type === 'ordering')!;
    const order = (answers[ordering.id] as { order: string[] }).order;
    const [save, block] = [order.indexOf('save'), order.indexOf('block')];
    [order[save], order[block]] = [order[block], order[save]];
    const { page, context } = await openQuizAt(sextortion.quiz.length, answers);
    const total = sextortion.quiz.length;
    await expect.poll(() => page.locator('.score').innerText()).toBe(`${total}問中 ${total - 1}問 正解`);
    const review = page.locator('.review > li').nth(sextortion.quiz.indexOf(ordering));
    expect(await review.locator('.review-result').innerText()).toContain('×');
    await context.close();
  });

  it('M3: 最初からやり直す asks first, and keeps every answer unless the student confirms', async () => {
    const first = sextortion.quiz[0];
    const { page, context } = await openQuizAt(1, { [first.id]: rightAnswer(first) });
    const heading = () => page.locator('.quiz-progress h2').innerText();
    await expect.poll(heading).toBe(`問2（全${sextortion.quiz.length}問）`);
    await page.getByRole('button', { name: '最初からやり直す' }).tap();
    await expect.poll(() => page.locator('#restart-question').innerText()).toContain('やり直しますか');
    await page.getByRole('button', { name: 'このまま続ける' }).tap();
    expect(await heading()).toBe(`問2（全${sextortion.quiz.length}問）`);
    await page.getByRole('button', { name: '最初からやり直す' }).tap();
    await page.getByRole('button', { name: '消してやり直す' }).tap();
    await expect.poll(heading).toBe(`問1（全${sextortion.quiz.length}問）`);
    await context.close();
  });

  it('M10, M11: the summary’s help numbers are tel: links, without the teacher’s "check before use" notes', async () => {
    const answers = Object.fromEntries(sextortion.quiz.map((question) => [question.id, rightAnswer(question)]));
    const { page, context } = await openQuizAt(sextortion.quiz.length, answers);
    await page.locator('.quiz-summary .help').waitFor();
    const links = await page
      .locator('.quiz-summary .help a[href^="tel:"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(expect.arrayContaining(['tel:110', 'tel:%239110', 'tel:0120078310', 'tel:0120997777']));
    const help = await page.locator('.quiz-summary .help').innerText();
    expect(help).not.toContain('確認してから使ってください');
    expect(help).not.toContain('印刷や掲示の前に');
    expect(help).not.toContain('2022〜24年の情報');
    await context.close();
  });
});

describe('UX report: lesson page and printing', () => {
  it('L12: the share-quiz QR warns that 127.0.0.1 cannot be reached from students’ phones', async () => {
    const { page, context } = await openPage(browser(), kitUrl);
    await visit(page, `${kitUrl}#/lessons/sextortion-pattern?lang=ja`);
    await page.getByRole('button', { name: 'クイズを生徒に共有' }).click();
    await expect.poll(() => page.locator('.share-warning').innerText()).toContain('生徒の端末からは開けません');
    await context.close();
  });

  it('M4, M5: printing gives one page per slide in normal colours, and notes in the kit’s font', async () => {
    const { page, context } = await openPage(browser(), kitUrl);
    await page.addInitScript(() => window.localStorage.setItem('mamoru.deck-contrast', 'high'));
    await page.goto(`${kitUrl}present.html?lesson=sextortion-pattern&lang=ja&print-pdf&showNotes=separate-page`, {
      waitUntil: 'networkidle',
    });
    await page.locator('.pdf-page').first().waitFor({ state: 'attached' });
    const printed = await page.evaluate(() => ({
      pages: document.querySelectorAll('.pdf-page').length,
      contrast: document.querySelector('.deck-page')?.getAttribute('data-contrast'),
      notesFont: getComputedStyle(document.querySelector('.speaker-notes-pdf')!).fontFamily,
    }));
    expect(printed.pages).toBe(sextortion.decks.ja.length + 2);
    expect(printed.contrast).toBe('normal');
    expect(printed.notesFont).toContain('BIZ UDPGothic');
    await context.close();
  });

  it('M8: the Japanese opening slide points to the help at the end, not to help "below"', async () => {
    const { page, context } = await openDeck('sextortion-pattern', 'ja');
    const opening = await page.locator('.reveal .slides > section').first().innerText();
    expect(opening).toContain('最後のスライドの相談窓口');
    expect(opening).not.toContain('下の相談窓口');
    await context.close();
  });
});
