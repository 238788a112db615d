// The lessons the kit ships, read through the kit's own loader, for tests to walk.
import { loadLessons } from '../../src/content/node/load';
import { LESSONS_DIR } from '../../src/content/node/paths';
import type { Lesson, LessonLibrary } from '../../src/content/types';

export interface ShippedLesson {
  id: string;
  title: { ja: string; en: string };
  ageMin: number;
  topics: string[];
  lesson: Lesson;
}

export function shippedLibrary(): LessonLibrary {
  const { library, problems } = loadLessons(LESSONS_DIR);
  if (!library) throw new Error(`the shipped lessons have problems: ${problems.map((p) => p.message).join('; ')}`);
  return library;
}

export function shippedLessons(): ShippedLesson[] {
  return shippedLibrary().lessons.map((lesson) => ({
    id: lesson.id,
    title: { ja: lesson.title.ja.text, en: lesson.title.en.text },
    ageMin: lesson.ageMin,
    topics: lesson.topics,
    lesson,
  }));
}
