// One whole lesson (its summary, slides, quiz and the library they cite), loaded when a page shows
// it: the catalogue every page loads holds only small cards. Each lesson is fetched once per page
// load; a page that shows it again (or a second part of a page) gets it at once, without a
// "loading" frame.
import { lessonLoaders } from 'virtual:lesson-loaders';
import { useEffect, useState } from 'react';
import type { LessonContent, LoadedLesson } from '../content/types';

export type LessonState = { status: 'loading' } | ({ status: 'ready' } & LoadedLesson) | { status: 'failed' };
export type LessonContentState =
  { status: 'loading' } | { status: 'ready'; content: LessonContent } | { status: 'failed' };

const loading = new Map<string, Promise<LoadedLesson>>();
/** Loaded lessons, as the very state objects the hooks return, so memos that depend on them hold. */
const ready = new Map<string, { lesson: LessonState; content: LessonContentState }>();
const LOADING = { status: 'loading' } as const;
const FAILED = { status: 'failed' } as const;

/** Whether the kit has a lesson with this id (no download). */
export function lessonExists(lessonId: string): boolean {
  return Object.hasOwn(lessonLoaders, lessonId);
}

/** Loads a lesson, once; rejects for an unknown id or when its file cannot be fetched (then a later call tries again). */
export function loadLesson(lessonId: string): Promise<LoadedLesson> {
  const known = loading.get(lessonId);
  if (known) return known;
  if (!lessonExists(lessonId)) return Promise.reject(new Error(`no lesson ${lessonId}`));
  const load = lessonLoaders[lessonId]().then(
    ({ default: lesson }) => {
      ready.set(lessonId, {
        lesson: { status: 'ready', ...lesson },
        content: { status: 'ready', content: lesson.content },
      });
      return lesson;
    },
    (error: unknown) => {
      // A dropped connection should not stick: the next page that asks fetches it again.
      loading.delete(lessonId);
      throw error;
    },
  );
  loading.set(lessonId, load);
  return load;
}

function useLoaded(lessonId: string): { lesson: LessonState; content: LessonContentState } {
  const [failed, setFailed] = useState<string>();
  const [, setLoaded] = useState<string>();
  useEffect(() => {
    if (ready.has(lessonId)) return;
    let current = true;
    loadLesson(lessonId).then(
      () => current && setLoaded(lessonId),
      () => current && setFailed(lessonId),
    );
    return () => {
      current = false;
    };
  }, [lessonId]);
  // Read from the shared cache, so another lesson's state never shows and a loaded lesson shows at once.
  return (
    ready.get(lessonId) ??
    (failed === lessonId ? { lesson: FAILED, content: FAILED } : { lesson: LOADING, content: LOADING })
  );
}

/** The lesson as a page shows it: loading, ready (at once when already loaded) or failed. */
export function useLesson(lessonId: string): LessonState {
  return useLoaded(lessonId).lesson;
}

/** A lesson's slides and quiz, for the parts of a page that need only those. */
export function useLessonContent(lessonId: string): LessonContentState {
  return useLoaded(lessonId).content;
}
