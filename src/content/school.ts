// The school's own details (name, a counsellor or nurse, local help lines): their shape and how
// they are printed. The browser keeps them (src/ui/school-settings.ts); the handouts CLI reads them
// from a file. Shown on the deck's closing help slide and on handouts.
// zod/mini: the same validation with a far smaller share of the page's JavaScript.
import * as z from 'zod/mini';

export const LIMITS = { schoolName: 80, counsellor: 160, localHelpLine: 160, localHelpLines: 6 } as const;

export const schoolSettings = z.strictObject({
  schoolName: z.string().check(z.trim(), z.maxLength(LIMITS.schoolName)),
  counsellor: z.string().check(z.trim(), z.maxLength(LIMITS.counsellor)),
  localHelp: z
    .array(z.string().check(z.trim(), z.minLength(1), z.maxLength(LIMITS.localHelpLine)))
    .check(z.maxLength(LIMITS.localHelpLines)),
});
export type SchoolSettings = z.infer<typeof schoolSettings>;

export const EMPTY_SETTINGS: SchoolSettings = { schoolName: '', counsellor: '', localHelp: [] };

export function hasSchoolContacts(settings: SchoolSettings): boolean {
  return settings.schoolName !== '' || settings.counsellor !== '' || settings.localHelp.length > 0;
}

/** Turns the form's text area (one help line per line) into the stored list. */
export function splitHelpLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/** The school's contact lines (counsellor first, then local help), as typed: escape before use as HTML. */
export function schoolContactLines(settings: SchoolSettings): string[] {
  return [settings.counsellor, ...settings.localHelp].filter(Boolean);
}
