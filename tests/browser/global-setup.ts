// Builds the kit once per run (not per file) into a temporary dist/ and serves it under a sub-path
// for every browser test.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildKit } from '../support/build-kit';
import { serveDist } from '../support/static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    kitUrl: string;
    distDir: string;
  }
}

export default async function setup(project: TestProject) {
  const distDir = mkdtempSync(path.join(tmpdir(), 'mamoru-dist-'));
  await buildKit(distDir);
  const server = await serveDist(distDir);
  project.provide('kitUrl', server.url);
  project.provide('distDir', distDir);
  return async () => {
    await server.close();
    rmSync(distDir, { recursive: true, force: true });
  };
}
