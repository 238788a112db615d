// Makes many handouts on worker threads (defaultThreads: one on a machine of two cores or fewer, else
// one per core but one): react-pdf lays out and draws in plain JavaScript, so one thread sets one
// handout at a time. Each thread reads the fonts once
// (handout-worker.ts) and is sent one handout at a time, the longest kinds first, so no thread is
// left with a teacher guide at the end while the others wait.
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { HandoutFontFiles } from '../font-choice';
import type { HandoutInput, HandoutKind } from '../handout-input';
import type { LatinFontSources } from '../latin-font';
import type { PoolRequest, PoolResponse, PoolWorkerData } from './handout-worker';

export interface PoolJob {
  /** What the handout is called in an error (its file name). */
  name: string;
  input: HandoutInput;
}

export interface PoolResult {
  bytes: Uint8Array;
  /** The time its thread spent making it. */
  ms: number;
}

export interface PoolOptions {
  fonts: HandoutFontFiles;
  latinFont: LatinFontSources;
  /** How many threads; defaultThreads() if not given, never more than there are handouts. */
  threads?: number;
  /** Called as each handout is made, in the order they finish. */
  onDone?: (result: PoolResult, job: PoolJob, index: number) => void;
  /** The thread's script; handout-worker.ts unless a test stands in a thread that dies. */
  workerFile?: URL;
}

/** A handout the pool could not make: names it, with the worker's message (its stack as the cause). */
export class HandoutPoolError extends Error {}

/**
 * The threads the pool starts unless told: measured on 2 vCPUs (bench/handouts-threads.ts), two
 * threads made the 48 handouts slower than one (quiet: 20.1 s against 17.5 s; busy: 115-133 s
 * against 86-108 s), as each thread costs about a second to start and reads and compiles
 * everything again, and the main thread and the system want the other core. With more cores,
 * all but one work.
 */
export function defaultThreads(cores = os.availableParallelism()): number {
  return cores <= 2 ? 1 : cores - 1;
}

/** Rough cost of each kind, to start the long ones first (a teacher guide takes ~10× a help card). */
const KIND_COST: Record<HandoutKind, number> = { teacher: 10, guardian: 2, student: 1.5, helpcard: 1 };

/**
 * Each thread's young generation, in MB (Node's default is about 16 on 64-bit). react-pdf makes
 * short-lived objects at a great rate (styles, runs, glyph positions, yoga boxes): with room for
 * them the scavenger runs less often and keeps less, which took a teacher guide from about 1.35 s
 * of CPU to 1.05 s (bench/handouts-profile.ts with --max-semi-space-size=32, the same setting).
 */
const YOUNG_GENERATION_MB = 96;

/** The worker's file, with this module's extension: .ts under tsx or vitest, .js once compiled. */
const WORKER_FILE = new URL(`./handout-worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url);

/**
 * A worker thread running handout-worker.ts. Node does not carry a TypeScript loader (tsx, which
 * runs the kit's tools) into worker threads, so a small script registers tsx's loader in the
 * thread first, then imports the worker.
 */
function startWorker(workerData: PoolWorkerData, file: URL): Worker {
  const resourceLimits = { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB };
  if (file.pathname.endsWith('.js')) return new Worker(file, { workerData, resourceLimits });
  const tsx = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(file.href)}); })`;
  return new Worker(bootstrap, { eval: true, workerData, resourceLimits });
}

/** The handouts' PDF bytes, in the order of `jobs`. Rejects with HandoutPoolError on the first failure. */
export async function renderInPool(jobs: PoolJob[], options: PoolOptions): Promise<PoolResult[]> {
  const threads = options.threads ?? defaultThreads();
  if (!Number.isInteger(threads) || threads < 1)
    throw new HandoutPoolError(`the handout pool needs a whole number of threads, at least 1 (not ${threads})`);
  if (jobs.length === 0) return [];
  const order = jobs
    .map((job, index) => ({ job, index }))
    .sort((a, b) => KIND_COST[b.job.input.kind] - KIND_COST[a.job.input.kind] || a.index - b.index);
  const results: PoolResult[] = new Array(jobs.length);
  const workerData: PoolWorkerData = { fonts: options.fonts, latinFont: options.latinFont };
  const workers: Worker[] = [];
  let next = 0;
  let finished = 0;

  try {
    await new Promise<void>((resolve, reject) => {
      let failed = false;
      const fail = (error: Error) => {
        if (failed) return;
        failed = true;
        reject(error);
      };
      const feed = (worker: Worker, current: { index: number }) => {
        if (next >= order.length) return;
        current.index = order[next].index;
        next += 1;
        worker.postMessage({ index: current.index, input: jobs[current.index].input } satisfies PoolRequest);
      };
      for (let i = 0; i < Math.min(threads, jobs.length); i += 1) {
        const worker = startWorker(workerData, options.workerFile ?? WORKER_FILE);
        workers.push(worker);
        const current = { index: -1 };
        worker.on('message', (response: PoolResponse) => {
          const job = jobs[response.index];
          if ('error' in response) {
            const error = new HandoutPoolError(`could not make the handout ${job.name}: ${response.error.message}`);
            error.cause = response.error.stack;
            return fail(error);
          }
          results[response.index] = { bytes: response.bytes, ms: response.ms };
          finished += 1;
          options.onDone?.(results[response.index], job, response.index);
          if (finished === jobs.length) return resolve();
          feed(worker, current);
        });
        const where = () =>
          current.index >= 0 ? ` while making ${jobs[current.index].name}` : ' before its first handout';
        worker.on('error', (error) =>
          fail(new HandoutPoolError(`a handout thread failed${where()}: ${error.message}`, { cause: error })),
        );
        worker.on('exit', (code) => {
          if (finished < jobs.length)
            fail(new HandoutPoolError(`a handout thread stopped (exit code ${code})${where()}`));
        });
        feed(worker, current);
      }
    });
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results;
}
