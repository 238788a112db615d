// What one handout needs, as plain data: the Node tools build it from the loaded library, the
// handouts page from the catalogue, and either hands it to the same documents (in a Web Worker
// in the browser). Only what the documents print goes in, so a worker message stays small.
import type { BibliographyEntry, Fact, HelpResource, LessonCatalogue, LessonContent, LessonSummary, Locale, Safeguarding, Slide } from '../content/types';
import type { SchoolSettings } from '../settings/school-settings';
import { isVerified } from '../lesson/lesson-help';

export const HANDOUT_KINDS = ['student', 'guardian', 'teacher', 'helpcard'] as const;
export type HandoutKind = (typeof HANDOUT_KINDS)[number];

export const PAPERS = ['a4', 'letter'] as const;
export type Paper = (typeof PAPERS)[number];

export interface HandoutInput {
  kind: HandoutKind;
  locale: Locale;
  paper: Paper;
  lesson: LessonSummary;
  /** The lesson's own slides in this language: the teacher guide prints their speaker notes. */
  slides: Pick<Slide, 'title' | 'notesHtml' | 'facts'>[];
  /** The lesson's help resources, in the lesson's order, whatever their status. */
  help: HelpResource[];
  facts: Record<string, Fact>;
  bibliography: Record<string, BibliographyEntry>;
  /** When the facts were checked: each handout says "information as of" this. */
  factsChecked: string;
  safeguarding: Safeguarding;
  school: SchoolSettings;
}

/** `<lesson>-<kind>-<lang>.pdf`, the name a handout is saved under everywhere. */
export function handoutFileName(lessonId: string, kind: HandoutKind, locale: Locale): string {
  return `${lessonId}-${kind}-${locale}.pdf`;
}

export function handoutInput(
  options: { kind: HandoutKind; locale: Locale; paper: Paper; school: SchoolSettings },
  lesson: LessonSummary,
  catalogue: Pick<LessonCatalogue, 'help' | 'facts' | 'bibliography' | 'factsChecked' | 'safeguarding'>,
  content?: LessonContent,
): HandoutInput {
  const help = lesson.help.jp.map((id) => (catalogue.help.jp ?? []).find((resource) => resource.id === id)).filter((r): r is HelpResource => r !== undefined);
  const factIds = [...new Set([...lesson.facts, ...catalogue.safeguarding.disclosure.facts, ...help.map((r) => r.id)])];
  const facts = Object.fromEntries(factIds.filter((id) => catalogue.facts[id]).map((id) => [id, catalogue.facts[id]]));
  const sourceIds = new Set(Object.values(facts).flatMap((fact) => fact.sources));
  const bibliography = Object.fromEntries([...sourceIds].filter((id) => catalogue.bibliography[id]).map((id) => [id, catalogue.bibliography[id]]));
  const slides = options.kind === 'teacher' && content ? content.decks[options.locale].map(({ title, notesHtml, facts: cited }) => ({ title, notesHtml, facts: cited })) : [];
  return { ...options, lesson, slides, help, facts, bibliography, factsChecked: catalogue.factsChecked, safeguarding: catalogue.safeguarding, school: options.school };
}

/** Help that prints as fact: verified resources only. */
export function verifiedHelp(input: Pick<HandoutInput, 'help'>): HelpResource[] {
  return input.help.filter(isVerified);
}

/** Help that prints only with "check before use". */
export function unverifiedHelp(input: Pick<HandoutInput, 'help'>): HelpResource[] {
  return input.help.filter((resource) => !isVerified(resource));
}

/**
 * The fact ids a handout states, for its footer: the lesson's facts for the student and guardian
 * handouts and the teacher guide (which adds the safeguarding facts); the help lines for help cards.
 */
export function statedFactIds(input: HandoutInput): string[] {
  const helpIds = input.help.filter((r) => input.kind !== 'helpcard' || isVerified(r)).map((r) => r.id);
  const lessonIds = input.kind === 'helpcard' ? [] : input.lesson.facts;
  const safeguardingIds = input.kind === 'teacher' || input.kind === 'guardian' ? input.safeguarding.disclosure.facts : [];
  return [...new Set([...lessonIds, ...safeguardingIds, ...helpIds])].sort();
}
