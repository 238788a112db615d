// The browser tests' kit is built in the background (tests/browser/global-setup.ts): a build that
// fails must fail the browser files with the build's own words, not leave them waiting, and a
// prebuilt kit named by MAMORU_TEST_DIST must be one.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { TestProject } from 'vitest/node';
import setup from '../browser/global-setup';
import { kitBuilt, startKitBuild } from '../support/build-kit';
import { makeLessonsDir } from '../support/lesson-fixtures';

const work = mkdtempSync(path.join(tmpdir(), 'mamoru-kit-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the browser tests’ background build', () => {
  it('reports a build that failed, with vite’s error, to the files waiting for it', async () => {
    const { root, lessonsDir } = makeLessonsDir('answer-not-an-option');
    try {
      const statusFile = path.join(work, 'failed.json');
      startKitBuild(path.join(work, 'dist'), statusFile, { MAMORU_LESSONS: lessonsDir });
      const built = kitBuilt(statusFile);
      await expect(built).rejects.toThrow(/^the kit for the browser tests could not be built: vite build failed/);
      await expect(built).rejects.toThrow(/quiz\.yaml/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('lets the files start when the build succeeded', async () => {
    const statusFile = path.join(work, 'ok.json');
    writeFileSync(statusFile, JSON.stringify({ ok: true }));
    await expect(kitBuilt(statusFile)).resolves.toBeUndefined();
  });

  it('refuses a MAMORU_TEST_DIST that holds no built kit', async () => {
    const empty = mkdtempSync(path.join(work, 'empty-'));
    vi.stubEnv('MAMORU_TEST_DIST', empty);
    try {
      await expect(setup({} as TestProject)).rejects.toThrow(
        `MAMORU_TEST_DIST=${empty} has no built kit (no index.html): build it or unset it`,
      );
    } finally {
      vi.unstubAllEnvs(); // puts back what was there, or nothing
    }
  });
});
