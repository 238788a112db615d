// A lesson library made of the hostile corpus (tests/fixtures/hostile), for the browser pass over
// every page type. Each vector goes, prefixed with its marker `hc<id>`, into Markdown texts (a
// slide, its speaker notes) and plain one-line texts (a quiz option, an objective, a handout line;
// one lesson title and summary), rendered through the kit's own Markdown renderer and sanitizer as
// the loader would, but never checked: what the check would refuse is served too. The vectors are
// batched, many to a lesson, so that one visit of a page covers a whole batch.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { renderBlock, renderInline } from '../../src/content/markdown/markdown';
import { loadLessons } from '../../src/content/node/load';
import type { SchoolSettings } from '../../src/content/school';
import type { Lesson, LessonLibrary, LocalizedRichText, Question, Slide } from '../../src/content/types';
import { FIXTURES, makeLessonsDir } from './lesson-fixtures';

export interface HostileVector {
  id: number;
  source: string;
  title: string;
  /** Calls `__pwned(<id>)` where the original called alert(…). */
  payload: string;
}

export const HOSTILE_CORPUS: HostileVector[] = JSON.parse(
  readFileSync(path.join(FIXTURES, 'hostile', 'corpus.json'), 'utf8'),
);

/** The text a page shows when a vector was placed on it, whatever the vector's markup became. */
export const marker = (vector: HostileVector) => `hc${vector.id}`;

function inline(source: string): LocalizedRichText {
  const { html, text, runs } = renderInline(source);
  return { ja: { html, text, runs }, en: { html, text, runs } };
}

function slide(vector: HostileVector): Slide {
  const body = renderBlock(`## ${marker(vector)}\n\n${vector.payload}\n`, 1, 'lesson-assets/hostile');
  const notes = renderBlock(`${marker(vector)}\n\n${vector.payload}\n`, 1, 'lesson-assets/hostile');
  return {
    html: body.html,
    notesHtml: notes.html,
    notesParagraphs: notes.paragraphs,
    title: marker(vector),
    facts: [],
    line: 1,
  };
}

function hostileLesson(template: Lesson, index: number, batch: HostileVector[]): Lesson {
  const placed = (vector: HostileVector) => inline(`${marker(vector)} ${vector.payload}`);
  const question: Question = {
    id: 'q1',
    type: 'multiple',
    optional: false,
    prompt: placed(batch[0]),
    explanation: placed(batch[1]),
    facts: [],
    options: batch.map((vector) => ({ id: `o${vector.id}`, text: placed(vector) })),
    answer: [`o${batch[0].id}`],
  };
  // The last slide shows the quiz question, so the deck's quiz slides carry every option too.
  const slides = (): Slide[] => [...batch.map(slide), { ...slide(batch[2]), question: 'q1' }];
  return {
    ...template,
    id: `hostile-${index + 1}`,
    order: index + 1,
    title: placed(batch[index % batch.length]),
    summary: placed(batch[(index + 1) % batch.length]),
    contentNote: placed(batch[3]),
    objectives: batch.map(placed),
    handout: { ...template.handout, student: batch.map(placed), guardian: batch.slice(0, 20).map(placed) },
    decks: { ja: slides(), en: slides() },
    quiz: [question],
    check: [],
  };
}

/** The corpus in `lessons` lessons, every vector placed in each of its texts. */
export function hostileLibrary(lessons: number): { library: LessonLibrary; batches: HostileVector[][] } {
  const { lessonsDir } = makeLessonsDir();
  const { library, problems } = loadLessons(lessonsDir);
  if (!library) throw new Error(`the minimal lesson has problems: ${problems.map((p) => p.message).join('; ')}`);
  const size = Math.ceil(HOSTILE_CORPUS.length / lessons);
  const batches = Array.from({ length: lessons }, (_, index) => HOSTILE_CORPUS.slice(index * size, (index + 1) * size));
  const template = library.lessons[0];
  return {
    library: { ...library, lessons: batches.map((batch, index) => hostileLesson(template, index, batch)) },
    batches,
  };
}

/**
 * School settings made of the corpus's short vectors, as many sets as it takes to hold each once
 * (a set holds a school name, a counsellor and six help lines, within their length limits).
 */
export function hostileSettings(): SchoolSettings[] {
  const short = HOSTILE_CORPUS.filter((vector) => vector.payload.length + marker(vector).length < 80);
  const sets: SchoolSettings[] = [];
  for (let start = 0; start < short.length; start += 8) {
    const texts = short.slice(start, start + 8).map((vector) => `${marker(vector)} ${vector.payload}`);
    sets.push({ schoolName: texts[0], counsellor: texts[1] ?? '', localHelp: texts.slice(2) });
  }
  return sets;
}
