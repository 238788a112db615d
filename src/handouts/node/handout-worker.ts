// One thread of the handout pool (handout-pool.ts): reads the fonts once, then sets each handout it
// is sent in the subset or the full font (font-choice.ts) and sends back its PDF bytes. A handout
// that fails is reported with its message and stack; the thread keeps serving the others.
import './production-mode';
import { parentPort, workerData } from 'node:worker_threads';
import { pickFontSources, type HandoutFontFiles } from '../font-choice';
import { registerFonts } from '../fonts';
import type { HandoutInput } from '../handout-input';
import { registerLatinFont, type LatinFontSources } from '../latin-font';
import { renderHandout } from '../render';

export interface PoolWorkerData {
  fonts: HandoutFontFiles;
  latinFont: LatinFontSources;
}

export interface PoolRequest {
  index: number;
  input: HandoutInput;
}

export type PoolResponse =
  { index: number; bytes: Uint8Array; ms: number } | { index: number; error: { message: string; stack?: string } };

if (!parentPort) throw new Error('handout-worker.ts runs only as a worker thread of handout-pool.ts');
const port = parentPort;
const { fonts, latinFont } = workerData as PoolWorkerData;
registerLatinFont(latinFont);

// Messages arrive while a handout renders (its layout awaits): one at a time, since the font
// files are chosen per handout and must not change under one being set.
let queue: Promise<void> = Promise.resolve();

async function make({ index, input }: PoolRequest): Promise<void> {
  const started = performance.now();
  try {
    registerFonts(pickFontSources(input, fonts));
    const bytes = await renderHandout(input);
    const response: PoolResponse = { index, bytes, ms: performance.now() - started };
    port.postMessage(response, [bytes.buffer as ArrayBuffer]);
  } catch (error) {
    const { message, stack } = error instanceof Error ? error : { message: String(error), stack: undefined };
    port.postMessage({ index, error: { message, stack } } satisfies PoolResponse);
  }
}

port.on('message', (request: PoolRequest) => {
  queue = queue.then(() => make(request));
});
