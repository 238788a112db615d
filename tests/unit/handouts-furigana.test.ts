// UX report L7: the Japanese student handout prints furigana where the slides and quiz have ruby,
// read back from the PDF with pdfjs-dist: each reading above its base and within its span, no
// kinsoku fault or split phrase, one page; English and the other documents carry no readings.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { renderToStaticMarkup } from 'react-dom/server';
import { createElement as h } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLessons } from '../../src/content/node/load';
import { LESSONS_DIR } from '../../src/content/node/paths';
import { EMPTY_SETTINGS } from '../../src/content/school';
import type { Lesson, LessonLibrary, Locale, Run } from '../../src/content/types';
import { rubyPhrases } from '../../src/handouts/documents/ruby-text';
import { registerFonts } from '../../src/handouts/fonts';
import { handoutInput, type HandoutKind } from '../../src/handouts/handout-input';
import { HandoutHtml } from '../../src/handouts/HandoutHtml';
import { registerLatinFont } from '../../src/handouts/latin-font';
import { NO_LINE_END, NO_LINE_START } from '../../src/handouts/line-breaking';
import { FONT_FILES } from '../../src/handouts/node/font-files';
import { LATIN_FONT_FILES } from '../../src/handouts/node/latin-font-files';
import { renderHandout } from '../../src/handouts/render';
import { pdfFonts } from '../support/pdf-text';

interface Item {
  page: number;
  x: number;
  y: number;
  width: number;
  size: number;
  text: string;
}

let library: LessonLibrary;
let lesson: Lesson;
beforeAll(() => {
  library = loadLessons(LESSONS_DIR).library!;
  lesson = library.lessons.find((candidate) => candidate.id === 'sextortion-pattern')!;
  registerFonts(FONT_FILES);
  registerLatinFont(LATIN_FONT_FILES);
}, 60_000);

async function make(kind: HandoutKind, locale: Locale) {
  const input = handoutInput({ kind, locale, paper: 'a4', school: EMPTY_SETTINGS }, lesson, library, lesson);
  const bytes = await renderHandout(input);
  const document = await getDocument({ data: bytes.slice(), disableFontFace: true, verbosity: 0 }).promise;
  const items: Item[] = [];
  for (let page = 1; page <= document.numPages; page += 1) {
    const content = await (await document.getPage(page)).getTextContent();
    for (const item of content.items)
      if ('str' in item && item.str !== '')
        items.push({
          page,
          x: item.transform[4],
          y: item.transform[5],
          width: item.width,
          size: Math.hypot(item.transform[0], item.transform[1]),
          text: item.str.replace(/\u00A0/g, ' '),
        });
  }
  const pages = document.numPages;
  await document.destroy();
  return { bytes, items, pages };
}

const rubyRuns = (runs: Run[]) => runs.filter((run) => run.ruby !== undefined);
const readings = (items: Item[]) => items.filter((item) => item.size < 6);

describe('L7: furigana on the Japanese student handout', () => {
  it('prints each reading above its base and within its span, on one page without tofu', async () => {
    const { bytes, items, pages } = await make('student', 'ja');
    expect(pages).toBe(1);
    expect(pdfFonts(bytes).every((font) => /BIZUDPGothic/.test(font.name))).toBe(true);
    const expected = lesson.handout.student.flatMap((point) => rubyRuns(point.ja.runs));
    for (const word of ['脅', '証拠', '通報', '信頼', '削除']) expect(expected.map((run) => run.text)).toContain(word);
    const printed = readings(items);
    expect(printed.map((item) => item.text)).toEqual(expected.map((run) => run.ruby));
    const misplaced: string[] = [];
    printed.forEach((reading, i) => {
      const base = expected[i].text;
      const centre = reading.x + reading.width / 2;
      // The base's own text item: just under the reading, its span holding the reading's centre.
      const under = items.find(
        (item) =>
          item.size > 9 &&
          item.text.includes(base) &&
          item.y < reading.y &&
          reading.y - item.y < item.size * 1.2 &&
          centre >= item.x + (item.width * item.text.indexOf(base)) / item.text.length - 0.5 &&
          centre <= item.x + (item.width * (item.text.indexOf(base) + base.length)) / item.text.length + 0.5,
      );
      if (!under) misplaced.push(`${reading.text} is not over ${base}`);
    });
    expect(misplaced).toEqual([]);
  }, 120_000);

  it('breaks the lines of the key points only between phrases, with no kinsoku fault', async () => {
    const { items } = await make('student', 'ja');
    // The lines a reader sees: base text grouped by baseline, top to bottom.
    const rows = new Map<number, Item[]>();
    // pdfjs reports the seam between two boxes as a space item of its own: no character is there.
    for (const item of items.filter(
      (candidate) => candidate.size > 9 && candidate.size < 11 && candidate.text !== ' ',
    )) {
      const key = [...rows.keys()].find((y) => Math.abs(y - item.y) < 1.5) ?? item.y;
      rows.set(key, [...(rows.get(key) ?? []), item]);
    }
    const lines = [...rows.entries()]
      .sort((a, b) => b[0] - a[0])
      .map(([, row]) =>
        row
          .sort((a, b) => a.x - b.x)
          .map((item) => item.text)
          .join('')
          .replace(/^•\s*/, '')
          .replace(/ /g, ''),
      );
    const faults: string[] = [];
    let checked = 0;
    for (const point of lesson.handout.student) {
      const runs = point.ja.runs;
      if (rubyRuns(runs).length === 0) continue;
      // Compared without spaces: pdfjs reports some as items of their own, some not at all.
      const text = runs
        .map((run) => run.text)
        .join('')
        .replace(/ /g, '');
      const boundaries = new Set<number>();
      let at = 0;
      for (const phrase of rubyPhrases(runs, 48))
        boundaries.add((at += phrase.map((segment) => segment.text.replace(/ /g, '')).join('').length));
      const start = lines.findIndex((line) => line.length > 0 && text.startsWith(line));
      expect(start, text).toBeGreaterThanOrEqual(0);
      let offset = 0;
      for (let k = start; offset < text.length && k < lines.length; k += 1) {
        const line = lines[k];
        expect(text.startsWith(line, offset), `${line} continues ${text}`).toBe(true);
        if (offset > 0) {
          checked += 1;
          if (!boundaries.has(offset))
            faults.push(`split phrase: ${text.slice(offset - 3, offset)}|${line.slice(0, 3)}`);
          if (NO_LINE_START.has(line[0])) faults.push(`line starts with ${line[0]}`);
        }
        offset += line.length;
        if (offset < text.length && NO_LINE_END.has(line.at(-1)!)) faults.push(`line ends with ${line.at(-1)}`);
      }
      expect(offset).toBe(text.length);
    }
    expect(checked).toBeGreaterThan(3);
    expect(faults).toEqual([]);
  }, 120_000);

  it('prints no readings in English or on the guardian letter and teacher guide', async () => {
    for (const [kind, locale] of [
      ['student', 'en'],
      ['guardian', 'ja'],
      ['teacher', 'ja'],
    ] as const) {
      const { items } = await make(kind, locale);
      expect(readings(items), `${kind} ${locale}`).toEqual([]);
    }
  }, 240_000);

  it('shows the same ruby in the HTML preview', () => {
    const input = handoutInput({ kind: 'student', locale: 'ja', paper: 'a4', school: EMPTY_SETTINGS }, lesson, library);
    const html = renderToStaticMarkup(h(HandoutHtml, { input, headingId: 'x' }));
    for (const [base, reading] of [
      ['脅', 'おど'],
      ['証拠', 'しょうこ'],
      ['通報', 'つうほう'],
    ])
      // The fallback brackets (<rp>) are there for a browser without ruby, as on the slides.
      expect(html).toContain(`<ruby>${base}<rp>(</rp><rt>${reading}</rt><rp>)</rp></ruby>`);
  });
});

describe('rubyPhrases', () => {
  it('keeps a ruby base whole and with its reading, and a phrase longer than the line still breaks', () => {
    const runs: Run[] = [
      { text: 'スクショで', bold: true },
      { text: '証拠', bold: true, ruby: 'しょうこ' },
      { text: 'を残す。', bold: false },
    ];
    const phrases = rubyPhrases(runs);
    expect(phrases.flat().find((segment) => segment.ruby)).toEqual(runs[1]);
    expect(phrases.map((phrase) => phrase.map((segment) => segment.text).join('')).join('')).toBe(
      'スクショで証拠を残す。',
    );
    // The punctuation stays with its phrase.
    expect(phrases.at(-1)!.at(-1)!.text.endsWith('。')).toBe(true);
    const long: Run[] = [{ text: '英語・中国語・韓国語・スペイン語・ポルトガル語・タイ語の', bold: false }];
    expect(rubyPhrases(long, 8).length).toBeGreaterThan(1);
    expect(rubyPhrases(long, 8).every((phrase) => phrase.map((s) => s.text).join('').length <= 8)).toBe(true);
  });
});
