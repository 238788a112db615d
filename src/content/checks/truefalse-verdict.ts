// A true/false explanation states the fact, never "True." or 「ちがいます。」: the feedback's header
// already says whether the student was right, and 「○ 正解です！ 解説：ちがいます。」 reads as a
// contradiction to a 13-year-old (UX report M1).
import type { ParsedLibrary } from '../parse.ts';
import type { Problem } from '../problems.ts';
import { LOCALES } from '../vocabulary.ts';

const VERDICT = {
  ja: /^(?:正しい|まちがい|間違い|ちがい|違い|正解(?!は)|不正解|その(?:とお|通)り|はい|いいえ)/,
  en: /^(?:true|false|correct|incorrect|wrong|right|that's right|yes|no)\b/i,
};

export function checkTrueFalseVerdicts(library: ParsedLibrary): Problem[] {
  return library.lessons.flatMap(({ quiz: { value, source } }) =>
    (value?.questions ?? []).flatMap((question, q) =>
      question.type !== 'truefalse'
        ? []
        : LOCALES.filter((locale) => VERDICT[locale].test(question.explanation[locale].text.trim())).map((locale) => ({
            file: source!.file,
            ...source!.locate(['questions', q, 'explanation', locale]),
            message:
              'a true/false explanation starts with a verdict, which the feedback may contradict (「正解です！ 解説：ちがいます」): state the fact instead',
          })),
    ),
  );
}
