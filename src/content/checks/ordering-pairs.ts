// An ordering question's `mustPrecede` pairs name its own steps, in the order quiz.yaml lists them:
// a pair that names no step, or contradicts the listed order, would mark every answer wrong.
import type { ParsedLibrary } from '../parse.ts';
import type { Problem } from '../problems.ts';

export function checkOrderingPairs(library: ParsedLibrary): Problem[] {
  return library.lessons.flatMap(({ quiz: { value, source } }) =>
    (value?.questions ?? []).flatMap((question, q) => {
      if (question.type !== 'ordering') return [];
      const ids = question.options.map((option) => option.id);
      return question.mustPrecede.flatMap(([earlier, later], p) => {
        const unknown = [earlier, later].filter((id) => !ids.includes(id));
        const message = unknown.length
          ? `mustPrecede names ${unknown.join(' and ')}, which ${unknown.length > 1 ? 'are not steps' : 'is not a step'} of this question: use ids from its options (${ids.join(', ')})`
          : ids.indexOf(earlier) >= ids.indexOf(later)
            ? `mustPrecede puts ${earlier} before ${later}, but the options list them the other way: the options are the correct order`
            : undefined;
        return message ? [{ file: source!.file, ...source!.locate(['questions', q, 'mustPrecede', p]), message }] : [];
      });
    }),
  );
}
