// The teacher runs a live class from the speaker view: the deck window on the projector (join card,
// counts, bars) holds the control secret, the speaker window beside it drives it. Five real student
// browsers (touch, 1366×768 and iPad sizes) join and answer. One story per language: start, join,
// answer, count, reveal, skip, close, the speaker window closed and opened again, the summary as CSV
// and PDF, end. And what must not work: a student device sending control events, a page that is
// not the deck's own speaker window posting commands, the secret anywhere but the deck's tab.
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import type { Locale, Question } from '../../src/content/types';
import { liveMessages } from '../../src/live/messages';
import { axeViolations, openPage, uncoveredJapanese, useChromium, type WatchedPage } from '../support/browser';
import { connect, newToken, send, startClassroomProcess, tempDataDir } from '../support/classroom';
import { useCleanups } from '../support/cleanups';
import { deckAxeViolations } from '../support/deck';
import { readPdf } from '../support/pdf-text';
import { answerCorrectly } from '../support/quiz-answers';
import { shippedLessons } from '../support/shipped-lessons';

const browser = useChromium();
const LESSON = 'sextortion-pattern';
const lesson = shippedLessons().find((candidate) => candidate.id === LESSON)!.lesson;
const question = (id: string) => lesson.quiz.find((candidate) => candidate.id === id)! as Question;

const DEVICES = [
  { viewport: { width: 1366, height: 768 }, hasTouch: true },
  { viewport: { width: 820, height: 1180 }, hasTouch: true, isMobile: true },
  { viewport: { width: 1366, height: 768 } },
  { viewport: { width: 1180, height: 820 }, hasTouch: true, isMobile: true },
  { viewport: { width: 1366, height: 768 }, hasTouch: true },
];

const cleanups = useCleanups();

const words = (locale: Locale, key: keyof typeof liveMessages, values: Record<string, number> = {}) =>
  Object.entries(values).reduce(
    (text, [name, value]) => text.replace(`{${name}}`, String(value)),
    liveMessages[key][locale],
  );

/** S on the deck opens the speaker view; the live panel is there once the deck has answered it. */
async function openSpeaker(teacher: WatchedPage): Promise<Page> {
  const opened = teacher.context.waitForEvent('page');
  await teacher.page.bringToFront();
  await teacher.page.keyboard.press('s');
  const speaker = await opened;
  await speaker.setViewportSize({ width: 1280, height: 800 });
  speaker.on('dialog', (dialog) => void dialog.accept());
  await speaker.locator('.speaker-live-panel').waitFor();
  return speaker;
}

function deckSlide(teacher: Page): Promise<number> {
  return teacher.evaluate(() => {
    const slides = [...document.querySelectorAll('.reveal .slides > section')];
    return slides.indexOf(document.querySelector('.reveal .slides > section.present')!);
  });
}

/** Steps through the deck from the speaker view, as a teacher with a clicker does, up to a quiz slide. */
async function stepToQuestion(speaker: Page, teacher: Page, questionId: string): Promise<void> {
  const target = await teacher.evaluate(
    (id) =>
      [...document.querySelectorAll('.reveal .slides > section')].findIndex((slide) =>
        slide.querySelector(`.quiz-slide[data-question="${id}"]`),
      ),
    questionId,
  );
  expect(target).toBeGreaterThan(0);
  await speaker.bringToFront();
  for (let presses = 0; presses < 80 && (await deckSlide(teacher)) < target; presses++) {
    await speaker.keyboard.press('ArrowRight');
    await speaker.waitForTimeout(60);
  }
  await expect.poll(() => deckSlide(teacher)).toBe(target);
}

/** Everything a page keeps or shows, to look for the secret in. */
function everythingOf(page: Page): Promise<string> {
  return page.evaluate(() =>
    JSON.stringify([
      window.location.href,
      document.documentElement.outerHTML,
      { ...window.localStorage },
      { ...window.sessionStorage },
    ]),
  );
}

/**
 * A student's browser sends a control event with a Socket.IO packet of its own, over its own
 * WebSocket to the classroom server, and returns the server's reply.
 */
function controlFromStudent(page: Page, event: string, message: object): Promise<unknown> {
  return page.evaluate(
    ({ event, message }) =>
      new Promise((resolve, reject) => {
        const socket = new WebSocket(`${location.origin.replace('http', 'ws')}/socket.io/?EIO=4&transport=websocket`);
        const timer = setTimeout(() => reject(new Error('no reply')), 8000);
        socket.onmessage = ({ data }) => {
          const text = String(data);
          if (text.startsWith('0')) socket.send('40');
          else if (text.startsWith('40')) socket.send(`421${JSON.stringify([event, message])}`);
          else if (text === '2') socket.send('3');
          else if (text.startsWith('431')) {
            clearTimeout(timer);
            socket.close();
            resolve(JSON.parse(text.slice(3))[0]);
          }
        };
      }),
    { event, message },
  );
}

async function liveFromSpeakerView(locale: Locale) {
  const server = await startClassroomProcess(inject('distDir'), tempDataDir());
  cleanups.push(() => server.stop());
  const browserLocale = locale === 'ja' ? 'ja-JP' : 'en-GB';

  // The projector: the deck. The laptop: its speaker view, which has the live panel.
  const teacher = await openPage(browser(), server.url, {
    locale: browserLocale,
    viewport: { width: 1280, height: 720 },
  });
  cleanups.push(() => teacher.context.close());
  const speakerErrors = watchErrors(teacher.context);
  await teacher.page.goto(`${server.url}present.html?lesson=${LESSON}&lang=${locale}`, { waitUntil: 'networkidle' });
  const deckStart = teacher.page.locator('.deck-tools-slot button');
  await deckStart.waitFor({ state: 'attached' });
  expect(await deckStart.textContent()).toBe(words(locale, 'startLive'));
  let speaker = await openSpeaker(teacher);
  expect(await speaker.getAttribute('html', 'lang')).toBe(locale);

  // Start from the speaker view: the projector shows how to join, the speaker view the code.
  await speaker.getByRole('button', { name: words(locale, 'startLive') }).click();
  await teacher.page.waitForSelector('.live-join-card img');
  const joinAddress = (await teacher.page.textContent('.live-url'))!.trim();
  const code = (await teacher.page.textContent('.live-join-words dd:not(.live-check-word-shown)'))!.trim();
  const checkWord = (await teacher.page.textContent('.live-check-word-shown'))!.trim();
  expect(joinAddress).toBe(`${server.url}#/join/${code}?lang=${locale}`);
  await expect.poll(() => speaker.locator('.speaker-live-code').innerText()).toContain(code);
  // With the speaker view open, the projector shows the class no controls.
  await expect.poll(() => teacher.page.locator('.live-bar button').count()).toBe(0);

  // The secret is in the deck's own tab only: not in the speaker window, any address or localStorage.
  const secret = await teacher.page.evaluate(
    (key) => (JSON.parse(window.sessionStorage.getItem(key) ?? '{}') as { secret?: string }).secret,
    `mamoru.live.teacher.${LESSON}`,
  );
  expect(secret).toMatch(/^[0-9a-f]{64}$/);
  expect(await teacher.page.evaluate(() => JSON.stringify({ ...window.localStorage }))).not.toContain(secret);
  expect(teacher.page.url()).not.toContain(secret);
  expect(await everythingOf(speaker)).not.toContain(secret);

  // Five students join by the projected address with the check word.
  const students: WatchedPage[] = [];
  for (const device of DEVICES) {
    const student = await openPage(browser(), joinAddress, { locale: browserLocale, ...device });
    cleanups.push(() => student.context.close());
    students.push(student);
  }
  await Promise.all(
    students.map(async ({ page }) => {
      await page.goto(joinAddress);
      await page.fill('#check-word', checkWord);
      await page.click('.live-join-form button[type="submit"]');
      await page.getByText(words(locale, 'waiting')).waitFor();
    }),
  );
  await expect.poll(() => speaker.locator('.speaker-live-joined').innerText()).toBe(words(locale, 'joined', { n: 5 }));
  await expect.poll(() => teacher.page.textContent('.live-joined')).toBe(words(locale, 'joined', { n: 5 }));

  // Hide how to join from the speaker view; step to the first quiz slide there: its question opens.
  await speaker.getByRole('button', { name: words(locale, 'hideJoin') }).click();
  await teacher.page.locator('.live-join-card').waitFor({ state: 'detached' });
  await stepToQuestion(speaker, teacher.page, 'q4');
  await Promise.all(
    students.map(({ page }) => page.waitForSelector('.live-round[data-round="quiz-q4"][data-state="open"]')),
  );
  await expect.poll(() => speaker.locator('.speaker-live-round').innerText()).toBe(words(locale, 'roundOpen'));
  for (const [index, { page }] of students.entries()) {
    if (index === 4) await page.locator('input[name="q4"][value="a"]').click();
    else await answerCorrectly(page, question('q4'), DEVICES[index].hasTouch ? 'tap' : 'click');
    await page.locator('.live-question[data-question="q4"] button[type="submit"]').click();
    await page.getByText(words(locale, 'answerSent')).waitFor();
  }
  const answered = words(locale, 'answered', { answered: 5, joined: 5 });
  await expect.poll(() => speaker.locator('.speaker-live-answered').innerText()).toBe(answered);
  await expect.poll(() => teacher.page.textContent('.live-answered')).toBe(answered);

  // A student's device cannot control anything: not with a made-up secret, not without one.
  const student = students[0].page;
  for (const [event, message] of [
    ['teacher:reveal', { code, secret: 'f'.repeat(64), roundId: 'quiz-q4' }],
    ['teacher:close', { code, secret: '0'.repeat(64), roundId: 'quiz-q4' }],
    ['teacher:end', { code, secret: 'a'.repeat(64) }],
    ['teacher:end', { code }],
    ['teacher:open', { code, secret: 'b'.repeat(64), round: { id: 'quiz-q2', kind: 'quiz', questions: [] } }],
  ] as const)
    expect(await controlFromStudent(student, event, message), event).toMatchObject({ ok: false });
  // Nor a page in the teacher's own browser that is not the deck's speaker window: the previews in the
  // speaker view, or the deck page itself, posting the speaker's commands to the deck.
  const preview = (await speaker.locator('.speaker-preview iframe').first().elementHandle())!;
  await (await preview.contentFrame())!.evaluate(() => {
    const deck = (window.top as Window).opener as Window;
    for (const command of [{ command: 'end' }, { command: 'reveal', roundId: 'quiz-q4' }])
      deck.postMessage({ namespace: 'mamoru-live', type: 'command', command }, location.origin);
  });
  await teacher.page.evaluate(() =>
    window.postMessage({ namespace: 'mamoru-live', type: 'command', command: { command: 'end' } }, location.origin),
  );
  await teacher.page.waitForTimeout(1000);
  expect(await teacher.page.locator('.live-results').count()).toBe(0);
  expect(await speaker.locator('.speaker-live-code').innerText()).toContain(code);
  await students[1].page.waitForSelector('.live-round[data-round="quiz-q4"][data-state="open"]');

  // Reveal from the speaker view: the projector shows the bars, 4 of 5 right.
  await speaker.getByRole('button', { name: words(locale, 'reveal'), exact: true }).click();
  const results = teacher.page.locator('.live-results');
  await results.waitFor();
  await expect.poll(() => results.locator('li.correct .live-bar-value').textContent()).toContain('80%');
  await expect.poll(() => speaker.locator('.speaker-live-round').innerText()).toBe(words(locale, 'roundRevealed'));
  await students[3].page.waitForSelector('.live-round[data-state="revealed"] .feedback');

  // The speaker view looked at with the live panel; axe finds nothing, Japanese shows in the kit's font.
  expect(await axeViolations(speaker), 'speaker view with the live panel').toEqual([]);
  if (locale === 'ja') {
    expect(await uncoveredJapanese(speaker, { textOf: '.speaker-live-panel', waitForFonts: false })).toEqual([]);
    await speaker.screenshot({ path: path.join(tmpdir(), 'mamoru-live-speaker-ja.png') });
  }
  expect(await deckAxeViolations(teacher.page), 'projector with the results').toEqual([]);

  // The speaker window closed: the controls come back to the projector's bar for a single screen.
  await speaker.close();
  await teacher.page.getByRole('button', { name: words(locale, 'endSession') }).waitFor();
  // Opened again: the controls are back there with the live state, and gone from the projector.
  speaker = await openSpeaker(teacher);
  await expect.poll(() => speaker.locator('.speaker-live-code').innerText()).toContain(code);
  await expect.poll(() => speaker.locator('.speaker-live-round').innerText()).toBe(words(locale, 'roundRevealed'));
  expect(await speaker.locator('.speaker-live-joined').innerText()).toBe(words(locale, 'joined', { n: 5 }));
  await expect.poll(() => teacher.page.locator('.live-bar button').count()).toBe(0);

  // The next quiz slide: three answer, then the teacher skips it from the speaker view.
  await stepToQuestion(speaker, teacher.page, 'q2');
  await Promise.all(
    students.map(({ page }) => page.waitForSelector('.live-round[data-round="quiz-q2"][data-state="open"]')),
  );
  for (const [index, { page }] of students.slice(0, 3).entries()) {
    await answerCorrectly(page, question('q2'), DEVICES[index].hasTouch ? 'tap' : 'click');
    await page.locator('.live-question[data-question="q2"] button[type="submit"]').click();
    await page.getByText(words(locale, 'answerSent')).waitFor();
  }
  await expect
    .poll(() => speaker.locator('.speaker-live-answered').innerText())
    .toBe(words(locale, 'answered', { answered: 3, joined: 5 }));
  await speaker.getByRole('button', { name: words(locale, 'skip'), exact: true }).click();
  await Promise.all(students.map(({ page }) => page.getByText(words(locale, 'waiting')).waitFor()));
  await expect.poll(() => speaker.locator('.speaker-live-round').innerText()).toBe(words(locale, 'roundSkipped'));

  // The closing slide (End in the speaker view): ask the check questions again, then close them.
  await speaker.bringToFront();
  await speaker.keyboard.press('End');
  await expect.poll(() => teacher.page.locator('.reveal .slides > section.closing.present').count()).toBe(1);
  await speaker.getByRole('button', { name: words(locale, 'askAfter') }).click();
  await Promise.all(
    students.map(({ page }) => page.waitForSelector('.live-round[data-round="after"][data-state="open"]')),
  );
  await speaker.getByRole('button', { name: words(locale, 'closeQuestion') }).click();
  await Promise.all(students.map(({ page }) => page.getByText(words(locale, 'roundClosed')).waitFor()));

  // The class summary from the speaker view: totals per choice, no row per student.
  const [csvDownload] = await Promise.all([
    speaker.waitForEvent('download'),
    speaker.getByRole('button', { name: words(locale, 'downloadCsv') }).click(),
  ]);
  const csv = readFileSync((await csvDownload.path())!, 'utf8');
  const q4Rows = csv.split('\r\n').filter((line) => line.startsWith('quiz-q4,'));
  expect(q4Rows).toHaveLength((question('q4') as Question & { options: unknown[] }).options.length);
  expect(q4Rows.find((row) => row.includes(',yes,'))).toMatch(/,yes,4,80$/);
  expect(csv).not.toMatch(/[0-9a-f]{32}/);
  const [pdfDownload] = await Promise.all([
    speaker.waitForEvent('download'),
    speaker.getByRole('button', { name: words(locale, 'downloadPdf') }).click(),
  ]);
  const pdf = await readPdf(new Uint8Array(readFileSync((await pdfDownload.path())!)));
  expect(pdf.pages).toBe(1);
  expect(pdf.lines.map((line) => line.text).join('\n')).toContain(words(locale, 'summaryTitle'));

  // End from the speaker view (it asks first): every device is told, and the session is gone.
  await speaker.getByRole('button', { name: words(locale, 'endSession') }).click();
  await Promise.all(students.map(({ page }) => page.getByText(words(locale, 'sessionEnded')).waitFor()));
  const late = await connect(server.url);
  cleanups.push(() => late.disconnect());
  expect(await send(late, 'student:join', { code, checkWord, token: newToken() })).toEqual({
    ok: false,
    error: 'unknown-session',
  });
  await speaker.getByRole('button', { name: words(locale, 'startLive') }).waitFor();
  expect(
    await teacher.page.evaluate((key) => window.sessionStorage.getItem(key), `mamoru.live.teacher.${LESSON}`),
  ).toBeNull();

  for (const watched of [teacher, ...students]) {
    expect(watched.foreignRequests).toEqual([]);
    expect(watched.consoleErrors.filter((error) => !/WebSocket|Failed to load resource/.test(error))).toEqual([]);
    expect(await everythingOf(watched.page)).not.toContain(secret);
  }
  expect(speakerErrors).toEqual([]);
}

/** Console errors of every page the context opens from now on (the speaker windows). */
function watchErrors(context: BrowserContext): string[] {
  const errors: string[] = [];
  context.on('page', (opened) => {
    opened.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    opened.on('pageerror', (error) => errors.push(error.message));
  });
  return errors;
}

describe('a live class run from the speaker view', () => {
  it.each(['ja', 'en'] as const)(
    'in %s: start, join, count, reveal on the projector, skip, close, reopen, summary, end; students cannot control',
    async (locale) => {
      await liveFromSpeakerView(locale);
    },
    // About 2 minutes alone; up to 3 on a machine shared with other builds.
    360_000,
  );
});
