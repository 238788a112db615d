// A name students met as a victim in one lesson must not come back as someone harmed in another:
// taught in order, "Riku" whose photo was spread reads as the same Riku. Each lesson lists the
// fictional people harmed in its stories under `victims`.
import type { ParsedLibrary } from '../parse.ts';
import type { Problem } from '../problems.ts';

export function checkVictimNames(library: ParsedLibrary): Problem[] {
  const problems: Problem[] = [];
  const firstUse = new Map<string, string>();
  const lessons = library.lessons
    .filter((lesson) => lesson.meta.value && lesson.meta.source)
    .sort((a, b) => a.meta.value!.order - b.meta.value!.order || a.folder.localeCompare(b.folder));
  for (const { folder, meta } of lessons) {
    meta.value!.victims.forEach((victim, index) => {
      for (const name of [victim.ja, victim.en]) {
        const other = firstUse.get(name.toLowerCase());
        if (other !== undefined && other !== folder) {
          problems.push({
            file: meta.source!.file,
            ...meta.source!.locate(['victims', index]),
            message: `${name} is already a victim in the lesson ${other}: give this lesson's character another name`,
          });
          break;
        }
        firstUse.set(name.toLowerCase(), folder);
      }
    });
  }
  return problems;
}
