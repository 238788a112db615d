// A teacher downloads a lesson as PowerPoint to adapt it. The deck is opened by a real reader:
// LibreOffice Impress converts it to PDF, and the PDF must show every slide's text inside its text
// box, in BIZ UDPGothic, with notes on every slide. A sample is converted here (one lesson in both
// languages and the hostile lesson); `npm run check:pptx` converts every lesson.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportLesson, type ExportLesson } from '../../src/export/export-lesson';
import { layoutBody, lessonPptx, pptxSlides, PPTX_FONT } from '../../src/export/pptx';
import { plainText, type Block } from '../../src/export/plain-text';
import { EMPTY_SETTINGS } from '../../src/content/school';
import { hostileLibrary, SPECIAL_MARKERS } from '../support/hostile-lesson';
import { convertToPdf, deckProblems, readDeckXml, squeeze } from '../support/pptx-check';
import { shippedLibrary } from '../support/shipped-lessons';
import { xmllint } from '../support/xml';

const work = mkdtempSync(path.join(tmpdir(), 'mamoru-pptx-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const library = shippedLibrary();
const SCHOOL = {
  schoolName: 'みなと中学校',
  counsellor: '養護教諭 佐藤 03-0000-0000',
  localHelp: ['区の子ども相談 0120-000-000'],
};
const lesson = library.lessons.find((candidate) => candidate.id === 'sextortion-pattern')!;
const ja = exportLesson({ lesson, content: lesson, catalogue: library, locale: 'ja', school: SCHOOL });
const en = exportLesson({ lesson, content: lesson, catalogue: library, locale: 'en', school: EMPTY_SETTINGS });
const hostile = (() => {
  const { library: hostileLib, lesson: hostileLesson } = hostileLibrary();
  return exportLesson({
    lesson: hostileLesson,
    content: hostileLesson,
    catalogue: hostileLib,
    locale: 'ja',
    school: EMPTY_SETTINGS,
  });
})();

const decks: { name: string; lesson: ExportLesson; file: string; pdf: string }[] = [
  { name: 'sextortion-pattern in Japanese', lesson: ja, file: '', pdf: '' },
  { name: 'sextortion-pattern in English', lesson: en, file: '', pdf: '' },
  { name: 'the hostile lesson', lesson: hostile, file: '', pdf: '' },
];

beforeAll(async () => {
  for (const [index, deck] of decks.entries()) {
    deck.file = path.join(work, `deck-${index}.pptx`);
    writeFileSync(deck.file, await lessonPptx(deck.lesson));
  }
  const pdfs = await convertToPdf(
    decks.map((deck) => deck.file),
    path.join(work, 'pdf'),
  );
  decks.forEach((deck, index) => (deck.pdf = pdfs[index]));
}, 240_000);

describe('PowerPoint export opened in LibreOffice Impress', () => {
  it.each(decks.map((deck) => [deck.name, deck] as const))(
    "%s: every slide's text is in the PDF, inside its box, with notes on every slide",
    async (_name, deck) => {
      expect(await deckProblems(deck.file, deck.pdf)).toEqual([]);
      const xml = readDeckXml(deck.file);
      expect(xml.size.width / xml.size.height).toBeCloseTo(16 / 9, 2);
      expect(xml.slides).toHaveLength(pptxSlides(deck.lesson).length);
    },
  );

  it.each(decks.map((deck) => [deck.name, deck] as const))(
    '%s: shows its text in BIZ UDPGothic, with no fallback font for Japanese',
    (_name, deck) => {
      const fonts = execFileSync('pdffonts', [deck.pdf], { encoding: 'utf8' })
        .split('\n')
        .slice(2)
        .filter(Boolean)
        .map((line) => line.split(/\s+/)[0].replace(/^[A-Z]{6}\+/, ''));
      expect(fonts.length).toBeGreaterThan(0);
      // OpenSymbol draws LibreOffice's bullets; every letter comes from the kit's font.
      for (const font of fonts) expect(font).toMatch(/^(BIZUDPGothic(-Bold|-Regular)?|OpenSymbol)$/);
      const files = unzipSync(new Uint8Array(readFileSync(deck.file)));
      const slide = strFromU8(files['ppt/slides/slide2.xml']);
      expect(slide).toContain(`<a:ea typeface="${PPTX_FONT}"`);
      expect(slide).toContain(`<a:latin typeface="${PPTX_FONT}"`);
    },
  );

  it('renders pages whose margins below and beside the text boxes stay blank', () => {
    const deck = decks[0];
    const pages = readDeckXml(deck.file).slides.length;
    for (const page of [1, 2, Math.ceil(pages / 2), pages]) {
      const pgm = execFileSync('pdftoppm', ['-gray', '-r', '24', '-f', String(page), '-l', String(page), deck.pdf]);
      const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.toString('latin1', 0, 40))!;
      const [width, height] = [Number(header[1]), Number(header[2])];
      const pixels = pgm.subarray(header[0].length);
      // Below the body box (7.1 in of 7.5 in) and right of it (12.733 in of 13.333 in) nothing is drawn.
      const bottom = Math.ceil((7.12 / 7.5) * height);
      const right = Math.ceil((12.76 / 13.333) * width);
      let inked = 0;
      for (let y = 0; y < height; y += 1) {
        for (let x = 0; x < width; x += 1) {
          if ((y >= bottom || x >= right) && pixels[y * width + x] < 200) inked += 1;
        }
      }
      expect(inked, `page ${page}`).toBe(0);
    }
  });
});

describe('what the PowerPoint deck holds', () => {
  const slides = pptxSlides(ja);

  it("opens with the content note, closes with help and the school's contacts, and puts notes on every slide", () => {
    expect(slides[0].title).toBe(plainText(lesson.title.ja.html));
    expect(slides[0].body.map((block) => block.runs.map((run) => run.text).join('')).join('\n')).toContain(
      'この授業について',
    );
    // The help slide, then the school's own contacts on a slide of their own (UX report H2).
    const [help, school] = slides
      .slice(-2)
      .map((slide) => slide.body.map((block) => block.runs.map((run) => run.text).join('')).join('\n'));
    expect(help).toContain('#9110');
    expect(school).toContain('みなと中学校');
    expect(school).toContain('養護教諭 佐藤 03-0000-0000');
    for (const slide of slides) expect(slide.notes.trim()).not.toBe('');
  });

  it('makes each fragment its own bullet and writes ruby as the reading in brackets', () => {
    const second = slides[1];
    expect(
      second.body.filter((block) => block.fragment).map((block) => block.runs.map((run) => run.text).join('')),
    ).toEqual([
      'ふつうの投稿（とうこう）に、知らない人から返事がきます',
      'やさしくして、信頼（しんらい）させます',
      '性的な写真をたのみ、それを使って脅（おど）します',
      '要求（ようきゅう）がどんどん大きくなります',
    ]);
  });

  it('follows each quiz slide with an answer slide that marks the right answer and explains it', () => {
    const quizSlides = lesson.decks.ja.filter((slide) => slide.question).length;
    const answers = slides.filter((slide) => slide.title.endsWith('— 答え'));
    expect(answers).toHaveLength(quizSlides);
    const at = slides.indexOf(answers[0]);
    const question = ja.questions.find(
      (candidate) => candidate.id === lesson.decks.ja.find((slide) => slide.question)!.question,
    )!;
    const right = question.choices.findIndex((choice) => choice.correct);
    const answerText = answers[0].body.map((block) => block.runs.map((run) => run.text).join(''));
    expect(answerText).toContain(`✓ ${'ABCD'[right]}. ${question.choices[right].text}`);
    expect(answerText.join('\n')).toContain(question.explanation.split('\n')[0]);
    expect(slides[at - 1].body.map((block) => block.runs.map((run) => run.text).join(''))).toContain(
      `${'ABCD'[right]}. ${question.choices[right].text}`,
    );
  });

  it('continues a body too long for one slide on the next slide instead of overflowing', () => {
    const long: Block[] = Array.from({ length: 40 }, (_, i) => ({
      kind: 'bullet',
      runs: [{ text: `項目${i + 1} ${'とても長い説明の文章です。'.repeat(3)}` }],
      level: 0,
    }));
    const { size, pages } = layoutBody(long);
    expect(size).toBe(18);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.flat()).toEqual(long);
    expect(layoutBody(long.slice(0, 3)).pages).toHaveLength(1);
  });

  it('keeps hostile lesson text as text: well-formed slide XML holding every special character', () => {
    const xml = readDeckXml(decks[2].file);
    const all = xml.slides.flatMap((slide) => slide.paragraphs).join('\n');
    for (const marker of SPECIAL_MARKERS) expect(squeeze(all)).toContain(squeeze(marker));
    const files = unzipSync(new Uint8Array(readFileSync(decks[2].file)));
    for (const [name, bytes] of Object.entries(files)) {
      if (!name.endsWith('.xml')) continue;
      const text = strFromU8(bytes);
      expect(xmllint(text), name).toBe('');
      expect(text, name).not.toMatch(/<(script|iframe|img|svg|style)\b/i);
    }
  });
});
