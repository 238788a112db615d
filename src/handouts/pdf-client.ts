// Makes handout PDFs in a Web Worker (started on first use, so react-pdf and the fonts load only
// when a teacher asks for a PDF). Font files: the build-time subset (virtual:handout-fonts) and the
// full font from the same npm package the Node tools use, which the worker fetches only for a
// handout the subset cannot print (font-choice.ts). The worker gets absolute URLs, since a worker
// resolves relative URLs against itself.
import regularUrl from '@expo-google-fonts/biz-udpgothic/400Regular/BIZUDPGothic_400Regular.ttf?url';
import boldUrl from '@expo-google-fonts/biz-udpgothic/700Bold/BIZUDPGothic_700Bold.ttf?url';
import latinRegularUrl from '@expo-google-fonts/atkinson-hyperlegible/400Regular/AtkinsonHyperlegible_400Regular.ttf?url';
import latinBoldUrl from '@expo-google-fonts/atkinson-hyperlegible/700Bold/AtkinsonHyperlegible_700Bold.ttf?url';
import { SUBSET_FONT_URLS } from 'virtual:handout-fonts';
import type { FontSources } from './fonts';
import type { HandoutInput } from './handout-input';
import type { PdfRequest, PdfResponse } from './pdf-worker';

let worker: Worker | undefined;
let nextId = 1;
const waiting = new Map<number, { resolve: (bytes: Uint8Array) => void; reject: (error: Error) => void }>();

function fontFiles(): { full: FontSources; subset: FontSources } {
  const absolute = (url: string) => new URL(url, document.baseURI).href;
  return {
    full: { regular: absolute(regularUrl), bold: absolute(boldUrl) },
    subset: { regular: absolute(SUBSET_FONT_URLS.regular), bold: absolute(SUBSET_FONT_URLS.bold) },
  };
}

function startWorker(): Worker {
  const started = new Worker(new URL('./pdf-worker.ts', import.meta.url), { type: 'module' });
  started.onmessage = ({ data }: MessageEvent<PdfResponse>) => {
    const pending = waiting.get(data.id);
    if (!pending) return;
    waiting.delete(data.id);
    if ('error' in data) pending.reject(new Error(data.error));
    else pending.resolve(data.bytes);
  };
  started.onerror = (event) => {
    for (const pending of waiting.values()) pending.reject(new Error(event.message || 'the PDF worker failed'));
    waiting.clear();
    worker = undefined;
  };
  return started;
}

/** The PDF bytes of one handout, made off the main thread. */
export function makeHandoutPdf(input: HandoutInput): Promise<Uint8Array> {
  worker ??= startWorker();
  const id = nextId++;
  const absolute = (url: string) => new URL(url, document.baseURI).href;
  const latinFont = { regular: absolute(latinRegularUrl), bold: absolute(latinBoldUrl) };
  const request: PdfRequest = { id, input, fonts: fontFiles(), latinFont };
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    worker!.postMessage(request);
  });
}

export { pdfPageCount } from './pdf-pages';
