// The school's own details (name, a counsellor or nurse, local help lines), kept in this browser
// only and shown on the deck's closing help slide and on handouts.
// zod/mini: the same validation with a far smaller share of the page's JavaScript.
import * as z from 'zod/mini';

const STORAGE_KEY = 'mamoru.school-settings';

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

/** The saved settings; anything unreadable or malformed counts as not set. */
export function loadSchoolSettings(storage: Storage | undefined = safeStorage()): SchoolSettings {
  try {
    const raw = storage?.getItem(STORAGE_KEY);
    if (!raw) return EMPTY_SETTINGS;
    const parsed = schoolSettings.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : EMPTY_SETTINGS;
  } catch {
    return EMPTY_SETTINGS;
  }
}

export function saveSchoolSettings(settings: SchoolSettings, storage: Storage | undefined = safeStorage()): void {
  storage?.setItem(STORAGE_KEY, JSON.stringify(schoolSettings.parse(settings)));
}

export function clearSchoolSettings(storage: Storage | undefined = safeStorage()): void {
  storage?.removeItem(STORAGE_KEY);
}

/** Turns the form's text area (one help line per line) into the stored list. */
export function splitHelpLines(text: string): string[] {
  return text.split('\n').map((line) => line.trim()).filter(Boolean);
}

function safeStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
