// Explanations and feedback never name an option by its id ("the answer is c"): students see the
// options shuffled, so such a reference points nowhere.
import type { ParsedLibrary } from '../parse.ts';
import type { Problem } from '../problems.ts';
import type { Question } from '../schema.ts';
import { LOCALES, type Locale } from '../vocabulary.ts';

export function checkOptionLetters(library: ParsedLibrary): Problem[] {
  return library.lessons.flatMap(({ quiz: { value, source } }) =>
    (value?.questions ?? []).flatMap((question, q) =>
      optionLetterMentions(question).map(({ path: at, letter }) => ({
        file: source!.file,
        ...source!.locate(['questions', q, ...at]),
        message: `refers to option ${letter} by its id, but the quiz shuffles options: name the answer in words instead`,
      })),
    ),
  );
}

/**
 * Places where a question's explanation or feedback names an option by its id ("the answer is c",
 * 「dはまちがいです」): students see the options shuffled, so such a reference points nowhere.
 */
export function optionLetterMentions(question: Question): { path: (string | number)[]; letter: string }[] {
  if (!('options' in question)) return [];
  const letters = question.options.map((option) => option.id).filter((id) => /^[a-z]$/.test(id));
  if (letters.length === 0) return [];
  const one = `(${letters.join('|')})`;
  const patterns = [
    new RegExp(`(?:答えは|正解は|のは)${one}(?![a-z])`),
    new RegExp(`(?<![a-z])${one}(?:は(?:まちがい|正しい|正解|誤り)|・${one}|が正|の『|の「)`),
    new RegExp(`\\b(?:answer is|answers are|choice is|option|options) ${one}\\b`, 'i'),
    new RegExp(`(?:^|[.:;] )${one}(?: is| are|,)`),
  ];
  const texts: { path: (string | number)[]; text: Record<Locale, { text: string }> }[] = [
    { path: ['explanation'], text: question.explanation },
  ];
  question.options.forEach((option, index) => {
    if (option.feedback) texts.push({ path: ['options', index, 'feedback'], text: option.feedback });
  });
  const found: { path: (string | number)[]; letter: string }[] = [];
  for (const { path: at, text } of texts) {
    for (const locale of LOCALES) {
      for (const pattern of patterns) {
        const match = pattern.exec(text[locale].text);
        if (match) {
          found.push({ path: [...at, locale], letter: match.slice(1).find(Boolean) ?? '' });
          break;
        }
      }
    }
  }
  return found;
}
