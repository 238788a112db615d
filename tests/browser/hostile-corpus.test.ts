// Lesson packs and settings come from elsewhere. The whole hostile corpus, served UNCHECKED (what
// `npm run check` would refuse is served too), runs nowhere: on every page type, in Japanese and
// English, with the kit's Content Security Policy and with it bypassed, no vector calls its
// sentinel `__pwned(<id>)`, opens a dialog, navigates the page or opens another, or sends a request
// to another origin. Each page is also checked to show the vectors' markers, so a page that failed
// to render cannot pass for a safe one.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/content/node/paths';
import type { Lesson } from '../../src/content/types';
import { quizFingerprint, storageKey } from '../../src/quiz/progress';
import { SCHOOL_SETTINGS_KEY } from '../../src/ui/school-settings';
import { launchChromium, openPage } from '../support/browser';
import { hostileLibrary, hostileSettings, marker, type HostileVector } from '../support/hostile-library';
import { serveDist } from '../support/static-server';

/** Many vectors to a lesson: one visit of a page covers a whole batch. */
const LESSONS = 2;
const { library, batches } = hostileLibrary(LESSONS);
const SETTINGS = hostileSettings();
const COMBINATIONS = [
  { locale: 'ja', csp: true },
  { locale: 'en', csp: true },
  { locale: 'ja', csp: false },
  { locale: 'en', csp: false },
] as const;

let browser: Browser;
let kitUrl: string;
let stopServer: () => Promise<void>;
const workDir = mkdtempSync(path.join(tmpdir(), 'mamoru-hostile-'));

beforeAll(async () => {
  const libraryFile = path.join(workDir, 'library.json');
  writeFileSync(libraryFile, JSON.stringify(library));
  process.env.MAMORU_UNCHECKED_LIBRARY = libraryFile;
  try {
    const outDir = path.join(workDir, 'dist');
    await build({ root: PROJECT_ROOT, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
    const server = await serveDist(outDir);
    kitUrl = server.url;
    stopServer = server.close;
  } finally {
    delete process.env.MAMORU_UNCHECKED_LIBRARY;
  }
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await stopServer?.();
  rmSync(workDir, { recursive: true, force: true });
});

/** Everything a vector could do that the kit must never let it: what each page saw. */
interface Watch {
  ran: string[];
  dialogs: string[];
  navigations: string[];
  popups: string[];
}

/** In every frame of every page: `__pwned(id)` (the corpus's alert) records the vector's id, in its frame and at the top. */
function recordSentinel() {
  const record = (id: unknown) => {
    const own = window as unknown as { __pwnedBy?: string[] };
    (own.__pwnedBy ??= []).push(String(id));
    try {
      if (window.top && window.top !== window) {
        const top = window.top as unknown as { __pwnedBy?: string[] };
        (top.__pwnedBy ??= []).push(String(id));
      }
    } catch {
      // a frame of another origin: its own record is collected
    }
  };
  (window as unknown as { __pwned: (id: unknown) => void }).__pwned = record;
}

function watch(context: BrowserContext, page: Page, kitBase: string): Watch {
  const seen: Watch = { ran: [], dialogs: [], navigations: [], popups: [] };
  const onPage = (watched: Page) => {
    watched.on('dialog', (dialog) => {
      seen.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss().catch(() => undefined);
    });
    watched.on('framenavigated', (frame) => {
      const url = frame.url();
      const own = url.startsWith(kitBase) || url === 'about:blank' || url.startsWith('about:srcdoc');
      if (!own) seen.navigations.push(url);
    });
  };
  onPage(page);
  context.on('page', (opened) => {
    onPage(opened);
    seen.popups.push(opened.url());
  });
  return seen;
}

/** What the sentinel recorded in every frame of a page. */
async function sentinelCalls(page: Page): Promise<string[]> {
  const calls = await Promise.all(
    page
      .frames()
      .map((frame) =>
        frame.evaluate(() => (window as unknown as { __pwnedBy?: string[] }).__pwnedBy ?? []).catch(() => []),
      ),
  );
  return calls.flat();
}

/**
 * Goes to an address of the kit and lets it settle: once `ready` is there and nothing matches
 * `stillLoading`, handlers that fire on load, error or a timer get their chance.
 */
async function settle(page: Page, url: string, ready: string, stillLoading?: string): Promise<void> {
  // The same address again (after stored state changed) is only a hash change: load it afresh.
  if (page.url() === url) await page.reload();
  else await page.goto(url);
  await page.locator(ready).first().waitFor({ state: 'attached', timeout: 20_000 });
  if (stillLoading) await page.locator(stillLoading).first().waitFor({ state: 'detached', timeout: 20_000 });
  // Opened <details> fire `ontoggle`; closed ones would hide their content from the check.
  await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
  await page.waitForTimeout(250);
}

async function shownText(page: Page): Promise<string> {
  return page.evaluate(() => document.body.textContent ?? '');
}

function missingMarkers(text: string, vectors: HostileVector[]): string[] {
  return vectors.map(marker).filter((found) => !text.includes(found));
}

describe('the hostile corpus, unchecked, in the browser', () => {
  it('would see a vector that ran: the sentinel records a handler put on the page behind the kit’s back', async () => {
    const { page, context } = await openPage(browser, kitUrl, { bypassCSP: true });
    await context.addInitScript(recordSentinel);
    await settle(page, `${kitUrl}#/`, '.lesson-card');
    await page.evaluate(() => {
      const image = document.createElement('img');
      image.setAttribute('onerror', '__pwned("canary")');
      image.src = 'missing.png';
      document.body.append(image);
    });
    await expect.poll(() => sentinelCalls(page)).toEqual(['canary']);
    await context.close();
  });

  it.each(COMBINATIONS)(
    'runs nowhere on any page ($locale, CSP $csp)',
    async ({ locale, csp }) => {
      const { page, context, foreignRequests } = await openPage(browser, kitUrl, {
        locale: locale === 'ja' ? 'ja-JP' : 'en-GB',
        bypassCSP: !csp,
      });
      await context.addInitScript(recordSentinel);
      const seen = watch(context, page, kitUrl);
      const query = `?lang=${locale}`;
      const visited: string[] = [];
      const check = async (where: string) => {
        visited.push(where);
        seen.ran.push(...(await sentinelCalls(page)).map((id) => `#${id} on ${where}`));
      };

      // Catalogue: every lesson's title and summary.
      await settle(page, `${kitUrl}#/${query}`, '.lesson-card');
      expect(missingMarkers(await shownText(page), [batches[0][0], batches[1][1]])).toEqual([]);
      await check('catalogue');

      // Settings: this combination's share of the settings sets (each set once over the four).
      const combination = COMBINATIONS.findIndex((entry) => entry.locale === locale && entry.csp === csp);
      const settingsSets = SETTINGS.filter((_, index) => index % COMBINATIONS.length === combination);
      for (const settings of settingsSets) {
        await page.evaluate(
          ([key, value]) => localStorage.setItem(key, value),
          [SCHOOL_SETTINGS_KEY, JSON.stringify(settings)],
        );
        await settle(page, `${kitUrl}#/settings${query}`, '.settings-form');
        const values = await page.evaluate(() =>
          [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')]
            .map((field) => field.value)
            .join('\n'),
        );
        // Settings drop control characters and direction overrides: the marker is what must show.
        expect(values).toContain(`${settings.schoolName.split(' ')[0]} `);
        await check('settings');
      }

      // The live join page, with a vector as the session code in its address.
      await settle(page, `${kitUrl}#/join/${encodeURIComponent(batches[0][5].payload)}${query}`, 'main');
      await check('join page');

      for (const [index, batch] of batches.entries()) {
        const lesson = library.lessons[index];
        await settle(page, `${kitUrl}#/lessons/${lesson.id}${query}`, '#content-note-title');
        expect(missingMarkers(await shownText(page), batch), 'overview').toEqual([]);
        await check(`${lesson.id} overview`);

        await settle(page, `${kitUrl}present.html?lesson=${lesson.id}&lang=${locale}`, '.reveal.ready');
        expect(missingMarkers(await shownText(page), batch), 'deck').toEqual([]);
        await check(`${lesson.id} deck`);
        await speakerView(page, context, seen, `${lesson.id} speaker view`);

        await settle(page, `${kitUrl}#/lessons/${lesson.id}/quiz${query}`, '.quiz-progress');
        expect(missingMarkers(await shownText(page), batch), 'quiz').toEqual([]);
        await check(`${lesson.id} quiz`);
        await forgeFinishedQuiz(page, lesson, batch);
        await settle(page, `${kitUrl}#/lessons/${lesson.id}/quiz${query}`, '.quiz-summary');
        await check(`${lesson.id} quiz summary`);

        // Each handout draws its preview when its own modules have loaded (the teacher's guide last).
        await settle(
          page,
          `${kitUrl}#/lessons/${lesson.id}/handouts${query}`,
          '.handout-preview .handout-html',
          '.handout-preview:not(:has(.handout-html))',
        );
        expect(missingMarkers(await shownText(page), batch), 'handouts').toEqual([]);
        await check(`${lesson.id} handouts`);
      }

      console.log(
        `hostile corpus in the browser (${locale}, CSP ${csp ? 'on' : 'bypassed'}): ${visited.length} visits, ` +
          `ran ${seen.ran.length}, dialogs ${seen.dialogs.length}, navigations ${seen.navigations.length}, ` +
          `popups ${seen.popups.length}, foreign requests ${foreignRequests.length}`,
      );
      expect(seen.ran).toEqual([]);
      expect(seen.dialogs).toEqual([]);
      expect(seen.navigations).toEqual([]);
      // The speaker view is the one window a page may open (one per lesson), on the kit's own origin.
      expect(seen.popups.filter((url) => url !== 'about:blank' && !url.startsWith(kitUrl))).toEqual([]);
      expect(foreignRequests).toEqual([]);
      await context.close();
      // About 16 page visits: well under a minute on a quiet machine, more on a shared one.
    },
    120_000,
  );
});

/** S opens the speaker view (the notes of the slide shown, the next slide): its frames are checked too. */
async function speakerView(page: Page, context: BrowserContext, seen: Watch, where: string): Promise<void> {
  await page.locator('.reveal').click({ position: { x: 5, y: 5 } });
  const opened = context.waitForEvent('page', { timeout: 15_000 });
  await page.keyboard.press('s');
  const speaker = await opened;
  await speaker.waitForLoadState('load');
  await expect
    .poll(() => speaker.frames().filter((frame) => frame.url().includes('present.html')).length, { timeout: 15_000 })
    .toBeGreaterThan(0);
  await speaker.waitForTimeout(500);
  seen.ran.push(...(await sentinelCalls(speaker)).map((id) => `#${id} on ${where}`));
  await speaker.close();
}

/** Progress saved at the summary, so the summary page shows with the hostile question's texts. */
async function forgeFinishedQuiz(page: Page, lesson: Lesson, batch: HostileVector[]): Promise<void> {
  const progress = {
    version: 1,
    fingerprint: quizFingerprint(lesson.quiz),
    seed: 1,
    index: lesson.quiz.length,
    answers: { q1: { kind: 'choice', selected: [`o${batch[1].id}`] } },
  };
  await page.evaluate(
    ([key, value]) => localStorage.setItem(key, value),
    [storageKey(lesson.id), JSON.stringify(progress)],
  );
}
