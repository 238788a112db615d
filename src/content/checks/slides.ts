// A lesson's decks agree with each other and with its quiz and folder: each slide shows at most
// one quiz question, one that exists; both languages have the same slides and questions in the
// same places; every image a slide shows is in the lesson's folder.
import type { ParsedLibrary } from '../parse.ts';
import type { Problem } from '../problems.ts';

export function checkSlides(library: ParsedLibrary): Problem[] {
  const problems: Problem[] = [];
  for (const lesson of library.lessons) {
    const quiz = lesson.quiz.value;
    const contents = new Set(lesson.contents);
    for (const deck of Object.values(lesson.decks)) {
      for (const slide of deck.slides) {
        for (const image of slide.images) {
          if (!contents.has(image.replace(/^\.\//, '')))
            problems.push({
              file: deck.file,
              line: slide.line,
              col: 1,
              message: `image ${image} is not in the lesson folder`,
            });
        }
        for (const marker of slide.extraQuestions) {
          problems.push({
            file: deck.file,
            line: marker.line,
            col: marker.col,
            message: 'a slide shows at most one quiz question, and not in its notes',
          });
        }
        if (
          slide.question &&
          slide.questionAt &&
          quiz &&
          !quiz.questions.some((candidate) => candidate.id === slide.question)
        ) {
          const ids = quiz.questions.map((candidate) => candidate.id).join(', ');
          problems.push({
            file: deck.file,
            ...slide.questionAt,
            message: `unknown quiz question ${slide.question}: use an id from quiz.yaml (${ids})`,
          });
        }
      }
    }
    const { ja, en } = lesson.decks;
    if (!ja || !en) continue;
    if (ja.slides.length !== en.slides.length) {
      problems.push({
        file: en.file,
        line: 1,
        col: 1,
        message: `has ${en.slides.length} slides but slides.ja.md has ${ja.slides.length}: both languages need the same slides in the same order`,
      });
    }
    en.slides.forEach((slide, index) => {
      const other = ja.slides[index];
      if (other && other.question !== slide.question) {
        problems.push({
          file: en.file,
          line: slide.line,
          col: 1,
          message: `slide ${index + 1} shows quiz question ${slide.question ?? 'none'} but in slides.ja.md it shows ${other.question ?? 'none'}: both languages show the same question on the same slide`,
        });
      }
    });
  }
  return problems;
}
