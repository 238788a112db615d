// The classroom server as students' devices and the teacher's deck use it, through real Socket.IO
// clients: a lesson's rounds end to end, restarts, and every kind of bad input, none of which may
// take the server down.
import { readdirSync, writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SESSION_IDLE_MS, type LiveRound } from '../../src/protocol/live';
import {
  connect,
  emitRaw,
  newToken,
  send,
  startTestServer,
  tempDataDir,
  tinyDist,
  type LiveClient,
} from '../support/classroom';
import { useCleanups } from '../support/cleanups';

const quizRound: LiveRound = {
  id: 'quiz-q1',
  kind: 'quiz',
  questions: [{ id: 'q1', type: 'single', options: ['a', 'b', 'c'] }],
};
const checkQuestions: LiveRound['questions'] = [
  { id: 'q2', type: 'truefalse', options: [] },
  { id: 'q3', type: 'multiple', options: ['a', 'b', 'c', 'd'] },
];

const cleanups = useCleanups();

async function server(options: Parameters<typeof startTestServer>[0] = {}) {
  const started = await startTestServer(options);
  cleanups.push(() => started.close());
  return started;
}

async function client(url: string, options?: Parameters<typeof connect>[1]): Promise<LiveClient> {
  const socket = await connect(url, options);
  cleanups.push(() => void socket.disconnect());
  return socket;
}

/** A teacher's deck with a new session for a lesson. */
async function teacherSession(url: string) {
  const teacher = await client(url);
  const created = await send(teacher, 'session:create', { lessonId: 'sextortion-pattern' });
  if (!created.ok) throw new Error(created.error);
  const { code, checkWord, secret } = created;
  return { teacher, code, checkWord, secret, auth: { code, secret } };
}

/** `n` students joined on their own connections. */
async function students(url: string, code: string, checkWord: string, n: number) {
  return Promise.all(
    Array.from({ length: n }, async () => {
      const socket = await client(url);
      const token = newToken();
      const joined = await send(socket, 'student:join', { code, checkWord, token });
      expect(joined.ok).toBe(true);
      return { socket, token };
    }),
  );
}

describe('a live class', () => {
  it('runs a question: join, answer, change an answer, close, reveal, summary, end', async () => {
    const { url } = await server();
    const { teacher, code, checkWord, auth } = await teacherSession(url);
    expect(code).toMatch(/^[A-Z2-9]{5}$/);
    expect(checkWord).toMatch(/^\d{4}$/);
    const progress: number[] = [];
    teacher.on('progress', (p) => progress.push(p.answered));

    const class5 = await students(url, code, checkWord, 5);
    const rounds: unknown[] = [];
    class5[0].socket.on('round', (view) => rounds.push(view));
    expect((await send(teacher, 'teacher:open', { ...auth, round: quizRound })).ok).toBe(true);
    await expect.poll(() => rounds.length).toBe(1);

    for (const [index, { socket, token }] of class5.entries()) {
      const answer = await send(socket, 'student:answer', {
        code,
        token,
        roundId: 'quiz-q1',
        answers: { q1: { kind: 'choice', selected: [index < 3 ? 'a' : 'b'] } },
      });
      expect(answer).toEqual({ ok: true });
    }
    // One answer per device: answering again replaces the earlier answer.
    await send(class5[4].socket, 'student:answer', {
      code,
      token: class5[4].token,
      roundId: 'quiz-q1',
      answers: { q1: { kind: 'choice', selected: ['a'] } },
    });
    await expect.poll(() => progress.at(-1)).toBe(5);

    // A device that rejoins (a reload) gets the open round and its own answer back.
    const rejoined = await send(class5[4].socket, 'student:join', { code, checkWord, token: class5[4].token });
    expect(rejoined).toMatchObject({
      ok: true,
      current: { round: quizRound, state: 'open' },
      answers: { q1: { kind: 'choice', selected: ['a'] } },
    });

    const revealed = await send(teacher, 'teacher:reveal', { ...auth, roundId: 'quiz-q1' });
    expect(revealed).toMatchObject({
      ok: true,
      result: { answered: 5, questions: [{ questionId: 'q1', enough: true, counts: { a: 4, b: 1 } }] },
    });
    const late = await send(class5[0].socket, 'student:answer', {
      code,
      token: class5[0].token,
      roundId: 'quiz-q1',
      answers: { q1: { kind: 'choice', selected: ['c'] } },
    });
    expect(late).toEqual({ ok: false, error: 'round-closed' });

    const summary = await send(teacher, 'teacher:summary', auth);
    expect(summary).toMatchObject({
      ok: true,
      summary: { joined: 5, rounds: [{ roundId: 'quiz-q1', state: 'revealed' }] },
    });
    expect(JSON.stringify(summary)).not.toContain(class5[0].token);

    const ended: string[] = [];
    class5[1].socket.on('ended', (reason) => ended.push(`student ${reason}`));
    expect(await send(teacher, 'teacher:end', auth)).toEqual({ ok: true });
    await expect.poll(() => ended).toEqual(['student closed']);
    expect(await send(class5[2].socket, 'student:join', { code, checkWord, token: class5[2].token })).toEqual({
      ok: false,
      error: 'unknown-session',
    });
  });

  it('shows no counts under 5 answers', async () => {
    const { url } = await server();
    const { code, checkWord, auth, teacher } = await teacherSession(url);
    const class4 = await students(url, code, checkWord, 4);
    await send(teacher, 'teacher:open', { ...auth, round: quizRound });
    for (const { socket, token } of class4)
      await send(socket, 'student:answer', {
        code,
        token,
        roundId: 'quiz-q1',
        answers: { q1: { kind: 'choice', selected: ['a'] } },
      });
    const revealed = await send(teacher, 'teacher:reveal', { ...auth, roundId: 'quiz-q1' });
    expect(revealed).toEqual({
      ok: true,
      result: {
        roundId: 'quiz-q1',
        kind: 'quiz',
        state: 'revealed',
        answered: 4,
        questions: [{ questionId: 'q1', answered: 4, enough: false }],
      },
    });
  });

  it('tallies before/after from the devices’ own reports, only when 10 answered both', async () => {
    const { url } = await server();
    const { code, checkWord, auth, teacher } = await teacherSession(url);
    const class10 = await students(url, code, checkWord, 10);
    await send(teacher, 'teacher:open', {
      ...auth,
      round: { id: 'before', kind: 'before', questions: checkQuestions },
    });
    for (const { socket, token } of class10) {
      await send(socket, 'student:answer', {
        code,
        token,
        roundId: 'before',
        answers: { q2: { kind: 'truefalse', value: false }, q3: { kind: 'choice', selected: ['a'] } },
      });
    }
    await send(teacher, 'teacher:close', { ...auth, roundId: 'before' });
    await send(teacher, 'teacher:open', { ...auth, round: { id: 'after', kind: 'after', questions: checkQuestions } });
    for (const [index, { socket, token }] of class10.entries()) {
      // q3 is answered by 9 only: too few pairs to show.
      const answers =
        index < 9
          ? { q2: { kind: 'truefalse', value: true }, q3: { kind: 'choice', selected: ['a', 'b'] } }
          : { q2: { kind: 'truefalse', value: true } };
      const change =
        index < 9
          ? { q2: { before: false, after: true }, q3: { before: false, after: index < 5 } }
          : { q2: { before: true, after: true } };
      expect(await send(socket, 'student:answer', { code, token, roundId: 'after', answers, change })).toEqual({
        ok: true,
      });
    }
    await send(teacher, 'teacher:close', { ...auth, roundId: 'after' });
    const summary = await send(teacher, 'teacher:summary', auth);
    if (!summary.ok) throw new Error(summary.error);
    expect(summary.summary.change).toEqual([
      { questionId: 'q2', enough: true, pairs: 10, rightBefore: 1, rightAfter: 10 },
      { questionId: 'q3', enough: false, pairs: 9 },
    ]);
  });

  it('keeps a session, its open round and its answers across a restart of the server', async () => {
    const dataDir = tempDataDir();
    const first = await startTestServer({ dataDir });
    const teacher = await connect(first.url);
    const created = await send(teacher, 'session:create', { lessonId: 'sextortion-pattern' });
    if (!created.ok) throw new Error(created.error);
    const { code, checkWord, secret } = created;
    const student = await connect(first.url);
    const token = newToken();
    await send(student, 'student:join', { code, checkWord, token });
    await send(teacher, 'teacher:open', { code, secret, round: quizRound });
    await send(student, 'student:answer', {
      code,
      token,
      roundId: 'quiz-q1',
      answers: { q1: { kind: 'choice', selected: ['b'] } },
    });
    teacher.disconnect();
    student.disconnect();
    await first.close();

    const second = await server({ dataDir });
    const resumed = await send(await client(second.url), 'teacher:resume', { code, secret });
    expect(resumed).toMatchObject({
      ok: true,
      checkWord,
      progress: { joined: 1, roundId: 'quiz-q1', state: 'open', answered: 1 },
    });
    const back = await send(await client(second.url), 'student:join', { code, checkWord, token });
    expect(back).toMatchObject({ ok: true, answers: { q1: { kind: 'choice', selected: ['b'] } } });
  });

  it('stops in seconds while devices are connected, reconnecting, downloading or gone quiet, and keeps the session', async () => {
    const dataDir = tempDataDir();
    const distDir = tinyDist();
    writeFileSync(path.join(distDir, 'large.bin'), Buffer.alloc(32 * 1024 * 1024));
    const first = await startTestServer({ dataDir, distDir });
    const { code, checkWord, secret } = await teacherSession(first.url);
    const [{ token }] = await students(first.url, code, checkWord, 1);
    // Devices that try again at once when the server goes, as the pages do.
    for (const websocket of [true, false]) await client(first.url, { websocket, reconnectAtOnce: true });
    // A device on a slow network, half-way through downloading a large file.
    const slow = createConnection(first.port, '127.0.0.1');
    slow.on('error', () => {}); // the server cutting it off is what is expected
    cleanups.push(() => void slow.destroy());
    await new Promise((resolve) => slow.once('connect', () => resolve(undefined)));
    slow.pause();
    slow.write(`GET /large.bin HTTP/1.1\r\nhost: 127.0.0.1:${first.port}\r\n\r\n`);
    await expect.poll(() => slow.readableLength).toBeGreaterThan(0);
    // A device gone quiet on a WebSocket (asleep, out of range): it never answers the closing handshake.
    const quiet = createConnection(first.port, '127.0.0.1');
    quiet.on('error', () => {});
    cleanups.push(() => void quiet.destroy());
    const upgraded = new Promise((resolve) => quiet.once('data', (head) => resolve(head.toString().split('\r\n')[0])));
    quiet.write(
      [
        'GET /socket.io/?EIO=4&transport=websocket HTTP/1.1',
        `host: 127.0.0.1:${first.port}`,
        `origin: http://127.0.0.1:${first.port}`,
        'connection: Upgrade',
        'upgrade: websocket',
        'sec-websocket-version: 13',
        `sec-websocket-key: ${Buffer.from(newToken().slice(0, 16)).toString('base64')}`,
        '\r\n',
      ].join('\r\n'),
    );
    expect(await upgraded).toBe('HTTP/1.1 101 Switching Protocols');
    quiet.pause();

    const closed = await Promise.race([
      first.close().then(() => 'closed'),
      new Promise((resolve) => setTimeout(() => resolve('still open after 3 s'), 3000)),
    ]);
    expect(closed).toBe('closed');

    const second = await server({ dataDir });
    expect(await send(await client(second.url), 'teacher:resume', { code, secret })).toMatchObject({ ok: true });
    expect(await send(await client(second.url), 'student:join', { code, checkWord, token })).toMatchObject({
      ok: true,
    });
  });

  it('deletes a session nobody has used for 3 hours, and tells who is still there', async () => {
    let now = Date.now();
    const dataDir = tempDataDir();
    const { url } = await server({ dataDir, now: () => now, expiryCheckMs: 50 });
    const { code, checkWord } = await teacherSession(url);
    const [{ socket }] = await students(url, code, checkWord, 1);
    let ended = '';
    socket.on('ended', (reason) => (ended = reason));
    now += SESSION_IDLE_MS + 1;
    await expect.poll(() => ended).toBe('expired');
    await expect.poll(() => readdirSync(dataDir).filter((name) => name.endsWith('.json'))).toEqual([]);
  });

  it('carries the LAN address in the pages it serves', async () => {
    const { url } = await server();
    const html = await (await fetch(`${url}present.html?lesson=x`)).text();
    expect(html).toContain(`<meta name="mamoru-classroom" content="${url}">`);
  });

  it('works over HTTP long-polling when WebSockets are cut', async () => {
    const { url } = await server();
    const { code, checkWord } = await teacherSession(url);
    const polling = await client(url, { websocket: false });
    expect(polling.io.engine.transport.name).toBe('polling');
    expect(await send(polling, 'student:join', { code, checkWord, token: newToken() })).toMatchObject({ ok: true });
  });
});

describe('bad input never takes the server down', () => {
  it('refuses unknown codes, wrong check words, and devices that have not joined', async () => {
    const { url } = await server();
    const { code, checkWord, teacher, auth } = await teacherSession(url);
    const student = await client(url);
    const token = newToken();
    expect(await send(student, 'student:join', { code: 'ZZZZZ', checkWord, token })).toEqual({
      ok: false,
      error: 'unknown-session',
    });
    expect(
      await send(student, 'student:join', { code, checkWord: checkWord === '0000' ? '0001' : '0000', token }),
    ).toEqual({ ok: false, error: 'wrong-check-word' });
    await send(teacher, 'teacher:open', { ...auth, round: quizRound });
    expect(
      await send(student, 'student:answer', {
        code,
        token,
        roundId: 'quiz-q1',
        answers: { q1: { kind: 'choice', selected: ['a'] } },
      }),
    ).toEqual({ ok: false, error: 'not-joined' });
  });

  it('refuses answers to unknown or closed rounds and answers that do not fit the question', async () => {
    const { url } = await server();
    const { code, checkWord, teacher, auth } = await teacherSession(url);
    const [{ socket, token }] = await students(url, code, checkWord, 1);
    const answer = (roundId: string, answers: object) =>
      send(socket, 'student:answer', { code, token, roundId, answers });
    expect(await answer('quiz-q9', { q9: { kind: 'choice', selected: ['a'] } })).toEqual({
      ok: false,
      error: 'unknown-round',
    });
    await send(teacher, 'teacher:open', { ...auth, round: quizRound });
    for (const bad of [
      { q1: { kind: 'choice', selected: ['z'] } },
      { q1: { kind: 'choice', selected: ['a', 'b'] } },
      { q1: { kind: 'truefalse', value: true } },
      { q7: { kind: 'choice', selected: ['a'] } },
      {},
    ]) {
      expect(await answer('quiz-q1', bad)).toEqual({ ok: false, error: 'invalid-answer' });
    }
    await send(teacher, 'teacher:close', { ...auth, roundId: 'quiz-q1' });
    expect(await answer('quiz-q1', { q1: { kind: 'choice', selected: ['a'] } })).toEqual({
      ok: false,
      error: 'round-closed',
    });
  });

  it('lets only the browser holding the control secret run the session', async () => {
    const { url } = await server();
    const { code, checkWord } = await teacherSession(url);
    const [{ socket, token }] = await students(url, code, checkWord, 1);
    const forged = 'f'.repeat(64);
    for (const event of ['teacher:end', 'teacher:summary', 'teacher:resume'] as const) {
      expect(await send(socket, event, { code, secret: forged })).toEqual({ ok: false, error: 'not-allowed' });
    }
    expect(await send(socket, 'teacher:reveal', { code, secret: forged, roundId: 'quiz-q1' })).toEqual({
      ok: false,
      error: 'not-allowed',
    });
    expect(await send(socket, 'teacher:end', { code, secret: token })).toEqual({ ok: false, error: 'invalid-message' });
    expect(await send(socket, 'student:join', { code, checkWord, token })).toMatchObject({ ok: true });
  });

  it('answers malformed messages with invalid-message, drops those without a reply, and cuts oversized ones', async () => {
    const { url } = await server();
    const socket = await client(url);
    for (const bad of [
      null,
      42,
      'text',
      [],
      { code: 'ABCDE' },
      { lessonId: '../../etc' },
      { lessonId: 'x'.repeat(500) },
      { lessonId: 'a', extra: 1 },
    ]) {
      expect(await send(socket, 'session:create', bad)).toEqual({ ok: false, error: 'invalid-message' });
    }
    emitRaw(socket, 'student:join', { code: 'ABCDE' }); // no acknowledgement asked: dropped
    emitRaw(socket, 'no-such-event', 1);

    const big = await client(url);
    const closed = new Promise<string>((resolve) => big.on('disconnect', (reason) => resolve(reason)));
    emitRaw(big, 'session:create', { lessonId: 'x'.repeat(64 * 1024) });
    expect(await closed).toBe('transport close');
    expect(await send(socket, 'session:create', { lessonId: 'sextortion-pattern' })).toMatchObject({ ok: true });
  });

  it('limits a flood from one connection and from one device', async () => {
    const { url } = await server();
    const { code, checkWord } = await teacherSession(url);
    const flood = await client(url);
    const replies = await Promise.all(
      Array.from({ length: 60 }, () => send(flood, 'student:join', { code: 'ZZZZZ', checkWord, token: newToken() })),
    );
    expect(replies.filter((r) => !r.ok && r.error === 'rate-limited').length).toBeGreaterThanOrEqual(20);

    const token = newToken();
    const devices = await Promise.all(Array.from({ length: 3 }, () => client(url)));
    const fromOneDevice = await Promise.all(
      Array.from({ length: 30 }, (_, i) => send(devices[i % 3], 'student:join', { code, checkWord, token })),
    );
    expect(fromOneDevice.filter((r) => !r.ok && r.error === 'rate-limited').length).toBeGreaterThanOrEqual(10);
  });

  it('stops guessing of the check word for a session, from any number of connections', async () => {
    const { url } = await server();
    const { code, checkWord } = await teacherSession(url);
    const guessers = await Promise.all(Array.from({ length: 8 }, () => client(url)));
    const wrong = checkWord === '0000' ? '0001' : '0000';
    const replies = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        send(guessers[i % 8], 'student:join', { code, checkWord: wrong, token: newToken() }),
      ),
    );
    expect(replies.filter((r) => !r.ok && r.error === 'rate-limited').length).toBeGreaterThanOrEqual(10);
  });

  it('takes 200 joins at once: a class fits, the rest are told the session is full', async () => {
    const { url } = await server();
    const { code, checkWord } = await teacherSession(url);
    const sockets = await Promise.all(Array.from({ length: 200 }, () => client(url)));
    const replies = await Promise.all(
      sockets.map((socket) => send(socket, 'student:join', { code, checkWord, token: newToken() })),
    );
    expect(replies.filter((r) => r.ok).length).toBe(120);
    expect(replies.filter((r) => !r.ok).every((r) => !r.ok && r.error === 'server-busy')).toBe(true);
  }, 30_000);

  it('refuses connections from pages of another origin', async () => {
    const { url } = await server();
    await expect(connect(url, { websocket: false, extraHeaders: { origin: 'http://evil.example' } })).rejects.toThrow();
  });

  it('keeps serving after 5,000 random messages', async () => {
    const { url } = await server();
    const { code, checkWord, secret } = await teacherSession(url);
    const events = [
      'session:create',
      'teacher:resume',
      'teacher:open',
      'teacher:close',
      'teacher:reveal',
      'teacher:skip',
      'teacher:summary',
      'teacher:end',
      'student:join',
      'student:answer',
      'bogus',
    ];
    // Messages near the real ones (right code, real field names) as well as pure noise.
    const nearMiss = fc.record(
      {
        code: fc.constantFrom(code, 'ABCDE', '', 5),
        checkWord: fc.constantFrom(checkWord, '12345', null),
        token: fc.oneof(fc.constant(newToken()), fc.string()),
        secret: fc.constantFrom(secret.replace(/./, 'e'), 'x'),
        roundId: fc.constantFrom('quiz-q1', 'before', '../x'),
        round: fc.anything(),
        answers: fc.anything(),
      },
      { requiredKeys: [] },
    );
    const messages = fc.sample(
      fc.tuple(fc.constantFrom(...events), fc.oneof(fc.anything(), nearMiss, fc.jsonValue())),
      { numRuns: 5000, seed: 13 },
    );
    // 125 connections × 40 messages: within the per-connection limit, so every message reaches validation.
    const sockets = await Promise.all(Array.from({ length: 125 }, () => client(url)));
    const started = Date.now();
    await Promise.all(
      sockets.map(async (socket, s) => {
        for (let i = s; i < messages.length; i += sockets.length) {
          const [event, message] = messages[i];
          if (!socket.connected) return; // cut off for flooding: that is the server protecting itself
          // An event the server does not know gets no reply: send it without waiting for one.
          if (event === 'bogus') emitRaw(socket, event, message);
          else await send(socket, event as 'session:create', message).catch(() => undefined);
        }
      }),
    );
    expect(Date.now() - started).toBeLessThan(60_000);
    const fresh = await client(url);
    expect(await send(fresh, 'session:create', { lessonId: 'sextortion-pattern' })).toMatchObject({ ok: true });
  }, 90_000);
});
