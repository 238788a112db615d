import { describe, expect, it } from 'vitest';
import { checkWording } from '../../../../src/content/checks/wording';
import { lines, MINIMAL, parsedLibrary } from '../../../support/inline-lessons';

describe('content/checks/wording', () => {
  it('reports a blaming wording in any lesson file, at its line', () => {
    expect(checkWording(parsedLibrary())).toEqual([]);
    const library = parsedLibrary({
      'slides.en.md': MINIMAL.en.replace('It is not your fault.', 'Think before you post.'),
    });
    expect(lines(checkWording(library))).toEqual([
      expect.stringMatching(
        /^lessons\/minimal-lesson\/slides.en.md:13:1 "think before you post" blames the person harmed/,
      ),
    ]);
  });
});
