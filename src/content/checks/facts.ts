// Every fact a lesson or the safeguarding file cites is in lessons/facts.yaml.
import type { ParsedLibrary } from '../parse.ts';
import type { Problem } from '../problems.ts';

const unknown = (id: string) => `unknown fact ${id}: cite an id from lessons/facts.yaml`;

export function checkFactsExist(library: ParsedLibrary): Problem[] {
  const facts = new Set((library.facts.value?.facts ?? []).map((fact) => fact.id));
  const problems: Problem[] = [];
  const { value: safeguarding, source } = library.safeguarding;
  safeguarding?.disclosure.facts.forEach((id, i) => {
    if (!facts.has(id))
      problems.push({ file: source!.file, ...source!.locate(['disclosure', 'facts', i]), message: unknown(id) });
  });
  for (const lesson of library.lessons) {
    const { value: meta, source: metaSource } = lesson.meta;
    meta?.facts.forEach((id, i) => {
      if (!facts.has(id))
        problems.push({ file: metaSource!.file, ...metaSource!.locate(['facts', i]), message: unknown(id) });
    });
    const { value: quiz, source: quizSource } = lesson.quiz;
    quiz?.questions.forEach((question, q) =>
      question.facts.forEach((id, i) => {
        if (!facts.has(id))
          problems.push({
            file: quizSource!.file,
            ...quizSource!.locate(['questions', q, 'facts', i]),
            message: unknown(id),
          });
      }),
    );
    for (const deck of Object.values(lesson.decks)) {
      for (const ref of deck.factRefs)
        if (!facts.has(ref.id))
          problems.push({ file: deck.file, line: ref.line, col: ref.col, message: unknown(ref.id) });
    }
  }
  return problems;
}
