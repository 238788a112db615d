// The district setup of docs/deploy.md, end to end with real parts: two classroom processes on a
// real redis-server behind a real nginx running the shipped sample config (docs/nginx/mamoru.conf).
// - A student whose WebSocket is cut joins and answers over HTTP long-polling: the sample's sticky
//   `hash` line keeps its requests on one process, while the teacher is on the other.
// - Over HTTPS (a certificate made by openssl now) the kit registers its service worker, which
//   browsers refuse on a plain-HTTP LAN address.
// - A session nobody uses runs out (its Redis keys expire): the student's page and the teacher's
//   deck both say it has ended.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { liveMessages } from '../../src/live/messages';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, openPage, visit } from '../support/browser';
import { connect, newToken, proxyWithoutWebSockets, send, startClassroomProcess } from '../support/classroom';
import { useCleanups } from '../support/cleanups';
import { selfSignedCertificate, startNginx } from '../support/nginx';
import { freePort, startRedis, type TestRedis } from '../support/redis-server';

const LESSON = 'sextortion-pattern';
/** A name that is not this computer's (where plain HTTP would count as secure), mapped to loopback. */
const HOST_NAME = 'mamoru.test';
const words = (key: keyof typeof liveMessages) => liveMessages[key].en;

let browser: Browser;
let redis: TestRedis;
beforeAll(async () => {
  [browser, redis] = await Promise.all([
    chromium.launch({
      executablePath: CHROMIUM_PATH,
      // The test's own certificate, and its host name resolved to loopback inside Chromium only.
      args: [...CHROMIUM_FLAGS, '--ignore-certificate-errors', `--host-resolver-rules=MAP ${HOST_NAME} 127.0.0.1`],
    }),
    startRedis(),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await redis?.remove();
});

const cleanups = useCleanups();

/** Two `npm run classroom -- --redis` processes showing `publicUrl` on their pages. */
async function twoProcesses(publicUrl: string, env: Record<string, string> = {}) {
  const started = await Promise.all(
    [0, 1].map(() => startClassroomProcess(inject('distDir'), '', 0, { redis: redis.url, publicUrl, env })),
  );
  for (const process of started) cleanups.push(() => process.stop());
  return started;
}

async function connections(url: string): Promise<number> {
  return ((await (await fetch(`${url}healthz`)).json()) as { connections: number }).connections;
}

/** The teacher's deck on `url`, with a live class started: its code and check word. */
async function startLiveClass(url: string): Promise<{ teacher: Page; code: string; checkWord: string }> {
  const watched = await openPage(browser, url, { locale: 'en-GB', viewport: { width: 1280, height: 720 } });
  cleanups.push(() => watched.context.close());
  const teacher = watched.page;
  await teacher.goto(`${url}present.html?lesson=${LESSON}&lang=en`, { waitUntil: 'networkidle' });
  await teacher.waitForSelector('.deck-page[data-fonts="ready"] .deck-tools-slot button', { state: 'attached' });
  await teacher.keyboard.press('l');
  await teacher.waitForSelector('.live-join-card img');
  const code = (await teacher.textContent('.live-join-words dd:not(.live-check-word-shown)'))!.trim();
  const checkWord = (await teacher.textContent('.live-check-word-shown'))!.trim();
  return { teacher, code, checkWord };
}

describe('the district setup behind nginx', () => {
  it('takes a student whose WebSocket is cut by a school proxy over long-polling, kept on one process by the sticky hash', async () => {
    const port = await freePort();
    const [a, b] = await twoProcesses(`http://127.0.0.1:${port}/`);
    const nginx = await startNginx({ upstreamPorts: [a.port, b.port], port, sticky: true });
    cleanups.push(() => nginx.stop());

    // A device on long-polling only, through nginx: the hash sends all of 127.0.0.1 to one process.
    const polling = await connect(nginx.url, { websocket: false });
    cleanups.push(() => polling.disconnect());
    expect(polling.io.engine.transport.name).toBe('polling');
    await expect.poll(async () => (await connections(a.url)) + (await connections(b.url))).toBe(1);
    const studentsOn = (await connections(a.url)) === 1 ? a : b;
    const teacherOn = studentsOn === a ? b : a;

    // The teacher is on the other process: what the students send reaches it through Redis.
    const { teacher, code, checkWord } = await startLiveClass(teacherOn.url);
    expect(await teacher.textContent('.live-url')).toContain(nginx.url);
    const token = newToken();
    expect(await send(polling, 'student:join', { code, checkWord, token })).toMatchObject({ ok: true });

    // A browser behind a school proxy that refuses every WebSocket: the kit's page falls back to
    // long-polling by itself, through the proxy and nginx.
    const school = await proxyWithoutWebSockets(nginx.url);
    cleanups.push(() => school.close());
    const student = await openPage(browser, school.url, { locale: 'en-GB' });
    cleanups.push(() => student.context.close());
    const webSockets: string[] = [];
    const polls: string[] = [];
    student.page.on('websocket', (socket) => webSockets.push(socket.url()));
    student.page.on('request', (request) => {
      if (request.url().includes('transport=polling')) polls.push(request.url());
    });
    await student.page.goto(`${school.url}#/join/${code}?lang=en`);
    await student.page.fill('#check-word', checkWord);
    await student.page.click('.live-join-form button[type="submit"]');
    await student.page.getByText(words('waiting')).waitFor();
    await expect.poll(() => teacher.textContent('.live-joined')).toContain('2');

    // A quiz question: both answer over long-polling, and the projector counts them.
    const q4 = await teacher.evaluate(() =>
      [...document.querySelectorAll('.reveal .slides > section')].findIndex((slide) =>
        slide.querySelector('.quiz-slide[data-question="q4"]'),
      ),
    );
    await teacher.evaluate((n) => (window.location.hash = `#/${n}`), q4);
    await student.page.waitForSelector('.live-round[data-round="quiz-q4"][data-state="open"]');
    await student.page.check('input[name="q4"][value="c"]');
    await student.page.locator('.live-question[data-question="q4"] button[type="submit"]').click();
    await student.page.getByText(words('answerSent')).waitFor();
    expect(
      await send(polling, 'student:answer', {
        code,
        token,
        roundId: 'quiz-q4',
        answers: { q4: { kind: 'choice', selected: ['b'] } },
      }),
    ).toEqual({ ok: true });
    await expect.poll(() => teacher.textContent('.live-answered')).toContain('2 / 2');
    expect(webSockets.every((url) => url.startsWith(school.url.replace('http', 'ws')))).toBe(true);
    expect(polls.length).toBeGreaterThan(2);
    expect(await connections(teacherOn.url)).toBe(1);
    expect(student.foreignRequests).toEqual([]);
  }, 180_000);

  it('serves the kit over HTTPS with a certificate, so its service worker registers', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mamoru-tls-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const tls = await selfSignedCertificate(dir, HOST_NAME);
    const port = await freePort();
    const publicUrl = `https://${HOST_NAME}:${port}/`;
    const [a, b] = await twoProcesses(publicUrl);
    const nginx = await startNginx({ upstreamPorts: [a.port, b.port], port, sticky: true, tls, hostName: HOST_NAME });
    cleanups.push(() => nginx.stop());
    expect(nginx.url).toBe(publicUrl);

    const { page, context, foreignRequests } = await openPage(browser, nginx.url, {
      locale: 'en-GB',
      serviceWorkers: 'allow',
    });
    cleanups.push(() => context.close());
    await visit(page, `${nginx.url}#/?lang=en`);
    expect(await page.evaluate(() => [location.protocol, window.isSecureContext])).toEqual(['https:', true]);
    await expect
      .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope ?? null), {
        timeout: 30_000,
      })
      .toBe(publicUrl);
    // The footer follows the offline copy being stored: not "not available at this address".
    await expect
      .poll(() => page.getAttribute('[data-offline-state]', 'data-offline-state'))
      .toMatch(/^(preparing|ready)$/);
    // The live class runs over the same HTTPS address (a WebSocket through nginx, wss://).
    const { teacher } = await startLiveClass(nginx.url);
    expect(await teacher.textContent('.live-url')).toContain(publicUrl);
    expect(foreignRequests).toEqual([]);
  }, 180_000);

  it('tells the student and the teacher when an unused session runs out in Redis', async () => {
    // Sessions that live 20 s unused instead of 3 hours (a setting for tests only).
    const [a, b] = await twoProcesses('', { MAMORU_TEST_SESSION_IDLE_MS: '20000' });
    const { teacher, code, checkWord } = await startLiveClass(a.url);
    const student = await openPage(browser, b.url, { locale: 'en-GB' });
    cleanups.push(() => student.context.close());
    await student.page.goto(`${b.url}#/join/${code}?lang=en`);
    await student.page.fill('#check-word', checkWord);
    await student.page.click('.live-join-form button[type="submit"]');
    await student.page.getByText(words('waiting')).waitFor();
    await expect.poll(() => teacher.textContent('.live-joined')).toContain('1');

    // Nobody does anything: the keys expire in Redis, and each process tells its own connections.
    await student.page.getByText(words('sessionEnded')).waitFor({ timeout: 60_000 });
    await teacher.getByText(words('sessionExpired')).waitFor({ timeout: 60_000 });
    expect(await teacher.locator('.live-status-line').count()).toBe(0);
    await teacher.screenshot({ path: path.join(tmpdir(), 'mamoru-session-expired-teacher.png') });
    await student.page.screenshot({ path: path.join(tmpdir(), 'mamoru-session-expired-student.png') });
  }, 180_000);
});
