// `npm run classroom [-- --port 8080] [--host ADDRESS] [--data DIR | --redis URL] [--public-url URL]`:
// runs a class from this machine. Builds the kit when dist/ is missing or older than its sources,
// serves it and the live class on the school LAN, and prints the address with a QR code. Ctrl-C
// stops it. With --redis (or MAMORU_REDIS_URL) sessions live in Redis, so several of these
// processes behind one proxy serve a district (docs/deploy.md).
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import QRCode from 'qrcode';
import { PROJECT_ROOT } from '../src/content/node/paths.ts';
import { startClassroomServer } from '../src/server/classroom-server.ts';
import { checkRedisUrl, describeRedis } from '../src/server/redis/connection.ts';

const USAGE =
  'usage: npm run classroom -- [--port 8080] [--host 0.0.0.0] [--data DIR | --redis redis://HOST:6379] [--public-url https://HOST/] [--dist DIR]';
/** What the built kit is made from: a change to any of these makes dist/ stale. */
const SOURCES = ['src', 'lessons', 'public', 'index.html', 'present.html', 'vite.config.ts', 'package.json'];

function options() {
  try {
    const { values } = parseArgs({
      options: {
        port: { type: 'string', default: '8080' },
        host: { type: 'string', default: '0.0.0.0' },
        data: { type: 'string' },
        dist: { type: 'string', default: path.join(PROJECT_ROOT, 'dist') },
        redis: { type: 'string', default: process.env.MAMORU_REDIS_URL || undefined },
        'public-url': { type: 'string', default: process.env.MAMORU_PUBLIC_URL || undefined },
      },
      strict: true,
    });
    const redisUrl = values.redis;
    if (redisUrl !== undefined) {
      const checked = checkRedisUrl(redisUrl);
      if (checked instanceof Error) throw checked;
      if (values.data !== undefined)
        throw new Error('--data and --redis cannot go together: with --redis, sessions are kept in Redis');
    }
    let publicUrl: string | undefined;
    if (values['public-url'] !== undefined) {
      let parsed: URL;
      try {
        parsed = new URL(values['public-url']);
      } catch {
        throw new Error(
          `--public-url must be a full address such as https://mamoru.school.example/, not ${values['public-url']}`,
        );
      }
      if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
        throw new Error(`--public-url must start with https:// or http://, not ${parsed.protocol}//`);
      if (parsed.search || parsed.hash) throw new Error('--public-url cannot have a ?query or #fragment');
      if (!parsed.pathname.endsWith('/')) parsed.pathname += '/';
      publicUrl = parsed.toString();
    }
    const port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new Error(`--port must be a number from 0 to 65535, not ${values.port}`);
    return {
      port,
      host: values.host,
      dataDir: path.resolve(values.data ?? path.join(PROJECT_ROOT, 'data', 'classroom')),
      distDir: path.resolve(values.dist),
      redisUrl,
      publicUrl,
    };
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : error}\n${USAGE}`);
    process.exit(2);
  }
}

function newestChange(target: string): number {
  if (!existsSync(target)) return 0;
  const stats = statSync(target);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(stats.mtimeMs, ...readdirSync(target).map((name) => newestChange(path.join(target, name))));
}

function isStale(distDir: string): boolean {
  const built = ['index.html', 'present.html'].map((name) => path.join(distDir, name));
  if (!built.every(existsSync)) return true;
  const builtAt = Math.min(...built.map((file) => statSync(file).mtimeMs));
  return SOURCES.some((source) => newestChange(path.join(PROJECT_ROOT, source)) > builtAt);
}

const { port, host, dataDir, distDir, redisUrl, publicUrl } = options();
// For tests only: sessions that expire after this many milliseconds instead of 3 hours.
const testIdle = process.env.MAMORU_TEST_SESSION_IDLE_MS;
const sessionIdleMs = testIdle ? Number(testIdle) : undefined;
if (sessionIdleMs !== undefined && !(Number.isInteger(sessionIdleMs) && sessionIdleMs >= 1000)) {
  console.error(`MAMORU_TEST_SESSION_IDLE_MS must be a whole number of milliseconds ≥ 1000, not ${testIdle}`);
  process.exit(2);
}
if (isStale(distDir)) {
  console.log('Building the kit (dist/ is missing or older than its sources)…');
  // Vite is loaded only to build: the running server stays small.
  const { build } = await import('vite');
  await build({ root: PROJECT_ROOT, logLevel: 'warn', build: { outDir: distDir, emptyOutDir: true } });
}
const server = await startClassroomServer({ distDir, dataDir, host, port, redisUrl, publicUrl, sessionIdleMs }).catch(
  (error: NodeJS.ErrnoException) => {
    console.error(
      error.code === 'EADDRINUSE'
        ? `Port ${port} is in use: choose another with --port.`
        : `Could not start: ${error.message}`,
    );
    process.exit(1);
  },
);

console.log('\nmamoru classroom — students open this address (same Wi-Fi or school network):\n');
for (const url of server.urls) console.log(`  ${url}`);
console.log(`\n${await QRCode.toString(server.urls[0], { type: 'terminal', small: true })}`);
if (host === '0.0.0.0' && server.urls[0].startsWith('http://127.0.0.1')) {
  console.log('Only this computer can open it: connect to the school network, or pass --host with its LAN address.');
}
const keptIn = redisUrl ? `Redis at ${describeRedis(redisUrl)}` : dataDir;
console.log(`Slides: ${server.urls[0]}present.html?lesson=<id>  ·  sessions kept in ${keptIn}  ·  Ctrl-C stops`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.log(
      redisUrl
        ? '\nStopping: sessions stay in Redis; the other classroom processes carry on with them.'
        : '\nStopping: sessions are saved and continue when the classroom server starts again.',
    );
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
