// What every export writer reads: one lesson in one language, as plain text, built from what the
// loader gives (never from the lesson files). The deck reuses the deck's own assembly (opening
// content-note slide, lesson slides, closing help slide with the school's contacts), and the quiz
// reuses the quiz's questions, so an export says exactly what the kit says.
import type { HelpResource, LessonCatalogue, LessonContent, LessonSummary, Locale, Question } from '../content/types';
import { lessonHelp, shownContact, verifiedHelp } from '../content/help';
import { hasSchoolContacts, schoolContactLines, type SchoolSettings } from '../content/school';
import { buildDeck, type DeckSlide } from './deck';
import { mixedOrder } from './quiz-slide';
import { plainParagraphs, plainText } from './plain-text';
import { translator } from '../i18n/translator';
import { shared } from '../i18n/messages/shared';
import { deck } from '../i18n/messages/deck';
import { exportWords as exportMessages } from '../i18n/messages/export';

const translate = translator({ shared, deck, export: exportMessages });

export interface ExportSource {
  lesson: LessonSummary;
  content: LessonContent;
  catalogue: LessonCatalogue;
  locale: Locale;
  school: SchoolSettings;
}

export interface ExportChoice {
  text: string;
  correct: boolean;
  /** What a student who picks this choice reads (scenario questions give every option one). */
  feedback?: string;
}

export interface ExportQuestion {
  id: string;
  /** The kit's question type; `scenario` is a single-answer question with a story. */
  type: Question['type'];
  story?: string;
  prompt: string;
  /**
   * single/scenario/multiple: the options in the lesson's order; truefalse: True then False;
   * ordering: the steps in the right order.
   */
  choices: ExportChoice[];
  explanation: string;
  /** Where the question's facts come from: "publisher. title. date". */
  sources: string[];
}

export interface ExportHelp {
  name: string;
  /** Phone number, short code or address. */
  contact?: string;
  details: string[];
}

export interface ExportLesson {
  id: string;
  locale: Locale;
  title: string;
  summary: string;
  ageMin: number;
  deck: DeckSlide[];
  questions: ExportQuestion[];
  /** The school's contacts (when set) first, then the lesson's verified help lines. */
  help: ExportHelp[];
  words: ExportWords;
}

/** The fixed words the writers print, in the export's language. */
export interface ExportWords {
  helpTitle: string;
  sources: string;
  answer: string;
  explanation: string;
  true: string;
  false: string;
  rightOrder: string;
  chooseAll: string;
  question: string;
  continued: string;
  image: string;
  kitName: string;
}

export function exportLesson({ lesson, content, catalogue, locale, school }: ExportSource): ExportLesson {
  const help: ExportHelp[] = [];
  if (hasSchoolContacts(school)) {
    help.push({
      name: school.schoolName || translate(locale, 'shared.schoolContacts'),
      details: schoolContactLines(school),
    });
  }
  help.push(...verifiedHelp(lessonHelp(lesson, catalogue)).map((resource) => helpEntry(resource, locale)));
  return {
    id: lesson.id,
    locale,
    title: lesson.title[locale].text,
    summary: plainText(lesson.summary[locale].html),
    ageMin: lesson.ageMin,
    deck: buildDeck(lesson, content, catalogue, locale, school),
    questions: content.quiz.map((question) => exportQuestion(question, locale, catalogue)),
    help,
    words: exportWords(locale),
  };
}

function helpEntry(resource: HelpResource, locale: Locale): ExportHelp {
  const name = plainText(resource.name[locale].html);
  const contact = shownContact(resource, locale);
  const details = [resource.hours, resource.serves]
    .filter((text) => text !== undefined)
    .map((text) => plainText(text[locale].html));
  if (resource.url) details.push(resource.url);
  return { name, ...(contact ? { contact } : {}), details };
}

function exportQuestion(question: Question, locale: Locale, catalogue: LessonCatalogue): ExportQuestion {
  const text = (rich: { html: string }) => plainText(rich.html);
  const base = {
    id: question.id,
    type: question.type,
    prompt: text(question.prompt[locale]),
    explanation: plainParagraphs(question.explanation[locale].html).join('\n'),
    sources: questionSources(question.facts, catalogue),
    ...(question.type === 'scenario' ? { story: plainParagraphs(question.story[locale].html).join('\n') } : {}),
  };
  switch (question.type) {
    case 'truefalse':
      return {
        ...base,
        choices: [
          { text: translate(locale, 'shared.trueLabel'), correct: question.answer },
          { text: translate(locale, 'shared.falseLabel'), correct: !question.answer },
        ],
      };
    case 'ordering':
      return {
        ...base,
        choices: question.options.map((option) => ({ text: text(option.text[locale]), correct: true })),
      };
    case 'multiple':
    case 'single':
    case 'scenario':
      return {
        ...base,
        choices: question.options.map((option) => ({
          text: text(option.text[locale]),
          correct: Array.isArray(question.answer) ? question.answer.includes(option.id) : option.id === question.answer,
          ...(option.feedback ? { feedback: text(option.feedback[locale]) } : {}),
        })),
      };
  }
}

function questionSources(factIds: string[], catalogue: Pick<LessonCatalogue, 'facts' | 'bibliography'>): string[] {
  const ids = [...new Set(factIds.flatMap((id) => catalogue.facts[id]?.sources ?? []))];
  return ids
    .map((id) => catalogue.bibliography[id])
    .filter((entry) => entry !== undefined)
    .map((entry) => [entry.publisher, entry.title, entry.date].filter(Boolean).join('. '));
}

/**
 * Formats with no ordering question get the closest fair equivalent: one single-answer question
 * whose choices are whole orders, the right one and the slides' fixed mixed order plus two more,
 * always the same so every class sees the same quiz.
 */
export function orderingAsChoices(question: ExportQuestion): ExportQuestion {
  const steps = question.choices.map((choice) => choice.text);
  const candidates = [
    steps,
    mixedOrder(steps),
    [...steps].reverse(),
    [...steps.slice(1), steps[0]],
    [steps[1], steps[0], ...steps.slice(2)],
  ];
  const seen = new Set<string>();
  const orders = candidates.filter((order) => {
    const key = JSON.stringify(order);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const chosen = orders.slice(0, 4);
  // The right order must not always come first: put it where the fixed rotation of its id says.
  const at = [...question.id].reduce((sum, c) => sum + c.charCodeAt(0), 0) % chosen.length;
  const [right, ...wrong] = chosen;
  const ordered = [...wrong.slice(0, at), right, ...wrong.slice(at)];
  return {
    ...question,
    type: 'single',
    choices: ordered.map((order) => ({ text: order.join(' → '), correct: order === right })),
  };
}

function exportWords(locale: Locale): ExportWords {
  const t = (key: Parameters<typeof translate>[1]) => translate(locale, key);
  return {
    helpTitle: t('shared.helpTitle'),
    sources: t('shared.sources'),
    answer: t('deck.quizAnswer'),
    explanation: t('export.explanation'),
    true: t('shared.trueLabel'),
    false: t('shared.falseLabel'),
    rightOrder: t('export.rightOrder'),
    chooseAll: t('deck.quizChooseAll'),
    question: t('export.question'),
    continued: t('export.continued'),
    image: t('export.image'),
    kitName: t('shared.kitName'),
  };
}
