// Builds the kit once into a temporary dist/ and serves it under a sub-path for every browser test.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { PROJECT_ROOT } from '../../src/content/node/paths';
import { serveDist } from '../support/static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    kitUrl: string;
    distDir: string;
  }
}

export default async function setup(project: TestProject) {
  const distDir = mkdtempSync(path.join(tmpdir(), 'mamoru-dist-'));
  await build({ root: PROJECT_ROOT, logLevel: 'warn', build: { outDir: distDir, emptyOutDir: true } });
  const server = await serveDist(distDir);
  project.provide('kitUrl', server.url);
  project.provide('distDir', distDir);
  return async () => {
    await server.close();
    rmSync(distDir, { recursive: true, force: true });
  };
}
