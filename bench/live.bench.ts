// A school's worth of live classes on one classroom server: SESSIONS sessions × STUDENTS simulated
// devices (socket.io-client over WebSocket, as the student page connects), all at once. Prints the
// time for a class to join (connect + join, all of its devices), the time from a class's last
// answer to the projector's count showing it (p50/p95/max over every round), and the server
// process's memory. The server runs as `npm run classroom` does, in its own process.
import { readFileSync, rmSync } from 'node:fs';
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

const SESSIONS = Number(process.env.BENCH_SESSIONS ?? 40);
const STUDENTS = Number(process.env.BENCH_STUDENTS ?? 35);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

const distDir = tinyDist();
const dataDir = tempDataDir();
const { process: server, url } = await startClassroomProcess(distDir, dataDir);

/** Resident memory of the server process, from /proc (MB). */
function serverMemoryMb(): number {
  const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'));
  return rss ? Number(rss[1]) / 1024 : NaN;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const round = (n: number) => Math.round(n * 10) / 10;

interface ClassRun {
  joinMs: number;
  latencies: number[];
  sockets: LiveClient[];
}

/** One class: the teacher's deck starts a session, the devices join, then ROUNDS questions are answered. */
async function runClass(): Promise<ClassRun> {
  const teacher = await connect(url);
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
    Array.from({ length: STUDENTS }, async () => {
      const socket = await connect(url);
      const token = newToken();
      const joined = await send(socket, 'student:join', { code, checkWord, token });
      if (!joined.ok) throw new Error(`a device could not join: ${joined.error}`);
      return { socket, token };
    }),
  );
  const joinMs = performance.now() - joinStart;
  await until((p) => p.joined === STUDENTS);

  const latencies: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const liveRound: LiveRound = {
      id: `quiz-q${r + 1}`,
      kind: 'quiz',
      questions: [{ id: `q${r + 1}`, type: 'single', options: ['a', 'b', 'c', 'd'] }],
    };
    const opened = await send(teacher, 'teacher:open', { code, secret, round: liveRound });
    if (!opened.ok) throw new Error(`could not open a round: ${opened.error}`);
    // Students answer over about two seconds, as a class does; the last answer is timed to the projector.
    let lastSent = 0;
    const shown = until((p) => p.roundId === liveRound.id && p.answered === STUDENTS);
    await Promise.all(
      students.map(async ({ socket, token }) => {
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 2000));
        lastSent = Math.max(lastSent, performance.now());
        const reply = await send(socket, 'student:answer', {
          code,
          token,
          roundId: liveRound.id,
          answers: { [`q${r + 1}`]: { kind: 'choice', selected: ['abcd'[Math.floor(Math.random() * 4)]] } },
        });
        if (!reply.ok) throw new Error(`an answer was refused: ${reply.error}`);
      }),
    );
    latencies.push((await shown) - lastSent);
    await send(teacher, 'teacher:reveal', { code, secret, roundId: liveRound.id });
  }
  return { joinMs, latencies, sockets: [teacher, ...students.map((student) => student.socket)] };
}

const idleMb = serverMemoryMb();
const started = performance.now();
const classes = await Promise.all(Array.from({ length: SESSIONS }, runClass));
const wallS = (performance.now() - started) / 1000;
const loadedMb = serverMemoryMb();

const joins = classes.map((c) => c.joinMs).sort((a, b) => a - b);
const latencies = classes.flatMap((c) => c.latencies).sort((a, b) => a - b);
console.log(
  `${SESSIONS} sessions × ${STUDENTS} devices = ${SESSIONS * (STUDENTS + 1)} connections (with the teachers' decks), ${ROUNDS} questions each, all at once; ${round(wallS)} s in all`,
);
console.log(
  `class joined (all ${STUDENTS} devices connected and joined): p50 ${round(percentile(joins, 50))} ms · p95 ${round(percentile(joins, 95))} ms · max ${round(joins.at(-1)!)} ms  (aim < 10 s)`,
);
console.log(
  `last answer → projector count: p50 ${round(percentile(latencies, 50))} ms · p95 ${round(percentile(latencies, 95))} ms · max ${round(latencies.at(-1)!)} ms over ${latencies.length} questions  (aim < 1 s)`,
);
console.log(`server memory (RSS): ${round(idleMb)} MB idle → ${round(loadedMb)} MB with every device connected`);

for (const c of classes) for (const socket of c.sockets) socket.disconnect();
await new Promise<void>((resolve) => {
  server.once('exit', () => resolve());
  server.kill('SIGTERM');
});
rmSync(distDir, { recursive: true, force: true });
rmSync(dataDir, { recursive: true, force: true });
