import { describe, expect, it } from 'vitest';
import { checkSlides } from '../../../../src/content/checks/slides';
import { lines, MINIMAL, parsedLibrary } from '../../../support/inline-lessons';

describe('content/checks/slides', () => {
  it('accepts decks that agree with each other and the quiz', () => {
    expect(checkSlides(parsedLibrary())).toEqual([]);
  });

  it('reports different slide counts, and a quiz question shown in one language only', () => {
    const library = parsedLibrary({
      'slides.en.md': `${MINIMAL.en}\n---\n\n# More\n`,
      'slides.ja.md': MINIMAL.ja.replace('あなたは悪くありません。', '::: quiz q1'),
    });
    expect(lines(checkSlides(library))).toEqual([
      'lessons/minimal-lesson/slides.en.md:1:1 has 3 slides but slides.ja.md has 2: both languages need the same slides in the same order',
      'lessons/minimal-lesson/slides.en.md:10:1 slide 2 shows quiz question none but in slides.ja.md it shows q1: both languages show the same question on the same slide',
    ]);
  });

  it('reports an unknown question, a second marker, and an image missing from the folder', () => {
    const body = MINIMAL.en.replace('It is not your fault.', '::: quiz q9\n\n::: quiz q1\n\n![A phone](./phone.png)');
    const library = parsedLibrary({
      'slides.en.md': body,
      'slides.ja.md': MINIMAL.ja.replace('あなたは悪くありません。', '::: quiz q9'),
    });
    expect(lines(checkSlides(library)).filter((line) => line.includes('slides.en.md'))).toEqual([
      'lessons/minimal-lesson/slides.en.md:10:1 image ./phone.png is not in the lesson folder',
      'lessons/minimal-lesson/slides.en.md:15:10 a slide shows at most one quiz question, and not in its notes',
      'lessons/minimal-lesson/slides.en.md:13:10 unknown quiz question q9: use an id from quiz.yaml (q1)',
    ]);
    expect(
      checkSlides(parsedLibrary({ 'slides.en.md': body, 'slides.ja.md': MINIMAL.ja, contents: ['phone.png'] })).map(
        (p) => p.message,
      ),
    ).not.toContain('image ./phone.png is not in the lesson folder');
  });
});
