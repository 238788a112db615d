// The safety steps a handout prints come from verified advice facts named in handout.steps, never
// from code: each must exist, be verified, and be written in both languages.
import type { ParsedLibrary } from '../parse.ts';
import type { Problem } from '../problems.ts';

export function checkHandoutSteps(library: ParsedLibrary): Problem[] {
  const problems: Problem[] = [];
  const facts = new Map((library.facts.value?.facts ?? []).map((fact) => [fact.id, fact]));
  for (const { meta } of library.lessons) {
    if (!meta.value || !meta.source) continue;
    meta.value.handout.steps.forEach((id, index) => {
      const fact = facts.get(id);
      const at = meta.source!.locate(['handout', 'steps', index]);
      if (!fact) {
        problems.push({
          file: meta.source!.file,
          ...at,
          message: `unknown fact ${id}: cite an id from lessons/facts.yaml`,
        });
      } else if (fact.status !== 'verified' || !fact.text.ja || !fact.text.en) {
        problems.push({
          file: meta.source!.file,
          ...at,
          message: `${id} must be verified and written in both languages to be printed as steps`,
        });
      }
    });
  }
  return problems;
}
