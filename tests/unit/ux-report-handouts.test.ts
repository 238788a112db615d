// The handout defects of the UX report (../shared/reviews/ux-2026-12.md), each read back from the
// PDF the kit makes: text through pdfjs-dist, cut lines through poppler's pdftoppm in greyscale.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLessons } from '../../src/content/node/load';
import { LESSONS_DIR } from '../../src/content/node/paths';
import type { LessonLibrary, Locale } from '../../src/content/types';
import { EMPTY_SETTINGS, type SchoolSettings } from '../../src/content/school';
import { FONT_FILES } from '../../src/handouts/node/font-files';
import { registerFonts } from '../../src/handouts/fonts';
import { handoutInput, type HandoutKind } from '../../src/handouts/handout-input';
import { renderHandout } from '../../src/handouts/render';
import { CARD_COLUMNS, CARD_HEIGHT, CARD_ROWS, CARD_WIDTH } from '../../src/handouts/documents/HelpCards';
import { PAPER_POINTS } from '../../src/handouts/documents/paper';
import { readPdf } from '../support/pdf-text';

const SCHOOL: SchoolSettings = {
  schoolName: '横浜市立みなと中学校',
  counsellor: '保健室 養護教諭 山田花子先生（内線 123）',
  localHelp: ['横浜市こども相談 0120-45-7867', '神奈川県警 少年相談 045-641-0045'],
};
/** Everything the settings page allows, at its longest. */
const LONGEST_SCHOOL: SchoolSettings = {
  schoolName: '市立'.repeat(40),
  counsellor: '相談'.repeat(80),
  localHelp: Array.from({ length: 6 }, (_, i) => `地域の相談 ${'窓口'.repeat(65)} 0120-45-786${i}`),
};
const SOS_DIAL = '0120-0-78310';
const CHILDLINE = '0120-99-7777';

let library: LessonLibrary;
// Loading every lesson takes more than the default 10 s hook time on a busy machine.
beforeAll(() => {
  library = loadLessons(LESSONS_DIR).library!;
  registerFonts(FONT_FILES);
}, 60_000);

async function make(kind: HandoutKind, locale: Locale, school: SchoolSettings, lessonId = 'sextortion-pattern') {
  const lesson = library.lessons.find((candidate) => candidate.id === lessonId)!;
  const bytes = await renderHandout(handoutInput({ kind, locale, paper: 'a4', school }, lesson, library, lesson));
  return { bytes, pdf: await readPdf(bytes) };
}

const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;

describe('UX report: help cards', () => {
  it('H1: every card keeps the SOS Dial, Childline and 110 whatever the school adds, with the school’s own lines', async () => {
    for (const locale of ['ja', 'en'] as const) {
      for (const school of [EMPTY_SETTINGS, SCHOOL, LONGEST_SCHOOL]) {
        const { pdf } = await make('helpcard', locale, school);
        const text = pdf.lines.map((line) => line.text).join('\n');
        const cards = CARD_COLUMNS * CARD_ROWS;
        expect(pdf.pages).toBe(1);
        expect(count(text, SOS_DIAL), `${locale} SOS Dial`).toBe(cards);
        expect(count(text, CHILDLINE), `${locale} Childline`).toBe(cards);
        expect(count(text, locale === 'ja' ? '警察 110番' : 'Police (110)')).toBe(cards);
        if (school === SCHOOL) {
          expect(count(text, '0120-45-7867')).toBe(cards);
          expect(count(text, '045-641-0045')).toBe(cards);
          expect(count(text, '横浜市立みなと中学校')).toBe(cards);
        }
        // Nothing crosses a card's edge, even with the longest school details.
        const [width, height] = PAPER_POINTS.a4;
        const left = (width - CARD_WIDTH * CARD_COLUMNS) / 2;
        const top = (height - CARD_HEIGHT * CARD_ROWS) / 2;
        for (const line of pdf.lines) {
          const fromTop = height - line.y;
          if (fromTop > top + CARD_HEIGHT * CARD_ROWS) continue; // the footer under the grid
          const column = Math.floor((line.x - left) / CARD_WIDTH);
          const row = Math.floor((fromTop - top) / CARD_HEIGHT);
          expect(line.right, `"${line.text}" stays in its card`).toBeLessThanOrEqual(left + (column + 1) * CARD_WIDTH);
          expect(fromTop - 9, `"${line.text}" stays below its card's top`).toBeGreaterThan(top + row * CARD_HEIGHT);
        }
      }
    }
  }, 60_000);

  it('H4: dark cut lines on every edge of every card, dark enough for a black-and-white printer', async () => {
    const { bytes } = await make('helpcard', 'ja', SCHOOL);
    const dpi = 100;
    const folder = mkdtempSync(path.join(tmpdir(), 'mamoru-cards-'));
    writeFileSync(path.join(folder, 'cards.pdf'), bytes);
    execFileSync('pdftoppm', ['-r', String(dpi), '-gray', '-singlefile', 'cards.pdf', 'cards'], { cwd: folder });
    const pgm = readFileSync(path.join(folder, 'cards.pgm'));
    rmSync(folder, { recursive: true, force: true });
    const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 40).toString('latin1'))!;
    const [columns, rows] = [Number(header[1]), Number(header[2])];
    const pixels = pgm.subarray(header[0].length);
    const px = (points: number) => Math.round((points * dpi) / 72);
    const dark = (x: number, y: number) => pixels[y * columns + x] < 128;
    const [width, height] = PAPER_POINTS.a4;
    const left = (width - CARD_WIDTH * CARD_COLUMNS) / 2;
    const top = (height - CARD_HEIGHT * CARD_ROWS) / 2;
    // Share of a line's length that prints dark, looking one pixel either side of where it should be.
    const darkShare = (along: number[], at: (i: number, offset: number) => [number, number]) =>
      along.filter((i) => [-1, 0, 1].some((offset) => dark(...at(i, offset)))).length / along.length;
    const span = (from: number, to: number) =>
      Array.from({ length: px(to) - px(from) - 4 }, (_, i) => px(from) + 2 + i);
    for (let column = 0; column <= CARD_COLUMNS; column += 1) {
      const x = px(left + column * CARD_WIDTH);
      const share = darkShare(span(top, top + CARD_HEIGHT * CARD_ROWS), (y, o) => [x + o, y]);
      expect(share, `vertical cut line ${column}`).toBeGreaterThan(0.4);
    }
    for (let row = 0; row <= CARD_ROWS; row += 1) {
      const y = px(top + row * CARD_HEIGHT);
      const share = darkShare(span(left, left + CARD_WIDTH * CARD_COLUMNS), (x, o) => [x, y + o]);
      expect(share, `horizontal cut line ${row}`).toBeGreaterThan(0.4);
    }
    expect(columns).toBe(px(width));
    expect(rows).toBeGreaterThan(px(height) - 2);
  }, 30_000);
});
