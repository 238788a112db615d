// What the offline copy holds and where it cannot be made: the precache stays within its budget
// and holds what every route needs; the kit is installable; served over plain HTTP on a LAN
// address the footer says offline use is not available there (browsers refuse service workers)
// and everything else works; a copy that cannot be stored completely is reported as failed.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { networkInterfaces, tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { PRECACHE_BUDGET_BYTES, precacheOf, SERVICE_WORKER_FILE } from '../../src/build/offline-plugin';
import { translate } from '../../src/i18n/messages';
import { openPage, useChromium, visit } from '../support/browser';
import { serveDist } from '../support/static-server';

const kitUrl = inject('kitUrl');
const distDir = inject('distDir');
const browser = useChromium();

describe('the precache', () => {
  it(`holds every page, lesson, font and the PDF maker's fonts, within ${PRECACHE_BUDGET_BYTES / 2 ** 20} MB`, async () => {
    const { files, bytes } = await precacheOf(distDir);
    console.log(`precache: ${files.length} files, ${(bytes / 2 ** 20).toFixed(1)} MB`);
    expect(bytes).toBeLessThanOrEqual(PRECACHE_BUDGET_BYTES);
    expect(files).toEqual(
      expect.arrayContaining(['index.html', 'present.html', 'manifest.webmanifest', 'favicon.svg']),
    );
    // The PDF maker's fonts, regular and bold each: the kit font's subset, the full font for a
    // school's rare character, and the Latin font of English handouts.
    const fonts = files.filter((file) => file.endsWith('.ttf'));
    for (const name of [/BIZUDPGothic-\w+-subset/, /BIZUDPGothic_\d+\w+-/, /AtkinsonHyperlegible_\d+\w+-/])
      expect(
        fonts.filter((file) => name.test(file)),
        String(name),
      ).toHaveLength(2);
    expect(fonts).toHaveLength(6);
    expect(files.filter((file) => file.endsWith('.woff2')).length).toBeGreaterThan(0);
    expect(files.filter((file) => file.startsWith('handouts/'))).toEqual([]);
    // The service worker the build wrote precaches exactly these files.
    const worker = readFileSync(path.join(distDir, SERVICE_WORKER_FILE), 'utf8');
    const inWorker = [
      ...new Set(
        [...worker.matchAll(/["']?\burl["']?\s*:\s*["']([^"']+)["']\s*,\s*["']?revision\b/g)].map((match) => match[1]),
      ),
    ].sort();
    expect(inWorker).toEqual(files);
  });

  it('refuses a folder that is not a built kit', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'mamoru-empty-'));
    try {
      await expect(precacheOf(path.join(empty, 'missing'))).rejects.toThrow();
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

describe('installing the kit', () => {
  it('is installable: a manifest with the kit’s name, language and icon, and a service worker', async () => {
    const { page, context } = await openPage(browser(), kitUrl, { serviceWorkers: 'allow' });
    await visit(page, `${kitUrl}#/?lang=ja`);
    await page.locator('[data-offline-state="ready"]').waitFor({ timeout: 150_000 });
    const manifest = (await (await page.request.get(`${kitUrl}manifest.webmanifest`)).json()) as Record<
      string,
      unknown
    >;
    expect(manifest).toMatchObject({ name: 'まもる mamoru', lang: 'ja', start_url: './', display: 'standalone' });
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
      installabilityErrors: { errorId: string }[];
    };
    // Playwright's contexts are private windows, which Chromium never installs from.
    expect(installabilityErrors.map((error) => error.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
    await context.close();
  });
});

/** This machine's first IPv4 address that is not loopback, as a school LAN would use. */
function lanAddress(): string | undefined {
  return Object.values(networkInterfaces())
    .flat()
    .find((address) => address && address.family === 'IPv4' && !address.internal)?.address;
}

describe('served over plain HTTP on a LAN address', () => {
  const address = lanAddress();
  it.skipIf(!address)('says offline use is not available there, and the kit works', async () => {
    const served = await serveDist(distDir, address);
    try {
      const { page, context, consoleErrors, foreignRequests } = await openPage(browser(), served.url, {
        locale: 'en-GB',
        serviceWorkers: 'allow',
      });
      await visit(page, `${served.url}#/?lang=en`);
      const footer = page.locator('.offline-status');
      await expect.poll(() => footer.getAttribute('data-offline-state')).toBe('not-available-here');
      expect(await footer.innerText()).toBe(translate('en', 'offline.notAvailableHere'));
      expect(await page.evaluate(() => navigator.serviceWorker === undefined)).toBe(true);
      expect(await page.locator('.lesson-card').count()).toBeGreaterThan(0);
      await visit(page, `${served.url}#/lessons/if-it-happens?lang=ja`);
      expect(await footer.innerText()).toBe(translate('ja', 'offline.notAvailableHere'));
      expect(consoleErrors).toEqual([]);
      expect(foreignRequests).toEqual([]);
      await context.close();
    } finally {
      await served.close();
    }
  });
});

describe('a copy that cannot be stored completely', () => {
  it('says saving for offline use failed, and the kit keeps working online', async () => {
    const broken = mkdtempSync(path.join(tmpdir(), 'mamoru-dist-broken-'));
    try {
      cpSync(distDir, broken, { recursive: true });
      // A school server that lost one precached file (a half-copied upload).
      const { files } = await precacheOf(distDir);
      rmSync(
        path.join(
          broken,
          files.find((file) => file.endsWith('.ttf'))!,
        ),
      );
      const served = await serveDist(broken);
      try {
        const { page, context } = await openPage(browser(), served.url, { locale: 'en-GB', serviceWorkers: 'allow' });
        await visit(page, `${served.url}#/?lang=en`);
        const footer = page.locator('.offline-status');
        await expect.poll(() => footer.getAttribute('data-offline-state'), { timeout: 150_000 }).toBe('failed');
        expect(await footer.innerText()).toBe(translate('en', 'offline.failed'));
        expect(await page.locator('.lesson-card').count()).toBeGreaterThan(0);
        await context.close();
      } finally {
        await served.close();
      }
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  });
});
