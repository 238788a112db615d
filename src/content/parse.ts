// Step 2 of loading lessons: texts → validated values, with no file system. YAML is parsed with its
// positions (for file:line problems) and checked against the zod schema; each deck is split into
// slides and rendered from Markdown to sanitized HTML. Rules that compare files live in checks/.
import type { z } from 'zod';
import { LESSON_ASSETS, renderBlock } from './markdown/markdown.ts';
import { splitSlides } from './markdown/slides.ts';
import type { Problem } from './problems.ts';
import {
  factsFile,
  guardianNoticeFile,
  helpFile,
  lessonFile,
  quizFile,
  safeguardingFile,
  wordingFile,
  type FactsFile,
  type GuardianNotice,
  type LessonMeta,
  type Question,
  type Safeguarding,
  type WordingRule,
} from './schema.ts';
import type { HelpResource, Lesson, LessonLibrary, Slide } from './types.ts';
import { LOCALES, type Locale } from './vocabulary.ts';
import { parseYamlFile, schemaProblems, type YamlFile } from './yaml-file.ts';

// What node/read.ts reads from disk.
/** A file as the loader sees it: its path as shown to authors, and its text unless it is missing. */
export interface SourceFile {
  /** Relative to the project root, with forward slashes: lessons/<id>/quiz.yaml. */
  file: string;
  text?: string;
  /** Why the file is there but cannot be used (a folder, a pipe, too large, not UTF-8 text). */
  unusable?: { line: number; col: number; message: string };
}

export interface LessonFolder {
  folder: string;
  meta: SourceFile;
  quiz: SourceFile;
  slides: Record<Locale, SourceFile>;
  /** Every file in the folder, relative to it (forward slashes): the images a slide may show. */
  contents: string[];
}

export interface LessonSources {
  facts: SourceFile;
  safeguarding: SourceFile;
  guardianNotice: SourceFile;
  wording: SourceFile;
  /** lessons/help/<region>.yaml, by file name. */
  help: { name: string; source: SourceFile }[];
  lessons: LessonFolder[];
  /** Every file read or looked for, so that a dev server can watch them. */
  files: string[];
  /** What is in the lessons folder but cannot be a lesson (a link to nothing). */
  problems: Problem[];
}

/** A parsed YAML file: its value when valid, and its positions for reporting. */
export interface Parsed<T> {
  value?: T;
  source?: YamlFile;
  text?: string;
}

/** A rendered slide, with what the checks need to report problems at their line. */
export interface ParsedSlide extends Slide {
  images: string[];
  /** Quiz markers beyond the first one on the slide, or in its notes. */
  extraQuestions: { id: string; line: number; col: number }[];
  questionAt?: { line: number; col: number };
  /** Its fact citations, where they are written. */
  factRefs: { id: string; line: number; col: number }[];
}

export interface ParsedDeck {
  file: string;
  text: string;
  slides: ParsedSlide[];
  factRefs: { id: string; line: number; col: number }[];
}

export interface ParsedLesson {
  folder: string;
  /** Every file in the lesson's folder, relative to it. */
  contents: string[];
  meta: Parsed<LessonMeta>;
  quiz: Parsed<{ questions: Question[]; check?: string[] }>;
  decks: Partial<Record<Locale, ParsedDeck>>;
}

export interface ParsedLibrary {
  facts: Parsed<FactsFile>;
  safeguarding: Parsed<Safeguarding>;
  guardianNotice: Parsed<GuardianNotice>;
  help: { name: string; parsed: Parsed<{ region: string; resources: HelpResource[] }> }[];
  wording: WordingRule[];
  lessons: ParsedLesson[];
}

const LANGUAGE_NAMES: Record<Locale, string> = { ja: 'Japanese', en: 'English' };

export function parseLessonSources(sources: LessonSources): { library: ParsedLibrary; problems: Problem[] } {
  const shared = parseSharedSources(sources);
  const problems = [...sources.problems, ...shared.problems];
  const lessons = sources.lessons.map((folder) => {
    const parsed = parseLessonFolder(folder);
    problems.push(...parsed.problems);
    return parsed.lesson;
  });
  return { library: { ...shared.library, lessons }, problems };
}

function parseWith(problems: Problem[]) {
  return <S extends z.ZodType>(file: SourceFile, schema: S): Parsed<z.output<S>> => {
    const { value, source, problems: found } = parseYaml(file, schema);
    problems.push(...found);
    return { value, source, text: file.text };
  };
}

/** The files every lesson shares (facts, safeguarding, the guardian notice, help, wording), parsed. */
export function parseSharedSources(sources: Omit<LessonSources, 'lessons' | 'files' | 'problems'>): {
  library: Omit<ParsedLibrary, 'lessons'>;
  problems: Problem[];
} {
  const problems: Problem[] = [];
  const yaml = parseWith(problems);
  const facts = yaml(sources.facts, factsFile);
  const safeguarding = yaml(sources.safeguarding, safeguardingFile);
  const guardianNotice = yaml(sources.guardianNotice, guardianNoticeFile);
  const help = sources.help.map(({ name, source }) => ({ name, parsed: yaml(source, helpFile) }));
  const wording = yaml(sources.wording, wordingFile).value?.blaming ?? [];
  return { library: { facts, safeguarding, guardianNotice, help, wording }, problems };
}

/** One lesson folder's files (lesson.yaml, quiz.yaml, the two decks), parsed. */
export function parseLessonFolder(lesson: LessonFolder): { lesson: ParsedLesson; problems: Problem[] } {
  const problems: Problem[] = [];
  const yaml = parseWith(problems);
  const meta = yaml(lesson.meta, lessonFile);
  const quiz = yaml(lesson.quiz, quizFile);
  const decks: ParsedLesson['decks'] = {};
  for (const locale of LOCALES) {
    const deck = parseDeck(lesson, locale);
    problems.push(...deck.problems);
    if (deck.deck) decks[locale] = deck.deck;
  }
  return { lesson: { folder: lesson.folder, contents: lesson.contents, meta, quiz, decks }, problems };
}

/** One YAML file: syntax, then the schema. */
export function parseYaml<S extends z.ZodType>(
  file: SourceFile,
  schema: S,
): { value?: z.output<S>; source?: YamlFile; problems: Problem[] } {
  if (file.unusable) return { problems: [{ file: file.file, ...file.unusable }] };
  if (file.text === undefined) return { problems: [{ file: file.file, line: 1, col: 1, message: 'file is missing' }] };
  const source = parseYamlFile(file.file, file.text);
  if (source.problems.length) return { source, problems: source.problems };
  const parsed = schema.safeParse(source.data, { reportInput: true });
  if (!parsed.success) return { source, problems: schemaProblems(source, parsed.error) };
  return { value: parsed.data, source, problems: [] };
}

/** One language's slides: split at `---`, each rendered to sanitized HTML with its notes. */
export function parseDeck(
  lesson: Pick<LessonFolder, 'folder' | 'slides'>,
  locale: Locale,
): { deck?: ParsedDeck; problems: Problem[] } {
  const { file, text, unusable } = lesson.slides[locale];
  if (unusable) return { problems: [{ file, ...unusable }] };
  if (text === undefined) {
    return {
      problems: [
        {
          file,
          line: 1,
          col: 1,
          message: `the ${LANGUAGE_NAMES[locale]} slides are missing: every lesson needs slides.ja.md and slides.en.md`,
        },
      ],
    };
  }
  const problems: Problem[] = [];
  const assetBase = `${LESSON_ASSETS}/${lesson.folder}`;
  const slides = splitSlides(text).map((source): ParsedSlide => {
    const body = renderBlock(source.body, source.line, assetBase, locale);
    const notes = renderBlock(source.notes, source.notesLine || source.line, assetBase, locale);
    for (const problem of [...body.problems, ...notes.problems]) problems.push({ file, ...problem });
    const [question, ...extra] = body.questions;
    return {
      html: body.html,
      notesHtml: notes.html,
      notesParagraphs: notes.paragraphs,
      title: body.heading ?? (body.text.slice(0, 60) || (question ? question.id : '')),
      facts: [...new Set([...body.factRefs, ...notes.factRefs].map((ref) => ref.id))],
      factRefs: [...body.factRefs, ...notes.factRefs],
      line: source.line,
      ...(question ? { question: question.id, questionAt: { line: question.line, col: question.col } } : {}),
      images: [...body.images, ...notes.images],
      extraQuestions: [...extra, ...notes.questions],
    };
  });
  if (slides.length === 0) problems.push({ file, line: 1, col: 1, message: 'has no slides' });
  return { deck: { file, text, slides, factRefs: slides.flatMap((slide) => slide.factRefs) }, problems };
}

/** The library the renderers read, once the checks found no problem. */
export function toLibrary(parsed: ParsedLibrary): LessonLibrary | undefined {
  const facts = parsed.facts.value;
  const safeguarding = parsed.safeguarding.value;
  const guardianNotice = parsed.guardianNotice.value;
  if (!facts || !safeguarding || !guardianNotice) return undefined;
  const lessons: Lesson[] = [];
  for (const { meta, quiz, decks } of parsed.lessons) {
    if (!meta.value || !quiz.value || !decks.ja || !decks.en) continue;
    const slides = { ja: decks.ja.slides.map(toSlide), en: decks.en.slides.map(toSlide) };
    const cited = new Set([
      ...meta.value.facts,
      ...quiz.value.questions.flatMap((question) => question.facts),
      ...decks.ja.factRefs.map((ref) => ref.id),
      ...decks.en.factRefs.map((ref) => ref.id),
    ]);
    const steps = meta.value.handout.steps;
    // The in-class core questions first, then the optional ones a class does only if there is time.
    const questions = quiz.value.questions;
    const ordered = [...questions.filter((q) => !q.optional), ...questions.filter((q) => q.optional)];
    lessons.push({
      ...meta.value,
      decks: slides,
      quiz: ordered,
      check: quiz.value.check ?? [],
      facts: [...new Set([...cited, ...steps])].sort(),
    });
  }
  lessons.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  const help: Record<string, HelpResource[]> = {};
  for (const { parsed: file } of parsed.help) if (file.value) help[file.value.region] = file.value.resources;
  return {
    lessons,
    help,
    safeguarding,
    guardianNotice,
    facts: Object.fromEntries(facts.facts.map((fact) => [fact.id, fact])),
    bibliography: Object.fromEntries(facts.bibliography.map((entry) => [entry.id, entry])),
    // Materials say how current their facts are: as of the latest correction, not the first review.
    factsChecked: facts.updated ?? facts.checked,
  };
}

function toSlide({ html, notesHtml, notesParagraphs, title, facts, line, question }: ParsedSlide): Slide {
  return { html, notesHtml, notesParagraphs, title, facts, line, ...(question ? { question } : {}) };
}
