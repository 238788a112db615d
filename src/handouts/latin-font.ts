// English handouts set their Latin text in Atkinson Hyperlegible (SIL OFL 1.1, from
// @expo-google-fonts/atkinson-hyperlegible; made for readers with low vision), with BIZ UDPGothic
// behind it for every character it lacks (Japanese, ①, →): react-pdf picks, character by
// character, the first font in the stack that has a glyph. BIZ UDPGothic's own Latin is drawn for
// Japanese text, where its straight quote " looks like ” at both ends. Japanese handouts keep
// BIZ UDPGothic alone, so their Latin matches their kana. Kept apart from fonts.ts (the kit font
// and its subsets) so each can change on its own.
import { Font } from '@react-pdf/renderer';
import type { Locale } from '../content/types';
import { FONT_STACK } from './fonts';

export const LATIN_FAMILY = 'Atkinson Hyperlegible';

export interface LatinFontSources {
  regular: string;
  bold: string;
}

let registered: string | undefined;

export function registerLatinFont(sources: LatinFontSources): void {
  const key = JSON.stringify(sources);
  if (registered === key) return;
  Font.register({
    family: LATIN_FAMILY,
    fonts: [
      { src: sources.regular, fontWeight: 400 },
      { src: sources.bold, fontWeight: 700 },
    ],
  });
  registered = key;
}

/**
 * The font stack of a handout in this language. Until the Latin font is registered (a caller that
 * registered only the kit's font), English is set in BIZ UDPGothic as before rather than failing.
 */
export function handoutFontStack(locale: Locale): string[] {
  return locale === 'en' && registered !== undefined ? [LATIN_FAMILY, ...FONT_STACK] : FONT_STACK;
}

/**
 * Typewriter quotes as typographic ones, for English text: "our secret" → “our secret”,
 * don't → don’t, 'quoted' → ‘quoted’. A quote opens at the start or after a space or an opening
 * bracket, dash or quote; anywhere else it closes (or is an apostrophe).
 */
export function typographicQuotes(text: string): string {
  return text
    .replace(/(^|[\s([{\u2014\u2013\u201C\u2018-])"/g, '$1\u201C')
    .replace(/"/g, '\u201D')
    .replace(/(^|[\s([{\u2014\u2013\u201C-])'/g, '$1\u2018')
    .replace(/'/g, '\u2019');
}
