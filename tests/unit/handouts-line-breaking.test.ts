// Japanese line breaking in react-pdf, shown on narrow columns where every line must break: the
// kit's way breaks only between BudouX phrases (or, in a phrase longer than the whole line, between
// characters), never inserts '-', and keeps the JLREQ line-start and line-end rules; plain
// react-pdf, given the same text, does not.
import { Document, Page, pdf, Text, View } from '@react-pdf/renderer';
import fc from 'fast-check';
import { createElement as h } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { Narrow, PhraseText } from '../../src/handouts/documents/text';
import { FONT_FILES } from '../../src/handouts/node/font-files';
import { FONT_STACK, registerFonts } from '../../src/handouts/fonts';
import {
  BREAK_MARK,
  breakAtMarks,
  breakUnits,
  markLineBreaks,
  NO_LINE_END,
  NO_LINE_START,
  phrasesOf,
} from '../../src/handouts/line-breaking';
import { readPdf } from '../support/pdf-text';

// Script changes inside phrases (kanji, hiragana, katakana, Latin, digits), small kana, brackets.
const PARAGRAPH =
  'ちょっとだけ写真を送ってくれる？「ひみつね」と言われたら、スクショで証拠（アカウント名、URL、日時）を残してから、ブロック・通報します。' +
  'チャットでやりとりしたメッセージは消さないでください。#9110や0120-99-7777に電話できます。キャッシュカードやギフトカードを要求されたら、すぐに相談しましょう。';

beforeAll(() => registerFonts(FONT_FILES));

async function linesAt(width: number, text: (content: string) => ReturnType<typeof h>): Promise<string[]> {
  const doc = h(
    Document,
    null,
    h(
      Page,
      { size: 'A4', style: { fontFamily: FONT_STACK, fontSize: 10, padding: 40 } },
      h(View, { style: { width } }, text(PARAGRAPH)),
    ),
  );
  const bytes = new Uint8Array(await (await pdf(doc).toBlob()).arrayBuffer());
  return (await readPdf(bytes)).lines.map((line) => line.text.replace(/\u00A0/g, ' '));
}

/** Where each line break falls that is not between two break units, and any inserted hyphen. */
function problems(lines: string[], maxChars = Infinity): string[] {
  const boundaries = new Set<number>();
  let at = 0;
  for (const unit of breakUnits(PARAGRAPH, maxChars)) boundaries.add((at += unit.length));
  const found: string[] = [];
  let offset = 0;
  lines.forEach((line, i) => {
    const body = PARAGRAPH.startsWith(line, offset) ? line : line.replace(/-$/, '');
    if (body !== line) found.push(`hyphen inserted after "${body.slice(-6)}"`);
    offset += body.length;
    if (i < lines.length - 1 && !boundaries.has(offset))
      found.push(
        `broke inside a phrase: "${PARAGRAPH.slice(offset - 4, offset)}|${PARAGRAPH.slice(offset, offset + 4)}"`,
      );
    if (i > 0 && NO_LINE_START.has(line[0])) found.push(`line starts with ${line[0]}`);
    if (i < lines.length - 1 && NO_LINE_END.has(body.at(-1)!)) found.push(`line ends with ${body.at(-1)}`);
  });
  expect(lines.join('').replace(/-/g, '')).toContain(PARAGRAPH.replace(/-/g, '').slice(-20));
  return found;
}

describe('Japanese line breaking in PDFs', () => {
  it.each([90, 120, 150, 200, 260, 330])(
    'at %i pt wide, breaks only between phrases, without hyphens',
    async (width) => {
      const lines = await linesAt(width, (content) => h(Narrow, { to: width, children: h(PhraseText, null, content) }));
      expect(lines.length).toBeGreaterThan(2);
      expect(problems(lines, Math.floor(width / 10))).toEqual([]);
      // Where every phrase fits a line, every break is between phrases.
      if (Math.max(...phrasesOf(PARAGRAPH).map((phrase) => phrase.length)) * 10 <= width)
        expect(problems(lines)).toEqual([]);
    },
  );

  it('plain react-pdf with BudouX split points as its hyphenation callback still breaks phrases (what the kit avoids)', async () => {
    const plain = (content: string) =>
      h(
        Text,
        { hyphenationCallback: (word: string) => (/[^\p{ASCII}]/u.test(word) ? phrasesOf(word) : [word]) },
        content,
      );
    const failures = (
      await Promise.all([120, 150, 200].map(async (width) => problems(await linesAt(width, plain))))
    ).flat();
    expect(failures.length).toBeGreaterThan(0);
  });
});

describe('phrase units', () => {
  const japanese = fc.string({
    unit: fc.constantFrom(
      ...'あいうえおかがきぎっゃゅょアイウッャ漢字写真送信。、．，・：；？！ー「」『』（）【】〈〉《》 AB12',
    ),
    minLength: 1,
    maxLength: 60,
  });

  it('keep the text whole and follow the line-start and line-end rules for any text', () => {
    fc.assert(
      fc.property(japanese, (text) => {
        const units = phrasesOf(text);
        expect(units.join('')).toBe(text);
        units.slice(1).forEach((unit) => expect(NO_LINE_START.has(unit[0])).toBe(false));
        units.slice(0, -1).forEach((unit) => expect(NO_LINE_END.has(unit.at(-1)!)).toBe(false));
      }),
    );
  });

  it('are cut between characters only in a phrase longer than the line', () => {
    fc.assert(
      fc.property(japanese, fc.integer({ min: 1, max: 30 }), (text, maxChars) => {
        const phrases = phrasesOf(text);
        const units = breakUnits(text, maxChars);
        expect(units.join('')).toBe(text);
        let at = 0;
        const phraseEnds = new Set(phrases.map((phrase) => (at += phrase.length)));
        let start = 0;
        let unitAt = 0;
        for (const phrase of phrases) {
          const end = start + phrase.length;
          // Unit boundaries inside this phrase exist only if the phrase is too long for a line.
          const inside = units
            .map((unit) => (unitAt += unit.length))
            .filter((b) => b > start && b < end && !phraseEnds.has(b));
          unitAt = 0;
          if (phrase.length <= maxChars) expect(inside).toEqual([]);
          start = end;
        }
      }),
    );
  });

  it('become marks that the hyphenation callback turns into breaks without hyphens', () => {
    const marked = markLineBreaks('スクショで証拠を残してから、ブロックします。');
    expect(marked.split(BREAK_MARK).length).toBeGreaterThan(2);
    expect(breakAtMarks(`証拠を${BREAK_MARK}残して`)).toEqual(['証拠を', '', '残して']);
    expect(breakAtMarks('evidence')).toEqual(['evidence']);
    expect(markLineBreaks('Save the evidence first.')).toBe('Save the evidence first.');
  });
});
