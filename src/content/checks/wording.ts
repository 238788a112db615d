// No lesson file uses a wording that blames the person harmed (lessons/wording.yaml).
import type { ParsedLibrary } from '../parse.ts';
import type { Problem } from '../problems.ts';
import { findBlamingWordings } from '../wording.ts';

export function checkWording(library: ParsedLibrary): Problem[] {
  const texts = library.lessons.flatMap((lesson) => [
    { file: lesson.meta.source?.file, text: lesson.meta.text },
    { file: lesson.quiz.source?.file, text: lesson.quiz.text },
    ...Object.values(lesson.decks).map((deck) => ({ file: deck.file, text: deck.text })),
  ]);
  return texts.flatMap(({ file, text }) =>
    file === undefined || text === undefined
      ? []
      : findBlamingWordings(text, library.wording).map((hit) => ({
          file,
          line: hit.line,
          col: hit.col,
          message: `"${hit.rule.phrase}" blames the person harmed (${hit.rule.why}): rephrase, see lessons/wording.yaml`,
        })),
  );
}
