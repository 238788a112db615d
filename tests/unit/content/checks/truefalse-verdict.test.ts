// UX report M1: a true/false explanation states the fact, so feedback never reads 「正解です！ 解説：ちがいます。」.
import { describe, expect, it } from 'vitest';
import { checkTrueFalseVerdicts } from '../../../../src/content/checks/truefalse-verdict';
import { lines, MINIMAL, parsedLibrary } from '../../../support/inline-lessons';

const trueFalse = (ja: string, en: string) =>
  `${MINIMAL.quiz}  - id: q2
    type: truefalse
    prompt: { ja: 女の子だけがねらわれる。, en: Only girls are targeted. }
    answer: false
    explanation: { ja: '${ja}', en: '${en}' }
    facts: [help.110]
`;

describe('content/checks/truefalse-verdict', () => {
  it('M1: refuses a true/false explanation that starts with a verdict, in either language', () => {
    const library = parsedLibrary({
      'quiz.yaml': trueFalse('ちがいます。男の子もねらわれます。', 'False. Boys are targeted too.'),
    });
    expect(lines(checkTrueFalseVerdicts(library))).toEqual([
      'lessons/minimal-lesson/quiz.yaml:15:24 a true/false explanation starts with a verdict, which the feedback may contradict (「正解です！ 解説：ちがいます」): state the fact instead',
      'lessons/minimal-lesson/quiz.yaml:15:49 a true/false explanation starts with a verdict, which the feedback may contradict (「正解です！ 解説：ちがいます」): state the fact instead',
    ]);
  });

  it('M1: accepts the fact stated plainly, or 「正解は「×」です」', () => {
    expect(
      checkTrueFalseVerdicts(
        parsedLibrary({ 'quiz.yaml': trueFalse('男の子もねらわれます。', 'Boys are targeted too.') }),
      ),
    ).toEqual([]);
    expect(
      checkTrueFalseVerdicts(parsedLibrary({ 'quiz.yaml': trueFalse('正解は「×」です。', 'The answer is false.') })),
    ).toEqual([]);
    expect(checkTrueFalseVerdicts(parsedLibrary())).toEqual([]);
  });
});
