// A projected deck stays the teacher's: a page of another site cannot frame it, drive it or read its
// speaker notes, and a shared link cannot switch on the notes or lock the teacher's keys.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { preview } from 'vite';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/content/node/paths';
import { openPage, useChromium } from '../support/browser';

const kitUrl = inject('kitUrl');
const browser = useChromium();
const deck = `${kitUrl}present.html?lesson=sextortion-pattern&lang=en`;

// Another site on the same network (another port is another origin): what a hostile intranet page could do.
let hostile: Server;
let HOSTILE = '';
beforeAll(async () => {
  hostile = createServer((request, response) => {
    response.setHeader('Content-Type', 'text/html');
    response.end(
      request.url === '/frame'
        ? `<!doctype html><title>x</title><iframe src="${deck}" width="800" height="450"></iframe>`
        : '<!doctype html><title>x</title><p>hostile</p>',
    );
  });
  await new Promise<void>((resolve) => hostile.listen(0, '127.0.0.1', resolve));
  HOSTILE = `http://127.0.0.1:${(hostile.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise<void>((resolve) => hostile.close(() => resolve())));

describe('the deck and other sites', () => {
  it('refuses to run inside another site’s frame, and says why', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(`${HOSTILE}frame`);
    const frame = page.frameLocator('iframe');
    await expect
      .poll(() => frame.locator('[role="alert"]').textContent(), { timeout: 20_000 })
      .toContain('cannot be shown inside another site');
    expect(await frame.locator('.reveal').count()).toBe(0);
    await context.close();
  });

  it('ignores postMessage calls and the notes handshake from another site', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(HOSTILE);
    const [deckPage] = await Promise.all([
      context.waitForEvent('page'),
      page.evaluate((url) => void ((window as unknown as { deck: Window | null }).deck = window.open(url)), deck),
    ]);
    await deckPage.locator('.reveal.ready').waitFor({ state: 'attached', timeout: 30_000 });
    const received = await page.evaluate(async () => {
      const target = (window as unknown as { deck: Window }).deck;
      const messages: string[] = [];
      window.addEventListener('message', (event) => messages.push(String(event.data)));
      target.postMessage(JSON.stringify({ namespace: 'reveal-notes', type: 'heartbeat' }), '*');
      // The kit's speaker view says hello to learn where the deck is: another site must learn nothing.
      target.postMessage(JSON.stringify({ namespace: 'mamoru-speaker', type: 'hello' }), '*');
      target.postMessage(
        JSON.stringify({ method: 'configure', args: [{ showNotes: true, controls: false, keyboard: false }] }),
        '*',
      );
      target.postMessage(JSON.stringify({ method: 'slide', args: [3] }), '*');
      await new Promise((resolve) => setTimeout(resolve, 1500));
      return messages;
    });
    expect(received).toEqual([]);
    expect(
      await deckPage.evaluate(() =>
        [...document.querySelectorAll('.reveal .slides > section')].findIndex((slide) =>
          slide.classList.contains('present'),
        ),
      ),
    ).toBe(0);
    expect(await deckPage.locator('.reveal .speaker-notes.visible').count()).toBe(0);
    await context.close();
  });

  it('drops reveal.js settings from a shared link: no notes on the projector, the teacher keeps the keys', async () => {
    const { page, context } = await openPage(browser(), kitUrl, { viewport: { width: 1280, height: 720 } });
    await page.goto(`${deck}&showNotes=true&controls=false&keyboard=false&autoSlide=500&loop=true`);
    await page.locator('.reveal.ready').waitFor({ state: 'attached', timeout: 30_000 });
    expect(new URL(page.url()).search).toBe('?lesson=sextortion-pattern&lang=en');
    expect(await page.locator('.reveal .speaker-notes.visible').count()).toBe(0);
    expect(
      await page.locator('.reveal .controls').evaluate((controls) => (controls as HTMLElement).style.display),
    ).not.toBe('none');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/1');
    await page.waitForTimeout(1200);
    expect(await page.evaluate(() => location.hash)).toBe('#/1');
    await context.close();
  });

  it('is served by npm run preview with headers that forbid other sites to frame it', async () => {
    const server = await preview({
      root: PROJECT_ROOT,
      logLevel: 'silent',
      build: { outDir: inject('distDir') },
      preview: { host: '127.0.0.1', port: 0 },
    });
    try {
      const response = await fetch(new URL('present.html', server.resolvedUrls!.local[0]));
      expect(response.status).toBe(200);
      expect(response.headers.get('content-security-policy')).toBe("frame-ancestors 'self'");
      expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    } finally {
      await server.close();
    }
  });
});
