import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../../src/content/checks/plan';
import { lines, MINIMAL, parsedLibrary } from '../../../support/inline-lessons';

describe('content/checks/plan', () => {
  it('accepts a plan that adds up and names the lesson’s own slides', () => {
    expect(checkPlan(parsedLibrary())).toEqual([]);
  });

  it('reports a plan that does not add up to the lesson’s minutes', () => {
    const library = parsedLibrary({ 'lesson.yaml': MINIMAL.lesson.replace('minutes: 30', 'minutes: 25') });
    expect(lines(checkPlan(library))).toEqual([
      'lessons/minimal-lesson/lesson.yaml:12:3 the plan adds up to 45 minutes, but the lesson is 50',
    ]);
  });

  it('reports a slide range beyond the lesson’s own slides', () => {
    const library = parsedLibrary({ 'lesson.yaml': MINIMAL.lesson.replace("slides: '2'", "slides: '2-3'") });
    expect(lines(checkPlan(library))).toEqual([
      "lessons/minimal-lesson/lesson.yaml:13:68 slides 2-3 is not a range of this lesson's own slides (1-2; the generated opening and closing slides are not counted)",
    ]);
  });
});
