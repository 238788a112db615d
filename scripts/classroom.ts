// `npm run classroom [-- --port 8080] [--host ADDRESS] [--data DIR]`: runs a class from this
// machine. Builds the kit when dist/ is missing or older than its sources, serves it and the live
// class on the school LAN, and prints the address with a QR code. Ctrl-C stops it.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import QRCode from 'qrcode';
import { PROJECT_ROOT } from '../src/content/node/paths.ts';
import { startClassroomServer } from '../src/server/classroom-server.ts';

const USAGE = 'usage: npm run classroom -- [--port 8080] [--host 0.0.0.0] [--data DIR] [--dist DIR]';
/** What the built kit is made from: a change to any of these makes dist/ stale. */
const SOURCES = ['src', 'lessons', 'public', 'index.html', 'present.html', 'vite.config.ts', 'package.json'];

function options() {
  try {
    const { values } = parseArgs({
      options: {
        port: { type: 'string', default: '8080' },
        host: { type: 'string', default: '0.0.0.0' },
        data: { type: 'string', default: path.join(PROJECT_ROOT, 'data', 'classroom') },
        dist: { type: 'string', default: path.join(PROJECT_ROOT, 'dist') },
      },
      strict: true,
    });
    const port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new Error(`--port must be a number from 0 to 65535, not ${values.port}`);
    return { port, host: values.host, dataDir: path.resolve(values.data), distDir: path.resolve(values.dist) };
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

const { port, host, dataDir, distDir } = options();
if (isStale(distDir)) {
  console.log('Building the kit (dist/ is missing or older than its sources)…');
  // Vite is loaded only to build: the running server stays small.
  const { build } = await import('vite');
  await build({ root: PROJECT_ROOT, logLevel: 'warn', build: { outDir: distDir, emptyOutDir: true } });
}
const server = await startClassroomServer({ distDir, dataDir, host, port }).catch((error: NodeJS.ErrnoException) => {
  console.error(
    error.code === 'EADDRINUSE'
      ? `Port ${port} is in use: choose another with --port.`
      : `Could not start: ${error.message}`,
  );
  process.exit(1);
});

console.log('\nmamoru classroom — students open this address (same Wi-Fi or school network):\n');
for (const url of server.urls) console.log(`  ${url}`);
console.log(`\n${await QRCode.toString(server.urls[0], { type: 'terminal', small: true })}`);
if (host === '0.0.0.0' && server.urls[0].startsWith('http://127.0.0.1')) {
  console.log('Only this computer can open it: connect to the school network, or pass --host with its LAN address.');
}
console.log(`Slides: ${server.urls[0]}present.html?lesson=<id>  ·  sessions kept in ${dataDir}  ·  Ctrl-C stops`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping: sessions are saved and continue when the classroom server starts again.');
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
