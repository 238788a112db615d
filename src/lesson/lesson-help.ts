// Which help resources a lesson shows, shared by the overview, the quiz summary, the deck and the handouts.
import type { HelpResource, LessonCatalogue, LessonSummary } from '../content/types';

/** The help resources a lesson lists, in the order of its region's help file. */
export function lessonHelp(lesson: Pick<LessonSummary, 'help'>, catalogue: Pick<LessonCatalogue, 'help'>): HelpResource[] {
  return (catalogue.help.jp ?? []).filter((resource) => lesson.help.jp.includes(resource.id));
}

/** Only a verified resource is stated as fact; the others carry "check before use". */
export function isVerified(resource: HelpResource): boolean {
  return resource.status === 'verified';
}
