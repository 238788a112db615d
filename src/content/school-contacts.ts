// The school's contacts as the deck prints them: no zod here (their checking is in ./school.ts),
// so the deck page's first script carries none.
import type { SchoolSettings } from './school.ts';

export type { SchoolSettings };

export const EMPTY_SETTINGS: SchoolSettings = { schoolName: '', counsellor: '', localHelp: [] };

export function hasSchoolContacts(settings: SchoolSettings): boolean {
  return settings.schoolName !== '' || settings.counsellor !== '' || settings.localHelp.length > 0;
}

/** The school's contact lines (counsellor first, then local help), as typed: escape before use as HTML. */
export function schoolContactLines(settings: SchoolSettings): string[] {
  return [settings.counsellor, ...settings.localHelp].filter(Boolean);
}
