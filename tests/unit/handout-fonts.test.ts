// The handouts' font subset (src/handouts/node/font-subset.ts) and the choice between it and the
// full font (src/handouts/font-choice.ts): the kit's own handouts all print from the subset, lay
// out exactly as with the full font, and a school name with a character the subset lacks prints
// from the full font instead of as a blank box. (BIZ UDPGothic itself has no 𠮷, U+20BB7: that
// one no choice between its two cuts can print.)
import { existsSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadLessons } from '../../src/content/node/load';
import { LESSONS_DIR } from '../../src/content/node/paths';
import type { LessonLibrary } from '../../src/content/types';
import { EMPTY_SETTINGS, type SchoolSettings } from '../../src/content/school';
import { charactersMissing, pickFontSources, type HandoutFontFiles } from '../../src/handouts/font-choice';
import { registerFonts, type FontSources } from '../../src/handouts/fonts';
import { handoutInput, HANDOUT_KINDS, type HandoutKind } from '../../src/handouts/handout-input';
import { FONT_FILES } from '../../src/handouts/node/font-files';
import { handoutFontFiles, handoutFontSubset, subsetCharacters } from '../../src/handouts/node/font-subset';
import { JINMEIYO_KANJI, JOYO_KANJI } from '../../src/handouts/node/name-kanji';
import { renderHandout } from '../../src/handouts/render';
import { readPdf } from '../support/pdf-text';

const require = createRequire(import.meta.url);
const fontkit = require('fontkit') as {
  create: (bytes: Buffer) => { numGlyphs: number; hasGlyphForCodePoint: (code: number) => boolean };
};
type ParsedFont = ReturnType<typeof fontkit.create>;
const parsed = new Map<string, ParsedFont>();
function glyphsOf(file: string): ParsedFont {
  if (!parsed.has(file)) parsed.set(file, fontkit.create(readFileSync(file)));
  return parsed.get(file)!;
}
const has = (file: string, character: string) => glyphsOf(file).hasGlyphForCodePoint(character.codePointAt(0)!);

/** A school whose name and counsellor hold kanji outside the subset: 﨑 and 𡈽 (U+2123D, beyond the BMP), and 髙. */
const RARE_SCHOOL: SchoolSettings = {
  schoolName: '宮﨑市立𡈽山中学校',
  counsellor: 'スクールカウンセラー 髙橋 (火曜)',
  localHelp: [],
};
const RARE = ['﨑', '𡈽', '髙'];

let library: LessonLibrary;
let fonts: HandoutFontFiles;
const scratch = mkdtempSync(path.join(tmpdir(), 'mamoru-handout-fonts-'));

beforeAll(async () => {
  const loaded = loadLessons(LESSONS_DIR);
  expect(loaded.problems).toEqual([]);
  library = loaded.library!;
  fonts = await handoutFontFiles();
}, 120_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function input(kind: HandoutKind, school: SchoolSettings = EMPTY_SETTINGS, lesson = library.lessons[0]) {
  return handoutInput({ kind, locale: 'ja', paper: 'a4', school }, lesson, library, lesson);
}

async function render(files: FontSources, kind: HandoutKind, school?: SchoolSettings) {
  registerFonts(files);
  return readPdf(await renderHandout(input(kind, school)));
}

describe('the subset', () => {
  it('holds every character of every default handout, so the kit’s own handouts never need the full font', () => {
    for (const lesson of library.lessons)
      for (const kind of HANDOUT_KINDS)
        for (const locale of ['ja', 'en'] as const) {
          const given = handoutInput({ kind, locale, paper: 'a4', school: EMPTY_SETTINGS }, lesson, library, lesson);
          expect(charactersMissing(given, fonts.subset!.characters), `${lesson.id} ${kind} ${locale}`).toEqual([]);
          expect(pickFontSources(given, fonts)).toBe(fonts.subset!.files);
        }
  });

  it('keeps the 常用漢字 and 人名用漢字 (names a school types), kana and typed punctuation, in both weights, and is a fraction of the full font', () => {
    expect([...JOYO_KANJI]).toHaveLength(2136);
    expect([...JINMEIYO_KANJI].length).toBeGreaterThan(700);
    const sample = ['𠮟', '剝', '凜', '翔', '颯', 'ヴ', 'ｶ', '①', '—', 'é', '〒', '＠'];
    for (const file of [fonts.subset!.files.regular, fonts.subset!.files.bold])
      for (const character of [...JOYO_KANJI, ...JINMEIYO_KANJI, ...sample].filter((c) => has(FONT_FILES.regular, c)))
        expect(has(file, character), `${character} in ${path.basename(file)}`).toBe(true);
    const subset = glyphsOf(fonts.subset!.files.regular).numGlyphs;
    const full = glyphsOf(FONT_FILES.regular).numGlyphs;
    expect(subset).toBeLessThan(full / 2);
    expect(readFileSync(fonts.subset!.files.regular).length).toBeLessThan(readFileSync(FONT_FILES.regular).length / 3);
  }, 120_000);

  it('lacks rare kanji such as 﨑, 𡈽 and 髙, which the full font has (so the fallback below is needed)', () => {
    for (const character of RARE) {
      expect(fonts.subset!.characters).not.toContain(character);
      expect(has(fonts.subset!.files.regular, character)).toBe(false);
      expect(has(FONT_FILES.regular, character)).toBe(true);
    }
  });

  it('is made once and then read from the cache; a new character in the kit’s text makes a new one that holds it and removes the old', async () => {
    const text = path.join(scratch, 'text');
    mkdirSync(text);
    writeFileSync(path.join(text, 'lesson.yaml'), 'title: まもる\n');
    const cacheDir = path.join(scratch, 'cache');
    const first = await handoutFontSubset({ folders: [text], cacheDir });
    expect(first.made).toBe(true);
    const again = await handoutFontSubset({ folders: [text], cacheDir });
    expect(again).toEqual({ ...first, made: false });

    expect(has(first.files.regular, '𡈽')).toBe(false);
    writeFileSync(path.join(text, 'lesson.yaml'), 'title: まもる 𡈽\n');
    writeFileSync(path.join(cacheDir, 'notes.txt'), 'not a subset\n');
    const changed = await handoutFontSubset({ folders: [text], cacheDir });
    expect(changed.made).toBe(true);
    expect(changed.files.regular).not.toBe(first.files.regular);
    expect(has(changed.files.regular, '𡈽')).toBe(true);
    expect(has(changed.files.bold, '𡈽')).toBe(true);
    // Only the current subset stays; what is not a subset folder of ours is left alone.
    expect(existsSync(path.dirname(first.files.regular))).toBe(false);
    expect(readdirSync(cacheDir).sort()).toEqual(
      [path.basename(path.dirname(changed.files.regular)), 'notes.txt'].sort(),
    );
  }, 120_000);

  it('names the missing font file instead of making an empty subset', async () => {
    const missing = path.join(scratch, 'no-such-font.ttf');
    await expect(
      handoutFontSubset({ sources: { regular: missing, bold: FONT_FILES.bold }, cacheDir: path.join(scratch, 'x') }),
    ).rejects.toThrow(`the handout font ${missing} is missing`);
  });

  it('takes its characters from the kit’s text files, typed ranges and the kanji tables, in code point order', () => {
    const text = path.join(scratch, 'characters');
    mkdirSync(path.join(text, 'nested'), { recursive: true });
    writeFileSync(path.join(text, 'nested', 'a.md'), '躑躅𩸽');
    writeFileSync(path.join(text, 'image.png'), '鸚鵡');
    const characters = subsetCharacters([text]);
    expect(characters).toContain('躑');
    expect(characters).toContain('𩸽');
    expect(characters).not.toContain('鸚');
    expect(characters).toContain('A');
    expect(characters).toContain('漢');
    const codes = [...characters].map((c) => c.codePointAt(0)!);
    expect(codes).toEqual([...codes].sort((a, b) => a - b));
  });
});

describe('a handout set in the subset', () => {
  it('lays out exactly as with the full font: the same lines, at the same places, on the same pages', async () => {
    for (const kind of ['teacher', 'helpcard'] as const) {
      const withSubset = await render(fonts.subset!.files, kind);
      const withFull = await render(FONT_FILES, kind);
      expect(withSubset.lines.length).toBeGreaterThan(10);
      expect(withSubset.pages).toBe(withFull.pages);
      expect(withSubset.lines).toEqual(withFull.lines);
    }
  }, 300_000);
});

describe('a school-typed character outside the subset', () => {
  it('sets that handout in the full font, and the next default handout in the subset again', () => {
    expect(charactersMissing(input('student', RARE_SCHOOL), fonts.subset!.characters).sort()).toEqual([...RARE].sort());
    expect(pickFontSources(input('student', RARE_SCHOOL), fonts)).toBe(fonts.full);
    expect(pickFontSources(input('helpcard', { ...EMPTY_SETTINGS, localHelp: ['髙島市の相談窓口'] }), fonts)).toBe(
      fonts.full,
    );
    expect(pickFontSources(input('student'), fonts)).toBe(fonts.subset!.files);
    expect(pickFontSources(input('student'), { full: FONT_FILES })).toBe(FONT_FILES);
  });

  it('prints with its glyph: the PDF reads back 宮﨑市立𡈽山中学校 and 髙橋; set in the subset, they would be lost', async () => {
    for (const kind of ['student', 'helpcard'] as const) {
      const chosen = await render(pickFontSources(input(kind, RARE_SCHOOL), fonts), kind, RARE_SCHOOL);
      const text = chosen.lines.map((line) => line.text).join('\n');
      expect(text, kind).toContain('宮﨑市立𡈽山中学校');
      expect(text, kind).toContain('髙橋');
    }
    // The canary: forced into the subset, the rare characters have no glyph and do not read back.
    const forced = await render(fonts.subset!.files, 'student', RARE_SCHOOL);
    const text = forced.lines.map((line) => line.text).join('\n');
    expect(text).toContain('山中学校');
    expect(text).not.toContain('宮﨑市立𡈽山中学校');
    expect(text).not.toContain('髙橋');
  }, 120_000);
});
