// A lesson plan adds up to the lesson's minutes, and every slide range it names exists.
import { parseSlideRange } from '../plan.ts';
import type { ParsedLibrary } from '../parse.ts';
import type { Problem } from '../problems.ts';

export function checkPlan(library: ParsedLibrary): Problem[] {
  const problems: Problem[] = [];
  for (const lesson of library.lessons) {
    const { value: meta, source } = lesson.meta;
    if (!meta || !source) continue;
    const planned = meta.plan.reduce((sum, step) => sum + step.minutes, 0);
    if (planned !== meta.minutes) {
      problems.push({
        file: source.file,
        ...source.locate(['plan']),
        message: `the plan adds up to ${planned} minutes, but the lesson is ${meta.minutes}`,
      });
    }
    const count = lesson.decks.ja?.slides.length;
    if (count === undefined) continue;
    meta.plan.forEach((step, index) => {
      if (!step.slides) return;
      const range = parseSlideRange(step.slides);
      if (!range || range.first < 1 || range.last < range.first || range.last > count) {
        problems.push({
          file: source.file,
          ...source.locate(['plan', index, 'slides']),
          message: `slides ${step.slides} is not a range of this lesson's own slides (1-${count}; the generated opening and closing slides are not counted)`,
        });
      }
    });
  }
  return problems;
}
