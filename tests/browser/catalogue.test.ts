// A teacher opens the kit from the school's web server (a sub-path) and finds a lesson.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, useChromium, openPage, uncoveredJapanese, visit } from '../support/browser';
import { shippedLessons } from '../support/shipped-lessons';

const kitUrl = inject('kitUrl');
const distDir = inject('distDir');
const lessons = shippedLessons();
const browser = useChromium();

describe('the catalogue', () => {
  it('shows every lesson in Japanese for a Japanese browser, with no tofu, no errors and nothing fetched elsewhere', async () => {
    const { page, foreignRequests, consoleErrors, context } = await openPage(browser(), kitUrl, { locale: 'ja-JP' });
    await visit(page, `${kitUrl}#/`);
    expect(await page.getAttribute('html', 'lang')).toBe('ja');
    await expect.poll(() => page.locator('.lesson-card').count()).toBe(lessons.length);
    expect(await cardTitles(page)).toEqual(lessons.map((lesson) => lesson.title.ja));
    expect(await page.locator('h1').innerText()).toBe('レッスン一覧');
    expect(await uncoveredJapanese(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    expect(foreignRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('shows English for an English browser', async () => {
    const { page, context, consoleErrors } = await openPage(browser(), kitUrl, { locale: 'en-GB' });
    await visit(page, `${kitUrl}#/`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('h1').innerText()).toBe('Lessons');
    expect(await cardTitles(page)).toEqual(lessons.map((lesson) => lesson.title.en));
    expect(await axeViolations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('filters by age (suitable from) and by topic, and keeps the filter in the address', async () => {
    const { page, context } = await openPage(browser(), kitUrl, { locale: 'en-GB' });
    await visit(page, `${kitUrl}#/`);
    const oldest = Math.max(...lessons.map((lesson) => lesson.ageMin));
    await page.getByLabel("Students' age", { exact: true }).selectOption(String(oldest - 1));
    await expect
      .poll(() => page.locator('.lesson-card').count())
      .toBe(lessons.filter((l) => l.ageMin <= oldest - 1).length);
    expect(page.url()).toContain(`#/?age=${oldest - 1}`);
    await page.getByLabel("Students' age", { exact: true }).selectOption('all');
    await page.getByLabel('Topic', { exact: true }).selectOption('trafficking');
    await expect
      .poll(() => page.locator('.lesson-card').count())
      .toBe(lessons.filter((l) => l.topics.includes('trafficking')).length);
    expect(page.url()).toMatch(/#\/\?topic=trafficking$/);
    expect(await page.getByRole('main').getByRole('status').innerText()).toMatch(/^\d+ lessons$/);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('shows the lessons a school year is old enough for from the address, in Japanese, after a reload too', async () => {
    const { page, context, consoleErrors } = await openPage(browser(), kitUrl, { locale: 'ja-JP' });
    const grades = { j1: 12, h1: 15, h3: 17 } as const;
    for (const [grade, age] of Object.entries(grades)) {
      await visit(page, `${kitUrl}#/?grade=${grade}`);
      const expected = lessons.filter((lesson) => lesson.ageMin <= age).map((lesson) => lesson.title.ja);
      await expect.poll(() => cardTitles(page)).toEqual(expected);
      await page.reload({ waitUntil: 'networkidle' });
      await expect.poll(() => cardTitles(page)).toEqual(expected);
      expect(await page.getByLabel('学年', { exact: true }).inputValue()).toBe(grade);
    }
    // 高1 shows the 12+ lessons as well as the 15+ ones: "suitable from", not one band.
    expect((await cardTitles(page)).length).toBeGreaterThan(lessons.filter((l) => l.ageMin === 17).length);
    await page.getByLabel('学年', { exact: true }).selectOption('j2');
    await expect.poll(() => page.url()).toContain('#/?grade=j2');
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en');
    expect(page.url()).toContain('grade=j2');
    expect(await page.getByLabel('School year', { exact: true }).inputValue()).toBe('j2');
    expect(await axeViolations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('shows every lesson for a filter it does not know', async () => {
    const { page, context } = await openPage(browser(), kitUrl, { locale: 'ja-JP' });
    await visit(page, `${kitUrl}#/?grade=j9&age=abc&topic=nothing`);
    await expect.poll(() => page.locator('.lesson-card').count()).toBe(lessons.length);
    expect(await page.getByLabel('学年', { exact: true }).inputValue()).toBe('all');
    await context.close();
  });

  it('switches language with lang= in the hash, remembers it, and switches back with the button', async () => {
    const { page, context } = await openPage(browser(), kitUrl, { locale: 'ja-JP' });
    await visit(page, `${kitUrl}#/?lang=en`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await visit(page, `${kitUrl}#/settings`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('h1').innerText()).toBe('School settings');
    await page.getByRole('button', { name: '日本語に切り替える' }).click();
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('ja');
    expect(await page.locator('h1').innerText()).toBe('学校の設定');
    expect(page.url()).toContain('#/settings?lang=ja');
    await page.reload({ waitUntil: 'networkidle' });
    expect(await page.getAttribute('html', 'lang')).toBe('ja');
    await context.close();
  });

  it('can be used with the keyboard alone: skip link, then every lesson link by Tab', async () => {
    const { page, context } = await openPage(browser(), kitUrl, { locale: 'en-GB' });
    await visit(page, `${kitUrl}#/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    const reached = new Set<string>();
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Tab');
      const text = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText ?? '');
      reached.add(text.trim());
    }
    for (const lesson of lessons) expect(reached).toContain(lesson.title.en);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toMatch(/#\/lessons\//);
    await context.close();
  });

  it('shows a clear page for an unknown address', async () => {
    const { page, context } = await openPage(browser(), kitUrl, { locale: 'en-GB' });
    await visit(page, `${kitUrl}#/lessons/no-such-lesson`);
    expect(await page.locator('h1').innerText()).toBe('Page not found');
    expect(await page.locator('main').innerText()).toContain('There is no lesson "no-such-lesson"');
    await context.close();
  });
});

describe('opened as a file (file://)', () => {
  it('explains in both languages that the kit needs a web server, instead of showing an empty page', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(`file://${distDir}/index.html#/`);
    await expect.poll(() => page.locator('h1').innerText()).toBe('このページはWebサーバーから開いてください');
    expect(await page.locator('h2').innerText()).toBe('Please open this page from a web server');
    await context.close();
  });
});

/** The lesson titles on the cards as a reader sees them (ruby readings left out). */
function cardTitles(page: Page): Promise<string[]> {
  return page.$$eval('.lesson-card h2 a', (links) =>
    links.map((link) => {
      const copy = link.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('rt').forEach((rt) => rt.remove());
      return copy.textContent ?? '';
    }),
  );
}
