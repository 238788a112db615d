// The live class at district scale: three classroom processes on one real redis-server, behind a
// real nginx running the shipped sample config (docs/nginx/mamoru.conf). The teacher's deck is on
// process A, the students' devices reach B and C through nginx. Process B is killed mid-question:
// its devices reconnect through nginx to C with their answers counted once. Then Redis itself
// restarts mid-session: the teacher is told, and the session carries on.
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { liveMessages } from '../../src/live/messages';
import { openPage, useChromium, type WatchedPage } from '../support/browser';
import { connect, newToken, send, startClassroomProcess, type LiveClient } from '../support/classroom';
import { useCleanups } from '../support/cleanups';
import { startNginx } from '../support/nginx';
import { freePort, startRedis } from '../support/redis-server';

const browser = useChromium();
const LESSON = 'sextortion-pattern';
const words = (key: keyof typeof liveMessages) => liveMessages[key].en;

const cleanups = useCleanups();

async function connections(url: string): Promise<number> {
  const health = (await (await fetch(`${url}healthz`)).json()) as { connections: number };
  return health.connections;
}

async function goToQuestion(teacher: Page, question: string): Promise<void> {
  const index = await teacher.evaluate(
    (id) =>
      [...document.querySelectorAll('.reveal .slides > section')].findIndex((slide) =>
        slide.querySelector(`.quiz-slide[data-question="${id}"]`),
      ),
    question,
  );
  expect(index).toBeGreaterThan(0);
  await teacher.evaluate((n) => (window.location.hash = `#/${n}`), index);
}

describe('a live class on three processes behind nginx', () => {
  it('keeps one count across processes, through the loss of a process and a restart of Redis', async () => {
    const redis = await startRedis();
    cleanups.push(() => redis.remove());
    const nginxPort = await freePort();
    const publicUrl = `http://127.0.0.1:${nginxPort}/`;
    const [a, b, c] = await Promise.all(
      [0, 1, 2].map(() => startClassroomProcess(inject('distDir'), '', 0, { redis: redis.url, publicUrl })),
    );
    for (const process of [a, b, c]) cleanups.push(() => process.stop());
    // nginx on the port the pages already show: the shipped config, upstream B and C, without the
    // sticky hash, so that devices from this one address spread over B and C.
    const nginx = await startNginx({ upstreamPorts: [b.port, c.port], port: nginxPort, sticky: false });
    // Stopped by its pid even when the test fails.
    cleanups.push(() => nginx.stop());

    // The teacher presents from process A and starts a live class; the join address is nginx's.
    const teacher = await openPage(browser(), `${a.url}present.html`, {
      locale: 'en-GB',
      viewport: { width: 1280, height: 720 },
    });
    cleanups.push(() => teacher.context.close());
    await teacher.page.goto(`${a.url}present.html?lesson=${LESSON}&lang=en`, { waitUntil: 'networkidle' });
    await teacher.page.waitForSelector('.deck-page[data-fonts="ready"] .deck-tools-slot button', { state: 'attached' });
    await teacher.page.keyboard.press('l');
    await teacher.page.waitForSelector('.live-join-card img');
    const joinAddress = (await teacher.page.textContent('.live-url'))!.trim();
    const code = (await teacher.page.textContent('.live-join-words dd:not(.live-check-word-shown)'))!.trim();
    const checkWord = (await teacher.page.textContent('.live-check-word-shown'))!.trim();
    expect(joinAddress).toBe(`${nginx.url}#/join/${code}?lang=en`);

    // Four browsers join through nginx, which spreads their WebSockets over B and C.
    const students: WatchedPage[] = [];
    for (let i = 0; i < 4; i++) {
      const student = await openPage(browser(), joinAddress, {
        locale: 'en-GB',
        viewport: { width: 1366, height: 768 },
      });
      cleanups.push(() => student.context.close());
      await student.page.goto(joinAddress);
      await student.page.waitForSelector('#check-word');
      await student.page.fill('#check-word', checkWord);
      await student.page.click('.live-join-form button[type="submit"]');
      await student.page.getByText(words('waiting')).waitFor();
      students.push(student);
    }
    // Two simulated devices through nginx too, so that results reach the threshold of 5.
    const simulated: { socket: LiveClient; token: string }[] = [];
    for (let i = 0; i < 2; i++) {
      const socket = await connect(nginx.url);
      cleanups.push(() => socket.disconnect());
      const token = newToken();
      expect((await send(socket, 'student:join', { code, checkWord, token })).ok).toBe(true);
      simulated.push({ socket, token });
    }
    await expect.poll(() => teacher.page.textContent('.live-joined')).toContain('6');
    expect(await connections(b.url)).toBeGreaterThan(0);
    expect(await connections(c.url)).toBeGreaterThan(0);

    // A quiz slide opens the question on every device, whichever process it is on.
    await goToQuestion(teacher.page, 'q4');
    await Promise.all(
      students.map((s) => s.page.waitForSelector('.live-round[data-round="quiz-q4"][data-state="open"]')),
    );
    const answer = async (student: WatchedPage, value: string) => {
      await student.page.check(`input[name="q4"][value="${value}"]`);
      await student.page.locator('.live-question[data-question="q4"] button[type="submit"]').click();
      await student.page.getByText(words('answerSent')).waitFor();
    };
    for (const student of students.slice(0, 2)) await answer(student, 'c');
    await send(simulated[0].socket, 'student:answer', {
      code,
      token: simulated[0].token,
      roundId: 'quiz-q4',
      answers: { q4: { kind: 'choice', selected: ['c'] } },
    });
    await expect.poll(() => teacher.page.textContent('.live-answered')).toContain('3 / 6');

    // Process B dies mid-question. Its devices reconnect through nginx to C, and join again with
    // their tokens: the answers they gave are still counted, once.
    await b.stop('SIGKILL');
    for (const student of students)
      await student.page.getByText(words('reconnecting')).waitFor({ state: 'hidden', timeout: 30_000 });
    await expect.poll(() => connections(c.url), { timeout: 20_000 }).toBeGreaterThanOrEqual(4);
    expect(await teacher.page.textContent('.live-answered')).toContain('3 / 6');
    for (const student of students.slice(0, 2))
      expect(await student.page.isChecked('input[name="q4"][value="c"]')).toBe(true);
    for (const student of students.slice(2)) await answer(student, 'c');
    const second = simulated[1].socket.connected ? simulated[1] : { ...simulated[1], socket: await connect(nginx.url) };
    if (second.socket !== simulated[1].socket) cleanups.push(() => second.socket.disconnect());
    expect((await send(second.socket, 'student:join', { code, checkWord, token: second.token })).ok).toBe(true);
    expect(
      await send(second.socket, 'student:answer', {
        code,
        token: second.token,
        roundId: 'quiz-q4',
        answers: { q4: { kind: 'choice', selected: ['b'] } },
      }),
    ).toEqual({ ok: true });
    await expect.poll(() => teacher.page.textContent('.live-answered'), { timeout: 20_000 }).toContain('6 / 6');
    await teacher.page.getByRole('button', { name: words('reveal') }).click();
    const results = teacher.page.locator('.live-results');
    await results.waitFor();
    // 5 of 6 chose the right answer (c): 83%.
    await expect.poll(() => results.locator('li.correct .live-bar-value').textContent()).toContain('5 (83%)');

    // Redis restarts mid-session: the teacher's bar says so. The teacher moves on to the next quiz
    // slide meanwhile; its question opens on every device, whichever process, once Redis is back.
    await redis.stop();
    await teacher.page.getByText(words('storeDown')).waitFor();
    await teacher.page.screenshot({ path: path.join(tmpdir(), 'mamoru-scaled-store-down.png') });
    await goToQuestion(teacher.page, 'q2');
    // Redis stays away a moment longer, as a real restart does: an opening sent now would be refused.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await redis.start();
    await teacher.page.getByText(words('storeDown')).waitFor({ state: 'hidden', timeout: 30_000 });
    await Promise.all(
      students.map((s) =>
        s.page.waitForSelector('.live-round[data-round="quiz-q2"][data-state="open"]', { timeout: 30_000 }),
      ),
    );
    for (const student of students) {
      await student.page.check('input[name="q2"][value="true"]');
      await student.page.locator('.live-question[data-question="q2"] button[type="submit"]').click();
      await student.page.getByText(words('answerSent')).waitFor();
    }
    // C may take a few seconds longer than A to reconnect: it then sends its counts again.
    await expect.poll(() => teacher.page.textContent('.live-answered'), { timeout: 20_000 }).toContain('4 / 6');
    // The question waited for Redis instead of being refused: the teacher was shown no error.
    expect(await teacher.page.getByRole('alert').allTextContents()).toEqual([]);
    for (const watched of [teacher, ...students]) expect(watched.foreignRequests).toEqual([]);
  }, 300_000);
});
