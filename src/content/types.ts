// The loaded, validated lesson library: what every renderer (app, deck, quiz, handouts) reads.
// Browser code imports these as types only; the loader that builds them runs in Node.
import type {
  BibliographyEntry,
  Fact,
  GuardianNotice,
  HelpResource,
  LessonMeta,
  Locale,
  Question,
  Safeguarding,
} from './schema.ts';

export type { BibliographyEntry, Fact, GuardianNotice, HelpResource, LessonMeta, Locale, Question, Safeguarding };
export type { LocalizedRichText, QuizOption, RichText } from './schema.ts';
export { LOCALES, TOPICS, type Topic } from './vocabulary.ts';

/** A piece of lesson text as a PDF sets it: plain or bold, or one ruby base with its reading. */
export interface Run {
  text: string;
  bold: boolean;
  /** The reading printed above `text` (furigana), when `text` is a ruby base. */
  ruby?: string;
}

export interface Slide {
  /** Sanitized HTML of the slide. */
  html: string;
  /** Sanitized HTML of the speaker notes ('' when there are none). */
  notesHtml: string;
  /** The speaker notes' paragraphs as runs (a list item starts with its bullet), for the teacher guide. */
  notesParagraphs: Run[][];
  /** Plain text of the slide's first heading, for lists and the teacher guide. */
  title: string;
  /** Fact ids cited on the slide or in its notes with [[id]]. */
  facts: string[];
  /** Where the slide starts in its Markdown file, for authors. */
  line: number;
  /** The id of the quiz question the slide shows (`::: quiz q3`), drawn from the lesson's quiz. */
  question?: string;
}

export interface Lesson extends LessonMeta {
  decks: Record<Locale, Slide[]>;
  quiz: Question[];
  /** Question ids asked before and after a live class (quiz.yaml `check`); empty when the lesson has none. */
  check: string[];
  /** Every fact the lesson states: its facts list plus every citation in slides and quiz, sorted. */
  facts: string[];
}

/** Everything about a lesson except its slides and quiz: what the overview and handouts need. */
export type LessonSummary = Omit<Lesson, 'decks' | 'quiz' | 'check'>;

/** A lesson's slides and quiz. */
export type LessonContent = Pick<Lesson, 'decks' | 'quiz' | 'check'>;

/** What the catalogue shows of a lesson and routing needs: every page loads these, so they stay small. */
export type LessonCard = Pick<Lesson, 'id' | 'order' | 'title' | 'summary' | 'ageMin' | 'minutes' | 'topics'>;

/** The catalogue every page loads first (`virtual:lessons`): one card per lesson. */
export interface LessonIndex {
  lessons: LessonCard[];
}

/**
 * What every lesson's pages share, loaded with the first lesson a page shows
 * (`virtual:lesson-library`): help, facts, sources, safeguarding and the deck's own words.
 */
export interface LessonCatalogue extends Omit<LessonLibrary, 'lessons'> {
  /**
   * The kit's own words on the generated slides, by message key, as HTML already broken into
   * phrases when the kit was built (src/build/lessons-plugin.ts). Absent outside a build: the deck
   * then shows the words as plain text.
   */
  phrasedWords?: Partial<Record<Locale, Record<string, string>>>;
}

/** One lesson as a page loads it (`virtual:lesson/<id>`): all of it, with the library it refers to. */
export interface LoadedLesson {
  lesson: LessonSummary;
  content: LessonContent;
  library: LessonCatalogue;
}

export interface LessonLibrary {
  lessons: Lesson[];
  /** Help resources by region code (jp). */
  help: Record<string, HelpResource[]>;
  safeguarding: Safeguarding;
  /** The guardian pre-notice letter template, filled per lesson in the teacher guide. */
  guardianNotice: GuardianNotice;
  facts: Record<string, Fact>;
  bibliography: Record<string, BibliographyEntry>;
  /** When the facts were last checked or corrected against their sources, e.g. 2026-12. */
  factsChecked: string;
}
