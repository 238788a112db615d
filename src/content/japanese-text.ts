// YAML folds a long line into spaces (`>-` blocks, wrapped flow text). Between two Japanese
// characters that space is not part of the text: Japanese does not separate words with spaces.
const FOLDED_SPACE =
  /(?<=[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef])[ \n]+(?=[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef])/g;

export function joinFoldedJapanese(text: string): string {
  return text.replace(FOLDED_SPACE, '');
}

/**
 * The class of an element whose Japanese breaks only between phrases, at its <wbr>s (the pages'
 * CSS gives it `word-break: keep-all`). The breaks are put in by japanese-phrases.ts.
 */
export const PHRASES_CLASS = 'phrases';
/** Two characters a line must not break between, inside a phrase (white-space: nowrap). */
export const GLUE_CLASS = 'glue';

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff01-\uff9f]/;

/** Whether a text has any Japanese (kana, kanji, full-width forms) to break into phrases. */
export function hasJapanese(text: string): boolean {
  return JAPANESE.test(text);
}
