// The classroom server with its sessions in a real redis-server (started by the test on a free
// port, stopped by pid): counting stays exact with devices on two server processes at once,
// unattended sessions expire through Redis's own TTLs, and losing Redis mid-lesson is reported,
// survived and recovered from without restarting the classroom server.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createClient } from 'redis';
import { io } from 'socket.io-client';
import type { LiveRound, Progress } from '../../src/protocol/live';
import { Classroom } from '../../src/server/classroom';
import { connectRedis } from '../../src/server/redis/connection';
import { createRedisStore } from '../../src/server/store/redis-store';
import {
  connect,
  newToken,
  send,
  startClassroomProcess,
  startTestServer,
  tinyDist,
  type LiveClient,
} from '../support/classroom';
import { useCleanups } from '../support/cleanups';
import { runScript } from '../support/run-script';
import { startRedis, type TestRedis } from '../support/redis-server';

const quizRound: LiveRound = {
  id: 'quiz-q1',
  kind: 'quiz',
  questions: [{ id: 'q1', type: 'single', options: ['a', 'b', 'c', 'd'] }],
};

let redis: TestRedis;
beforeAll(async () => {
  redis = await startRedis();
});
afterAll(async () => {
  await redis?.remove();
});

const cleanups = useCleanups();

async function client(url: string): Promise<LiveClient> {
  const socket = await connect(url);
  cleanups.push(() => void socket.disconnect());
  return socket;
}

/** `npm run classroom -- --redis URL` in its own process. */
async function classroomProcess() {
  const distDir = tinyDist();
  const started = await startClassroomProcess(distDir, '', 0, { redis: redis.url });
  cleanups.push(async () => {
    await started.stop();
    rmSync(distDir, { recursive: true, force: true });
  });
  return started;
}

async function teacherOn(url: string) {
  const teacher = await client(url);
  const created = await send(teacher, 'session:create', { lessonId: 'sextortion-pattern' });
  if (!created.ok) throw new Error(created.error);
  let progress: Progress = { joined: 0, roundId: null, state: null, answered: 0 };
  teacher.on('progress', (next) => (progress = next));
  return { teacher, ...created, auth: { code: created.code, secret: created.secret }, progress: () => progress };
}

describe('the live class on Redis', () => {
  it('counts every join and answer once when devices are spread over two server processes', async () => {
    const [a, b] = await Promise.all([classroomProcess(), classroomProcess()]);
    const { teacher, code, checkWord, auth, progress } = await teacherOn(a.url);

    // 40 devices join at the same moment, alternately on A and B; one device joins on both.
    const devices = await Promise.all(
      Array.from({ length: 40 }, async (_, i) => {
        const socket = await client(i % 2 ? b.url : a.url);
        const token = newToken();
        const joined = await send(socket, 'student:join', { code, checkWord, token });
        expect(joined.ok).toBe(true);
        return { socket, token };
      }),
    );
    const twin = await client(b.url);
    expect((await send(twin, 'student:join', { code, checkWord, token: devices[0].token })).ok).toBe(true);
    await expect.poll(progress).toMatchObject({ joined: 40 });

    // The round opened on A reaches the devices on B through the Redis adapter.
    const seenOnB: unknown[] = [];
    devices[1].socket.on('round', (view) => seenOnB.push(view));
    expect((await send(teacher, 'teacher:open', { ...auth, round: quizRound })).ok).toBe(true);
    await expect.poll(() => seenOnB.length).toBe(1);

    // Everyone answers at once; the first 10 change their answer on the other process.
    const choice = (i: number) => 'abcd'[i % 4];
    await Promise.all(
      devices.map(async ({ socket, token }, i) => {
        const reply = await send(socket, 'student:answer', {
          code,
          token,
          roundId: quizRound.id,
          answers: { q1: { kind: 'choice', selected: [choice(i)] } },
        });
        expect(reply.ok).toBe(true);
      }),
    );
    await Promise.all(
      devices.slice(0, 10).map(async ({ token }, i) => {
        const other = await client(i % 2 ? a.url : b.url);
        expect((await send(other, 'student:join', { code, checkWord, token })).ok).toBe(true);
        const reply = await send(other, 'student:answer', {
          code,
          token,
          roundId: quizRound.id,
          answers: { q1: { kind: 'choice', selected: ['a'] } },
        });
        expect(reply.ok).toBe(true);
      }),
    );
    await expect.poll(progress).toMatchObject({ joined: 40, answered: 40 });

    const revealed = await send(teacher, 'teacher:reveal', { ...auth, roundId: quizRound.id });
    if (!revealed.ok) throw new Error(revealed.error);
    const expected: Record<string, number> = {};
    devices.forEach((_, i) => {
      const key = i < 10 ? 'a' : choice(i);
      expected[key] = (expected[key] ?? 0) + 1;
    });
    expect(revealed.result.questions[0]).toMatchObject({ answered: 40, enough: true, counts: expected });
    // Closed: answers are refused on either process, and the per-device answers are gone from Redis.
    const late = await send(devices[3].socket, 'student:answer', {
      code,
      token: devices[3].token,
      roundId: quizRound.id,
      answers: { q1: { kind: 'choice', selected: ['a'] } },
    });
    expect(late).toEqual({ ok: false, error: 'round-closed' });
    const inspect = createClient({ url: redis.url });
    await inspect.connect();
    cleanups.push(() => inspect.close());
    expect(await inspect.exists(`mamoru:{${code}}:answers:${quizRound.id}`)).toBe(0);

    // Ending on B deletes the session for A too.
    const teacherOnB = await client(b.url);
    expect((await send(teacherOnB, 'teacher:end', auth)).ok).toBe(true);
    expect(await inspect.keys(`mamoru:{${code}}:*`)).toEqual([]);
    expect((await send(devices[0].socket, 'student:join', { code, checkWord, token: newToken() })).ok).toBe(false);
  });

  it('lets an unattended session expire through Redis TTLs, and keeps a used one alive', async () => {
    const inspect = createClient({ url: redis.url });
    await inspect.connect();
    cleanups.push(() => inspect.close());
    const classroom = new Classroom(createRedisStore(inspect as never, { ttlMs: 1500 }));
    const idle = await classroom.createSession('sextortion-pattern');
    const used = await classroom.createSession('sextortion-pattern');
    expect((await classroom.join(idle.code, idle.checkWord, newToken())).ok).toBe(true);
    expect((await classroom.open(used.code, quizRound)).ok).toBe(true);
    const token = newToken();
    expect((await classroom.join(used.code, used.checkWord, token)).ok).toBe(true);
    expect(await inspect.pTTL(`mamoru:{${idle.code}}:devices`)).toBeGreaterThan(0);
    for (let i = 0; i < 4; i++) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      const answered = await classroom.answer(
        used.code,
        token,
        quizRound.id,
        {
          q1: { kind: 'choice', selected: ['b'] },
        },
        undefined,
      );
      expect(answered.ok).toBe(true);
    }
    expect(await inspect.keys(`mamoru:{${idle.code}}:*`)).toEqual([]);
    expect((await classroom.join(idle.code, idle.checkWord, newToken())).ok).toBe(false);
    expect(await inspect.exists(`mamoru:{${used.code}}:answers:${quizRound.id}`)).toBe(1);
    expect((await classroom.progress(used.code)).answered).toBe(1);
  });

  it('tells the teacher and the devices on every process when a session expires in Redis, and leaves a used one', async () => {
    // Two processes' worth of servers on one Redis, with sessions that live 1.5 s unused.
    const [a, b] = await Promise.all(
      [0, 1].map(async () => {
        const server = await startTestServer({ redisUrl: redis.url, sessionIdleMs: 1500, expiryCheckMs: 100 });
        cleanups.push(() => server.close());
        return server;
      }),
    );
    const idle = await teacherOn(a.url);
    const used = await teacherOn(a.url);
    const ended: string[] = [];
    idle.teacher.on('ended', (reason) => ended.push(`teacher ${reason}`));
    used.teacher.on('ended', (reason) => ended.push(`used teacher ${reason}`));
    for (const url of [a.url, b.url]) {
      const socket = await client(url);
      expect(
        (await send(socket, 'student:join', { code: idle.code, checkWord: idle.checkWord, token: newToken() })).ok,
      ).toBe(true);
      socket.on('ended', (reason) => ended.push(`device on ${url === a.url ? 'A' : 'B'} ${reason}`));
    }
    const token = newToken();
    const device = await client(b.url);
    expect((await send(device, 'student:join', { code: used.code, checkWord: used.checkWord, token })).ok).toBe(true);
    device.on('ended', (reason) => ended.push(`used device ${reason}`));
    expect((await send(used.teacher, 'teacher:open', { ...used.auth, round: quizRound })).ok).toBe(true);
    // The used session is answered every 400 ms for 3 s: it must outlive the idle one.
    for (let i = 0; i < 8; i++) {
      await new Promise((resolve) => setTimeout(resolve, 400));
      const choice = 'abcd'[i % 4];
      expect(
        await send(device, 'student:answer', {
          code: used.code,
          token,
          roundId: quizRound.id,
          answers: { q1: { kind: 'choice', selected: [choice] } },
        }),
      ).toEqual({ ok: true });
    }
    await expect
      .poll(() => [...ended].sort())
      .toEqual(['device on A expired', 'device on B expired', 'teacher expired']);
    expect((await send(idle.teacher, 'teacher:resume', idle.auth)).ok).toBe(false);
    expect((await send(used.teacher, 'teacher:resume', used.auth)).ok).toBe(true);
  });

  it('reports losing Redis, keeps accepting connections, and resumes the session when Redis is back', async () => {
    const server = await startTestServer({ redisUrl: redis.url });
    cleanups.push(() => server.close());
    const log = vi.spyOn(console, 'error');
    cleanups.push(() => log.mockRestore());
    const logged = () => log.mock.calls.map((call) => call.join(' ')).join('\n');
    const { teacher, code, checkWord, auth, progress } = await teacherOn(server.url);
    const storeStatus: boolean[] = [];
    teacher.on('store', (up) => storeStatus.push(up));
    const students = await Promise.all(
      Array.from({ length: 6 }, async () => {
        const socket = await client(server.url);
        const token = newToken();
        expect((await send(socket, 'student:join', { code, checkWord, token })).ok).toBe(true);
        return { socket, token };
      }),
    );
    expect((await send(teacher, 'teacher:open', { ...auth, round: quizRound })).ok).toBe(true);
    const answer = (i: number) =>
      send(students[i].socket, 'student:answer', {
        code,
        token: students[i].token,
        roundId: quizRound.id,
        answers: { q1: { kind: 'choice', selected: ['c'] } },
      });
    for (const i of [0, 1, 2]) expect((await answer(i)).ok).toBe(true);

    await redis.stop();
    await expect.poll(() => storeStatus.at(-1)).toBe(false);
    expect(logged()).toContain(`classroom: lost Redis at ${redis.url}`);
    // While Redis is away the answer is refused (the page retries it), and new connections are still taken and told.
    expect(await answer(3)).toEqual({ ok: false, error: 'server-busy' });
    const late: LiveClient = io(server.url, { transports: ['websocket'], reconnection: false, forceNew: true });
    cleanups.push(() => void late.disconnect());
    expect(await new Promise<boolean>((resolve) => late.once('store', resolve))).toBe(false);
    const health = (await (await fetch(new URL('/healthz', server.url))).json()) as { redis: boolean };
    expect(health).toMatchObject({ ok: true, store: 'redis', redis: false });

    await redis.start();
    await expect.poll(() => storeStatus.at(-1), { timeout: 15_000 }).toBe(true);
    expect(logged()).toContain('is back; sessions continue');
    for (const i of [3, 4, 5]) expect((await answer(i)).ok).toBe(true);
    await expect.poll(progress).toMatchObject({ joined: 6, answered: 6 });
    const revealed = await send(teacher, 'teacher:reveal', { ...auth, roundId: quizRound.id });
    if (!revealed.ok) throw new Error(revealed.error);
    expect(revealed.result.questions[0]).toMatchObject({ answered: 6, counts: { c: 6 } });
  });

  it("sends a process's counts again when its link to Redis is back, so a teacher on another process sees what was answered meanwhile", async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    cleanups.push(() => log.mockRestore());
    const [a, b] = await Promise.all(
      [0, 1].map(async () => {
        const server = await startTestServer({ redisUrl: redis.url });
        cleanups.push(() => server.close());
        return server;
      }),
    );
    const { teacher, code, checkWord, auth, progress } = await teacherOn(a.url);
    expect((await send(teacher, 'teacher:open', { ...auth, round: quizRound })).ok).toBe(true);
    const student = await client(b.url);
    const token = newToken();
    expect((await send(student, 'student:join', { code, checkWord, token })).ok).toBe(true);
    await expect.poll(progress).toMatchObject({ joined: 1, roundId: quizRound.id, answered: 0 });

    // B's client for passing messages between processes drops; its sessions' client still works.
    const storeStatus: boolean[] = [];
    student.on('store', (up) => storeStatus.push(up));
    await b.redis!.adapterClient.close();
    await expect.poll(() => storeStatus).toEqual([false]);
    const answered = await send(student, 'student:answer', {
      code,
      token,
      roundId: quizRound.id,
      answers: { q1: { kind: 'choice', selected: ['c'] } },
    });
    expect(answered.ok).toBe(true);
    // The answer is kept, but the count B sent for it went nowhere beyond B.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(progress()).toMatchObject({ answered: 0 });

    await b.redis!.adapterClient.connect();
    await expect.poll(() => storeStatus).toEqual([false, true]);
    await expect.poll(progress, { timeout: 5000 }).toMatchObject({ joined: 1, answered: 1 });
  });
});

describe("the classroom server's connection to Redis", () => {
  // The teacher's "Redis is away" bar goes when Redis is back. If the adapter's client were still
  // reconnecting then, a round opened at once would reach only this process's devices.
  it.each(['client', 'adapterClient'] as const)(
    'says Redis is away while its %s is cut off, and back only once both clients are',
    async (which) => {
      const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      cleanups.push(() => log.mockRestore());
      const connection = await connectRedis(redis.url);
      cleanups.push(() => connection.close());
      const changes: { up: boolean; ready: { client: boolean; adapterClient: boolean } }[] = [];
      connection.onChange((up) =>
        changes.push({
          up,
          ready: { client: connection.client.isReady, adapterClient: connection.adapterClient.isReady },
        }),
      );
      const admin = createClient({ url: redis.url });
      await admin.connect();
      cleanups.push(() => admin.close());

      await admin.sendCommand(['CLIENT', 'KILL', 'ID', String(await connection[which].clientId())]);
      await expect.poll(() => changes.length, { timeout: 5000 }).toBe(2);
      expect(changes).toEqual([
        { up: false, ready: { client: true, adapterClient: true, [which]: false } },
        { up: true, ready: { client: true, adapterClient: true } },
      ]);
      expect(connection.isUp()).toBe(true);
      expect(log.mock.calls.map((call) => String(call[0]))).toEqual([
        expect.stringContaining(`classroom: lost Redis at ${redis.url}`),
        expect.stringContaining('is back; sessions continue'),
      ]);
    },
  );
});

describe('npm run classroom with --redis', () => {
  it.each([
    [['--redis', 'localhost:6379'], '--redis must start with redis:// or rediss://'],
    [['--redis', 'not a url'], '--redis must be a URL such as redis://127.0.0.1:6379'],
    [['--redis', 'redis://127.0.0.1:6379', '--data', '/tmp/x'], '--data and --redis cannot go together'],
    [['--public-url', 'mamoru.school.example'], '--public-url must be a full address'],
    [['--public-url', 'ftp://mamoru.school.example/'], '--public-url must start with https:// or http://'],
    [['--public-url', 'https://mamoru.school.example/?a=1'], '--public-url cannot have a ?query or #fragment'],
  ])('refuses %j with a clear message', async (args, message) => {
    const result = await runScript('scripts/classroom.ts', [...args, '--port', '0', '--host', '127.0.0.1']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain('usage: npm run classroom');
  });

  it.each(['5s', '10'])('refuses a test session lifetime of %j in MAMORU_TEST_SESSION_IDLE_MS', async (value) => {
    const result = await runScript('scripts/classroom.ts', ['--port', '0', '--host', '127.0.0.1'], {
      MAMORU_TEST_SESSION_IDLE_MS: value,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      `MAMORU_TEST_SESSION_IDLE_MS must be a whole number of milliseconds ≥ 1000, not ${value}`,
    );
  });

  it('says so when Redis cannot be reached at the start', async () => {
    const distDir = tinyDist();
    cleanups.push(() => rmSync(distDir, { recursive: true, force: true }));
    const result = await runScript('scripts/classroom.ts', [
      '--redis',
      'redis://127.0.0.1:1',
      '--port',
      '0',
      '--host',
      '127.0.0.1',
      '--dist',
      distDir,
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('could not reach Redis at redis://127.0.0.1:1');
  });

  it('takes Redis from MAMORU_REDIS_URL and shows MAMORU_PUBLIC_URL on its pages', async () => {
    const distDir = tinyDist();
    const started = await startClassroomProcess(distDir, '', 0, {
      env: { MAMORU_REDIS_URL: redis.url, MAMORU_PUBLIC_URL: 'https://mamoru.school.example' },
    });
    cleanups.push(async () => {
      await started.stop();
      rmSync(distDir, { recursive: true, force: true });
    });
    const page = await (await fetch(new URL('/present.html', started.url))).text();
    expect(page).toContain('<meta name="mamoru-classroom" content="https://mamoru.school.example/">');
    expect(started.output()).toContain('https://mamoru.school.example/');
    expect(started.output()).toContain(`sessions kept in Redis at ${redis.url}`);
  });
});
