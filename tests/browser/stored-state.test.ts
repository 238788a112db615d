// What a browser keeps can be damaged or forged (another version of the kit, a curious student, a
// full disk). A page then says what happened and carries on; it never goes blank.
import { describe, expect, inject, it } from 'vitest';
import { quizFingerprint } from '../../src/quiz/progress';
import { axeViolations, openPage, useChromium, visit } from '../support/browser';
import { shippedLibrary } from '../support/shipped-lessons';

const kitUrl = inject('kitUrl');
const browser = useChromium();
const quiz = `${kitUrl}#/lessons/sextortion-pattern/quiz?lang=en`;

describe('damaged or forged saved state', () => {
  it('restarts a quiz whose saved ordering answer names a step the question does not have', async () => {
    const { page, context, consoleErrors } = await openPage(browser(), kitUrl, { locale: 'en-GB' });
    await visit(page, kitUrl);
    // The red team's record: the quiz's own fingerprint, and an ordering answer with a step that does not exist.
    const lesson = shippedLibrary().lessons.find((candidate) => candidate.id === 'sextortion-pattern')!;
    const ordering = lesson.quiz.find((question) => question.type === 'ordering')!;
    const record = {
      version: 1,
      fingerprint: quizFingerprint(lesson.quiz),
      seed: 1,
      index: lesson.quiz.indexOf(ordering),
      answers: { [ordering.id]: { kind: 'order', order: ['nope'] } },
    };
    await page.evaluate(
      (value) => localStorage.setItem('mamoru.quiz.sextortion-pattern', value),
      JSON.stringify(record),
    );
    await visit(page, quiz);
    await expect.poll(() => page.locator('.quiz-player .notice').textContent()).toContain('did not fit this quiz');
    await expect.poll(() => page.locator('#question-title').textContent()).toContain('1');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('tells the teacher when saved school settings cannot be read, instead of showing them as not set', async () => {
    const { page, context } = await openPage(browser(), kitUrl, { locale: 'en-GB' });
    await visit(page, kitUrl);
    await page.evaluate(() => localStorage.setItem('mamoru.school-settings', '{"schoolName": 5}'));
    await visit(page, `${kitUrl}#/settings?lang=en`);
    await expect
      .poll(() => page.locator('.settings-form').locator('xpath=preceding-sibling::p[@role="alert"]').textContent())
      .toContain('could not be read');
    expect(await axeViolations(page)).toEqual([]);
    await visit(page, `${kitUrl}#/lessons/sextortion-pattern/handouts?lang=en`);
    await expect.poll(() => page.locator('.handouts-page').textContent()).toContain('could not be read');
    await context.close();
  });

  it('offers “Start over” instead of a blank page when a page cannot be drawn, and forgets that page’s saved state', async () => {
    const { page, context } = await openPage(browser(), kitUrl, { locale: 'en-GB' });
    await visit(page, kitUrl);
    await page.evaluate(() => localStorage.setItem('mamoru.quiz.sextortion-pattern', '{"version":1}'));
    // A damaged download of the lesson's content: the quiz has no questions at all.
    await page.route('**/assets/sextortion-pattern-*.js', (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: 'export default { decks: { ja: [], en: [] }, quiz: null };',
      }),
    );
    await visit(page, quiz);
    const failed = page.locator('.page-failed');
    await expect.poll(() => failed.getAttribute('role')).toBe('alert');
    expect(await failed.locator('h1').textContent()).toBe('This page could not be shown');
    expect(await axeViolations(page)).toEqual([]);
    await failed.getByRole('button', { name: 'Start over' }).click();
    expect(await page.evaluate(() => localStorage.getItem('mamoru.quiz.sextortion-pattern'))).toBeNull();
    // The header and the way back to the lessons are still there.
    expect(await page.locator('header.site-header').isVisible()).toBe(true);
    await context.close();
  });
});
