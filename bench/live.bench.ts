// A school's (or a district's) worth of live classes: SESSIONS sessions × STUDENTS simulated devices
// (socket.io-client over WebSocket, as the student page connects), all at once. Prints the time for
// a class to join (connect + join, all of its devices), the time from a class's last answer to the
// projector's count showing it (p50/p95/max over every round), each server process's memory, and
// checks every revealed count against the answers sent (no answer lost or counted twice).
//
//   npm run bench live [-- --sessions 40 --students 35 --rounds 3 --ramp 4]
//   npm run bench live -- --processes 3 --redis [--sessions 200 --students 35]
//
// With --redis, a redis-server is started on a free port (append-only file, fsync every second, as
// docs/deploy.md sets it up) and N classroom processes share it; each class's teacher is on one
// process and its devices spread over all of them. The single embedded process runs the same load
// in the same run, for the ratio. Classes start over --ramp seconds (a district's 10:00 start is
// not one instant). The bench exits non-zero when a count differs from the answers sent, when the
// projector never shows every answer, or when a class fails.
import type { ChildProcess } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
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

const REDIS_DEFAULTS = { sessions: '200', students: '35' };
const { values: args } = parseArgs({
  args: process.argv.slice(3),
  options: {
    sessions: { type: 'string' },
    students: { type: 'string' },
    rounds: { type: 'string', default: process.env.BENCH_ROUNDS ?? '3' },
    processes: { type: 'string', default: '1' },
    redis: { type: 'boolean', default: false },
    ramp: { type: 'string' },
  },
  strict: true,
});
const SESSIONS = Number(args.sessions ?? process.env.BENCH_SESSIONS ?? (args.redis ? REDIS_DEFAULTS.sessions : '40'));
const STUDENTS = Number(args.students ?? process.env.BENCH_STUDENTS ?? (args.redis ? REDIS_DEFAULTS.students : '35'));
const ROUNDS = Number(args.rounds);
const PROCESSES = Number(args.processes);
/** Seconds over which the classes start: by default a tenth of a second per class. */
const RAMP_S = Number(args.ramp ?? SESSIONS / 10);
for (const [name, value] of Object.entries({ SESSIONS, STUDENTS, ROUNDS, PROCESSES }))
  if (!Number.isInteger(value) || value < 1) fail(`--${name.toLowerCase()} must be a whole number ≥ 1`);
if (!Number.isFinite(RAMP_S) || RAMP_S < 0) fail('--ramp must be a number of seconds ≥ 0');
if (PROCESSES > 1 && !args.redis) fail('--processes above 1 needs --redis (the processes share Redis)');

function fail(message: string): never {
  console.error(
    `${message}\nusage: npm run bench live -- [--processes N --redis] [--sessions N] [--students N] [--rounds N] [--ramp SECONDS]`,
  );
  process.exit(2);
}

/** How long the bench waits for a reply or for the projector before calling it a failure. */
const PATIENCE_MS = 30_000;
/** The aims of issue 14. */
const AIM = { joinMs: 10_000, latencyP95Ms: 1000 };
const verdict = (met: boolean) => (met ? 'met' : 'NOT MET');

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN;
const round = (n: number) => Math.round(n * 10) / 10;

/** Resident memory of a process, from /proc (MB). */
function memoryMb(pid: number): number {
  const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return rss ? Number(rss[1]) / 1024 : NaN;
}

/** CPU time a process has used so far (user + system, seconds), from /proc. */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

// Servers this bench started are stopped even when it fails half-way.
const children = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
});

interface ClassRun {
  joinMs: number;
  latencies: number[];
  sockets: LiveClient[];
  /** Rounds whose revealed counts differ from the answers sent, or that never showed every answer. */
  mismatches: string[];
  /** Why the class could not run to the end, if it could not. */
  error?: string;
  /** Answers the server accepted. */
  answered: number;
}

/** One class: the teacher's deck starts a session, the devices join, then ROUNDS questions are answered. */
async function runClass(urls: string[], index: number, delayMs: number): Promise<ClassRun> {
  const run: ClassRun = { joinMs: NaN, latencies: [], sockets: [], mismatches: [], answered: 0 };
  await new Promise((resolve) => setTimeout(resolve, delayMs));
  const open = async (url: string) => {
    const socket = await connect(url, { timeoutMs: PATIENCE_MS });
    run.sockets.push(socket);
    return socket;
  };
  try {
    const teacher = await open(urls[index % urls.length]);
    const created = await send(teacher, 'session:create', { lessonId: 'sextortion-pattern' }, PATIENCE_MS);
    if (!created.ok) throw new Error(`could not create a session: ${created.error}`);
    const { code, checkWord, secret } = created;
    let progress: Progress = { joined: 0, roundId: null, state: null, answered: 0 };
    const waiters = new Set<() => void>();
    teacher.on('progress', (next) => {
      progress = next;
      for (const check of waiters) check();
    });
    /** When the projector's progress first satisfies `ok`; null if it has not after PATIENCE_MS. */
    const until = (ok: (p: Progress) => boolean) =>
      new Promise<number | null>((resolve) => {
        const timer = setTimeout(() => {
          waiters.delete(check);
          resolve(null);
        }, PATIENCE_MS);
        const check = () => {
          if (!ok(progress)) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(performance.now());
        };
        waiters.add(check);
        check();
      });

    const joinStart = performance.now();
    const students = await Promise.all(
      Array.from({ length: STUDENTS }, async (_, s) => {
        const socket = await open(urls[(index + s + 1) % urls.length]);
        const token = newToken();
        const joined = await send(socket, 'student:join', { code, checkWord, token }, PATIENCE_MS);
        if (!joined.ok) throw new Error(`a device could not join: ${joined.error}`);
        return { socket, token };
      }),
    );
    run.joinMs = performance.now() - joinStart;
    if ((await until((p) => p.joined === STUDENTS)) === null)
      run.mismatches.push(`${code}: the projector showed ${progress.joined} of ${STUDENTS} devices joined`);

    for (let r = 0; r < ROUNDS; r++) {
      const questionId = `q${r + 1}`;
      const liveRound: LiveRound = {
        id: `quiz-${questionId}`,
        kind: 'quiz',
        questions: [{ id: questionId, type: 'single', options: ['a', 'b', 'c', 'd'] }],
      };
      const opened = await send(teacher, 'teacher:open', { code, secret, round: liveRound }, PATIENCE_MS);
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
          const reply = await send(
            socket,
            'student:answer',
            { code, token, roundId: liveRound.id, answers: { [questionId]: { kind: 'choice', selected: [choice] } } },
            PATIENCE_MS,
          );
          if (!reply.ok) throw new Error(`an answer was refused: ${reply.error}`);
          sent[choice] = (sent[choice] ?? 0) + 1;
          run.answered++;
        }),
      );
      const shownAt = await shown;
      if (shownAt === null)
        run.mismatches.push(
          `${code} ${liveRound.id}: the projector showed ${progress.answered} of ${STUDENTS} answers`,
        );
      else run.latencies.push(shownAt - lastSent);
      const revealed = await send(teacher, 'teacher:reveal', { code, secret, roundId: liveRound.id }, PATIENCE_MS);
      if (!revealed.ok) throw new Error(`could not reveal: ${revealed.error}`);
      const counts = revealed.result.questions[0].enough ? revealed.result.questions[0].counts : {};
      if (JSON.stringify(Object.entries(counts).sort()) !== JSON.stringify(Object.entries(sent).sort()))
        run.mismatches.push(`${code} ${liveRound.id}: sent ${JSON.stringify(sent)}, counted ${JSON.stringify(counts)}`);
    }
  } catch (error) {
    run.error = error instanceof Error ? error.message : String(error);
  }
  return run;
}

interface Figures {
  label: string;
  wallS: number;
  joinP95: number;
  latencyP50: number;
  latencyP95: number;
  latencyMax: number;
  /** CPU seconds the servers (and Redis) spent per 1,000 answers: less noisy than times on a shared machine. */
  cpuPerThousand: number;
}

async function scenario(
  label: string,
  redis: { url: string; pid: () => number | undefined } | undefined,
  processes: number,
): Promise<Figures> {
  const distDir = tinyDist();
  const dataDir = tempDataDir();
  const servers: Awaited<ReturnType<typeof startClassroomProcess>>[] = [];
  try {
    for (let i = 0; i < processes; i++) {
      const server = await startClassroomProcess(distDir, dataDir, 0, redis ? { redis: redis.url } : {});
      children.add(server.process);
      servers.push(server);
    }
    const pids = servers.map((server) => server.process.pid!);
    const idle = pids.map(memoryMb);
    const cpuBefore = { servers: pids.map(cpuSeconds), redis: redis ? cpuSeconds(redis.pid()!) : 0 };
    const benchCpuBefore = process.cpuUsage();
    const loop = monitorEventLoopDelay({ resolution: 10 });
    loop.enable();
    const started = performance.now();
    // Memory is read when the most devices are connected: once every class has joined and before any leaves.
    let peak = idle;
    const sampler = setInterval(() => (peak = pids.map((pid, i) => Math.max(peak[i], memoryMb(pid)))), 500);
    const classes = await Promise.all(
      Array.from({ length: SESSIONS }, (_, i) =>
        runClass(
          servers.map((server) => server.url),
          i,
          (i / SESSIONS) * RAMP_S * 1000,
        ),
      ),
    );
    clearInterval(sampler);
    loop.disable();
    const wallS = (performance.now() - started) / 1000;
    const cpu = {
      servers: pids.map((pid, i) => cpuSeconds(pid) - cpuBefore.servers[i]),
      redis: redis ? cpuSeconds(redis.pid()!) - cpuBefore.redis : 0,
    };
    const benchCpu = process.cpuUsage(benchCpuBefore);

    const joins = classes
      .map((c) => c.joinMs)
      .filter((ms) => !Number.isNaN(ms))
      .sort((a, b) => a - b);
    const latencies = classes.flatMap((c) => c.latencies).sort((a, b) => a - b);
    const mismatches = classes.flatMap((c) => c.mismatches);
    const failures = classes.flatMap((c) => (c.error ? [c.error] : []));
    const figures: Figures = {
      label,
      wallS,
      joinP95: percentile(joins, 95),
      latencyP50: percentile(latencies, 50),
      latencyP95: percentile(latencies, 95),
      latencyMax: latencies.at(-1) ?? NaN,
      // Per answer the servers accepted: a run where classes failed does not look cheaper.
      cpuPerThousand:
        ((cpu.servers.reduce((sum, s) => sum + s, 0) + cpu.redis) / classes.reduce((sum, c) => sum + c.answered, 0)) *
        1000,
    };
    console.log(`\n-- ${label}: ${round(wallS)} s in all`);
    console.log(
      `class joined (all ${STUDENTS} devices connected and joined): p50 ${round(percentile(joins, 50))} ms · p95 ${round(figures.joinP95)} ms · max ${round(joins.at(-1) ?? NaN)} ms  (aim p95 < ${AIM.joinMs / 1000} s: ${verdict(figures.joinP95 < AIM.joinMs)})`,
    );
    console.log(
      `last answer → projector count: p50 ${round(figures.latencyP50)} ms · p95 ${round(figures.latencyP95)} ms · max ${round(figures.latencyMax)} ms over ${latencies.length} questions  (aim p95 < ${AIM.latencyP95Ms / 1000} s: ${verdict(figures.latencyP95 < AIM.latencyP95Ms)})`,
    );
    servers.forEach((_, i) =>
      console.log(
        `process ${i + 1}: memory (RSS) ${round(idle[i])} MB idle → ${round(peak[i])} MB at most; CPU ${round(cpu.servers[i])} s`,
      ),
    );
    if (redis) console.log(`redis-server: CPU ${round(cpu.redis)} s`);
    console.log(
      `server CPU (joins, answers, counts, reveals) per 1,000 answers: ${round(figures.cpuPerThousand)} s${redis ? ', Redis included' : ''}`,
    );
    console.log(
      `this bench (the ${SESSIONS * (STUDENTS + 1)} simulated clients): CPU ${round((benchCpu.user + benchCpu.system) / 1e6)} s; its event loop lagged p99 ${round(loop.percentile(99) / 1e6)} ms, max ${round(loop.max / 1e6)} ms (part of every latency above)`,
    );
    const questions = SESSIONS * ROUNDS;
    if (failures.length) {
      console.log(
        `FAILED: ${failures.length} of ${SESSIONS} classes could not run to the end:\n  ${[...new Set(failures)].slice(0, 5).join('\n  ')}`,
      );
      process.exitCode = 1;
    }
    console.log(
      mismatches.length
        ? `COUNTS WRONG in ${mismatches.length} places:\n  ${mismatches.slice(0, 5).join('\n  ')}`
        : failures.length
          ? `counts: the ${latencies.length} questions that ran match the answers sent`
          : `counts: all ${questions} revealed questions match the ${SESSIONS * STUDENTS * ROUNDS} answers sent (none lost, none counted twice)`,
    );
    if (mismatches.length) process.exitCode = 1;
    for (const c of classes) for (const socket of c.sockets) socket.disconnect();
    return figures;
  } finally {
    await Promise.all(
      servers.map(
        (server) =>
          new Promise<void>((resolve) => {
            if (server.process.exitCode !== null) return resolve();
            server.process.once('exit', () => resolve());
            server.process.kill('SIGTERM');
          }),
      ),
    );
    for (const server of servers) children.delete(server.process);
    rmSync(distDir, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Redis's own view: commands run and the time it spent on them. */
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
  `${SESSIONS} sessions × ${STUDENTS} devices = ${SESSIONS * (STUDENTS + 1)} connections (with the teachers' decks), ${ROUNDS} questions each; classes start over ${RAMP_S} s; load average ${loadBefore}`,
);
const embedded = await scenario('1 embedded process', undefined, 1);
if (args.redis) {
  const redis = await startRedis({ appendfsync: 'everysec' });
  try {
    const scaled = await scenario(`${PROCESSES} processes on Redis`, redis, PROCESSES);
    const stats = await redisCommandStats(redis.url);
    const answers = SESSIONS * STUDENTS * ROUNDS;
    const totalCalls = [...stats.values()].reduce((sum, s) => sum + s.calls, 0);
    const totalUsec = [...stats.values()].reduce((sum, s) => sum + s.usec, 0);
    const top = [...stats.entries()].sort((a, b) => b[1].calls - a[1].calls).slice(0, 6);
    console.log(
      `redis: ${totalCalls} commands (${round(totalCalls / answers)} per answer, joins and controls included), ${round(totalUsec / 1000)} ms of Redis time in all; most called: ${top.map(([name, s]) => `${name} ${s.calls}× ${round(s.usec / 1000)} ms`).join(', ')}`,
    );
    const ratio = (a: number, b: number) => `${round(a / b)}×`;
    console.log(
      `\nratio ${scaled.label} / ${embedded.label}: wall ${ratio(scaled.wallS, embedded.wallS)} · join p95 ${ratio(scaled.joinP95, embedded.joinP95)} · answer→projector p50 ${ratio(scaled.latencyP50, embedded.latencyP50)} · p95 ${ratio(scaled.latencyP95, embedded.latencyP95)} · server CPU per answer ${ratio(scaled.cpuPerThousand, embedded.cpuPerThousand)}`,
    );
  } finally {
    await redis.remove();
  }
}
console.log(
  `load average at the end: ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')} (a shared machine: figures vary from run to run)`,
);
if (process.exitCode) console.log('\nlive bench FAILED (see above)');
