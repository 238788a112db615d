// An editable PowerPoint deck (16:9) of one lesson in one language, with pptxgenjs: every slide's
// text is real text in BIZ UDPGothic (with Windows 10+ and Office; PowerPoint substitutes its own
// Japanese gothic elsewhere), the speaker notes in the notes pane, each `+` fragment its own
// bullet, the deck's generated opening and closing slides, and each quiz slide as a question
// slide followed by an answer slide. Text is sized to fit its box; what cannot fit even at the
// smallest size continues on a next slide, so nothing overflows.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import PptxGenJS from 'pptxgenjs';
import type { DeckSlide } from './deck';
import { mixedOrder } from './quiz-slide';
import type { ExportLesson, ExportQuestion } from './export-lesson';
import { htmlBlocks, plainParagraphs, runsText, type Block, type Run } from './plain-text';
import { generalFeedback } from './quiz-text';

export const PPTX_FONT = 'BIZ UDPGothic';

/** The slide and its two text boxes, in inches (LAYOUT_WIDE is 13.333 × 7.5). */
export const SLIDE = { w: 13.333, h: 7.5 } as const;
const TITLE_BOX = { x: 0.6, y: 0.35, w: 12.133, h: 1.15 } as const;
const BODY_BOX = { x: 0.6, y: 1.65, w: 12.133, h: 5.45 } as const;
const INSET_PT = 7;
// LibreOffice and PowerPoint set BIZ UDPGothic at 110% spacing about 1.32 em apart (measured).
const LINE_HEIGHT = 1.35;
const PARAGRAPH_GAP_PT = 6;
const BODY_SIZES = [28, 26, 24, 22, 20, 18];
const TITLE_SIZES = [36, 32, 28, 24];
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** One slide as the writer lays it out: a title and body blocks, and the notes. */
export interface PptxSlide {
  title: string;
  body: Block[];
  notes: string;
}

// Advance widths of printable ASCII (space to ~) in BIZ UDPGothic Bold, in hundredths of an em,
// read from the font with fontkit; bold is the wider weight, so estimates never fall short.
const ASCII_WIDTHS = [
  33, 37, 52, 94, 80, 100, 91, 32, 50, 51, 50, 84, 33, 48, 33, 50, 76, 63, 76, 76, 76, 76, 76, 76, 76, 76, 34, 34, 84,
  84, 84, 80, 98, 78, 77, 81, 85, 70, 67, 86, 84, 44, 56, 76, 61, 100, 84, 88, 76, 90, 76, 73, 70, 86, 76, 100, 82, 74,
  75, 55, 50, 55, 50, 31, 50, 66, 73, 64, 73, 69, 51, 67, 72, 32, 40, 66, 36, 96, 72, 70, 73, 73, 49, 59, 49, 72, 60,
  90, 62, 64, 58, 54, 44, 54, 50,
];

/** How wide a character is, in ems: ASCII from the font's own widths, anything else a full em. */
function charWidth(char: string): number {
  const code = char.codePointAt(0)!;
  return code >= 32 && code < 127 ? ASCII_WIDTHS[code - 32] / 100 : 1;
}

function textWidthEm(text: string): number {
  let width = 0;
  for (const char of text) width += charWidth(char);
  return width;
}

/** Lines a paragraph takes in a box `widthPt` wide, wrapping Latin at spaces and Japanese anywhere. */
function lineCount(text: string, sizePt: number, widthPt: number): number {
  const perLine = widthPt / sizePt;
  let lines = 1;
  let used = 0;
  // Latin wraps after a space; Japanese may wrap after any character.
  for (const word of text.split(/(?<=[ \u3000-\u9fff\uff00-\uffef])/)) {
    const width = textWidthEm(word);
    if (used > 0 && used + width > perLine) {
      lines += 1;
      used = 0;
    }
    if (width > perLine) {
      // A word longer than a line (a long address) breaks inside it.
      lines += Math.floor(width / perLine);
      used = width % perLine;
    } else used += width;
  }
  return lines;
}

function indentPt(block: Block, sizePt: number): number {
  return block.kind === 'bullet' || block.kind === 'numbered'
    ? sizePt * 1.2 + block.level * 24
    : block.kind === 'quote'
      ? 24
      : 0;
}

/** The height the blocks take at a size, in points. */
export function blocksHeightPt(blocks: Block[], sizePt: number, boxWidthIn: number): number {
  const widthPt = boxWidthIn * 72 - 2 * INSET_PT;
  return blocks.reduce((sum, block, index) => {
    const size = blockSize(block, sizePt);
    const lines = lineCount(runsText(block.runs), size, widthPt - indentPt(block, size));
    return sum + lines * size * LINE_HEIGHT + (index > 0 ? PARAGRAPH_GAP_PT : 0);
  }, 0);
}

function blockSize(block: Block, sizePt: number): number {
  return block.kind === 'row' || block.kind === 'quote' ? Math.max(sizePt - 2, 14) : sizePt;
}

function fits(blocks: Block[], sizePt: number, box: { w: number; h: number }): boolean {
  return blocksHeightPt(blocks, sizePt, box.w) <= box.h * 72 - 2 * INSET_PT;
}

/** The largest body size at which the blocks fit, or, when none does, the blocks split over slides at the smallest. */
export function layoutBody(blocks: Block[]): { size: number; pages: Block[][] } {
  for (const size of BODY_SIZES) if (fits(blocks, size, BODY_BOX)) return { size, pages: [blocks] };
  const size = BODY_SIZES.at(-1)!;
  const pages: Block[][] = [[]];
  for (const block of blocks) {
    const page = pages.at(-1)!;
    if (page.length > 0 && !fits([...page, block], size, BODY_BOX)) pages.push([block]);
    else page.push(block);
  }
  // A single block taller than a slide is cut into pieces at sentence ends (rare: a very long paragraph).
  return {
    size,
    pages: pages.flatMap((page) =>
      fits(page, size, BODY_BOX) ? [page] : splitLongBlock(page[0], size).map((piece) => [piece]),
    ),
  };
}

function splitLongBlock(block: Block, size: number): Block[] {
  const text = runsText(block.runs);
  const pieces: Block[] = [];
  let current = '';
  for (const char of text) {
    const candidate = current + char;
    if (!fits([{ ...block, runs: [{ text: candidate }] }], size, BODY_BOX)) {
      pieces.push({ ...block, runs: [{ text: current }] });
      current = char;
    } else current = candidate;
  }
  if (current) pieces.push({ ...block, runs: [{ text: current }] });
  return pieces;
}

function titleSize(title: string): number {
  return (
    TITLE_SIZES.find(
      (size) =>
        blocksHeightPt([{ kind: 'heading', runs: [{ text: title }], level: 1 }], size, TITLE_BOX.w) <=
        TITLE_BOX.h * 72 - 2 * INSET_PT,
    ) ?? TITLE_SIZES.at(-1)!
  );
}

/** Shortens a title that would not fit even at the smallest size, so the title box never overflows. */
function fitTitle(title: string): string {
  const size = TITLE_SIZES.at(-1)!;
  const room = TITLE_BOX.h * 72 - 2 * INSET_PT;
  if (blocksHeightPt([{ kind: 'heading', runs: [{ text: title }], level: 1 }], size, TITLE_BOX.w) <= room) return title;
  let shortened = title;
  while (
    shortened.length > 1 &&
    blocksHeightPt([{ kind: 'heading', runs: [{ text: `${shortened}…` }], level: 1 }], size, TITLE_BOX.w) > room
  )
    shortened = shortened.slice(0, -1);
  return `${shortened}…`;
}

function paragraph(text: string, extra: Partial<Block> = {}): Block {
  return { kind: 'paragraph', runs: [{ text }], level: 0, ...extra };
}

/** Deck slides (opening, lesson, closing) as title + body; a quiz slide becomes two slides. */
export function pptxSlides(lesson: ExportLesson): PptxSlide[] {
  const slides: PptxSlide[] = [];
  const questionsById = new Map(lesson.questions.map((question) => [question.id, question]));
  for (const deckSlide of lesson.deck) {
    const question = deckSlide.question ? questionsById.get(deckSlide.question) : undefined;
    const { title, body } = titleAndBody(deckSlide, lesson);
    const notes = plainParagraphs(deckSlide.notesHtml).join('\n');
    if (!question) {
      slides.push({ title, body, notes });
      continue;
    }
    slides.push({ title, body: [...body, ...questionBlocks(question, lesson)], notes });
    slides.push({
      title: `${title} — ${lesson.words.answer}`,
      body: answerBlocks(question, lesson),
      notes: generalFeedback(question, lesson),
    });
  }
  return slides;
}

function titleAndBody(slide: DeckSlide, lesson: ExportLesson): { title: string; body: Block[] } {
  // The quiz block is drawn from the question itself (question slide, then answer slide). Lesson
  // HTML has no <div> (the sanitizer removes it), so the block the deck appends is all that goes.
  const html = slide.html.replace(/<div class="quiz-slide"[\s\S]*$/, '');
  const blocks = htmlBlocks(html).map((block) =>
    block.kind === 'image' ? { ...block, runs: [{ text: `[${lesson.words.image}: ${runsText(block.runs)}]` }] } : block,
  );
  const headingAt = blocks.findIndex((block) => block.kind === 'heading');
  if (headingAt < 0) return { title: slide.title, body: blocks };
  const title = runsText(blocks[headingAt].runs);
  // Further headings (the opening slide's "before we start") become bold paragraphs.
  const body = blocks
    .filter((_, index) => index !== headingAt)
    .map((block) =>
      block.kind === 'heading'
        ? { ...block, kind: 'paragraph' as const, runs: block.runs.map((run) => ({ ...run, bold: true })) }
        : block,
    );
  return { title, body };
}

function questionBlocks(question: ExportQuestion, lesson: ExportLesson): Block[] {
  const blocks: Block[] = [];
  if (question.story) blocks.push(...question.story.split('\n').map((line) => paragraph(line, { kind: 'quote' })));
  const hint = question.type === 'multiple' ? ` (${lesson.words.chooseAll})` : '';
  blocks.push(paragraph(`${question.prompt}${hint}`, { runs: [{ text: `${question.prompt}${hint}`, bold: true }] }));
  const shown = question.type === 'ordering' ? mixedOrder(question.choices) : question.choices;
  shown.forEach((choice, index) =>
    blocks.push(
      paragraph(question.type === 'truefalse' ? choice.text : `${LETTERS[index]}. ${choice.text}`, {
        kind: 'bullet',
        fragment: false,
      }),
    ),
  );
  return blocks.map((block) => (block.kind === 'bullet' ? { ...block, runs: block.runs } : block));
}

function answerBlocks(question: ExportQuestion, lesson: ExportLesson): Block[] {
  const blocks: Block[] = [];
  if (question.type === 'ordering') {
    blocks.push(
      paragraph(`${lesson.words.rightOrder}:`, { runs: [{ text: `${lesson.words.rightOrder}:`, bold: true }] }),
    );
    question.choices.forEach((choice) => blocks.push({ kind: 'numbered', runs: [{ text: choice.text }], level: 0 }));
  } else {
    question.choices.forEach((choice, index) => {
      const label = question.type === 'truefalse' ? choice.text : `${LETTERS[index]}. ${choice.text}`;
      const runs: Run[] = choice.correct ? [{ text: `✓ ${label}`, bold: true }] : [{ text: label }];
      blocks.push({ kind: 'bullet', runs, level: 0 });
    });
  }
  blocks.push(...question.explanation.split('\n').map((line) => paragraph(line)));
  return blocks;
}

type TextRun = PptxGenJS.TextProps;

function textRuns(blocks: Block[], size: number): TextRun[] {
  const runs: TextRun[] = [];
  blocks.forEach((block, blockIndex) => {
    const last = blockIndex === blocks.length - 1;
    const paragraphOptions: PptxGenJS.TextPropsOptions = {
      fontSize: blockSize(block, size),
      paraSpaceBefore: blockIndex > 0 ? PARAGRAPH_GAP_PT : 0,
      lineSpacingMultiple: 1.1,
      ...(block.kind === 'bullet' ? { bullet: { indent: Math.round(size * 1.2) }, indentLevel: block.level } : {}),
      ...(block.kind === 'numbered'
        ? { bullet: { type: 'number', indent: Math.round(size * 1.2) }, indentLevel: block.level }
        : {}),
      ...(block.kind === 'quote' ? { italic: true, color: '444444', indentLevel: 1 } : {}),
    };
    block.runs.forEach((run, runIndex) => {
      runs.push({
        text: run.text,
        options: {
          ...(runIndex === 0 ? paragraphOptions : { fontSize: blockSize(block, size) }),
          ...(run.bold ? { bold: true } : {}),
          ...(run.italic || block.kind === 'quote' ? { italic: true } : {}),
          ...(run.link ? { hyperlink: { url: run.link } } : {}),
          ...(runIndex === block.runs.length - 1 && !last ? { breakLine: true } : {}),
        },
      });
    });
  });
  return runs;
}

/** The .pptx file for one lesson and language. */
export async function lessonPptx(lesson: ExportLesson): Promise<Uint8Array> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = lesson.title;
  pptx.subject = lesson.summary;
  pptx.author = lesson.words.kitName;
  pptx.company = lesson.words.kitName;
  pptx.theme = { headFontFace: PPTX_FONT, bodyFontFace: PPTX_FONT };
  const lang = lesson.locale === 'ja' ? 'ja-JP' : 'en-US';
  for (const source of pptxSlides(lesson)) {
    const { size, pages } = layoutBody(source.body);
    pages.forEach((page, index) => {
      const slide = pptx.addSlide();
      const title = fitTitle(index === 0 ? source.title : `${source.title} ${lesson.words.continued}`);
      slide.addText(title, {
        ...TITLE_BOX,
        fontFace: PPTX_FONT,
        fontSize: titleSize(title),
        bold: true,
        color: '1F2937',
        valign: 'middle',
        margin: INSET_PT,
        fit: 'none',
        lang,
      });
      if (page.length) {
        slide.addText(textRuns(page, size), {
          ...BODY_BOX,
          fontFace: PPTX_FONT,
          color: '111827',
          valign: 'top',
          margin: INSET_PT,
          fit: 'none',
          lang,
        });
      }
      // Every slide has notes, so the notes pane is never empty; a continuation repeats its slide's notes.
      slide.addNotes(source.notes || title);
    });
  }
  return oneParagraphPropertiesEach((await pptx.write({ outputType: 'uint8array' })) as Uint8Array);
}

/**
 * pptxgenjs 4 writes an <a:pPr> before every run, so a paragraph with a bold word in it gets a
 * second pPr (with "no bullet") after its first run: against the schema, and LibreOffice then drops
 * the bullet. Only the first pPr of a paragraph is kept.
 */
export function oneParagraphPropertiesEach(pptx: Uint8Array): Uint8Array {
  const files = unzipSync(pptx);
  for (const name of Object.keys(files)) {
    if (!/^ppt\/slides\/slide\d+\.xml$/.test(name)) continue;
    const xml = strFromU8(files[name]).replace(/<a:p>[\s\S]*?<\/a:p>/g, (paragraph) =>
      paragraph.replace(/(<\/a:r>|<a:br\/>)(<a:pPr\b[^>]*\/>|<a:pPr\b[^>]*>[\s\S]*?<\/a:pPr>)/g, '$1'),
    );
    files[name] = strToU8(xml);
  }
  return zipSync(files);
}
