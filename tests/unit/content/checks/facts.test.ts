import { describe, expect, it } from 'vitest';
import { checkFactsExist } from '../../../../src/content/checks/facts';
import { lines, MINIMAL, parsedLibrary } from '../../../support/inline-lessons';

describe('content/checks/facts', () => {
  it('accepts facts that lessons/facts.yaml has', () => {
    expect(checkFactsExist(parsedLibrary())).toEqual([]);
  });

  it('reports an unknown fact in lesson.yaml, quiz.yaml and a slide, each at its line', () => {
    const library = parsedLibrary({
      'lesson.yaml': MINIMAL.lesson.replace('facts: [advice.sextortion]', 'facts: [advice.nothing]'),
      'quiz.yaml': MINIMAL.quiz.replace('facts: [help.110]', 'facts: [law.nothing]'),
      'slides.en.md': MINIMAL.en.replace('[[help.110]]', '[[help.nothing]]'),
    });
    expect(lines(checkFactsExist(library))).toEqual([
      'lessons/minimal-lesson/lesson.yaml:23:9 unknown fact advice.nothing: cite an id from lessons/facts.yaml',
      'lessons/minimal-lesson/quiz.yaml:10:13 unknown fact law.nothing: cite an id from lessons/facts.yaml',
      'lessons/minimal-lesson/slides.en.md:7:38 unknown fact help.nothing: cite an id from lessons/facts.yaml',
    ]);
  });
});
