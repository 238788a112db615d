// Moodle XML (docs.moodle.org/en/Moodle_XML_format): a category, then one <question> per quiz
// question — multichoice (single or "choose all"), truefalse, and matching for ordering questions.
// Question and feedback text is HTML made from plain text (every character escaped) inside CDATA.
import type { ExportLesson, ExportQuestion } from './export-lesson';
import { choiceFractions, generalFeedback, positionLabel } from './quiz-text';
import { cdata, escapeXml, paragraphsHtml } from './xml-text';

function html(tag: string, text: string, indent: string): string {
  return `${indent}<${tag} format="html">\n${indent}  <text>${cdata(paragraphsHtml(text))}</text>\n${indent}</${tag}>`;
}

function fraction(value: number): string {
  return String(Number(value.toFixed(7)));
}

function questionXml(question: ExportQuestion, lesson: ExportLesson, number: number): string {
  const i = '    ';
  const text = question.story ? `${question.story}\n${question.prompt}` : question.prompt;
  const common = [
    `${i}<name><text>${escapeXml(`${lesson.words.question} ${number}`)}</text></name>`,
    html('questiontext', text, i),
    html('generalfeedback', generalFeedback(question, lesson), i),
    `${i}<defaultgrade>1</defaultgrade>`,
    `${i}<penalty>0.3333333</penalty>`,
    `${i}<hidden>0</hidden>`,
    `${i}<idnumber>${escapeXml(`${lesson.id}-${lesson.locale}-${question.id}`)}</idnumber>`,
  ];
  let type: string;
  const specific: string[] = [];
  switch (question.type) {
    case 'truefalse':
      type = 'truefalse';
      for (const [value, choice] of [
        ['true', question.choices[0]],
        ['false', question.choices[1]],
      ] as const) {
        specific.push(
          `${i}<answer fraction="${choice.correct ? 100 : 0}" format="moodle_auto_format">`,
          `${i}  <text>${value}</text>`,
          `${i}  <feedback format="html"><text></text></feedback>`,
          `${i}</answer>`,
        );
      }
      break;
    case 'ordering':
      // Moodle before 4.4 has no ordering question: each step is matched to its place in the order.
      type = 'matching';
      specific.push(`${i}<shuffleanswers>true</shuffleanswers>`);
      question.choices.forEach((choice, index) => {
        specific.push(
          `${i}<subquestion format="html">`,
          `${i}  <text>${cdata(paragraphsHtml(choice.text))}</text>`,
          `${i}  <answer><text>${escapeXml(positionLabel(index + 1, lesson.locale))}</text></answer>`,
          `${i}</subquestion>`,
        );
      });
      break;
    default: {
      type = 'multichoice';
      const fractions = choiceFractions(question);
      specific.push(
        `${i}<single>${question.type === 'multiple' ? 'false' : 'true'}</single>`,
        `${i}<shuffleanswers>true</shuffleanswers>`,
        `${i}<answernumbering>abc</answernumbering>`,
      );
      question.choices.forEach((choice, index) => {
        specific.push(
          `${i}<answer fraction="${fraction(fractions[index])}" format="html">`,
          `${i}  <text>${cdata(paragraphsHtml(choice.text))}</text>`,
          `${i}  <feedback format="html"><text>${choice.feedback ? cdata(paragraphsHtml(choice.feedback)) : ''}</text></feedback>`,
          `${i}</answer>`,
        );
      });
    }
  }
  return `  <!-- ${escapeXml(question.id).replace(/--/g, '- -')} -->\n  <question type="${type}">\n${[...common, ...specific].join('\n')}\n  </question>`;
}

export function lessonMoodleXml(lesson: ExportLesson): string {
  // A slash in a category path starts a sub-category.
  const category = `$course$/${lesson.words.kitName}/${lesson.title.replace(/\//g, '／')} (${lesson.locale})`;
  const questions = lesson.questions.map((question, index) => questionXml(question, lesson, index + 1));
  return `<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n  <question type="category">\n    <category><text>${escapeXml(category)}</text></category>\n  </question>\n${questions.join('\n')}\n</quiz>\n`;
}
