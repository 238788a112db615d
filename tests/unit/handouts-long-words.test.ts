// A school types its own help lines: a long address, an e-mail, a number with no spaces. A handout
// must print every character of them, on the page, wherever the line has to break.
import { describe, expect, it } from 'vitest';
import { loadLessons } from '../../src/content/node/load';
import { LESSONS_DIR } from '../../src/content/node/paths';
import { FONT_FILES } from '../../src/handouts/node/font-files';
import { registerFonts } from '../../src/handouts/fonts';
import { handoutInput, type HandoutKind } from '../../src/handouts/handout-input';
import { BREAK_MARK, latinPieces, markLineBreaks } from '../../src/handouts/line-breaking';
import { renderHandout } from '../../src/handouts/render';
import { schoolSettings } from '../../src/content/school';
import { readPdf } from '../support/pdf-text';

const school = schoolSettings.parse({
  schoolName: 'W'.repeat(80),
  counsellor: 'counsellor.yamada.hanako@mamoru-junior-high-school.example-ku.tokyo.jp',
  localHelp: [
    '区の相談窓口 https://www.city.example-ku.tokyo.jp/kosodate/kodomo/soudan/jidou-soudan-madoguchi/index.html?lang=ja&from=mamoru',
    '0'.repeat(60) + '1'.repeat(60),
    'Youth line https://example.org/a-very-long-path-without-spaces/and-more/and-more-still/index.html',
  ],
});

describe('long words in handouts', () => {
  it('break after / . @ - ? where a word is longer than a line, and between characters where a piece still is', () => {
    expect(latinPieces('https://a.example/x-y?z', 10)).toEqual(['https:', '/', '/', 'a.', 'example/', 'x-', 'y?', 'z']);
    expect(latinPieces('W'.repeat(12), 10)).toEqual([...'W'.repeat(12)]);
    expect(latinPieces('short', 10)).toEqual(['short']);
    expect(markLineBreaks(`call ${'9'.repeat(12)} now`, 10)).toBe(`call ${[...'9'.repeat(12)].join(BREAK_MARK)} now`);
    expect(markLineBreaks('call 0120-99-7777 now', 40)).toBe('call 0120-99-7777 now');
  });

  it.each<[HandoutKind, 'ja' | 'en']>([
    ['student', 'ja'],
    ['guardian', 'en'],
    ['teacher', 'ja'],
    ['helpcard', 'ja'],
  ])(
    'print every character of the school’s contacts on the page: %s handout in %s',
    async (kind, locale) => {
      const { library } = loadLessons(LESSONS_DIR);
      const lesson = library!.lessons[0];
      registerFonts(FONT_FILES);
      const pdf = await readPdf(
        await renderHandout(handoutInput({ kind, locale, paper: 'a4', school }, lesson, library!, lesson)),
      );
      const printed = pdf.lines
        .map((line) => line.text)
        .join('')
        .replace(/\s+/g, '');
      // The help card has room for the school's name and its first contact; the others print them all.
      const expected =
        kind === 'helpcard'
          ? [school.schoolName, school.counsellor]
          : [school.schoolName, school.counsellor, ...school.localHelp];
      for (const text of expected) expect(printed, text).toContain(text.replace(/\s+/g, ''));
      const [width] = pdf.size;
      for (const line of pdf.lines) {
        expect(line.x, line.text).toBeGreaterThanOrEqual(0);
        expect(line.right, line.text).toBeLessThanOrEqual(width);
      }
    },
    60_000,
  );
});
