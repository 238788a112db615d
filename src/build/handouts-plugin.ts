// `npm run build` also writes the default handouts (A4, no school details, every lesson, kind and
// language) into dist/handouts/, so a school without a capable browser can still print them. It
// runs the same command-line tool as `npm run handouts`, in its own process, because the documents
// are TSX that the Vite config itself is not compiled to load.
//
// MAMORU_HANDOUTS=<lesson id> writes that one lesson's handouts only: the browser tests build the kit
// several times and assert on one lesson's files, and all 48 PDFs are already tested elsewhere.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Logger, Plugin } from 'vite';
import { PROJECT_ROOT } from '../content/node/paths.ts';

const run = promisify(execFile);

/** The handouts command's arguments for a build into `outDir`; `onlyLesson` is MAMORU_HANDOUTS. */
export function handoutsCommandArgs(outDir: string, onlyLesson: string | undefined): string[] {
  const args = ['--out', path.join(outDir, 'handouts')];
  if (onlyLesson === undefined || onlyLesson === '') return args;
  if (!/^[a-z0-9-]+$/.test(onlyLesson))
    throw new Error(`MAMORU_HANDOUTS must be one lesson id (like sextortion-pattern), not "${onlyLesson}"`);
  return [...args, '--lesson', onlyLesson];
}

export function handoutsBuildPlugin(): Plugin {
  let outDir = '';
  let logger: Logger | undefined;
  return {
    name: 'mamoru:handouts',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
      logger = config.logger;
    },
    async closeBundle() {
      const script = path.join(PROJECT_ROOT, 'scripts', 'handouts.ts');
      const args = handoutsCommandArgs(outDir, process.env.MAMORU_HANDOUTS);
      try {
        const { stdout } = await run(process.execPath, ['--import', 'tsx', script, ...args], { cwd: PROJECT_ROOT });
        logger?.info(stdout.trim().split('\n').at(-1) ?? '');
      } catch (error) {
        const { stderr, message } = error as { stderr?: string; message: string };
        throw new Error(`writing the default handouts failed: ${stderr || message}`, { cause: error });
      }
    },
  };
}
