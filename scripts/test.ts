// `npm test`: the static checks (both tsconfigs, ESLint, Prettier, the lessons' `npm run check`),
// then Vitest. The static checks run side by side, not one after another: each is one
// single-threaded process, so together they keep both cores of a small machine busy. Each one's
// output is printed in one piece when it ends; if any fails, Vitest does not start.
// Arguments go to Vitest (`npm test -- tests/unit/x.test.ts`).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/content/node/paths';

const bin = (name: string) => path.join(PROJECT_ROOT, 'node_modules', '.bin', name);

/** What `npm run typecheck`, `npm run lint` and `npm run check` run, each part on its own. */
const STATIC_CHECKS: { name: string; command: string; args: string[] }[] = [
  { name: 'typecheck (browser)', command: bin('tsc'), args: ['--noEmit', '-p', 'tsconfig.app.json'] },
  { name: 'typecheck (Node)', command: bin('tsc'), args: ['--noEmit', '-p', 'tsconfig.node.json'] },
  { name: 'eslint', command: bin('eslint'), args: ['.'] },
  { name: 'prettier', command: bin('prettier'), args: ['--check', '.'] },
  { name: 'check', command: bin('tsx'), args: ['scripts/check.ts'] },
];

function runBuffered(name: string, command: string, args: string[]): Promise<boolean> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (error) => {
      console.error(`✗ ${name}: could not start ${command}: ${error.message}`);
      resolve(false);
    });
    child.on('close', (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      const ok = code === 0;
      console.log(`${ok ? '✓' : '✗'} ${name} (${seconds} s)`);
      if (output.trim()) console.log(output.trimEnd().replace(/^/gm, '  '));
      resolve(ok);
    });
  });
}

const results = await Promise.all(STATIC_CHECKS.map(({ name, command, args }) => runBuffered(name, command, args)));
if (results.includes(false)) {
  console.error('The static checks failed (above): the tests did not run.');
  process.exit(1);
}

const vitest = spawn(bin('vitest'), ['run', ...process.argv.slice(2)], { cwd: PROJECT_ROOT, stdio: 'inherit' });
vitest.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
