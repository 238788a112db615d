// Builds the kit for the browser tests, as `npm run build` does, with the default handouts of one
// lesson only: the browser tests assert on that lesson's PDFs, and tests/unit/handouts.test.ts
// renders all of them already. Set MAMORU_HANDOUTS yourself to build another lesson's (or, empty,
// every lesson's) handouts.
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
