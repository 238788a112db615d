// Japanese line breaking for react-pdf. react-pdf 4.9 breaks lines only at ASCII spaces and, where
// a hyphenation callback offers split points, inserts '-' there; it also cuts text into runs at
// every change of script (kanji/kana), and each cut is another hyphenated break point. So BudouX
// split points alone still broke phrases. What holds instead:
//   1. The text is marked with a zero-width marker between BudouX phrases (merged so that no phrase
//      begins with a character that may not start a line, or ends with an opening bracket); only a
//      phrase longer than the whole line is also marked between its list items (・、), or else
//      between its characters.
//   2. The hyphenation callback turns each marker into an empty "syllable", which react-pdf's
//      line breaker treats as glue of zero width: a break there adds no hyphen and no space.
//   3. Every text sets hyphenationPenalty to react-pdf's infinity, so the breaker never chooses the
//      hyphenated points that run cuts create inside a phrase (see PhraseText in documents/text.tsx).
// tests/unit/handouts-line-breaking.test.ts reads the breaks back out of generated PDFs.
import { budouxPhrases } from '../content/japanese-phrases';
import type { Run } from '../content/types';

/** Marks a place where a line may break; never printed. A soft hyphen, because react-pdf's font
 * substitution skips it (any other mark would start a run in the default font, Helvetica). */
export const BREAK_MARK = '\u00AD';

/** react-pdf's "never break here" penalty (textkit's linebreak.infinity). */
export const NEVER_BREAK_PENALTY = 10000;

/** Characters that may not begin a line (JLREQ): closing brackets, punctuation, small kana, long vowel mark. */
export const NO_LINE_START = new Set([
  ...'。、．，・·：；？！ー」』）】〉》〕］｝〟’”.,:;?!)]}%ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ々ゝゞヽヾ〜～…‥',
]);

/** Characters that may not end a line: opening brackets. */
export const NO_LINE_END = new Set([...'「『（【〈《〔［｛〝‘“([{']);

const JAPANESE = /[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]/;

/** Whether a text needs Japanese line breaking. */
export function hasJapanese(text: string): boolean {
  return JAPANESE.test(text);
}

/**
 * The units a line may break between: BudouX phrases, with line-start and line-end rules applied
 * by joining a phrase to its neighbour, and ASCII spaces as break points of their own.
 */
export function phrasesOf(text: string): string[] {
  return joinByRules(budouxPhrases(text).flatMap(splitAfterSpaces));
}

/** A space inside Japanese text is a break point too, kept with the word before it. */
function splitAfterSpaces(phrase: string): string[] {
  return phrase.split(/(?<= )/).filter(Boolean);
}

/**
 * The break units for a line that holds at most `maxChars` full-width characters: phrases, and a
 * phrase too long for any line (JLREQ's last resort) cut between characters where the line-start
 * and line-end rules allow. Every CJK glyph is at most 1 em wide, so a phrase of n characters
 * fits a line of n em: a shorter phrase is never cut.
 */
export function breakUnits(text: string, maxChars = Infinity): string[] {
  return phrasesOf(text).flatMap((phrase) => {
    if (phrase.length <= maxChars) return [phrase];
    return hasJapanese(phrase) ? japanesePieces(phrase, maxChars) : latinPieces(phrase, maxChars);
  });
}

/** Where a Japanese phrase too long for any line breaks first: between the items of a list (・, 、). */
const JAPANESE_BREAK_AFTER = /(?<=[・、])/;

/**
 * A Japanese phrase longer than a line (a list such as 英語・中国語・…・タイ語の) cut between its
 * items, and only where an item is itself still too long, between characters.
 */
export function japanesePieces(phrase: string, maxChars: number): string[] {
  return joinByRules(
    phrase.split(JAPANESE_BREAK_AFTER).flatMap((piece) => (piece.length > maxChars ? [...piece] : [piece])),
  );
}

/** Where a long address or number may break: after these, as browsers break URLs. */
const LATIN_BREAK_AFTER = /(?<=[/.@\-?&_=#:,;~+])/;

/**
 * A word too long for any line (a URL, an e-mail address, a long number) split into pieces that
 * fit: after / . @ - ? and the like, and where a piece is still too long, between characters.
 * react-pdf would otherwise clip it: a help line printed without part of its address.
 */
export function latinPieces(word: string, maxChars: number): string[] {
  if (word.length <= maxChars) return [word];
  return word.split(LATIN_BREAK_AFTER).flatMap((piece) => (piece.length > maxChars ? [...piece] : [piece]));
}

/** Joins each unit that may not start a line to the one before, and each that may not end one to the next. */
function joinByRules(pieces: string[]): string[] {
  const units: string[] = [];
  for (const piece of pieces) {
    const previous = units.at(-1);
    if (previous !== undefined && (NO_LINE_START.has(piece[0]) || NO_LINE_END.has(previous.at(-1)!)))
      units[units.length - 1] = previous + piece;
    else units.push(piece);
  }
  return units;
}

/**
 * The text as react-pdf should receive it: Japanese text gets a break mark between units and
 * no-break spaces (so that every break point is a mark); other text is left as it is.
 */
export function markLineBreaks(text: string, maxChars = Infinity): string {
  if (!hasJapanese(text)) return markLongWords(text, maxChars);
  const key = `${maxChars}\u0000${text}`;
  let marked = markedTexts.get(key);
  if (marked === undefined) {
    marked = breakUnits(text, maxChars)
      .map((unit) => unit.replace(/ /g, '\u00A0'))
      .join(BREAK_MARK);
    // The same lesson texts come back in every handout and language run: parse each once.
    if (markedTexts.size > 20_000) markedTexts.clear();
    markedTexts.set(key, marked);
  }
  return marked;
}

const markedTexts = new Map<string, string>();

/** Text without Japanese breaks at its spaces as usual; only words longer than a line get break marks. */
function markLongWords(text: string, maxChars: number): string {
  if (!Number.isFinite(maxChars)) return text;
  return text
    .split(/( +)/)
    .map((part) =>
      part.length > maxChars && !part.startsWith(' ') ? latinPieces(part, maxChars).join(BREAK_MARK) : part,
    )
    .join('');
}

/**
 * react-pdf's hyphenation callback: a break mark becomes an empty syllable (zero-width glue, a
 * break without a hyphen); words are otherwise never split.
 */
export function breakAtMarks(word: string): string[] {
  if (!word.includes(BREAK_MARK)) return [word];
  const parts: string[] = [];
  word.split(BREAK_MARK).forEach((piece, index) => {
    if (index > 0) parts.push('');
    if (piece) parts.push(piece);
  });
  return parts;
}

/**
 * Break marks for a text made of runs (plain and bold): the whole text is marked, since phrases
 * need their context, and the marks are handed back to each run.
 */
export function markRuns(runs: Run[], maxChars = Infinity): Run[] {
  // A newline would start a new paragraph inside react-pdf's text, in its default font: texts
  // that need separate lines are separate texts.
  const clean = runs.map((run) => ({ ...run, text: run.text.replaceAll(BREAK_MARK, '').replace(/\s*\n\s*/g, ' ') }));
  const full = clean.map((run) => run.text).join('');
  const marked = markLineBreaks(full, maxChars);
  if (marked === full) return clean;
  const owner: number[] = [];
  clean.forEach((run, index) => {
    for (let k = 0; k < run.text.length; k += 1) owner.push(index);
  });
  const out = clean.map((run) => ({ ...run, text: '' }));
  let position = 0;
  // A mark stays with the character before it: a run that began with one would be set in
  // react-pdf's default font, since font substitution skips the mark.
  for (let k = 0; k < marked.length; k += 1) {
    const unit = marked[k];
    if (unit === BREAK_MARK) {
      out[owner[Math.max(0, position - 1)]].text += unit;
    } else {
      out[owner[position]].text += unit;
      position += 1;
    }
  }
  return out.filter((run) => run.text !== '');
}
