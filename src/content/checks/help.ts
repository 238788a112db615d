// Help files agree with lessons/facts.yaml (each resource is a fact there, with the same status and,
// when verified, its own check date), and every lesson lists only help that exists.
import type { ParsedLibrary } from '../parse.ts';
import type { Problem } from '../problems.ts';

export function checkHelp(library: ParsedLibrary): Problem[] {
  const problems: Problem[] = [];
  const facts = new Map((library.facts.value?.facts ?? []).map((fact) => [fact.id, fact]));
  const regions = new Map<string, Set<string>>();
  for (const { name, parsed } of library.help) {
    const { value, source } = parsed;
    if (!value || !source) continue;
    regions.set(value.region, new Set(value.resources.map((resource) => resource.id)));
    if (`${value.region}.yaml` !== name) {
      problems.push({
        file: source.file,
        ...source.locate(['region']),
        message: `region ${value.region} does not match the file name ${name}`,
      });
    }
    value.resources.forEach((resource, index) => {
      const fact = facts.get(resource.id);
      if (!fact) {
        problems.push({
          file: source.file,
          ...source.locate(['resources', index, 'id']),
          message: `${resource.id} is not a help resource in lessons/facts.yaml`,
        });
      } else if (fact.status !== resource.status) {
        problems.push({
          file: source.file,
          ...source.locate(['resources', index, 'status']),
          message: `status must be ${fact.status}, as in lessons/facts.yaml`,
        });
      }
      // A verified resource carries its own check date, as in lessons/facts.yaml.
      const checked = fact?.status === 'verified' ? fact.details.lastVerified : undefined;
      if (checked !== undefined && resource.lastVerified !== checked) {
        problems.push({
          file: source.file,
          ...source.locate(['resources', index, resource.lastVerified ? 'lastVerified' : 'id']),
          message: `lastVerified must be ${checked}, as in lessons/facts.yaml`,
        });
      }
    });
  }
  for (const lesson of library.lessons) {
    const { value: meta, source } = lesson.meta;
    if (!meta || !source) continue;
    for (const [region, ids] of Object.entries(meta.help)) {
      ids.forEach((id, i) => {
        if (!regions.get(region)?.has(id)) {
          problems.push({
            file: source.file,
            ...source.locate(['help', region, i]),
            message: `unknown help resource ${id}: use an id from lessons/help/${region}.yaml`,
          });
        }
      });
    }
  }
  return problems;
}
