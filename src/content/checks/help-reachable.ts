// A help resource is only help if a student can reach it: a lesson lists no resource without a
// phone number or address, and only a verified resource carries a "last checked" date.
import type { ParsedLibrary } from '../parse.ts';
import type { Problem } from '../problems.ts';

export function checkHelpReachable(library: ParsedLibrary): Problem[] {
  const problems: Problem[] = [];
  const resources = library.help.flatMap(({ parsed }) => parsed.value?.resources ?? []);
  const byId = new Map(resources.map((resource) => [resource.id, resource]));
  for (const { meta } of library.lessons) {
    if (!meta.value || !meta.source) continue;
    for (const [region, ids] of Object.entries(meta.value.help)) {
      ids.forEach((id, index) => {
        const resource = byId.get(id);
        if (resource && !resource.contact && !resource.url) {
          problems.push({
            file: meta.source!.file,
            ...meta.source!.locate(['help', region, index]),
            message: `${id} has no contact or url in lessons/help/${region}.yaml, so students could not reach it: leave it off until it has one`,
          });
        }
      });
    }
  }
  for (const { parsed } of library.help) {
    const { value, source } = parsed;
    if (!value || !source) continue;
    value.resources.forEach((resource, index) => {
      if (resource.status !== 'verified' && resource.lastVerified) {
        problems.push({
          file: source.file,
          ...source.locate(['resources', index, 'lastVerified']),
          message: `${resource.id} is ${resource.status}, so it must not show a "last checked" date: remove lastVerified until it is verified`,
        });
      }
    });
  }
  return problems;
}
