// The offline copy: what the service worker precaches (files and MB, by kind, against the 30 MB
// budget), and how long a first visit on localhost takes to be "ready offline" (median of a few
// runs, each in a fresh profile). BENCH_DIST=DIR measures an existing build instead of building.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { PRECACHE_BUDGET_BYTES, precacheOf } from '../src/build/offline-plugin';
import { PROJECT_ROOT } from '../src/content/node/paths';
import { statSync } from 'node:fs';
import { launchChromium } from '../tests/support/browser';
import { serveDist } from '../tests/support/static-server';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const given = process.env.BENCH_DIST;
const distDir = given ?? mkdtempSync(path.join(tmpdir(), 'mamoru-bench-offline-'));
if (!given) await build({ root: PROJECT_ROOT, logLevel: 'warn', build: { outDir: distDir, emptyOutDir: true } });

const MB = 2 ** 20;
const { files, bytes } = await precacheOf(distDir);
const kinds = new Map<string, { files: number; bytes: number }>();
for (const file of files) {
  const kind = path.extname(file).slice(1);
  const entry = kinds.get(kind) ?? { files: 0, bytes: 0 };
  entry.files += 1;
  entry.bytes += statSync(path.join(distDir, file)).size;
  kinds.set(kind, entry);
}
console.log(`precache: ${files.length} files, ${(bytes / MB).toFixed(1)} MB (budget ${PRECACHE_BUDGET_BYTES / MB} MB)`);
for (const [kind, entry] of [...kinds].sort((a, b) => b[1].bytes - a[1].bytes)) {
  console.log(
    `  ${kind.padEnd(12)} ${String(entry.files).padStart(4)} files ${(entry.bytes / MB).toFixed(2).padStart(7)} MB`,
  );
}

const server = await serveDist(distDir);
const browser = await launchChromium();
try {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ serviceWorkers: 'allow', locale: 'ja-JP' });
    const page = await context.newPage();
    const started = performance.now();
    await page.goto(server.url, { waitUntil: 'load' });
    await page.locator('[data-offline-state="ready"]').waitFor({ timeout: 300_000 });
    times.push(performance.now() - started);
    await context.close();
  }
  times.sort((a, b) => a - b);
  console.log(
    `first visit to "ready offline" on localhost: median ${(times[Math.floor(times.length / 2)] / 1000).toFixed(1)} s of ${RUNS} (${times.map((time) => (time / 1000).toFixed(1)).join(', ')} s)`,
  );
} finally {
  await browser.close();
  await server.close();
  if (!given) rmSync(distDir, { recursive: true, force: true });
}
