// Answers a quiz question on screen correctly, as a student would: by touch on a tablet, or with a mouse.
import type { Page } from 'playwright-core';
import type { Question } from '../../src/content/types';

export async function answerCorrectly(page: Page, question: Question, by: 'tap' | 'click' = 'tap'): Promise<void> {
  const press = (selector: string) =>
    by === 'tap' ? page.locator(selector).first().tap() : page.locator(selector).first().click();
  if (question.type === 'truefalse') {
    await press(`input[name="${question.id}"][value="${question.answer}"]`);
  } else if (question.type === 'ordering') {
    const target = question.options.map((option) => option.id);
    for (let position = 0; position < target.length; position++) {
      for (;;) {
        const order = await page
          .locator('.ordering-item')
          .evaluateAll((items) => items.map((item) => item.getAttribute('data-option')));
        if (order.indexOf(target[position]) === position) break;
        await press(`.ordering-item[data-option="${target[position]}"] button`);
      }
    }
  } else {
    const answers = Array.isArray(question.answer) ? question.answer : [question.answer];
    for (const id of answers) await press(`input[name="${question.id}"][value="${id}"]`);
  }
}
