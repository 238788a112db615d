// Which help resources a lesson shows, in which order, and how each is printed: one home for the
// overview, the quiz summary, the deck and the handouts, so safety wording cannot drift apart.
import type { HelpResource, LessonCatalogue, LessonSummary, Locale } from './types.ts';

/** The help resources a lesson lists, in the order of its region's help file. */
export function lessonHelp(
  lesson: Pick<LessonSummary, 'help'>,
  catalogue: Pick<LessonCatalogue, 'help'>,
): HelpResource[] {
  return (catalogue.help.jp ?? []).filter((resource) => lesson.help.jp.includes(resource.id) && isReachable(resource));
}

/** A resource with a number to call or an address to open; one without is never shown. */
export function isReachable(resource: HelpResource): boolean {
  return Boolean(resource.contact || resource.url);
}

/** The date a resource was last checked, shown only for a verified resource that has one. */
export function checkedDate(resource: HelpResource): string | undefined {
  return resource.status === 'verified' ? resource.lastVerified : undefined;
}

/** Only a verified resource is stated as fact; the others carry "check before use". */
export function isVerified(resource: HelpResource): boolean {
  return resource.status === 'verified';
}

/** Help that is stated as fact: verified resources only. */
export function verifiedHelp(resources: HelpResource[]): HelpResource[] {
  return resources.filter(isVerified);
}

/** Help that is shown only with "check before use". */
export function unverifiedHelp(resources: HelpResource[]): HelpResource[] {
  return resources.filter((resource) => !isVerified(resource));
}

/** The contact to print beside a resource's name, unless the name already contains it. */
export function shownContact(resource: HelpResource, locale: Locale): string | undefined {
  return resource.contact && !resource.name[locale].text.includes(resource.contact) ? resource.contact : undefined;
}
