// GIFT, Moodle's plain-text question format (docs.moodle.org/en/GIFT_format): one question per
// paragraph, `::title::text{answers}`. Every ~ = # { } : and backslash in lesson text is escaped
// with a backslash, line breaks become \n, and Japanese punctuation passes through as it is.
import type { ExportLesson, ExportQuestion } from './export-lesson';
import { choiceFractions, generalFeedback, positionLabel } from './quiz-text';

/**
 * Escapes text for any place in a GIFT question (title, text, answer, feedback). GIFT has no
 * escape for "->", which turns a question into a matching one (in Moodle's reader too), so an
 * arrow written that way is printed as "→".
 */
export function escapeGift(text: string): string {
  return text
    .replace(/->/g, '→')
    .replace(/[\\~=#{}:]/g, (c) => `\\${c}`)
    .replace(/\r?\n/g, '\\n')
    .replace(/[ \t]+/g, ' ');
}

function fraction(value: number): string {
  return `%${Number(value.toFixed(5))}%`;
}

function questionGift(question: ExportQuestion, lesson: ExportLesson, number: number): string {
  const title = `::${escapeGift(`${lesson.words.question} ${number}`)}::`;
  const stem = `[plain]${escapeGift(question.story ? `${question.story}\n${question.prompt}` : question.prompt)}`;
  const general = `####${escapeGift(generalFeedback(question, lesson))}`;
  const lines: string[] = [];
  switch (question.type) {
    case 'truefalse': {
      const isTrue = question.choices[0].correct;
      lines.push(`${isTrue ? 'TRUE' : 'FALSE'}`);
      break;
    }
    case 'ordering':
      // GIFT has no ordering question: each step is matched to its place in the order.
      question.choices.forEach((choice, index) =>
        lines.push(`=${escapeGift(choice.text)} -> ${escapeGift(positionLabel(index + 1, lesson.locale))}`),
      );
      break;
    default: {
      const fractions = choiceFractions(question);
      question.choices.forEach((choice, index) => {
        const mark = question.type === 'multiple' ? `~${fraction(fractions[index])}` : choice.correct ? '=' : '~';
        lines.push(`${mark}${escapeGift(choice.text)}${choice.feedback ? `#${escapeGift(choice.feedback)}` : ''}`);
      });
    }
  }
  return `// ${question.id}\n${title}${stem}{\n${lines.map((line) => `\t${line}`).join('\n')}\n\t${general}\n}`;
}

export function lessonGift(lesson: ExportLesson): string {
  // A category line is read to its end as it is: a slash would start a sub-category.
  const header = `// ${lesson.words.kitName}: ${lesson.title.replace(/\s+/g, ' ')} (${lesson.locale})\n$CATEGORY: ${lesson.words.kitName}/${lesson.title.replace(/[/\s]+/g, ' ')}`;
  return `${[header, ...lesson.questions.map((question, index) => questionGift(question, lesson, index + 1))].join('\n\n')}\n`;
}
