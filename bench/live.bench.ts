// A school's (or a district's) worth of live classes: SESSIONS sessions × STUDENTS simulated devices
// (socket.io-client over WebSocket, as the student page connects), all at once. Prints the time for
// a class to join (connect + join, all of its devices), the time from a class's last answer to the
// projector's count showing it (p50/p95/max over every round), each server process's memory, and
// checks every revealed count against the answers sent (no answer lost or counted twice).
//
//   npm run bench live [-- --sessions 40 --students 35 --rounds 3]
//   npm run bench live -- --processes 3 --redis --sessions 200 --students 35
//
// With --redis, a redis-server is started on a free port and N classroom processes share it; each
// class's teacher is on one process and its devices spread over all of them. The single embedded
// process runs the same load in the same run, for the ratio.
import { readFileSync, rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createClient } from 'redis';
import type { LiveRound, Progress } from '../src/protocol/live';
import {
  connect,
  newToken,
  send,
  startClassroomProcess,
  tempDataDir,
  tinyDist,
  type LiveClient,
} from '../tests/support/classroom';
import { startRedis } from '../tests/support/redis-server';

const { values: args } = parseArgs({
  args: process.argv.slice(3),
  options: {
    sessions: { type: 'string', default: process.env.BENCH_SESSIONS ?? '40' },
    students: { type: 'string', default: process.env.BENCH_STUDENTS ?? '35' },
    rounds: { type: 'string', default: process.env.BENCH_ROUNDS ?? '3' },
    processes: { type: 'string', default: '1' },
    redis: { type: 'boolean', default: false },
  },
  strict: true,
});
const SESSIONS = Number(args.sessions);
const STUDENTS = Number(args.students);
const ROUNDS = Number(args.rounds);
const PROCESSES = Number(args.processes);
for (const [name, value] of Object.entries({ SESSIONS, STUDENTS, ROUNDS, PROCESSES }))
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name.toLowerCase()} must be a whole number ≥ 1`);
if (PROCESSES > 1 && !args.redis) throw new Error('--processes above 1 needs --redis (the processes share Redis)');

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const round = (n: number) => Math.round(n * 10) / 10;

/** Resident memory of a process, from /proc (MB). */
function memoryMb(pid: number): number {
  const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return rss ? Number(rss[1]) / 1024 : NaN;
}

interface ClassRun {
  joinMs: number;
  latencies: number[];
  sockets: LiveClient[];
  /** Rounds whose revealed counts differ from the answers sent. */
  mismatches: string[];
}

/** One class: the teacher's deck starts a session, the devices join, then ROUNDS questions are answered. */
async function runClass(urls: string[], index: number): Promise<ClassRun> {
  const teacher = await connect(urls[index % urls.length]);
  const created = await send(teacher, 'session:create', { lessonId: 'sextortion-pattern' });
  if (!created.ok) throw new Error(`could not create a session: ${created.error}`);
  const { code, checkWord, secret } = created;
  let progress: Progress = { joined: 0, roundId: null, state: null, answered: 0 };
  const waiters = new Set<() => void>();
  teacher.on('progress', (next) => {
    progress = next;
    for (const check of waiters) check();
  });
  const until = (ok: (p: Progress) => boolean) =>
    new Promise<number>((resolve) => {
      const check = () => {
        if (!ok(progress)) return;
        waiters.delete(check);
        resolve(performance.now());
      };
      waiters.add(check);
      check();
    });

  const joinStart = performance.now();
  const students = await Promise.all(
    Array.from({ length: STUDENTS }, async (_, s) => {
      const socket = await connect(urls[(index + s + 1) % urls.length]);
      const token = newToken();
      const joined = await send(socket, 'student:join', { code, checkWord, token });
      if (!joined.ok) throw new Error(`a device could not join: ${joined.error}`);
      return { socket, token };
    }),
  );
  const joinMs = performance.now() - joinStart;
  await until((p) => p.joined === STUDENTS);

  const latencies: number[] = [];
  const mismatches: string[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const questionId = `q${r + 1}`;
    const liveRound: LiveRound = {
      id: `quiz-${questionId}`,
      kind: 'quiz',
      questions: [{ id: questionId, type: 'single', options: ['a', 'b', 'c', 'd'] }],
    };
    const opened = await send(teacher, 'teacher:open', { code, secret, round: liveRound });
    if (!opened.ok) throw new Error(`could not open a round: ${opened.error}`);
    // Students answer over about two seconds, as a class does; the last answer is timed to the projector.
    let lastSent = 0;
    const sent: Record<string, number> = {};
    const shown = until((p) => p.roundId === liveRound.id && p.answered === STUDENTS);
    await Promise.all(
      students.map(async ({ socket, token }) => {
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 2000));
        const choice = 'abcd'[Math.floor(Math.random() * 4)];
        lastSent = Math.max(lastSent, performance.now());
        const reply = await send(socket, 'student:answer', {
          code,
          token,
          roundId: liveRound.id,
          answers: { [questionId]: { kind: 'choice', selected: [choice] } },
        });
        if (!reply.ok) throw new Error(`an answer was refused: ${reply.error}`);
        sent[choice] = (sent[choice] ?? 0) + 1;
      }),
    );
    latencies.push((await shown) - lastSent);
    const revealed = await send(teacher, 'teacher:reveal', { code, secret, roundId: liveRound.id });
    if (!revealed.ok) throw new Error(`could not reveal: ${revealed.error}`);
    const counts = revealed.result.questions[0].enough ? revealed.result.questions[0].counts : {};
    if (JSON.stringify(Object.entries(counts).sort()) !== JSON.stringify(Object.entries(sent).sort()))
      mismatches.push(`${code} ${liveRound.id}: sent ${JSON.stringify(sent)}, counted ${JSON.stringify(counts)}`);
  }
  return { joinMs, latencies, sockets: [teacher, ...students.map((student) => student.socket)], mismatches };
}

interface Figures {
  label: string;
  wallS: number;
  joinP95: number;
  latencyP50: number;
  latencyP95: number;
  latencyMax: number;
}

async function scenario(label: string, redisUrl: string | undefined, processes: number): Promise<Figures> {
  const distDir = tinyDist();
  const dataDir = tempDataDir();
  const servers = await Promise.all(
    Array.from({ length: processes }, () =>
      startClassroomProcess(distDir, dataDir, 0, redisUrl ? { redis: redisUrl } : {}),
    ),
  );
  const idle = servers.map((server) => memoryMb(server.process.pid!));
  const started = performance.now();
  const classes = await Promise.all(
    Array.from({ length: SESSIONS }, (_, i) =>
      runClass(
        servers.map((server) => server.url),
        i,
      ),
    ),
  );
  const wallS = (performance.now() - started) / 1000;
  const loaded = servers.map((server) => memoryMb(server.process.pid!));

  const joins = classes.map((c) => c.joinMs).sort((a, b) => a - b);
  const latencies = classes.flatMap((c) => c.latencies).sort((a, b) => a - b);
  const mismatches = classes.flatMap((c) => c.mismatches);
  const figures: Figures = {
    label,
    wallS,
    joinP95: percentile(joins, 95),
    latencyP50: percentile(latencies, 50),
    latencyP95: percentile(latencies, 95),
    latencyMax: latencies.at(-1)!,
  };
  console.log(`\n-- ${label}: ${round(wallS)} s in all`);
  console.log(
    `class joined (all ${STUDENTS} devices connected and joined): p50 ${round(percentile(joins, 50))} ms · p95 ${round(figures.joinP95)} ms · max ${round(joins.at(-1)!)} ms  (aim < 10 s)`,
  );
  console.log(
    `last answer → projector count: p50 ${round(figures.latencyP50)} ms · p95 ${round(figures.latencyP95)} ms · max ${round(figures.latencyMax)} ms over ${latencies.length} questions  (aim p95 < 1 s)`,
  );
  servers.forEach((_, i) =>
    console.log(
      `process ${i + 1} memory (RSS): ${round(idle[i])} MB idle → ${round(loaded[i])} MB with every device connected`,
    ),
  );
  console.log(
    mismatches.length
      ? `COUNTS WRONG in ${mismatches.length} of ${latencies.length} questions:\n  ${mismatches.slice(0, 5).join('\n  ')}`
      : `counts: all ${latencies.length} revealed questions match the ${SESSIONS * STUDENTS * ROUNDS} answers sent (none lost, none counted twice)`,
  );
  if (mismatches.length) process.exitCode = 1;

  for (const c of classes) for (const socket of c.sockets) socket.disconnect();
  await Promise.all(
    servers.map(
      (server) =>
        new Promise<void>((resolve) => {
          server.process.once('exit', () => resolve());
          server.process.kill('SIGTERM');
        }),
    ),
  );
  rmSync(distDir, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
  return figures;
}

/** Redis's own view: commands run and the time it spent on them, per answer sent. */
async function redisCommandStats(url: string): Promise<Map<string, { calls: number; usec: number }>> {
  const client = createClient({ url });
  await client.connect();
  const info = await client.info('commandstats');
  await client.close();
  const stats = new Map<string, { calls: number; usec: number }>();
  for (const match of info.matchAll(/cmdstat_(\w+(?:\|\w+)?):calls=(\d+),usec=(\d+)/g))
    stats.set(match[1], { calls: Number(match[2]), usec: Number(match[3]) });
  return stats;
}

const loadBefore = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
console.log(
  `${SESSIONS} sessions × ${STUDENTS} devices = ${SESSIONS * (STUDENTS + 1)} connections (with the teachers' decks), ${ROUNDS} questions each, all at once; load average ${loadBefore}`,
);
const embedded = await scenario('1 embedded process', undefined, 1);
if (args.redis) {
  const redis = await startRedis();
  try {
    const scaled = await scenario(`${PROCESSES} processes on Redis`, redis.url, PROCESSES);
    const stats = await redisCommandStats(redis.url);
    const answers = SESSIONS * STUDENTS * ROUNDS;
    const totalCalls = [...stats.values()].reduce((sum, s) => sum + s.calls, 0);
    const totalUsec = [...stats.values()].reduce((sum, s) => sum + s.usec, 0);
    const top = [...stats.entries()].sort((a, b) => b[1].usec - a[1].usec).slice(0, 5);
    console.log(
      `redis: ${totalCalls} commands (${round(totalCalls / answers)} per answer), ${round(totalUsec / 1000)} ms of Redis time in all; most time: ${top.map(([name, s]) => `${name} ${s.calls}× ${round(s.usec / 1000)} ms`).join(', ')}`,
    );
    const ratio = (a: number, b: number) => `${round(a / b)}×`;
    console.log(
      `\nratio ${scaled.label} / ${embedded.label}: wall ${ratio(scaled.wallS, embedded.wallS)} · join p95 ${ratio(scaled.joinP95, embedded.joinP95)} · answer→projector p50 ${ratio(scaled.latencyP50, embedded.latencyP50)} · p95 ${ratio(scaled.latencyP95, embedded.latencyP95)}`,
    );
  } finally {
    await redis.remove();
  }
}
console.log(`load average at the end: ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);
