// A Google Apps Script file that a teacher pastes into script.google.com and runs in their own
// account: it creates the lesson's quiz as a Google Form in quiz mode. mamoru holds no account and
// sends nothing; the script only calls FormApp. All lesson text goes in as one JSON literal
// (JSON.stringify), never spliced into code, so no lesson text can become script.
// Forms cannot carry: per-choice feedback (it has one text for right and one for wrong answers:
// the wrong-answer text lists what each choice's feedback says), ordering questions (asked as
// "which is the right order?"), and ruby (readings in brackets, as in every export).
import { orderingAsChoices, type ExportLesson, type ExportQuestion } from './export-lesson';
import { generalFeedback } from './quiz-text';

interface FormsQuestion {
  kind: 'radio' | 'checkbox';
  title: string;
  help: string;
  choices: { text: string; correct: boolean }[];
  correctFeedback: string;
  incorrectFeedback: string;
}

interface FormsQuiz {
  title: string;
  description: string;
  questions: FormsQuestion[];
  helpTitle: string;
  help: { title: string; text: string }[];
}

function formsQuestion(source: ExportQuestion, lesson: ExportLesson): FormsQuestion {
  const question = source.type === 'ordering' ? orderingAsChoices(source) : source;
  const general = generalFeedback(question, lesson);
  const rightFeedback = question.choices
    .filter((choice) => choice.correct && choice.feedback)
    .map((choice) => choice.feedback!);
  const [open, close] = lesson.locale === 'ja' ? ['「', '」'] : ['“', '”'];
  const wrongFeedback = question.choices
    .filter((choice) => !choice.correct && choice.feedback)
    .map((choice) => `${open}${choice.text}${close}: ${choice.feedback}`);
  return {
    kind: question.type === 'multiple' ? 'checkbox' : 'radio',
    title: question.type === 'multiple' ? `${question.prompt} (${lesson.words.chooseAll})` : question.prompt,
    help: question.story ?? '',
    choices: question.choices.map((choice) => ({ text: choice.text, correct: choice.correct })),
    correctFeedback: [...rightFeedback, general].join('\n'),
    incorrectFeedback: [...wrongFeedback, general].join('\n'),
  };
}

export function formsQuiz(lesson: ExportLesson): FormsQuiz {
  return {
    title: `${lesson.title} — ${lesson.words.question}`,
    description: lesson.summary,
    questions: lesson.questions.map((question) => formsQuestion(question, lesson)),
    helpTitle: lesson.words.helpTitle,
    help: lesson.help.map((entry) => ({
      title: entry.contact ? `${entry.name} ${entry.contact}` : entry.name,
      text: entry.details.join('\n'),
    })),
  };
}

const HOW_TO: Record<ExportLesson['locale'], string> = {
  ja: [
    '使い方（3ステップ）:',
    ' 1. script.google.com を開き、「新しいプロジェクト」を作ります。',
    ' 2. エディタの中身をすべて消して、このファイルの中身をはりつけ、保存します。',
    ' 3. 関数 createQuiz を選んで「実行」を押し、表示された確認で自分のアカウントを許可します。',
    '    実行ログにフォームの編集用URLと回答用URLが出ます。',
    'このスクリプトは、あなたのアカウントにフォームを作るだけです。メールアドレスは集めません。',
  ].join('\n'),
  en: [
    'How to use it (three steps):',
    ' 1. Open script.google.com and create a New project.',
    ' 2. Delete everything in the editor, paste in this whole file, and save.',
    ' 3. Choose the function createQuiz, press Run, and allow it to use your account when asked.',
    "    The execution log shows the form's edit link and the link for students.",
    'The script only creates a form in your own account. It does not collect email addresses.',
  ].join('\n'),
};

/** The Apps Script file for one lesson and language. */
export function lessonFormsScript(lesson: ExportLesson): string {
  const data = JSON.stringify(formsQuiz(lesson), null, 2)
    // JSON allows U+2028/U+2029 in strings and so does JavaScript since ES2019, but older tools
    // choke on them: escape them, and "</" for good measure.
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
    .replace(/<\//g, '<\\/');
  const comment = `${lesson.words.kitName}: ${lesson.title} (${lesson.locale})\n\n${HOW_TO[lesson.locale]}`.replace(
    /\*\//g,
    '* /',
  );
  return `/*
 * ${comment.split('\n').join('\n * ')}
 */

const QUIZ = ${data};

function createQuiz() {
  const form = FormApp.create(QUIZ.title);
  form.setIsQuiz(true);
  form.setCollectEmail(false);
  form.setDescription(QUIZ.description);
  for (const question of QUIZ.questions) {
    const item = question.kind === 'checkbox' ? form.addCheckboxItem() : form.addMultipleChoiceItem();
    item.setTitle(question.title);
    if (question.help) item.setHelpText(question.help);
    item.setChoices(question.choices.map((choice) => item.createChoice(choice.text, choice.correct)));
    item.setPoints(1);
    item.setRequired(true);
    item.setFeedbackForCorrect(FormApp.createFeedback().setText(question.correctFeedback).build());
    item.setFeedbackForIncorrect(FormApp.createFeedback().setText(question.incorrectFeedback).build());
  }
  form.addPageBreakItem().setTitle(QUIZ.helpTitle);
  for (const entry of QUIZ.help) {
    const header = form.addSectionHeaderItem().setTitle(entry.title);
    if (entry.text) header.setHelpText(entry.text);
  }
  Logger.log('Edit: ' + form.getEditUrl());
  Logger.log('Students: ' + form.getPublishedUrl());
}
`;
}
