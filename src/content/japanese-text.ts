// YAML folds a long line into spaces (`>-` blocks, wrapped flow text). Between two Japanese
// characters that space is not part of the text: Japanese does not separate words with spaces.
const FOLDED_SPACE =
  /(?<=[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef])[ \n]+(?=[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef])/g;

export function joinFoldedJapanese(text: string): string {
  return text.replace(FOLDED_SPACE, '');
}
