// A teacher reads a lesson's overview the night before, sets up the school's contacts, and opens
// the deck, quiz and handout pages, in Japanese and in English.
import { describe, expect, inject, it } from 'vitest';
import { LOCALES } from '../../src/content/types';
import { axeViolations, useChromium, openPage, textWithoutRuby, uncoveredJapanese, visit } from '../support/browser';
import { shippedLessons } from '../support/shipped-lessons';

const kitUrl = inject('kitUrl');
const lessons = shippedLessons();
const browser = useChromium();

// The plan's heading names the lesson's own length.
const HEADINGS = (minutes: number) => ({
  ja: [
    'この授業で扱う内容',
    'ねらい',
    `${minutes}分の指導計画`,
    '準備',
    '生徒から打ち明けられたら',
    '話し合いの問い',
    '相談できるところ',
    '出典',
  ],
  en: [
    'Content note',
    'Objectives',
    `Lesson plan (${minutes} minutes)`,
    'Preparation',
    'If a student tells you something',
    'Discussion prompts',
    'Where to get help',
    'Sources',
  ],
});

describe.each(LOCALES)('a lesson overview in %s', (locale) => {
  it.each(lessons.map((lesson) => [lesson.id, lesson] as const))(
    '%s shows everything a teacher needs, accessibly',
    async (id, { lesson }) => {
      const { page, context, foreignRequests, consoleErrors } = await openPage(browser(), kitUrl, {
        locale: locale === 'ja' ? 'ja-JP' : 'en-GB',
      });
      await visit(page, `${kitUrl}#/lessons/${id}?lang=${locale}`);
      expect(await page.getAttribute('html', 'lang')).toBe(locale);
      await page.locator('#content-note-title').waitFor();
      const headings = await page.locator('main h2').allInnerTexts();
      for (const heading of HEADINGS(lesson.minutes)[locale]) expect(headings).toContain(heading);
      // Read the page without the furigana: ruby readings are not part of the text.
      const main = await page.locator('main').evaluate(textWithoutRuby);
      expect(main).toContain(lesson.contentNote[locale].text.slice(0, 20));
      expect(await page.locator('.plan tbody tr').count()).toBe(lesson.plan.length);
      expect(await page.locator('.fact-list li').count()).toBeGreaterThanOrEqual(lesson.facts.length);
      const present = page.locator('a[href^="present.html"]');
      expect(await present.getAttribute('href')).toBe(`present.html?lesson=${id}&lang=${locale}`);
      if (locale === 'ja') expect(await uncoveredJapanese(page)).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
      expect(foreignRequests).toEqual([]);
      expect(consoleErrors).toEqual([]);
      await context.close();
    },
  );
});

describe('school settings', () => {
  it('are kept in the browser and appear on the lesson page and the deck’s closing help slide', async () => {
    const [first] = lessons;
    const { page, context, foreignRequests } = await openPage(browser(), kitUrl, { locale: 'en-GB' });
    await visit(page, `${kitUrl}#/settings`);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('School name').fill('Midori Junior High <b>School</b>');
    await page.getByLabel('School counsellor or nurse').fill('Ms Yamada, school nurse (ext. 123)');
    await page.getByLabel('Local help lines (one per line)').fill('City children’s centre 0000-00-0000\n\n');
    await page.getByRole('button', { name: 'Save' }).click();
    expect(await page.getByRole('main').getByRole('status').innerText()).toBe('Saved.');
    await page.reload({ waitUntil: 'networkidle' });
    expect(await page.getByLabel('School name').inputValue()).toBe('Midori Junior High <b>School</b>');

    await visit(page, `${kitUrl}#/lessons/${first.id}`);
    expect(await page.locator('.school-contacts').innerText()).toContain('Ms Yamada, school nurse (ext. 123)');

    await visit(page, `${kitUrl}present.html?lesson=${first.id}&lang=en`);
    // The help slide, then the school's own contacts on slides of their own (UX report H2).
    const closing = page.locator('.reveal .slides > section.closing');
    await closing.first().waitFor({ state: 'attached' });
    const text = (await closing.allTextContents()).join('\n');
    expect(text).toContain('Midori Junior High <b>School</b>'); // typed text is shown as text, never as markup
    expect(text).toContain('City children’s centre 0000-00-0000');
    expect(await closing.locator('b').count()).toBe(0);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  it('refuse too many or too long local help lines with a clear message', async () => {
    const { page, context } = await openPage(browser(), kitUrl, { locale: 'en-GB' });
    await visit(page, `${kitUrl}#/settings`);
    await page.getByLabel('Local help lines (one per line)').fill('x'.repeat(200));
    await page.getByRole('button', { name: 'Save' }).click();
    expect(await page.getByRole('alert').innerText()).toContain('at most 160 characters');
    expect(await page.getByLabel('Local help lines (one per line)').getAttribute('aria-invalid')).toBe('true');
    await context.close();
  });

  it('survive corrupt saved data by starting empty', async () => {
    const { page, context, consoleErrors } = await openPage(browser(), kitUrl, { locale: 'en-GB' });
    await visit(page, `${kitUrl}#/settings`);
    await page.evaluate(() => localStorage.setItem('mamoru.school-settings', '{broken'));
    await page.reload({ waitUntil: 'networkidle' });
    expect(await page.getByLabel('School name').inputValue()).toBe('');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});

describe('the deck page', () => {
  // Every deck of every lesson (content note first, verified help only, notes, axe): deck-walk.test.ts.
  it('names an unknown lesson clearly', async () => {
    const { page, context } = await openPage(browser(), kitUrl, { locale: 'en-GB' });
    await visit(page, `${kitUrl}present.html?lesson=nope&lang=en`);
    expect(await page.locator('h1').innerText()).toBe('Page not found');
    await context.close();
  });
});

describe('the handouts page', () => {
  // Every quiz opening at its first question (and taken to the end): quiz.test.ts.
  it.each(LOCALES)('list the handout points (%s)', async (locale) => {
    const { page, context, consoleErrors, foreignRequests } = await openPage(browser(), kitUrl);
    for (const { id, lesson } of lessons) {
      await visit(page, `${kitUrl}#/lessons/${id}/handouts?lang=${locale}`);
      // The handouts page's code loads when it is first opened.
      await expect
        .poll(() => page.locator('main li').count())
        .toBeGreaterThanOrEqual(lesson.handout.student.length + lesson.handout.guardian.length);
    }
    expect(await axeViolations(page)).toEqual([]);
    expect(foreignRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
