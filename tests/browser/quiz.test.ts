// Students take the quiz on their phones, from a QR code on the projector: anonymously, with
// feedback that teaches, and without losing anything to a reload.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { LOCALES } from '../../src/content/types';
import { axeViolations, useChromium, openPage, visit } from '../support/browser';
import { shippedLessons } from '../support/shipped-lessons';
import { answerCorrectly } from '../support/quiz-answers';

const kitUrl = inject('kitUrl');
const lessons = shippedLessons();
const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };
const browser = useChromium();

const WORDS = {
  ja: {
    check: '答え合わせをする',
    next: /^(次の問題へ|結果を見る)$/,
    right: '正解です！',
    of: (n: number, t: number) => `問${n}（全${t}問）`,
    score: (t: number) => `${t}問中 ${t}問 正解`,
  },
  en: {
    check: 'Check my answer',
    next: /^(Next question|See my results)$/,
    right: 'That’s right!',
    of: (n: number, t: number) => `Question ${n} of ${t}`,
    score: (t: number) => `${t} of ${t} right`,
  },
};

/** An element's text as a reader sees it, ruby readings left out, spacing folded. */
async function readableText(page: Page, selector: string): Promise<string> {
  const text = await page.locator(selector).evaluate((element) => {
    const copy = element.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('rt').forEach((rt) => rt.remove());
    return copy.textContent ?? '';
  });
  return text.replace(/\s+/g, ' ');
}

async function currentHeading(page: Page): Promise<string> {
  return page.locator('.quiz-progress h2, .quiz-summary h2').first().innerText();
}

describe.each(LOCALES)('taking every quiz on a phone in %s', (locale) => {
  it.each(lessons.map((l) => [l.id, l] as const))(
    '%s: every question answered right gives full marks and a summary with help',
    async (id, { lesson }) => {
      const { page, context, foreignRequests, consoleErrors } = await openPage(browser(), kitUrl, {
        ...PHONE,
        locale: locale === 'ja' ? 'ja-JP' : 'en-GB',
      });
      // The first question's heading is awaited below: no need for the network to go quiet first.
      await page.goto(`${kitUrl}#/lessons/${id}/quiz?lang=${locale}`);
      const words = WORDS[locale];
      for (const [index, question] of lesson.quiz.entries()) {
        await expect.poll(() => currentHeading(page)).toBe(words.of(index + 1, lesson.quiz.length));
        await answerCorrectly(page, question);
        await page.getByRole('button', { name: words.check }).tap();
        await expect.poll(() => page.locator('.verdict').innerText()).toContain(words.right);
        expect(await readableText(page, '.feedback')).toContain(question.explanation[locale].text);
        await page.getByRole('button', { name: words.next }).tap();
      }
      await expect.poll(() => page.locator('.score').innerText()).toBe(words.score(lesson.quiz.length));
      expect(await page.locator('.review > li').count()).toBe(lesson.quiz.length);
      expect(await page.locator('.quiz-summary .help-list li').count()).toBeGreaterThan(0);
      expect(foreignRequests).toEqual([]);
      expect(consoleErrors).toEqual([]);
      await context.close();
    },
  );
});

describe('a quiz', () => {
  const { id, lesson } = lessons.find(
    (l) => l.lesson.quiz.some((q) => q.type === 'scenario') && l.lesson.quiz.some((q) => q.type === 'ordering'),
  )!;

  it('teaches after a wrong answer: the right answer, the feedback on the choice, the explanation and its sources', async () => {
    const { page, context } = await openPage(browser(), kitUrl, { ...PHONE, locale: 'en-GB' });
    await visit(page, `${kitUrl}#/lessons/${id}/quiz?lang=en`);
    for (const question of lesson.quiz) {
      if (question.type === 'scenario') {
        const wrong = question.options.find((option) => option.id !== question.answer)!;
        await page.locator(`input[name="${question.id}"][value="${wrong.id}"]`).tap();
        await page.getByRole('button', { name: 'Check my answer' }).tap();
        await expect.poll(() => page.locator('.verdict').innerText()).toContain('Not quite');
        const text = await readableText(page, '.feedback');
        expect(text).toContain('The right answer');
        expect(text).toContain(question.options.find((o) => o.id === question.answer)!.text.en.text);
        expect(text).toContain(wrong.feedback.en.text);
        expect(text).toContain(question.explanation.en.text);
        expect(await page.getByRole('status').filter({ hasText: 'Not quite' }).count()).toBe(1);
        if (question.facts.length) {
          await page.getByText('Sources for this question').tap();
          expect(await page.locator('.question-sources li').count()).toBeGreaterThan(0);
        }
        expect(await axeViolations(page)).toEqual([]);
        break;
      }
      await answerCorrectly(page, question);
      await page.getByRole('button', { name: 'Check my answer' }).tap();
      await page.getByRole('button', { name: /^(Next question|See my results)$/ }).tap();
    }
    await context.close();
  });

  it('asks for an answer before checking, and is clean for axe before and after', async () => {
    const { page, context } = await openPage(browser(), kitUrl, { ...PHONE, locale: 'en-GB' });
    await visit(page, `${kitUrl}#/lessons/${id}/quiz?lang=en`);
    await page.getByRole('heading', { name: /Question 1 of/ }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    if (lesson.quiz[0].type !== 'ordering') {
      await page.getByRole('button', { name: 'Check my answer' }).tap();
      expect(await page.getByRole('alert').innerText()).toBe('Choose an answer first, then check it.');
    }
    await context.close();
  });

  it('resumes after a reload at the same question with earlier answers kept, even offline', async () => {
    const { page, context, foreignRequests } = await openPage(browser(), kitUrl, { ...PHONE, locale: 'en-GB' });
    await visit(page, `${kitUrl}#/lessons/${id}/quiz?lang=en`);
    const half = Math.floor(lesson.quiz.length / 2);
    for (const question of lesson.quiz.slice(0, half)) {
      await answerCorrectly(page, question);
      await page.getByRole('button', { name: 'Check my answer' }).tap();
      await page.getByRole('button', { name: /^(Next question|See my results)$/ }).tap();
    }
    await page.reload({ waitUntil: 'networkidle' });
    await expect.poll(() => currentHeading(page)).toBe(`Question ${half + 1} of ${lesson.quiz.length}`);
    await context.setOffline(true);
    for (const question of lesson.quiz.slice(half)) {
      await answerCorrectly(page, question);
      await page.getByRole('button', { name: 'Check my answer' }).tap();
      await page.getByRole('button', { name: /^(Next question|See my results)$/ }).tap();
    }
    await expect
      .poll(() => page.locator('.score').innerText())
      .toBe(`${lesson.quiz.length} of ${lesson.quiz.length} right`);
    expect(await axeViolations(page)).toEqual([]);
    await context.setOffline(false);
    expect(foreignRequests).toEqual([]);

    await page.getByRole('button', { name: 'Try again' }).tap();
    await expect.poll(() => currentHeading(page)).toBe(`Question 1 of ${lesson.quiz.length}`);
    await page.reload({ waitUntil: 'networkidle' });
    await expect.poll(() => currentHeading(page)).toBe(`Question 1 of ${lesson.quiz.length}`);
    await context.close();
  });

  it('starts again cleanly when the saved progress is corrupt', async () => {
    const { page, context, consoleErrors } = await openPage(browser(), kitUrl, { ...PHONE, locale: 'en-GB' });
    await visit(page, `${kitUrl}#/lessons/${id}/quiz?lang=en`);
    await page.evaluate((key) => localStorage.setItem(key, '{"version":1,"index":"broken"'), `mamoru.quiz.${id}`);
    await page.reload({ waitUntil: 'networkidle' });
    await expect.poll(() => page.locator('.notice').innerText()).toContain('starts again from the beginning');
    expect(await currentHeading(page)).toBe(`Question 1 of ${lesson.quiz.length}`);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('can be finished with the keyboard alone', async () => {
    const { page, context } = await openPage(browser(), kitUrl, { locale: 'en-GB' });
    await visit(page, `${kitUrl}#/lessons/${id}/quiz?lang=en`);
    const focused = () =>
      page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        return {
          tag: element?.tagName ?? '',
          value: (element as HTMLInputElement | null)?.value ?? '',
          name: (element as HTMLInputElement | null)?.name ?? '',
          label: element?.getAttribute('aria-label') ?? '',
          text: element?.innerText ?? '',
          checked: (element as HTMLInputElement | null)?.checked ?? false,
        };
      });
    const tabUntil = async (want: (f: Awaited<ReturnType<typeof focused>>) => boolean) => {
      for (let i = 0; i < 60; i++) {
        if (want(await focused())) return;
        await page.keyboard.press('Tab');
      }
      throw new Error('could not reach the element by Tab');
    };
    for (const question of lesson.quiz) {
      if (question.type === 'ordering') {
        const target = question.options.map((o) => o.id);
        for (let position = 0; position < target.length; position++) {
          for (;;) {
            const order = await page
              .locator('.ordering-item')
              .evaluateAll((items) => items.map((item) => item.getAttribute('data-option')));
            if (order.indexOf(target[position]) === position) break;
            const label = `Move “${question.options.find((o) => o.id === target[position])!.text.en.text}” up`;
            await tabUntil((f) => f.label === label);
            await page.keyboard.press('Enter');
          }
        }
      } else if (question.type === 'multiple') {
        for (const answer of question.answer) {
          await tabUntil((f) => f.name === question.id && f.value === answer);
          await page.keyboard.press('Space');
        }
      } else {
        const answer = String(question.answer);
        await tabUntil((f) => f.name === question.id);
        for (let i = 0; i < 10 && !((await focused()).value === answer && (await focused()).checked); i++)
          await page.keyboard.press('ArrowDown');
      }
      await tabUntil((f) => f.text === 'Check my answer');
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await focused()).text).toMatch(/^(Next question|See my results)$/);
      expect(await page.locator('.verdict').innerText()).toContain('That’s right!');
      await page.keyboard.press('Enter');
    }
    await expect
      .poll(() => page.locator('.score').innerText())
      .toBe(`${lesson.quiz.length} of ${lesson.quiz.length} right`);
    await context.close();
  });
});

describe('sharing the quiz with the class', () => {
  it('shows a large QR code made on this device and the quiz address in the chosen language', async () => {
    const [{ id }] = lessons;
    const { page, context, foreignRequests } = await openPage(browser(), kitUrl, { locale: 'en-GB' });
    await visit(page, `${kitUrl}#/lessons/${id}?lang=en`);
    await page.getByRole('button', { name: 'Share the quiz' }).click();
    const dialog = page.getByRole('dialog', { name: 'Scan the code to open the quiz' });
    await dialog.waitFor();
    const qr = dialog.getByRole('img', { name: 'QR code for the quiz address' });
    await expect.poll(() => qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    expect((await qr.boundingBox())!.width).toBeGreaterThan(300);
    expect(await dialog.locator('.share-url').innerText()).toBe(`${kitUrl}#/lessons/${id}/quiz?lang=en`);
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });
});
