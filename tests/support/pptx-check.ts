// Opens exported decks with a real reader: LibreOffice Impress converts them to PDF (with the kit's
// BIZ UDPGothic from npm made visible to it through a fontconfig file, and a profile of its own so
// it never meets another soffice), poppler reads the PDF back, and the pptx XML gives each text
// box's geometry. Used by the unit test (a sample) and scripts/check-pptx.ts (every lesson).
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { strFromU8, unzipSync } from 'fflate';

const run = promisify(execFile);
const require = createRequire(import.meta.url);
const EMU_PER_POINT = 12700;

/** Converts decks to PDF in one LibreOffice run; returns the PDFs' paths in the same order. */
export async function convertToPdf(decks: string[], outDir: string): Promise<string[]> {
  const work = mkdtempSync(path.join(tmpdir(), 'mamoru-soffice-'));
  const fontDir = path.dirname(
    path.dirname(require.resolve('@expo-google-fonts/biz-udpgothic/400Regular/BIZUDPGothic_400Regular.ttf')),
  );
  const fontsConf = path.join(work, 'fonts.conf');
  writeFileSync(
    fontsConf,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n  <dir>${fontDir}</dir>\n  <cachedir>${path.join(work, 'fc-cache')}</cachedir>\n</fontconfig>\n`,
  );
  mkdirSync(outDir, { recursive: true });
  await run(
    'soffice',
    [
      `-env:UserInstallation=file://${path.join(work, 'profile')}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'pdf',
      '--outdir',
      outDir,
      ...decks,
    ],
    {
      env: { ...process.env, FONTCONFIG_FILE: fontsConf, HOME: work },
      timeout: 240_000,
    },
  );
  return decks.map((deck) => path.join(outDir, `${path.basename(deck, '.pptx')}.pdf`));
}

/** The text of each page, from pdftotext. */
export async function pdfPages(pdf: string): Promise<string[]> {
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 });
  return stdout.split('\f').slice(0, -1);
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Every word's box on each page, in points from the top left (pdftotext -bbox). */
export async function pdfWordBoxes(
  pdf: string,
): Promise<{ width: number; height: number; words: (Box & { text: string })[] }[]> {
  const { stdout } = await run('pdftotext', ['-bbox', '-enc', 'UTF-8', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 });
  return [...stdout.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map((page) => ({
    width: Number(page[1]),
    height: Number(page[2]),
    words: [
      ...page[3].matchAll(/<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/g),
    ].map((word) => ({
      x0: Number(word[1]),
      y0: Number(word[2]),
      x1: Number(word[3]),
      y1: Number(word[4]),
      text: word[5],
    })),
  }));
}

export interface DeckXml {
  /** Slide size in points. */
  size: { width: number; height: number };
  slides: { boxes: Box[]; paragraphs: string[] }[];
  notes: string[];
}

function decodeXml(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos|#x[0-9a-f]+|#\d+);/gi, (_, name: string) =>
    name[0] === '#'
      ? String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)))
      : ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" } as Record<string, string>)[name.toLowerCase()],
  );
}

/** Text boxes (in points), paragraphs and notes of every slide, read from the pptx XML. */
export function readDeckXml(pptx: string): DeckXml {
  const files = unzipSync(new Uint8Array(readFileSync(pptx)));
  const presentation = strFromU8(files['ppt/presentation.xml']);
  const size = /<p:sldSz cx="(\d+)" cy="(\d+)"/.exec(presentation)!;
  const count = Object.keys(files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name)).length;
  const slides: DeckXml['slides'] = [];
  const notes: string[] = [];
  for (let n = 1; n <= count; n += 1) {
    const xml = strFromU8(files[`ppt/slides/slide${n}.xml`]);
    const boxes = [
      ...xml.matchAll(
        /<p:sp>[\s\S]*?<a:off x="(-?\d+)" y="(-?\d+)"\/><a:ext cx="(\d+)" cy="(\d+)"\/>[\s\S]*?<\/p:sp>/g,
      ),
    ].map((shape) => {
      const [x, y, w, h] = shape.slice(1, 5).map((value) => Number(value) / EMU_PER_POINT);
      return { x0: x, y0: y, x1: x + w, y1: y + h };
    });
    const paragraphs = [...xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)]
      .map((p) => decodeXml([...p[1].matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((t) => t[1]).join('')))
      .filter((p) => p.trim() !== '');
    slides.push({ boxes, paragraphs });
    const notesFile = files[`ppt/notesSlides/notesSlide${n}.xml`];
    if (notesFile)
      notes.push(decodeXml([...strFromU8(notesFile).matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((t) => t[1]).join('')));
  }
  return { size: { width: Number(size[1]) / EMU_PER_POINT, height: Number(size[2]) / EMU_PER_POINT }, slides, notes };
}

/**
 * Text compared without whitespace, without the bullets LibreOffice draws, and without hyphens
 * (pdftotext joins a line ending in "-" to the next as a hyphenated word).
 */
export function squeeze(text: string): string {
  return text.replace(/[\s•\u00a0-]/g, '');
}

/** The problems a converted deck shows; an empty list when every check passes. */
export async function deckProblems(pptx: string, pdf: string): Promise<string[]> {
  const problems: string[] = [];
  const deck = readDeckXml(pptx);
  const pages = await pdfPages(pdf);
  const boxes = await pdfWordBoxes(pdf);
  const name = path.basename(pptx);
  if (pages.length !== deck.slides.length)
    problems.push(`${name}: ${deck.slides.length} slides but ${pages.length} PDF pages`);
  if (deck.notes.length !== deck.slides.length)
    problems.push(`${name}: ${deck.notes.length} notes for ${deck.slides.length} slides`);
  deck.notes.forEach((note, index) => {
    if (note.trim() === '') problems.push(`${name}: slide ${index + 1} has empty notes`);
  });
  const scale = boxes[0] ? boxes[0].width / deck.size.width : 1;
  deck.slides.forEach((slide, index) => {
    for (const box of slide.boxes) {
      if (box.x0 < 0 || box.y0 < 0 || box.x1 > deck.size.width + 0.5 || box.y1 > deck.size.height + 0.5)
        problems.push(`${name}: slide ${index + 1} has a text box past the slide edge`);
    }
    const page = squeeze(pages[index] ?? '');
    for (const paragraph of slide.paragraphs) {
      if (!page.includes(squeeze(paragraph)))
        problems.push(`${name}: slide ${index + 1}: the PDF page lacks "${paragraph.slice(0, 60)}"`);
    }
    // Text rendered outside every text box has overflowed its box.
    for (const word of boxes[index]?.words ?? []) {
      const inside = slide.boxes.some(
        (box) =>
          word.x0 >= box.x0 * scale - 2 &&
          word.y0 >= box.y0 * scale - 2 &&
          word.x1 <= box.x1 * scale + 2 &&
          word.y1 <= box.y1 * scale + 2,
      );
      if (!inside) {
        problems.push(
          `${name}: slide ${index + 1}: "${word.text}" is drawn outside its text box (${word.x0.toFixed(0)},${word.y0.toFixed(0)}–${word.x1.toFixed(0)},${word.y1.toFixed(0)})`,
        );
        break;
      }
    }
  });
  return problems;
}
