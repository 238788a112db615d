// Builds the kit for the browser tests, as `npm run build` does, with the default handouts of one
// lesson only: the browser tests assert on that lesson's PDFs, and tests/unit/handouts.test.ts
// renders all of them already. Set MAMORU_HANDOUTS yourself to build another lesson's (or, empty,
// every lesson's) handouts.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build, type PluginOption } from 'vite';
import { PROJECT_ROOT } from '../../src/content/node/paths';

/** The lesson whose default handouts a test build writes into dist/handouts/. */
export const TEST_HANDOUTS_LESSON = 'sextortion-pattern';

export async function buildKit(outDir: string, plugins: PluginOption[] = []): Promise<void> {
  const before = process.env.MAMORU_HANDOUTS;
  process.env.MAMORU_HANDOUTS = before ?? TEST_HANDOUTS_LESSON;
  try {
    await build({ root: PROJECT_ROOT, logLevel: 'warn', build: { outDir, emptyOutDir: true }, plugins });
  } finally {
    if (before === undefined) delete process.env.MAMORU_HANDOUTS;
    else process.env.MAMORU_HANDOUTS = before;
  }
}

/** How a build started by `startKitBuild` ended, written to its status file for the test workers. */
export type KitBuildStatus = { ok: true } | { ok: false; error: string };

/**
 * The same build as `buildKit`, by `vite build` in a process of its own, started now and not
 * awaited: the unit tests run while it builds (the browser test files wait for it, see
 * tests/browser/kit-ready.ts). Its outcome goes to `statusFile`; `stop` kills it (by its process group id).
 */
export function startKitBuild(
  outDir: string,
  statusFile: string,
  env: Record<string, string> = {},
): { stop: () => void } {
  const vite = path.join(PROJECT_ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const child = spawn(process.execPath, [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, MAMORU_HANDOUTS: process.env.MAMORU_HANDOUTS ?? TEST_HANDOUTS_LESSON, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
    // Its own process group, so that `stop` ends the handouts command it runs too.
    detached: true,
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let stopped = false;
  const report = (status: KitBuildStatus) => {
    if (!stopped) writeFileSync(statusFile, JSON.stringify(status));
  };
  child.on('error', (error) => report({ ok: false, error: `vite build did not start: ${error.message}` }));
  child.on('exit', (code, signal) => {
    if (code === 0) report({ ok: true });
    else report({ ok: false, error: `vite build failed (${signal ?? `exit code ${code}`}):\n${stderr.trim()}` });
  });
  return {
    stop: () => {
      stopped = true;
      if (child.exitCode === null && child.signalCode === null && child.pid) process.kill(-child.pid);
    },
  };
}

/** Waits until the build writing `statusFile` has ended; throws its error if it failed. */
export async function kitBuilt(statusFile: string): Promise<void> {
  while (!existsSync(statusFile)) await new Promise((resolve) => setTimeout(resolve, 250));
  const status = JSON.parse(readFileSync(statusFile, 'utf8')) as KitBuildStatus;
  if (!status.ok) throw new Error(`the kit for the browser tests could not be built: ${status.error}`);
}
