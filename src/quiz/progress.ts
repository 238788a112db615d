// A student's progress through one quiz, kept in this browser only, so a reload, a closed tab or
// a flat battery resumes at the same question. Saved progress that is unreadable, or was made for
// a different version of the quiz, is dropped and the quiz starts cleanly.
import * as z from 'zod/mini';
import type { Question } from '../content/types';
import type { Answer } from '../ui/question/scoring';
import { quizStorageKey } from '../ui/storage-keys';

const answer = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('choice'), selected: z.array(z.string()) }),
  z.strictObject({ kind: z.literal('truefalse'), value: z.boolean() }),
  z.strictObject({ kind: z.literal('order'), order: z.array(z.string()) }),
]);

const progressSchema = z.strictObject({
  version: z.literal(1),
  fingerprint: z.string(),
  seed: z.number().check(z.int(), z.minimum(0)),
  /** The question shown; equal to the number of questions once the summary is reached. */
  index: z.number().check(z.int(), z.minimum(0)),
  /** Checked answers by question id. */
  answers: z.record(z.string(), answer),
  /** A choice made on the question shown but not checked yet, so a reload keeps it (UX report L9). */
  draft: z.optional(z.strictObject({ question: z.string(), answer })),
});

export type QuizProgress = z.infer<typeof progressSchema>;

export function storageKey(lessonId: string): string {
  return quizStorageKey(lessonId);
}

/**
 * Identifies what a saved answer depends on: question ids, kinds, option ids and answers. Fixing
 * a typo in a question keeps a student's progress; changing its options or answer does not.
 */
export function quizFingerprint(questions: Question[]): string {
  const shape = questions.map((q) => [
    q.id,
    q.type,
    'options' in q ? q.options.map((o) => o.id) : [],
    'answer' in q ? q.answer : null,
  ]);
  let hash = 0x811c9dc5;
  for (const char of JSON.stringify(shape)) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193);
  return (hash >>> 0).toString(16);
}

export function freshProgress(questions: Question[], seed: number): QuizProgress {
  return { version: 1, fingerprint: quizFingerprint(questions), seed, index: 0, answers: {} };
}

export type LoadedProgress = { progress: QuizProgress; restarted: boolean };

/** Saved progress for this quiz, or a fresh start (restarted: true when saved progress was unusable). */
export function loadProgress(
  lessonId: string,
  questions: Question[],
  seed: number,
  storage: Storage | undefined,
): LoadedProgress {
  let raw: string | null | undefined;
  try {
    raw = storage?.getItem(storageKey(lessonId));
  } catch {
    raw = undefined;
  }
  if (!raw) return { progress: freshProgress(questions, seed), restarted: false };
  const parsed = progressSchema.safeParse(safeJson(raw));
  const usable =
    parsed.success &&
    parsed.data.fingerprint === quizFingerprint(questions) &&
    parsed.data.index <= questions.length &&
    Object.entries(parsed.data.answers).every(([id, given]) =>
      fitsQuestion(
        questions.find((q) => q.id === id),
        given,
      ),
    );
  if (!usable) return { progress: freshProgress(questions, seed), restarted: true };
  // A draft that no longer fits (another question, already checked) is dropped on its own.
  const { draft, ...progress } = parsed.data;
  const shown = questions[progress.index];
  const draftFits =
    draft !== undefined &&
    shown?.id === draft.question &&
    progress.answers[draft.question] === undefined &&
    fitsDraft(shown, draft.answer);
  return { progress: draftFits ? { ...progress, draft } : progress, restarted: false };
}

/** A draft may be an empty choice of a multiple-answer question (every box unticked again). */
function fitsDraft(question: Question, given: Answer): boolean {
  if (question.type === 'multiple' && given.kind === 'choice' && given.selected.length === 0) return true;
  return fitsQuestion(question, given);
}

/** Whether a saved answer could have been given to this question: its kind, and only the question's own options. */
function fitsQuestion(question: Question | undefined, given: Answer): boolean {
  if (!question) return false;
  if (question.type === 'truefalse') return given.kind === 'truefalse';
  const ids = new Set(question.options.map((option) => option.id));
  const distinct = (list: string[]) => new Set(list).size === list.length && list.every((id) => ids.has(id));
  if (question.type === 'ordering')
    return given.kind === 'order' && given.order.length === ids.size && distinct(given.order);
  if (given.kind !== 'choice' || !distinct(given.selected)) return false;
  return question.type === 'multiple' ? given.selected.length > 0 : given.selected.length === 1;
}

export function saveProgress(lessonId: string, progress: QuizProgress, storage: Storage | undefined): void {
  try {
    storage?.setItem(storageKey(lessonId), JSON.stringify(progress));
  } catch {
    // Storage full or switched off by policy: the quiz still works, it just cannot resume.
  }
}

export function clearProgress(lessonId: string, storage: Storage | undefined): void {
  try {
    storage?.removeItem(storageKey(lessonId));
  } catch {
    // As above.
  }
}

/** The progress with `given` checked for a question: its draft is then done with. */
export function withAnswer(progress: QuizProgress, questionId: string, given: Answer): QuizProgress {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { draft, ...rest } = progress;
  return { ...rest, answers: { ...progress.answers, [questionId]: given } };
}

/** The progress with a choice made but not checked on the question shown. */
export function withDraft(progress: QuizProgress, questionId: string, given: Answer): QuizProgress {
  return { ...progress, draft: { question: questionId, answer: given } };
}

/** The progress moved to question `index`, with no draft. */
export function atQuestion(progress: QuizProgress, index: number): QuizProgress {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { draft, ...rest } = progress;
  return { ...rest, index };
}

function safeJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}
