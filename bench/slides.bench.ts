// How fast a lesson deck is ready on the projector, beside a bare reveal.js page with the same
// slides and font that this bench writes itself. For each, from navigation: when the first slide is
// first painted, and when it is readable (the faces of BIZ UDPGothic its text needs are loaded);
// and whether the first paint showed Japanese before its font (empty boxes on this machine, which
// has no Japanese system font). Cold cache, medians of several runs, kit/bare ratios. Then the
// JavaScript each page of the built kit loads up front (gzipped), against its aim.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { loadLessons } from '../src/content/node/load';
import { LESSONS_DIR, PROJECT_ROOT } from '../src/content/node/paths';
import { EMPTY_SETTINGS } from '../src/content/school';
import { buildDeck } from '../src/export/deck';
import { DECK_CONFIG } from '../src/slides/deck-config';
import { launchChromium } from '../tests/support/browser';
import { pageScripts } from '../tests/support/page-scripts';
import { serveDist } from '../tests/support/static-server';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const LESSON = process.env.BENCH_LESSON ?? 'sextortion-pattern';
const require = createRequire(import.meta.url);

const distDir = mkdtempSync(path.join(tmpdir(), 'mamoru-bench-'));
await build({ root: PROJECT_ROOT, logLevel: 'warn', build: { outDir: distDir, emptyOutDir: true } });
writeBarePage(path.join(distDir, 'bare'));
const server = await serveDist(distDir);
if (process.env.BENCH_KEEP) console.log(`kept ${distDir}`);
const pages = { deck: pageScripts(distDir, 'present.html'), catalogue: pageScripts(distDir, 'index.html') };
const browser = await launchChromium();

interface Timing {
  painted: number;
  readable: number;
  tofu: boolean;
}

// Injected before any page script: watches every frame for the first slide to show, then to be readable.
const WATCH = `(() => {
  const times = (window.__deckTimes = {});
  const faces = (weight) => [...document.fonts].filter((f) => f.family.replace(/["']/g, '') === 'BIZ UDPGothic' && f.weight === weight);
  // Readable: the regular faces for the slide's text and the bold faces for its headings are loaded.
  const ready = (slide) => {
    const shown = slide.cloneNode(true);
    shown.querySelectorAll('aside.notes').forEach((notes) => notes.remove());
    // Japanese characters only: those are what this machine has no other font for.
    const japanese = (text) => [...new Set(text.match(/[\u3000-\u30ff\u3400-\u9fff\uff01-\uff9f]/g) ?? [])].join('');
    const regular = japanese(shown.textContent);
    const bold = japanese([...shown.querySelectorAll('h1, h2, strong')].map((e) => e.textContent).join(''));
    return faces('400').length > 0 && document.fonts.check('400 34px "BIZ UDPGothic"', regular) && (!bold || document.fonts.check('700 52px "BIZ UDPGothic"', bold));
  };
  const frame = () => {
    const slide = document.querySelector('.reveal .slides > section.present');
    const text = slide?.textContent?.trim() ?? '';
    if (slide && text && times.painted === undefined && getComputedStyle(slide).visibility !== 'hidden' && slide.getBoundingClientRect().height > 0) {
      times.painted = performance.now();
      times.tofu = !ready(slide);
    }
    if (times.painted !== undefined && ready(slide)) times.readable = performance.now();
    if (times.readable === undefined) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})();`;

async function measure(url: string): Promise<Timing> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'ja-JP' });
  await context.addInitScript(WATCH);
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(
    () => (window as unknown as { __deckTimes: { readable?: number } }).__deckTimes.readable !== undefined,
    undefined,
    { timeout: 30_000 },
  );
  const times = await page.evaluate(() => (window as unknown as { __deckTimes: Timing }).__deckTimes);
  await context.close();
  return times;
}

const kitUrl = `${server.url}present.html?lesson=${LESSON}&lang=ja`;
const bareUrl = `${server.url}bare/index.html`;
const kit: Timing[] = [];
const bare: Timing[] = [];
try {
  await measure(kitUrl); // warm up the browser process, not the page cache (each run is a new context)
  for (let run = 0; run < RUNS; run += 1) {
    bare.push(await measure(bareUrl));
    kit.push(await measure(kitUrl));
  }
} finally {
  await browser.close();
  await server.close();
  if (!process.env.BENCH_KEEP) rmSync(distDir, { recursive: true, force: true });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const row = (name: string, runs: Timing[]) =>
  `${name.padEnd(26)} ${median(runs.map((t) => t.painted))
    .toFixed(0)
    .padStart(6)} ms ${median(runs.map((t) => t.readable))
    .toFixed(0)
    .padStart(8)} ms   ${runs.filter((t) => t.tofu).length}/${runs.length}`;
const ratio = (pick: (t: Timing) => number) => median(kit.map(pick)) / median(bare.map(pick));
const aim = (label: string, value: string, met: boolean, limit: string) =>
  console.log(`${label.padEnd(34)} ${value.padStart(10)}   aim ${limit.padEnd(9)} ${met ? 'met' : 'NOT MET'}`);
console.log(`deck: ${LESSON} (ja), 1280×720, cold cache, median of ${RUNS} runs`);
console.log(`${''.padEnd(26)} ${'first paint'.padStart(9)} ${'readable'.padStart(11)}   painted before its font`);
console.log(row('bare reveal.js page', bare));
console.log(row('mamoru deck', kit));
const painted = ratio((t) => t.painted);
const readable = ratio((t) => t.readable);
const tofu = kit.filter((t) => t.tofu).length;
aim('deck first readable slide / bare', `${readable.toFixed(2)}×`, readable <= 0.8, '≤ 0.8×');
aim('deck first paint / bare', `${painted.toFixed(2)}×`, painted <= 1.1, '≤ 1.1×');
aim('deck frames painted before the font', `${tofu}/${kit.length}`, tofu === 0, '0');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
aim('deck page JS (gzip, up front)', kb(pages.deck.gzipBytes), pages.deck.gzipBytes <= 120 * 1024, '≤ 120 KB');
aim('catalogue JS (gzip, up front)', kb(pages.catalogue.gzipBytes), pages.catalogue.gzipBytes <= 90 * 1024, '≤ 90 KB');
const deckOnly = pages.deck.files.filter((file) => !pages.catalogue.files.includes(file));
const shared = pages.catalogue.files.filter((file) => pages.deck.files.includes(file));
aim(
  "catalogue loads the deck's chunks",
  `${pages.catalogue.files.filter((file) => deckOnly.includes(file)).length}`,
  deckOnly.every((file) => !pages.catalogue.files.includes(file)),
  '0',
);
for (const [name, page] of Object.entries(pages))
  console.log(
    `  ${name}: ${page.files.map((file) => path.basename(file)).join(', ')} (later, on demand: ${page.later.length} chunks)`,
  );
console.log(`  shared by both: ${shared.map((file) => path.basename(file)).join(', ')}`);

/**
 * A plain reveal.js page: the same slides (generated opening and closing included), the same font.
 * No plugins: the kit's speaker view is a page of its own, not reveal.js's notes plugin, so the
 * deck loads none either.
 */
function writeBarePage(dir: string): void {
  const { library, problems } = loadLessons(LESSONS_DIR);
  if (!library) throw new Error(`lessons have problems: ${problems.length}`);
  const lesson = library.lessons.find((candidate) => candidate.id === LESSON)!;
  const slides = buildDeck(lesson, lesson, library, 'ja', EMPTY_SETTINGS);
  const revealDir = path.dirname(require.resolve('reveal.js'));
  const fontDir = path.dirname(require.resolve('@fontsource/biz-udpgothic/400.css'));
  mkdirSync(dir, { recursive: true });
  for (const file of ['reveal.mjs', 'reveal.css']) cpSync(path.join(revealDir, file), path.join(dir, file));
  for (const file of ['400.css', '700.css', 'files'])
    cpSync(path.join(fontDir, file), path.join(dir, 'font', file), { recursive: true });
  const sections = slides
    .map((slide) => `<section>${slide.html}<aside class="notes">${slide.notesHtml}</aside></section>`)
    .join('\n');
  writeFileSync(
    path.join(dir, 'index.html'),
    `<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>bare reveal.js</title>
<link rel="stylesheet" href="reveal.css">
<link rel="stylesheet" href="font/400.css">
<link rel="stylesheet" href="font/700.css">
<style>.reveal { font-family: 'BIZ UDPGothic', sans-serif; font-size: 34px; } .reveal h1 { font-size: 52px; }</style>
</head>
<body>
<div class="reveal"><div class="slides">
${sections}
</div></div>
<script type="module">
import Reveal from './reveal.mjs';
new Reveal(${JSON.stringify(DECK_CONFIG)}).initialize();
</script>
</body>
</html>
`,
  );
}
