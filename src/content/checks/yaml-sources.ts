// Every YAML file of a parsed library, for the rules that compare a value with its source text.
import type { ParsedLibrary } from '../parse.ts';
import type { YamlFile } from '../yaml-file.ts';

export function yamlSources(library: ParsedLibrary): YamlFile[] {
  const sources = [
    library.facts.source,
    library.safeguarding.source,
    library.guardianNotice.source,
    ...library.help.map(({ parsed }) => parsed.source),
    ...library.lessons.flatMap((lesson) => [lesson.meta.source, lesson.quiz.source]),
  ];
  return sources.filter((source): source is YamlFile => source !== undefined && source.problems.length === 0);
}
