// Japanese lines break between phrases, never inside a word. BudouX's DOM-free parser finds the
// phrases: at build time for lesson text (markdown/phrases.ts) and the deck's own words
// (src/build/lessons-plugin.ts); in the deck only for the few lines a school types into its
// settings, loaded on demand; and in the handouts' PDF line breaker (handouts/line-breaking.ts).
// This is the kit's one import of BudouX. Its package entry also loads its HTML processor and
// through it linkedom (a DOM for Node), which does not build in the PDF worker; its exports map
// does not list the parser or the model, which have no imports of their own: so they are
// imported by path, which Node (tsx) and Vite both resolve.
import { Parser } from '../../node_modules/budoux/module/parser.js';
import { model } from '../../node_modules/budoux/module/data/models/ja.js';
import { hasJapanese } from './japanese-text.ts';

let parser: Parser | undefined;

/** BudouX's phrases of the text as it finds them, nothing filtered (the handouts join them by their own rules). */
export function budouxPhrases(text: string): string[] {
  parser ??= new Parser(model);
  return parser.parse(text);
}

/**
 * The offsets (0 < offset < text.length) where a phrase ends and a line may break. Only where one
 * of the two characters at least is not ASCII: Latin text keeps the breaks its spaces give it.
 */
export function phraseBoundaries(text: string): number[] {
  if (!hasJapanese(text)) return [];
  parser ??= new Parser(model);
  const ascii = (char: string | undefined) => char !== undefined && char.charCodeAt(0) < 0x80;
  return parser.parseBoundaries(text).filter((at) => !(ascii(text[at - 1]) && ascii(text[at])));
}

/** The text cut into its phrases (one piece when it has no Japanese). */
export function phrasesOf(text: string): string[] {
  const pieces: string[] = [];
  let from = 0;
  for (const at of [...phraseBoundaries(text), text.length]) {
    pieces.push(text.slice(from, at));
    from = at;
  }
  return pieces;
}
