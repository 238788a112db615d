// The school's own details (name, a counsellor or nurse, local help lines): their shape and how
// they are printed. The browser keeps them (src/ui/school-settings.ts); the handouts CLI reads them
// from a file. Shown on the deck's closing help slide and on handouts.
// zod/mini: the same validation with a far smaller share of the page's JavaScript.
import * as z from 'zod/mini';

export const LIMITS = { schoolName: 80, counsellor: 160, localHelpLine: 160, localHelpLines: 6 } as const;

/**
 * Characters that change how text reads without being seen: direction overrides (a right-to-left
 * override prints 0120-000-000 as 000-000-0210) and control characters. A school's contacts never need them.
 */
const INVISIBLE = /[\p{Cc}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;

export function withoutInvisibles(text: string): string {
  return text.replace(INVISIBLE, (char) => (char === '\t' ? ' ' : ''));
}

const contactText = (max: number, min = 0) =>
  z.string().check(z.overwrite(withoutInvisibles), z.trim(), z.minLength(min), z.maxLength(max));

export const schoolSettings = z.strictObject({
  schoolName: contactText(LIMITS.schoolName),
  counsellor: contactText(LIMITS.counsellor),
  localHelp: z.array(contactText(LIMITS.localHelpLine, 1)).check(z.maxLength(LIMITS.localHelpLines)),
});
export type SchoolSettings = z.infer<typeof schoolSettings>;

// What the deck needs of the settings, apart from zod so that the deck's first script leaves it out.
export { EMPTY_SETTINGS, hasSchoolContacts, schoolContactLines } from './school-contacts.ts';

/** Turns the form's text area (one help line per line) into the stored list. */
export function splitHelpLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => withoutInvisibles(line).trim())
    .filter(Boolean);
}
