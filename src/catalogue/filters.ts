// The catalogue's filters, as teachers think: "which lessons suit my 中2 class?" or "my 14-year-olds?".
// A lesson's ageMin is the age it is suitable from, so a filter shows every lesson a class is old
// enough for, not only the lessons written for exactly that age. The filters live in the hash query
// (#/?grade=j2&topic=sextortion) beside lang=, so a filtered list can be bookmarked and survives a reload.
import { TOPICS, type LessonSummary, type Topic } from '../content/types';

/** Japanese school years, with the age a class has at the start of the school year (April). */
export const GRADES = [
  { id: 'e5', age: 10 },
  { id: 'e6', age: 11 },
  { id: 'j1', age: 12 },
  { id: 'j2', age: 13 },
  { id: 'j3', age: 14 },
  { id: 'h1', age: 15 },
  { id: 'h2', age: 16 },
  { id: 'h3', age: 17 },
] as const;

export type GradeId = (typeof GRADES)[number]['id'];

/** The oldest age the age filter offers: the end of senior high school. */
export const OLDEST_AGE = 18;

export interface CatalogueFilter {
  grade?: GradeId;
  age?: number;
  topic?: Topic;
}

const QUERY_KEYS = ['grade', 'age', 'topic'] as const;

/** The filter a hash query asks for. Values the catalogue does not know are left out (no filter). */
export function filterFromParams(params: URLSearchParams): CatalogueFilter {
  const filter: CatalogueFilter = {};
  const grade = GRADES.find((candidate) => candidate.id === params.get('grade'));
  if (grade) filter.grade = grade.id;
  const age = params.get('age') ?? '';
  if (/^\d{1,2}$/.test(age) && Number(age) <= OLDEST_AGE) filter.age = Number(age);
  const topic = TOPICS.find((candidate) => candidate === params.get('topic'));
  if (topic) filter.topic = topic;
  return filter;
}

/** `params` (which may carry lang=) with the filter's keys replaced by `filter`. */
export function paramsWithFilter(params: URLSearchParams, filter: CatalogueFilter): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of QUERY_KEYS) next.delete(key);
  if (filter.grade) next.set('grade', filter.grade);
  if (filter.age !== undefined) next.set('age', String(filter.age));
  if (filter.topic) next.set('topic', filter.topic);
  return next;
}

export function gradeAge(grade: GradeId): number {
  return GRADES.find((candidate) => candidate.id === grade)!.age;
}

/** Whether a lesson suits a class the filter describes: old enough for it, and on the topic. */
export function lessonMatches(lesson: Pick<LessonSummary, 'ageMin' | 'topics'>, filter: CatalogueFilter): boolean {
  if (filter.grade && lesson.ageMin > gradeAge(filter.grade)) return false;
  if (filter.age !== undefined && lesson.ageMin > filter.age) return false;
  if (filter.topic && !lesson.topics.includes(filter.topic)) return false;
  return true;
}

/**
 * The grades and ages worth offering: from the youngest any lesson suits (小5 only once a lesson
 * goes that low) up to 高3 and 18. An older class always finds the younger lessons too.
 */
export function filterChoices(
  lessons: Pick<LessonSummary, 'ageMin'>[],
  current: CatalogueFilter = {},
): { grades: GradeId[]; ages: number[] } {
  const youngest = Math.min(...lessons.map((lesson) => lesson.ageMin), OLDEST_AGE);
  // A filter from the address stays selectable even below the youngest lesson (it then shows none).
  const grades = GRADES.filter((grade) => grade.age >= youngest || grade.id === current.grade).map((grade) => grade.id);
  const ages: number[] = [];
  for (let age = Math.min(youngest, current.age ?? youngest); age <= OLDEST_AGE; age++) ages.push(age);
  return { grades, ages };
}
