// A lesson author keeps `npm start` running while editing: saving a lesson reloads the page, and
// a mistake shows in the browser with its file and line.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { PROJECT_ROOT } from '../../src/content/node/paths';
import { launchChromium, openPage } from '../support/browser';
import { makeLessonsDir } from '../support/lesson-fixtures';

let browser: Browser;
let server: ViteDevServer;
let url: string;
const { lessonsDir, lessonDir } = makeLessonsDir();

beforeAll(async () => {
  process.env.MAMORU_LESSONS = lessonsDir;
  server = await createServer({
    root: PROJECT_ROOT,
    logLevel: 'silent',
    server: { host: '127.0.0.1', port: 0, strictPort: false },
  });
  await server.listen();
  url = server.resolvedUrls!.local[0];
  browser = await launchChromium();
});
afterAll(async () => {
  delete process.env.MAMORU_LESSONS;
  await browser?.close();
  await server?.close();
});

describe('the dev server', () => {
  it('reloads when a lesson is saved, and shows a broken lesson’s file and line in the overlay', async () => {
    const { page, context, foreignRequests } = await openPage(browser, url, { locale: 'en-GB' });
    await page.goto(`${url}#/`);
    await expect.poll(() => page.locator('.lesson-card h2').innerText(), { timeout: 20_000 }).toBe('A minimal lesson');

    const lessonFile = path.join(lessonDir, 'lesson.yaml');
    writeFileSync(lessonFile, readFileSync(lessonFile, 'utf8').replace('en: A minimal lesson', 'en: An edited lesson'));
    await expect.poll(() => page.locator('.lesson-card h2').innerText(), { timeout: 20_000 }).toBe('An edited lesson');

    const quizFile = path.join(lessonDir, 'quiz.yaml');
    writeFileSync(quizFile, readFileSync(quizFile, 'utf8').replace('answer: a', 'answer: c'));
    await expect
      .poll(
        () =>
          page
            .locator('vite-error-overlay')
            .evaluate((overlay) => overlay.shadowRoot?.textContent ?? '')
            .catch(() => ''),
        { timeout: 20_000 },
      )
      .toContain('minimal-lesson/quiz.yaml:8:13 questions.0.answer: answer c is not one of the options (a, b)');
    expect(foreignRequests).toEqual([]);
    await context.close();
  });
});
