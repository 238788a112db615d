import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { lessonsPlugin } from './src/build/lessons-plugin.ts';
import { LESSONS_DIR } from './src/content/node/paths.ts';
import { contentSecurityPolicyPlugin, FRAME_HEADERS } from './src/build/csp-plugin.ts';
import { handoutsBuildPlugin } from './src/build/handouts-plugin.ts';
import { offlinePlugin } from './src/build/offline-plugin.ts';
import { handoutFontsPlugin } from './src/build/handout-fonts-plugin.ts';
import { firstSlidePlugin } from './src/build/first-slide-plugin.ts';
import { UnitFirstSequencer } from './tests/support/sequencer.ts';

// Tests only: MAMORU_UNCHECKED_LIBRARY names a JSON lesson library that the kit serves as it is,
// unchecked, and the build then skips the default handouts (tests/browser/hostile-corpus.test.ts).
const uncheckedLibrary = process.env.MAMORU_UNCHECKED_LIBRARY
  ? JSON.parse(readFileSync(process.env.MAMORU_UNCHECKED_LIBRARY, 'utf8'))
  : undefined;

// Vitest's default is one worker fewer than the cores: one worker on a 2-core machine, idle while a
// test waits for a command-line tool, Redis, LibreOffice or Chromium it started.
const TEST_WORKERS = Math.max(2, availableParallelism() - 1);
const BROWSER_WORKERS = Number(process.env.MAMORU_BROWSER_WORKERS ?? TEST_WORKERS);

const lessons = lessonsPlugin(process.env.MAMORU_LESSONS ?? LESSONS_DIR, { uncheckedLibrary });
const firstSlide = firstSlidePlugin(() => lessons.api.library());

export default defineConfig({
  // A dev server started by a test file keeps its pre-bundled dependencies apart from one started by
  // a test file running beside it in the other worker (VITEST_POOL_ID is the worker's slot).
  cacheDir: process.env.VITEST_POOL_ID ? `node_modules/.vite/test-worker-${process.env.VITEST_POOL_ID}` : undefined,
  // Relative asset paths: dist/ works from any static host, a sub-path or a school file share.
  base: './',
  // MAMORU_LESSONS points the kit at another lessons folder (the tests use it for broken lessons).
  plugins: [
    react(),
    lessons,
    firstSlide,
    contentSecurityPolicyPlugin({ 'present.html': firstSlide.api.scriptHashes }),
    uncheckedLibrary ? [] : handoutsBuildPlugin(),
    handoutFontsPlugin(),
    offlinePlugin(),
  ],
  // The handout PDF worker imports the font subset's virtual module too.
  worker: { plugins: () => [handoutFontsPlugin()] },
  // A meta CSP cannot say who may frame the kit: the servers the kit runs send it as headers
  // (see README, "Hosting"), so no other site can frame the deck and read its speaker notes.
  server: { headers: FRAME_HEADERS },
  preview: { headers: FRAME_HEADERS },
  build: {
    // Every browser the kit supports preloads modules itself: no polyfill in every page's script.
    modulePreload: { polyfill: false },
    rollupOptions: {
      input: { index: 'index.html', present: 'present.html', speaker: 'speaker.html' },
      // The code both pages share (React, the lesson catalogue, the words) is one chunk named for
      // what it is, not after whichever of its modules Rolldown meets first.
      output: {
        chunkFileNames: (chunk) => (chunk.isDynamicEntry ? 'assets/[name]-[hash].js' : 'assets/shared-[hash].js'),
      },
    },
  },
  test: {
    sequence: { sequencer: UnitFirstSequencer },
    // expect.poll() waits for what another process or a browser does: 1 s, Vitest's default, is
    // short on a loaded 2-core machine. A poll that passes returns as soon as it does.
    expect: { poll: { timeout: 10_000 } },
    projects: [
      {
        extends: true,
        // A generous limit: the machines that run these are shared, and a first Markdown parse can
        // take seconds under load; the tests assert behaviour, never time.
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          // Above stopProcess()'s 15 s, so a server that will not stop is reported with what it printed.
          hookTimeout: 30_000,
          maxWorkers: TEST_WORKERS,
          // The unit files share their worker's modules instead of loading the kit's code (the
          // lessons, react-pdf, the loader) again for each file: the unit phase takes 80 s, not 110 s.
          // They keep no state between files that a later file could trip on: fonts are registered by
          // each render, environment variables are restored where they are set.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          // Waits for the kit that global-setup.ts builds in the background.
          setupFiles: ['tests/browser/kit-ready.ts'],
          // The same number of workers as the unit files: Vitest then runs both projects' files in one
          // pool (unit files first, see tests/support/sequencer.ts), each browser file with its own
          // Chromium and servers on free ports. MAMORU_BROWSER_WORKERS=1 runs the browser files one
          // after another, after the unit files.
          fileParallelism: BROWSER_WORKERS > 1,
          maxWorkers: BROWSER_WORKERS,
        },
      },
    ],
  },
});
