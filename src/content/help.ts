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

/** A phone number as printed (0120-99-7777, #9110, 110, +81 3-1234-5678). */
export const PHONE_NUMBER = /(?:\+\d{1,3}[ -]?)?\d{2,5}(?:-\d{1,5}){1,3}|#\d{3,4}|(?<![\d-])1[01]\d(?![\d-])/g;

/** A tel: address for a contact that is a phone number, so a phone can call it with one tap. */
export function telHref(phone: string): string | undefined {
  const digits = phone.replace(/[ -]/g, '');
  return /^(?:\+?\d{3,15}|#\d{3,4})$/.test(digits) ? `tel:${digits.replace('#', '%23')}` : undefined;
}

/** A line of text split into plain parts and the phone numbers in it (each with its tel: address). */
export function phoneParts(text: string): { text: string; tel?: string }[] {
  const parts: { text: string; tel?: string }[] = [];
  let last = 0;
  for (const match of text.matchAll(PHONE_NUMBER)) {
    const tel = telHref(match[0]);
    if (!tel) continue;
    if (match.index > last) parts.push({ text: text.slice(last, match.index) });
    parts.push({ text: match[0], tel });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}
