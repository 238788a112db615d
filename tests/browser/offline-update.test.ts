// A school's server gets a new version of the kit while a teacher has it open: the new version is
// offered ("Update now"), never forced. The page is not reloaded until the button is pressed, and
// an open deck is never reloaded at all. Two real builds, the second with a change.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Plugin } from 'vite';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { translate } from '../../src/i18n/messages';
import { openPage, useChromium, visit } from '../support/browser';
import { buildKit } from '../support/build-kit';
import { serveDist, type ServedDist } from '../support/static-server';

const firstVersion = inject('distDir');
const browser = useChromium();

/** The change in the second build: a mark in every page, as any edit to the kit would make. */
function secondVersionMark(): Plugin {
  return {
    name: 'test:second-version',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { name: 'mamoru-test-version', content: '2' }, injectTo: 'head' }],
  };
}

let secondVersion = '';
let server: ServedDist;

beforeAll(async () => {
  secondVersion = mkdtempSync(path.join(tmpdir(), 'mamoru-dist-v2-'));
  await buildKit(secondVersion, [secondVersionMark()]);
  server = await serveDist(firstVersion);
}, 600_000);

afterAll(async () => {
  await server?.close();
  if (secondVersion) rmSync(secondVersion, { recursive: true, force: true });
});

const versionOf = (page: import('playwright-core').Page) =>
  page.evaluate(() => document.querySelector('meta[name="mamoru-test-version"]')?.getAttribute('content') ?? '1');

describe('a new version of the kit', () => {
  it('is offered with "Update now" and never reloads the page or an open deck by itself', async () => {
    const { page, context, consoleErrors, foreignRequests } = await openPage(browser(), server.url, {
      locale: 'en-GB',
      serviceWorkers: 'allow',
    });
    await visit(page, `${server.url}#/?lang=en`);
    await page.locator('[data-offline-state="ready"]').waitFor({ timeout: 150_000 });
    const deck = await context.newPage();
    await deck.goto(`${server.url}present.html?lesson=if-it-happens&lang=en`, { waitUntil: 'load' });
    await deck.locator('.reveal.ready').waitFor({ state: 'attached', timeout: 30_000 });
    await deck.keyboard.press('ArrowRight');
    await deck.evaluate(() => Object.assign(window, { deckNeverReloaded: true }));

    server.swap(secondVersion);
    // The teacher opens the kit again: the offline copy answers at once (still version 1) while
    // the browser finds the new version and installs it beside the one in use.
    await page.reload({ waitUntil: 'load' });
    expect(await versionOf(page)).toBe('1');
    const offer = page.locator('.offline-update');
    await offer.waitFor({ timeout: 150_000 });
    expect(await offer.innerText()).toContain(translate('en', 'offline.updateAvailable'));
    await page.evaluate(() => Object.assign(window, { appNeverReloaded: true }));

    // Offered, not forced: nothing reloads while the offer waits.
    await page.waitForTimeout(3000);
    expect(await page.evaluate(() => 'appNeverReloaded' in window)).toBe(true);
    expect(await versionOf(page)).toBe('1');
    expect(await deck.evaluate(() => 'deckNeverReloaded' in window)).toBe(true);
    expect(await deck.locator('.offline-update').count()).toBe(0);

    const reloaded = page.waitForEvent('load');
    await offer.getByRole('button', { name: translate('en', 'offline.updateNow') }).click();
    await reloaded;
    await page.waitForFunction(() => (document.getElementById('root')?.childElementCount ?? 0) > 0);
    expect(await page.evaluate(() => 'appNeverReloaded' in window)).toBe(false);
    expect(await versionOf(page)).toBe('2');
    await page.locator('[data-offline-state="ready"]').waitFor();
    expect(await page.locator('.offline-update').count()).toBe(0);
    // The deck a teacher is presenting from stays as it was, on its slide.
    expect(await deck.evaluate(() => 'deckNeverReloaded' in window)).toBe(true);
    expect(await deck.evaluate(() => document.querySelector('.reveal .slides > section.present') !== null)).toBe(true);
    expect(foreignRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
