import { describe, expect, it } from 'vitest';
import { checkOptionLetters } from '../../../../src/content/checks/option-letters';
import { lines, MINIMAL, parsedLibrary } from '../../../support/inline-lessons';

describe('content/checks/option-letters', () => {
  it('reports an explanation that names an option by its id, in either language', () => {
    expect(checkOptionLetters(parsedLibrary())).toEqual([]);
    const library = parsedLibrary({
      'quiz.yaml': MINIMAL.quiz.replace(
        '{ ja: 110番に電話します。, en: Call 110. }',
        '{ ja: 答えはaです。, en: The answer is a. }',
      ),
    });
    expect(lines(checkOptionLetters(library))).toEqual([
      'lessons/minimal-lesson/quiz.yaml:9:24 refers to option a by its id, but the quiz shuffles options: name the answer in words instead',
      'lessons/minimal-lesson/quiz.yaml:9:37 refers to option a by its id, but the quiz shuffles options: name the answer in words instead',
    ]);
  });

  it('leaves words that only look like ids alone', () => {
    const library = parsedLibrary({
      'quiz.yaml': MINIMAL.quiz.replace('en: Call 110.', "en: 'A friend can call 110, a teacher too.'"),
    });
    expect(checkOptionLetters(library)).toEqual([]);
  });
});
