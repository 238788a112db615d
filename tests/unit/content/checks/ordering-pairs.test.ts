// UX report M2: an ordering question's mustPrecede pairs name its own steps, in its listed order.
import { describe, expect, it } from 'vitest';
import { checkOrderingPairs } from '../../../../src/content/checks/ordering-pairs';
import { lines, MINIMAL, parsedLibrary } from '../../../support/inline-lessons';

const ordering = (pairs: string) =>
  `${MINIMAL.quiz}  - id: q2
    type: ordering
    prompt: { ja: 順番は？, en: In which order? }
    options:
      - { id: save, text: { ja: 残す, en: Save } }
      - { id: block, text: { ja: ブロック, en: Block } }
      - { id: tell, text: { ja: 話す, en: Tell } }
    mustPrecede: ${pairs}
    explanation: { ja: 残してからブロックします。, en: 'Save, then block.' }
    facts: [help.110]
`;

describe('content/checks/ordering-pairs', () => {
  it('M2: accepts pairs in the listed order', () => {
    expect(checkOrderingPairs(parsedLibrary({ 'quiz.yaml': ordering('[[save, block]]') }))).toEqual([]);
  });

  it('M2: reports a pair naming no step, and a pair against the listed order', () => {
    expect(
      lines(checkOrderingPairs(parsedLibrary({ 'quiz.yaml': ordering('[[save, delete], [block, save]]') }))),
    ).toEqual([
      expect.stringMatching(/quiz\.yaml:\d+:\d+ mustPrecede names delete, which is not a step of this question/),
      expect.stringMatching(
        /quiz\.yaml:\d+:\d+ mustPrecede puts block before save, but the options list them the other way/,
      ),
    ]);
  });
});
