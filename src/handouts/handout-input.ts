// What one handout needs, as plain data: the Node tools build it from the loaded library, the
// handouts page from the catalogue, and either hands it to the same documents (in a Web Worker
// in the browser). Only what the documents print goes in, so a worker message stays small.
import type {
  BibliographyEntry,
  Fact,
  GuardianNotice,
  HelpResource,
  LessonCatalogue,
  LessonContent,
  LessonSummary,
  Locale,
  Safeguarding,
  Slide,
} from '../content/types';
import type { SchoolSettings } from '../content/school';
import { adviceSteps } from '../content/advice';
import { isVerified, lessonHelp } from '../content/help';
import { translator, type MessageKeyOf } from '../i18n/translator';
import { handout } from '../i18n/messages/handout';

const translate = translator({ handout });
type MessageKey = MessageKeyOf<typeof translate>;

export const HANDOUT_KINDS = ['student', 'guardian', 'teacher', 'helpcard'] as const;
export type HandoutKind = (typeof HANDOUT_KINDS)[number];

/** The title of each kind of handout, in the message table. */
export const HANDOUT_TITLE_KEYS = {
  student: 'handout.kindStudent',
  guardian: 'handout.kindGuardian',
  teacher: 'handout.kindTeacher',
  helpcard: 'handout.kindHelpcard',
} as const satisfies Record<HandoutKind, MessageKey>;

/** Who reads a handout's help list: the student handout, the guardian letter, the teacher guide. */
export type Readers = 'students' | 'families' | 'teachers';

export const PAPERS = ['a4', 'letter'] as const;
export type Paper = (typeof PAPERS)[number];

export interface HandoutInput {
  kind: HandoutKind;
  locale: Locale;
  paper: Paper;
  lesson: LessonSummary;
  /** The lesson's own slides in this language: the teacher guide prints their speaker notes. */
  slides: Pick<Slide, 'title' | 'notesHtml' | 'notesParagraphs' | 'facts'>[];
  /** The lesson's help resources, in the order of lessonHelp(), whatever their status. */
  help: HelpResource[];
  facts: Record<string, Fact>;
  bibliography: Record<string, BibliographyEntry>;
  /** When the facts were checked: each handout says "information as of" this. */
  factsChecked: string;
  safeguarding: Safeguarding;
  /** The pre-notice letter template the teacher guide fills for this lesson. */
  guardianNotice: GuardianNotice;
  school: SchoolSettings;
  /**
   * The day the guardian letter is sent (YYYY-MM-DD), printed at its head. The handouts page gives
   * today; ready-made PDFs (the build, the CLI without --date) leave a blank to write the date on.
   */
  issued?: string;
}

/** A date as YYYY-MM-DD, a real day of the calendar. */
export function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text;
}

/** Today in this computer's time zone, as YYYY-MM-DD. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The letter's date as a school letter writes it (2026年12月3日, 3 December 2026), or the blank to write it on. */
export function letterDate(input: Pick<HandoutInput, 'issued' | 'locale'>): string {
  if (!input.issued || !isIsoDate(input.issued)) return translate(input.locale, 'handout.letterDateBlank');
  const [y, m, d] = input.issued.split('-').map(Number);
  return translate(input.locale, 'handout.letterDate', { y, d, month: input.locale === 'ja' ? m : MONTHS[m - 1] });
}

/** The lesson's title to quote in a sentence: in Japanese its own 「」 become 『』, as quotation marks nest. */
export function quotedTitle(input: Pick<HandoutInput, 'lesson' | 'locale'>): string {
  const title = input.lesson.title[input.locale].text;
  return input.locale === 'ja' ? title.replace(/「/g, '『').replace(/」/g, '』') : title;
}

/** A line to write a name on. */
export const WRITE_HERE = '＿＿＿＿＿＿＿＿';

/** `<lesson>-<kind>-<lang>.pdf`, the name a handout is saved under everywhere. */
export function handoutFileName(lessonId: string, kind: HandoutKind, locale: Locale): string {
  return `${lessonId}-${kind}-${locale}.pdf`;
}

export function handoutInput(
  options: { kind: HandoutKind; locale: Locale; paper: Paper; school: SchoolSettings; issued?: string },
  lesson: LessonSummary,
  catalogue: Pick<
    LessonCatalogue,
    'help' | 'facts' | 'bibliography' | 'factsChecked' | 'safeguarding' | 'guardianNotice'
  >,
  content?: LessonContent,
): HandoutInput {
  const help = lessonHelp(lesson, catalogue);
  const factIds = [...new Set([...lesson.facts, ...catalogue.safeguarding.disclosure.facts, ...help.map((r) => r.id)])];
  const facts = Object.fromEntries(factIds.filter((id) => catalogue.facts[id]).map((id) => [id, catalogue.facts[id]]));
  const sourceIds = new Set(Object.values(facts).flatMap((fact) => fact.sources));
  const bibliography = Object.fromEntries(
    [...sourceIds].filter((id) => catalogue.bibliography[id]).map((id) => [id, catalogue.bibliography[id]]),
  );
  const slides =
    options.kind === 'teacher' && content
      ? content.decks[options.locale].map(({ title, notesHtml, notesParagraphs, facts: cited }) => ({
          title,
          notesHtml,
          notesParagraphs,
          facts: cited,
        }))
      : [];
  return {
    ...options,
    lesson,
    slides,
    help,
    facts,
    bibliography,
    factsChecked: catalogue.factsChecked,
    safeguarding: catalogue.safeguarding,
    guardianNotice: catalogue.guardianNotice,
    school: options.school,
  };
}

/** The steps a handout prints, from the advice facts the lesson names in handout.steps. */
export function handoutSteps(input: Pick<HandoutInput, 'lesson' | 'facts' | 'locale'>): string[] {
  return input.lesson.handout.steps.flatMap((id) =>
    input.facts[id] ? adviceSteps(input.facts[id], input.locale) : [],
  );
}

/** The guardian pre-notice with this lesson filled in; what the school has not set stays a line to write on. */
export function guardianNoticeParagraphs(
  input: Pick<HandoutInput, 'lesson' | 'locale' | 'guardianNotice' | 'school'>,
): string[] {
  const blank = WRITE_HERE;
  const { lesson, locale, school } = input;
  const values: Record<string, string> = {
    school: school.schoolName || blank,
    date: blank,
    lesson: lesson.title[locale].text,
    summary: lesson.summary[locale].text,
    inochi: lesson.inochiEducation[locale].text,
    contact: school.counsellor || blank,
  };
  return input.guardianNotice.paragraphs.map((paragraph) =>
    paragraph[locale].replace(/\{(\w+)\}/g, (match, key: string) => values[key] ?? match),
  );
}

/**
 * The fact ids a handout states, for its footer: the lesson's facts for the student and guardian
 * handouts and the teacher guide (which adds the safeguarding facts); the help lines for help cards.
 */
export function statedFactIds(input: HandoutInput): string[] {
  const helpIds = input.help.filter((r) => input.kind !== 'helpcard' || isVerified(r)).map((r) => r.id);
  const lessonIds = input.kind === 'helpcard' ? [] : input.lesson.facts;
  const safeguardingIds =
    input.kind === 'teacher' || input.kind === 'guardian' ? input.safeguarding.disclosure.facts : [];
  return [...new Set([...lessonIds, ...safeguardingIds, ...helpIds])].sort();
}
