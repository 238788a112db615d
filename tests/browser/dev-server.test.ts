// A lesson author keeps `npm start` running while editing: saving a lesson reloads the page, and
// a mistake shows in the browser with its file and line.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { PROJECT_ROOT } from '../../src/content/node/paths';
import { launchChromium, watchedPage, type CheckedPage } from '../support/browser';
import { makeLessonsDir } from '../support/lesson-fixtures';

let browser: Browser;
let server: ViteDevServer;
let url: string;
const { lessonsDir, lessonDir } = makeLessonsDir();
const pristine = Object.fromEntries(
  ['lesson.yaml', 'quiz.yaml'].map((name) => [name, readFileSync(path.join(lessonDir, name), 'utf8')]),
);

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

/**
 * What the page logs while the dev server cannot load a broken lesson: expected here, nothing else
 * is. The module's 500, and, when a hot update was already on its way, Vite's client saying so.
 */
const VITE_REPORTS = new RegExp(
  [
    /^Failed to load resource: the server responded with a status of 500 \(Internal Server Error\)$/,
    /^\[vite\] Failed to reload \S+\. This could be due to syntax errors or importing non-existent modules\. \(see errors above\)$/,
  ]
    .map((pattern) => pattern.source)
    .join('|'),
);

/**
 * The text of Vite's error overlay, or '' while none shows. Read in one evaluate: a locator would wait
 * (30 s by default) for an overlay that is rightly absent.
 */
function overlayText(page: Page): Promise<string> {
  return page
    .evaluate(() => document.querySelector('vite-error-overlay')?.shadowRoot?.textContent ?? '')
    .catch(() => '');
}

/** Puts the minimal lesson back as it was and waits for the page to show it again, without an overlay. */
async function restorePristine(page: Page): Promise<void> {
  for (const [name, text] of Object.entries(pristine)) {
    const file = path.join(lessonDir, name);
    rmSync(file, { recursive: true, force: true });
    writeFileSync(file, text);
  }
  await expect.poll(() => overlayText(page), { timeout: 20_000 }).toBe('');
  await expect.poll(() => page.locator('.lesson-card h2').count(), { timeout: 20_000 }).toBe(1);
}

describe('the dev server', () => {
  // One page for every case: a dev page fetches each of the kit's modules separately, and a fresh
  // browser profile would fetch them all again (about 10 s a case on a busy machine).
  let watched: CheckedPage;
  beforeAll(async () => {
    watched = await watchedPage(browser, url, { locale: 'en-GB' });
  });
  afterAll(() => watched?.close({ allowConsoleErrors: VITE_REPORTS }));

  it('reloads when a lesson is saved, and shows a broken lesson’s file and line in the overlay', async () => {
    const { page } = watched;
    await page.goto(`${url}#/`);
    await expect.poll(() => page.locator('.lesson-card h2').innerText(), { timeout: 20_000 }).toBe('A minimal lesson');

    const lessonFile = path.join(lessonDir, 'lesson.yaml');
    writeFileSync(lessonFile, readFileSync(lessonFile, 'utf8').replace('en: A minimal lesson', 'en: An edited lesson'));
    await expect.poll(() => page.locator('.lesson-card h2').innerText(), { timeout: 20_000 }).toBe('An edited lesson');

    const quizFile = path.join(lessonDir, 'quiz.yaml');
    writeFileSync(quizFile, readFileSync(quizFile, 'utf8').replace('answer: a', 'answer: c'));
    await expect
      .poll(() => overlayText(page), { timeout: 20_000 })
      .toContain('minimal-lesson/quiz.yaml:8:13 questions.0.answer: answer c is not one of the options (a, b)');
    await restorePristine(page);
    expect(await page.locator('.lesson-card h2').innerText()).toBe('A minimal lesson');
  });

  // These used to throw out of the loader and take `npm start` down (issue 17): now each is a
  // problem with its file and line in the overlay, the server keeps serving, and fixing the file
  // brings the lesson back.
  it.each([
    {
      name: 'Markdown emphasis as a whole YAML value (an alias)',
      file: 'lesson.yaml',
      break: (text: string) => text.replace('en: A minimal lesson }', 'en: *Never* }'),
      shows: /minimal-lesson\/lesson\.yaml:3:\d+ .*alias/,
    },
    {
      name: 'a billion-laughs bomb',
      file: 'quiz.yaml',
      break: (text: string) =>
        `a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n${text}`,
      shows: /minimal-lesson\/quiz\.yaml:1:\d+ /,
    },
    {
      name: 'a lesson.yaml that became a folder',
      file: 'lesson.yaml',
      asFolder: true,
      shows: /minimal-lesson\/lesson\.yaml:1:1 /,
    },
  ])(
    'keeps running when $name is saved, and shows it in the overlay',
    async (broken) => {
      const { page } = watched;
      if (!page.url().startsWith(url)) await page.goto(`${url}#/`);
      await restorePristine(page);
      const file = path.join(lessonDir, broken.file);
      try {
        if (broken.asFolder) {
          rmSync(file);
          mkdirSync(file);
        } else {
          writeFileSync(file, broken.break!(pristine[broken.file]));
        }
        await expect.poll(() => overlayText(page), { timeout: 20_000 }).toMatch(broken.shows);
        const stillServing = await fetch(url);
        expect(stillServing.status).toBe(200);
      } finally {
        // Fixed: the page reloads and shows the lesson again, without the overlay.
        await restorePristine(page);
      }
    },
    120_000,
  );
});
