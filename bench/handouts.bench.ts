// Handouts: every lesson × 4 kinds × 2 languages with react-pdf, made as `npm run handouts` makes
// them (writeHandouts: a pool of worker threads, defaultThreads() of them, files written to a temporary
// folder): the total, and each handout's time in its thread and size; then the same Japanese student handout as HTML printed by headless Chromium's
// page.pdf() (fonts from @fontsource/biz-udpgothic, as the app uses), side by side with ratios,
// and react-pdf's floor for it: its words alone as plain paragraphs (plain-text-pdf.ts).
// Handouts are set as `npm run handouts` sets them: in the font subset, or the full font when the
// subset lacks a character (src/handouts/font-choice.ts). Each figure is printed with its aim
// (issue 10) and whether this run met it.
import '../src/handouts/node/production-mode.ts';
import { createServer } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import sirv from 'sirv';
import { loadLessons } from '../src/content/node/load.ts';
import { LESSONS_DIR, PROJECT_ROOT } from '../src/content/node/paths.ts';
import { FONT_FILES } from '../src/handouts/node/font-files.ts';
import { handoutFontFiles } from '../src/handouts/node/font-subset.ts';
import { pickFontSources } from '../src/handouts/font-choice.ts';
import { registerFonts } from '../src/handouts/fonts.ts';
import { registerLatinFont } from '../src/handouts/latin-font.ts';
import { LATIN_FONT_FILES } from '../src/handouts/node/latin-font-files.ts';
import { HandoutHtml } from '../src/handouts/HandoutHtml.tsx';
import { handoutInput, type HandoutInput } from '../src/handouts/handout-input.ts';
import { allHandouts, writeAllHandouts } from './all-handouts.ts';
import { handoutJobs } from '../src/handouts/node/write-handouts.ts';
import { defaultThreads } from '../src/handouts/node/handout-pool.ts';
import { renderHandout } from '../src/handouts/render.tsx';
import { EMPTY_SETTINGS } from '../src/content/school.ts';
import { launchChromium } from '../tests/support/browser.ts';
import { blockTexts, renderPlainText } from './plain-text-pdf.ts';

const { library } = loadLessons(LESSONS_DIR);
if (!library) throw new Error('the lessons have problems: run npm run check');
const verdict = (met: boolean) => (met ? 'met' : 'NOT MET');
const handoutFonts = await handoutFontFiles();
registerLatinFont(LATIN_FONT_FILES);
const render = (input: HandoutInput) => {
  registerFonts(pickFontSources(input, handoutFonts));
  return renderHandout(input);
};
const first = library.lessons[0];
const studentJa = handoutInput(
  { kind: 'student', locale: 'ja', paper: 'a4', school: EMPTY_SETTINGS },
  first,
  library,
  first,
);
// The first handout of a process reads and parses its fonts: the subset's, then (the code now
// warm, which favours it) the full font's, for the same handout.
let t0 = performance.now();
await render(studentJa);
const coldSubset = performance.now() - t0;
registerFonts(FONT_FILES);
t0 = performance.now();
await renderHandout(studentJa);
const coldFull = performance.now() - t0;

const threads = defaultThreads();
const started = performance.now();
const written = await writeAllHandouts(library);
const total = performance.now() - started;
const threadTime = written.reduce((sum, row) => sum + row.ms, 0);
console.log(
  `first handout of a process (fonts read): subset ${coldSubset.toFixed(0)} ms, full font ${coldFull.toFixed(0)} ms`,
);
console.log(
  `react-pdf: ${written.length} handouts in ${(total / 1000).toFixed(2)} s as npm run handouts makes them, on ${threads} worker thread(s) of ${os.availableParallelism()} cores (threads started and fonts read included; load ${os.loadavg()[0].toFixed(1)}) (aim ≤ 5 s: ${verdict(total <= 5000)})`,
);
console.log(
  `  the handouts' times in their threads, summed: ${(threadTime / 1000).toFixed(2)} s (about what one thread alone would take on a quiet machine)`,
);
for (const row of written)
  console.log(
    `  ${path.basename(row.file, '.pdf').padEnd(44)} ${row.ms.toFixed(0).padStart(6)} ms ${(row.bytes / 1024).toFixed(0).padStart(6)} KB ${String(row.pages).padStart(3)} p`,
  );

// react-pdf's floor for the 48: each one's words as plain paragraphs (plain-text-pdf.ts), one after
// another in this thread, whose code is a little warmer than a new pool thread's: if anything, this
// is below what any layout of the 48 could take.
const floorStarted = performance.now();
for (const { input } of handoutJobs(library, allHandouts(library)))
  await renderPlainText(blockTexts(input), pickFontSources(input, handoutFonts));
console.log(
  `  react-pdf's floor: the same 48 as plain paragraphs of their words, one thread, no thread start: ${((performance.now() - floorStarted) / 1000).toFixed(2)} s`,
);

// The same student handout, Japanese, both ways, warm: each side makes it WARM_UP times first (V8
// compiles react-pdf's hot code only after it has run a while: the 48 handouts above are made in
// their own thread, so this thread's code is still cold), then the median of TIMED.
const WARM_UP = 20;
const TIMED = 10;
const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
const timed = async (make: () => Promise<number>): Promise<{ ms: number; bytes: number }> => {
  for (let i = 0; i < WARM_UP; i += 1) await make();
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < TIMED; i += 1) {
    const t = performance.now();
    bytes = await make();
    times.push(performance.now() - t);
  }
  return { ms: median(times), bytes };
};
const react = await timed(async () => (await render(studentJa)).length);
// What react-pdf itself needs for this handout's words: each block's text as one plain Text in the
// same font, with no phrase breaking, furigana, boxes or footer. No layout of ours can be faster.
const studentTexts = blockTexts(studentJa);
const studentFonts = pickFontSources(studentJa, handoutFonts);
const floor = await timed(async () => (await renderPlainText(studentTexts, studentFonts)).length);

const fonts = sirv(path.join(PROJECT_ROOT, 'node_modules/@fontsource/biz-udpgothic'), { dev: true });
const body = renderToStaticMarkup(createElement(HandoutHtml, { input: studentJa, headingId: 'h' }));
const html = `<!doctype html><html lang="ja"><head><meta charset="utf-8"><link rel="stylesheet" href="/fonts/400.css"><link rel="stylesheet" href="/fonts/700.css">
<style>@page{size:A4;margin:15mm}body{font-family:"BIZ UDPGothic";font-size:10pt;line-height:1.55;word-break:auto-phrase;line-break:strict}</style></head>
<body><h1>${first.title.ja.text}</h1>${body}</body></html>`;
const server = createServer((request, response) => {
  if (request.url?.startsWith('/fonts/')) {
    request.url = request.url.slice('/fonts'.length);
    return fonts(request, response, () => {
      response.writeHead(404).end();
    });
  }
  response.setHeader('Content-Type', 'text/html; charset=utf-8');
  response.end(html);
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const address = server.address() as { port: number };
const browser = await launchChromium();
const page = await browser.newPage();
await page.goto(`http://127.0.0.1:${address.port}/`, { waitUntil: 'networkidle' });
await page.evaluate(() => document.fonts.ready.then(() => undefined));
const chrome = await timed(async () => (await page.pdf({ format: 'A4', printBackground: false })).length);
await browser.close();
server.close();

const kb = (bytes: number) => (bytes / 1024).toFixed(0).padStart(6);
console.log(`\nstudent handout, Japanese (${first.id}), median of ${TIMED} after ${WARM_UP} to warm up:`);
console.log(`  react-pdf          ${react.ms.toFixed(0).padStart(6)} ms ${kb(react.bytes)} KB`);
console.log(`  Chromium page.pdf  ${chrome.ms.toFixed(0).padStart(6)} ms ${kb(chrome.bytes)} KB  (one tab reused)`);
console.log(
  `  react-pdf's floor  ${floor.ms.toFixed(0).padStart(6)} ms ${kb(floor.bytes)} KB  (the same words as plain paragraphs: ${(floor.ms / chrome.ms).toFixed(2)}× Chromium)`,
);
const [timeRatio, sizeRatio] = [react.ms / chrome.ms, react.bytes / chrome.bytes];
console.log(
  `  ratio react-pdf / Chromium: time ${timeRatio.toFixed(2)}× (aim ≤ 0.5×: ${verdict(timeRatio <= 0.5)}), size ${sizeRatio.toFixed(2)}× (aim ≤ 0.3×: ${verdict(sizeRatio <= 0.3)})`,
);
