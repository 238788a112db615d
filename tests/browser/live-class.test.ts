// A teacher runs a live class from the deck, and a class of devices takes part: five real browsers
// (touch, 1366×768 and iPad sizes; one behind a proxy that cuts WebSockets) and five simulated
// devices, so that the anonymity thresholds are reached. One story per language, through the
// check questions, two quiz slides, a reload, a server crash and the end of the session.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import type { Locale } from '../../src/content/types';
import { liveMessages } from '../../src/live/messages';
import { axeViolations, openPage, useChromium, type WatchedPage } from '../support/browser';
import {
  connect,
  newToken,
  proxyWithoutWebSockets,
  send,
  startClassroomProcess,
  type LiveClient,
} from '../support/classroom';
import { useCleanups } from '../support/cleanups';
import { deckAxeViolations } from '../support/deck';

const browser = useChromium();
const LESSON = 'sextortion-pattern';

const cleanups = useCleanups();

const DEVICES = [
  { name: 'Chromebook (touch)', viewport: { width: 1366, height: 768 }, hasTouch: true },
  { name: 'iPad portrait', viewport: { width: 820, height: 1180 }, hasTouch: true, isMobile: true },
  { name: 'Windows laptop', viewport: { width: 1366, height: 768 } },
  { name: 'iPad landscape', viewport: { width: 1180, height: 820 }, hasTouch: true, isMobile: true },
  { name: 'behind a proxy that cuts WebSockets', viewport: { width: 1366, height: 768 }, pollingOnly: true },
];

interface Student extends WatchedPage {
  name: string;
  address: string;
  pollingRequests: number;
}

const words = (locale: Locale, key: keyof typeof liveMessages) => liveMessages[key][locale];

/** The slide index of a lesson's quiz question in the teacher's deck, and going there. */
async function goToSlide(teacher: Page, which: { question: string } | 'last'): Promise<void> {
  const index = await teacher.evaluate((target) => {
    const slides = [...document.querySelectorAll('.reveal .slides > section')];
    return target === 'last'
      ? slides.length - 1
      : slides.findIndex((slide) => slide.querySelector(`.quiz-slide[data-question="${target.question}"]`));
  }, which);
  expect(index).toBeGreaterThan(0);
  await teacher.evaluate((n) => (window.location.hash = `#/${n}`), index);
}

async function answered(teacher: Page): Promise<string> {
  return (await teacher.textContent('.live-answered')) ?? '';
}

/** A simulated device (socket.io-client from Node): joins and answers like the page does. */
async function simulatedDevice(
  url: string,
  code: string,
  checkWord: string,
): Promise<{ socket: LiveClient; token: string }> {
  const socket = await connect(url);
  cleanups.push(() => socket.disconnect());
  const token = newToken();
  expect(await send(socket, 'student:join', { code, checkWord, token })).toMatchObject({ ok: true });
  return { socket, token };
}

async function liveClassStory(locale: Locale, options: { crash: boolean }) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'mamoru-live-'));
  let server = await startClassroomProcess(inject('distDir'), dataDir);
  const started = server;
  cleanups.push(() => started.stop());

  // The teacher presents the lesson and starts a live class with the key L.
  const teacher = await openPage(browser(), `${server.url}present.html`, {
    locale: locale === 'ja' ? 'ja-JP' : 'en-GB',
    viewport: { width: 1280, height: 720 },
  });
  cleanups.push(() => teacher.context.close());
  teacher.page.on('dialog', (dialog) => void dialog.accept());
  await teacher.page.goto(`${server.url}present.html?lesson=${LESSON}&lang=${locale}`, { waitUntil: 'networkidle' });
  await teacher.page.waitForSelector('.deck-page[data-fonts="ready"] .deck-tools-slot button', { state: 'attached' });
  await teacher.page.keyboard.press('l');
  await teacher.page.waitForSelector('.live-join-card img');
  const joinAddress = (await teacher.page.textContent('.live-url'))!.trim();
  const code = (await teacher.page.textContent('.live-join-words dd:not(.live-check-word-shown)'))!.trim();
  const checkWord = (await teacher.page.textContent('.live-check-word-shown'))!.trim();
  expect(joinAddress).toBe(`${server.url}#/join/${code}?lang=${locale}`);
  expect(await deckAxeViolations(teacher.page), 'projector overlay: how to join').toEqual([]);

  // Five devices open the projected address (one through a proxy that refuses WebSockets); one first
  // types a wrong check word.
  const proxy = await proxyWithoutWebSockets(server.url);
  cleanups.push(() => proxy.close());
  const students: Student[] = [];
  for (const device of DEVICES) {
    const watched = await openPage(browser(), device.pollingOnly ? proxy.url : joinAddress, {
      locale: locale === 'ja' ? 'ja-JP' : 'en-GB',
      viewport: device.viewport,
      hasTouch: device.hasTouch,
      isMobile: device.isMobile,
    });
    cleanups.push(() => watched.context.close());
    const student: Student = {
      ...watched,
      name: device.name,
      address: device.pollingOnly ? joinAddress.replace(server.url, proxy.url) : joinAddress,
      pollingRequests: 0,
    };
    watched.page.on('request', (request) => {
      if (request.url().includes('/socket.io/') && request.url().includes('transport=polling'))
        student.pollingRequests++;
    });
    students.push(student);
  }
  // Not "network idle": a device on long-polling always has a request open.
  await Promise.all(
    students.map((student) =>
      student.page.goto(student.address).then(() => student.page.waitForSelector('#check-word')),
    ),
  );
  const [first] = students;
  await first.page.fill('#check-word', checkWord === '0000' ? '1111' : '0000');
  await first.page.click('.live-join-form button[type="submit"]');
  await first.page.getByText(words(locale, 'error-wrong-check-word')).waitFor();
  for (const student of students) {
    await student.page.fill('#check-word', checkWord);
    await student.page.click('.live-join-form button[type="submit"]');
  }
  await Promise.all(students.map((student) => student.page.getByText(words(locale, 'waiting')).waitFor()));
  const simulated = await Promise.all(Array.from({ length: 5 }, () => simulatedDevice(server.url, code, checkWord)));
  await expect.poll(() => teacher.page.textContent('.live-joined')).toContain('10');
  expect(await axeViolations(first.page), 'student page, waiting').toEqual([]);

  // Before the lesson: the check set (q1, q8). Most of the class gets q8 wrong at first.
  await teacher.page.getByRole('button', { name: words(locale, 'askBefore') }).click();
  await Promise.all(students.map((student) => student.page.waitForSelector('.live-round[data-round="before"]')));
  for (const [index, student] of students.entries()) {
    await student.page.check('input[name="q1"][value="a"]');
    await student.page.check(`input[name="q8"][value="${index < 3 ? 'true' : 'false'}"]`);
    await student.page.locator('.live-question[data-question="q8"] button[type="submit"]').click();
    await student.page.getByText(words(locale, 'answerSent')).waitFor();
  }
  for (const { socket, token } of simulated) {
    await send(socket, 'student:answer', {
      code,
      token,
      roundId: 'before',
      answers: { q1: { kind: 'choice', selected: ['b'] }, q8: { kind: 'truefalse', value: true } },
    });
  }
  await expect.poll(() => answered(teacher.page)).toContain('10 / 10');
  await teacher.page.getByRole('button', { name: words(locale, 'closeQuestion') }).click();
  await Promise.all(students.map((student) => student.page.getByText(words(locale, 'roundClosed')).waitFor()));

  // The first quiz slide (q4, a scenario) comes up on every device by itself.
  await goToSlide(teacher.page, { question: 'q4' });
  await Promise.all(
    students.map((student) => student.page.waitForSelector('.live-round[data-round="quiz-q4"][data-state="open"]')),
  );
  expect(await axeViolations(students[1].page), 'student page, a question').toEqual([]);
  for (const [index, student] of students.entries()) {
    await student.page.check(`input[name="q4"][value="${index === 4 ? 'b' : 'c'}"]`);
    await student.page.locator('.live-question[data-question="q4"] button[type="submit"]').click();
    await student.page.getByText(words(locale, 'answerSent')).waitFor();
  }
  // A reload mid-question keeps the device in the session, with its answer.
  await students[2].page.reload();
  await students[2].page.waitForSelector('.live-round[data-round="quiz-q4"]');
  expect(await students[2].page.isChecked('input[name="q4"][value="c"]')).toBe(true);
  for (const { socket, token } of simulated) {
    await send(socket, 'student:answer', {
      code,
      token,
      roundId: 'quiz-q4',
      answers: { q4: { kind: 'choice', selected: ['c'] } },
    });
  }
  await expect.poll(() => answered(teacher.page)).toContain('10 / 10');
  await teacher.page.getByRole('button', { name: words(locale, 'reveal') }).click();
  const results = teacher.page.locator('.live-results');
  await results.waitFor();
  await expect.poll(() => results.textContent()).toContain(words(locale, 'rightAnswerMark'));
  expect(await results.locator('li.correct .live-bar-value').textContent()).toContain('90%');
  expect(await deckAxeViolations(teacher.page), 'projector overlay: results').toEqual([]);
  // After the reveal each device shows its own feedback, the quiz's own.
  await students[4].page.waitForSelector('.live-round[data-state="revealed"] .feedback');

  // The second quiz slide (q2, true or false).
  await goToSlide(teacher.page, { question: 'q2' });
  await Promise.all(
    students.map((student) => student.page.waitForSelector('.live-round[data-round="quiz-q2"][data-state="open"]')),
  );
  for (const student of students.slice(0, 3)) {
    await student.page.check('input[name="q2"][value="true"]');
    await student.page.locator('.live-question[data-question="q2"] button[type="submit"]').click();
    await student.page.getByText(words(locale, 'answerSent')).waitFor();
  }
  await expect.poll(() => answered(teacher.page)).toContain('3 / 10');
  if (options.crash) {
    // The server process dies mid-question and is started again: devices reconnect, counts intact.
    await server.stop('SIGKILL');
    const restarted = await startClassroomProcess(inject('distDir'), dataDir, server.port);
    cleanups.push(() => restarted.stop());
    server = restarted;
    await expect.poll(() => answered(teacher.page), { timeout: 20_000 }).toContain('3 / 10');
    for (const student of students)
      await student.page.getByText(words(locale, 'reconnecting')).waitFor({ state: 'hidden' });
  }
  for (const student of students.slice(3)) {
    await student.page.check('input[name="q2"][value="true"]');
    await student.page.locator('.live-question[data-question="q2"] button[type="submit"]').click();
    await student.page.getByText(words(locale, 'answerSent')).waitFor();
  }
  await expect.poll(() => answered(teacher.page)).toContain('5 / 10');
  await teacher.page.getByRole('button', { name: words(locale, 'reveal') }).click();
  await expect.poll(() => results.textContent()).toContain('100%');

  // The closing slide: the check set again, then the class's change as totals.
  await goToSlide(teacher.page, 'last');
  await teacher.page.getByRole('button', { name: words(locale, 'askAfter') }).click();
  await Promise.all(
    students.map((student) => student.page.waitForSelector('.live-round[data-round="after"][data-state="open"]')),
  );
  for (const student of students) {
    await student.page.check('input[name="q1"][value="a"]');
    await student.page.check('input[name="q8"][value="false"]');
    await student.page.locator('.live-question[data-question="q8"] button[type="submit"]').click();
    await student.page.getByText(words(locale, 'answerSent')).waitFor();
  }
  const live = await Promise.all(
    simulated.map(async (device) =>
      device.socket.connected ? device : { ...device, socket: await connect(server.url) },
    ),
  );
  for (const { socket, token } of live) {
    await send(socket, 'student:join', { code, checkWord, token });
    await send(socket, 'student:answer', {
      code,
      token,
      roundId: 'after',
      answers: { q1: { kind: 'choice', selected: ['a'] }, q8: { kind: 'truefalse', value: false } },
      change: { q1: { before: false, after: true }, q8: { before: false, after: true } },
    });
  }
  await expect.poll(() => answered(teacher.page)).toContain('10 / 10');
  await teacher.page.getByRole('button', { name: words(locale, 'closeQuestion') }).click();
  const change = teacher.page.locator('.live-change');
  await change.waitFor();
  // q1: right before 5 of 10, after 10 of 10; q8: 2 of 10 before (the browsers that said false), 10 after.
  const changeText = await change.textContent();
  expect(changeText).toContain(locale === 'ja' ? '正解 50% → 100%（10人）' : 'Right 50% → 100% (10 answered both)');
  expect(changeText).toContain(locale === 'ja' ? '正解 20% → 100%（10人）' : 'Right 20% → 100% (10 answered both)');

  // The class summary: totals only, as CSV.
  const [download] = await Promise.all([
    teacher.page.waitForEvent('download'),
    teacher.page.getByRole('button', { name: words(locale, 'downloadCsv') }).click(),
  ]);
  const csv = readFileSync((await download.path())!, 'utf8');
  expect(csv).toContain('quiz-q4');
  expect(csv).toMatch(/,yes,9,90\r\n/);
  expect(csv).not.toMatch(/[0-9a-f]{32}/);

  // End of the session: the answers are deleted and every device is told.
  await teacher.page.getByRole('button', { name: words(locale, 'endSession') }).click();
  await Promise.all(students.map((student) => student.page.getByText(words(locale, 'sessionEnded')).waitFor()));
  expect(await send(live[0].socket, 'student:join', { code, checkWord, token: live[0].token })).toEqual({
    ok: false,
    error: 'unknown-session',
  });

  const polling = students.find((student) => student.name.includes('proxy'))!;
  expect(polling.pollingRequests, 'the polling-only device talked over long-polling').toBeGreaterThan(5);
  for (const watched of [teacher, ...students]) {
    expect(watched.foreignRequests).toEqual([]);
    // The cut WebSocket and the dead server show up as failed connections, which is what they are.
    expect(
      watched.consoleErrors.filter((error) => !/WebSocket|ERR_CONNECTION_REFUSED|Failed to load resource/.test(error)),
    ).toEqual([]);
  }
}

describe('a live class', () => {
  it('runs in Japanese: check questions, two quiz slides, a reload and a server crash', async () => {
    await liveClassStory('ja', { crash: true });
  }, 240_000);

  it('runs in English, with one device on long-polling only', async () => {
    await liveClassStory('en', { crash: false });
  }, 180_000);
});
