// The school settings as this browser keeps them; anything unreadable or malformed counts as not set.
import { EMPTY_SETTINGS, schoolSettings, type SchoolSettings } from '../content/school';
import { browserStorage, readStored, removeStored, writeStored } from './storage';

const STORAGE_KEY = 'mamoru.school-settings';

/** The saved settings. */
export function loadSchoolSettings(storage: Storage | undefined = browserStorage()): SchoolSettings {
  const raw = readStored(STORAGE_KEY, storage);
  if (!raw) return EMPTY_SETTINGS;
  try {
    const parsed = schoolSettings.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : EMPTY_SETTINGS;
  } catch {
    return EMPTY_SETTINGS;
  }
}

export function saveSchoolSettings(settings: SchoolSettings, storage: Storage | undefined = browserStorage()): void {
  writeStored(STORAGE_KEY, JSON.stringify(schoolSettings.parse(settings)), storage);
}

export function clearSchoolSettings(storage: Storage | undefined = browserStorage()): void {
  removeStored(STORAGE_KEY, storage);
}
