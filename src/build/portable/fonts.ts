// The kit's font for pages opened from disk: BIZ UDPGothic cut down to the characters the pages
// can show (every string in their scripts and markup), as one WOFF2 file per weight. The served
// kit splits the font into ~120 unicode-range slices per weight and lets the browser fetch what a
// page needs; a folder on a stick is better off with two files that hold exactly the kit's text.
import { readFileSync } from 'node:fs';
import subsetFont from 'subset-font';
import { FONT_FILES } from '../../handouts/node/font-files.ts';

export const FONT_FAMILY = 'BIZ UDPGothic';
export const FONT_WEIGHTS = [400, 700] as const;
export type FontWeight = (typeof FONT_WEIGHTS)[number];

/** Every character in the given texts, with JavaScript escapes (\u3042, \u{1F600}) read as the characters they stand for. */
export function charactersOf(texts: string[]): string {
  const characters = new Set<string>();
  // Printable ASCII always: teachers type school names, numbers and addresses into the settings.
  for (let code = 0x20; code < 0x7f; code++) characters.add(String.fromCharCode(code));
  for (const text of texts) {
    for (const character of text) characters.add(character);
    for (const match of text.matchAll(/\\u\{([0-9a-fA-F]+)\}|\\u([0-9a-fA-F]{4})/g))
      characters.add(String.fromCodePoint(parseInt(match[1] ?? match[2], 16)));
  }
  return [...characters].filter((character) => character.codePointAt(0)! >= 0x20).join('');
}

/**
 * The OpenType features browsers apply by default. The kit asks for no other (no vertical text, no
 * `palt`, no old JIS forms), and the glyphs those would pull in more than double the file.
 */
const DEFAULT_FEATURES = ['ccmp', 'locl', 'mark', 'mkmk', 'kern', 'liga', 'clig', 'calt', 'rlig'];

/** The font's two weights as WOFF2, holding only `characters`. */
export async function subsetKitFont(characters: string): Promise<Record<FontWeight, Buffer>> {
  const files = FONT_FILES as unknown as Record<string, string>;
  const source = (weight: FontWeight) => readFileSync(weight === 400 ? files.regular : files.bold);
  const [regular, bold] = await Promise.all(
    FONT_WEIGHTS.map((weight) =>
      subsetFont(source(weight), characters, { targetFormat: 'woff2', keepFeatures: DEFAULT_FEATURES }),
    ),
  );
  return { 400: regular, 700: bold };
}

/** @font-face rules for the subset font, each pointing at `url(weight)` (a file beside the page or a data: URL). */
export function fontFaceCss(url: (weight: FontWeight) => string): string {
  return FONT_WEIGHTS.map(
    (weight) =>
      `@font-face{font-family:"${FONT_FAMILY}";font-style:normal;font-display:block;font-weight:${weight};src:url(${url(weight)}) format("woff2")}`,
  ).join('\n');
}

/** The stylesheet without the bundled slices' @font-face rules of the kit's font, which the subset replaces. */
export function withoutKitFontFaces(css: string): string {
  return css.replace(/@font-face\s*\{[^}]*\}/g, (rule) => (rule.includes(FONT_FAMILY) ? '' : rule));
}
