// `npm run build` also writes the default handouts (A4, no school details, every lesson, kind and
// language) into dist/handouts/, so a school without a capable browser can still print them. It
// runs the same command-line tool as `npm run handouts`, in its own process, because the documents
// are TSX that the Vite config itself is not compiled to load.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Logger, Plugin } from 'vite';
import { PROJECT_ROOT } from '../content/node/paths.ts';

const run = promisify(execFile);

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
      try {
        const { stdout } = await run(
          process.execPath,
          ['--import', 'tsx', script, '--out', path.join(outDir, 'handouts')],
          { cwd: PROJECT_ROOT },
        );
        logger?.info(stdout.trim().split('\n').at(-1) ?? '');
      } catch (error) {
        const { stderr, message } = error as { stderr?: string; message: string };
        throw new Error(`writing the default handouts failed: ${stderr || message}`, { cause: error });
      }
    },
  };
}
