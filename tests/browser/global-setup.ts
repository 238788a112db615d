// Builds the kit once per run (not per file) into a temporary dist/ and serves it under a sub-path
// for every browser test. The build runs in its own process while the unit tests run; each browser
// test file waits for it before its tests (tests/browser/kit-ready.ts).
// MAMORU_TEST_DIST=DIR serves a kit already built there instead, for timing or re-running a few
// browser files (build it with the same settings: MAMORU_HANDOUTS=sextortion-pattern vite build).
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startKitBuild, type KitBuildStatus } from '../support/build-kit';
import { serveDist } from '../support/static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    kitUrl: string;
    distDir: string;
    /** Written when the kit's build has ended, with how it ended (a KitBuildStatus). */
    kitBuildStatus: string;
  }
}

export default async function setup(project: TestProject) {
  const prebuilt = process.env.MAMORU_TEST_DIST;
  if (prebuilt && !existsSync(path.join(prebuilt, 'index.html')))
    throw new Error(`MAMORU_TEST_DIST=${prebuilt} has no built kit (no index.html): build it or unset it`);
  const work = mkdtempSync(path.join(tmpdir(), 'mamoru-dist-'));
  const distDir = prebuilt ? path.resolve(prebuilt) : path.join(work, 'dist');
  mkdirSync(distDir, { recursive: true });
  const statusFile = path.join(work, 'build-status.json');
  let build: { stop: () => void } | undefined;
  if (prebuilt) writeFileSync(statusFile, JSON.stringify({ ok: true } satisfies KitBuildStatus));
  else build = startKitBuild(distDir, statusFile);
  // The server reads files as they are asked for: it may start before the build has written them.
  const server = await serveDist(distDir);
  project.provide('kitUrl', server.url);
  project.provide('distDir', distDir);
  project.provide('kitBuildStatus', statusFile);
  return async () => {
    build?.stop();
    await server.close();
    rmSync(work, { recursive: true, force: true });
  };
}
