// The handouts' font: BIZ UDPGothic (Regular and Bold, TTF, which react-pdf subsets) from
// @expo-google-fonts/biz-udpgothic. It covers Japanese, Latin, Greek and Cyrillic, and every
// character the kit's own texts print (a test checks); a second font (Liberation Sans, from the
// 41 MB pdfjs-dist) added almost nothing. No italic is registered and none is used (an
// unregistered italic throws).
// Where the files are is the caller's business: file paths in Node, absolute URLs in a worker.
import { Font } from '@react-pdf/renderer';
import { breakAtMarks } from './line-breaking';

export const FONT_FAMILY = 'BIZ UDPGothic';
/** The font stack every handout text uses. */
export const FONT_STACK = [FONT_FAMILY];

export interface FontSources {
  regular: string;
  bold: string;
}

let registered: string | undefined;
type FamilySources = ReturnType<typeof Font.getRegisteredFonts>[string]['sources'];
/** Each set of files registered so far, with the fonts react-pdf has read from them. */
const registeredSets = new Map<string, FamilySources>();

/**
 * Sets the handouts' family in `sources` (the subset or the full font, see font-choice.ts). Call it
 * before each render whose files may differ, never while one renders. react-pdf uses the first
 * files registered for a weight, so a switch swaps the family's files, keeping each set already
 * read for the next switch back.
 */
export function registerFonts(sources: FontSources): void {
  const key = JSON.stringify(sources);
  if (registered === key) return;
  const family = Font.getRegisteredFonts()[FONT_FAMILY];
  const known = registeredSets.get(key);
  if (family && known) family.sources = known;
  else {
    if (family) family.sources = [];
    Font.register({
      family: FONT_FAMILY,
      fonts: [
        { src: sources.regular, fontWeight: 400 },
        { src: sources.bold, fontWeight: 700 },
      ],
    });
    registeredSets.set(key, Font.getRegisteredFonts()[FONT_FAMILY].sources);
  }
  Font.registerHyphenationCallback(breakAtMarks);
  registered = key;
}
