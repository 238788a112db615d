// The school settings as this browser keeps them.
import { EMPTY_SETTINGS, schoolSettings, type SchoolSettings } from '../content/school';
import { browserStorage, readStored, removeStored, writeStored } from './storage';

import { SCHOOL_SETTINGS_KEY } from './storage-keys';

export { SCHOOL_SETTINGS_KEY };

export interface StoredSchoolSettings {
  settings: SchoolSettings;
  /** Something was saved but cannot be read (damaged, or from another version): the teacher must be told, not shown "not set". */
  unreadable: boolean;
}

/** The saved settings, and whether what was saved could be read. */
export function readSchoolSettings(storage: Storage | undefined = browserStorage()): StoredSchoolSettings {
  const raw = readStored(SCHOOL_SETTINGS_KEY, storage);
  if (!raw) return { settings: EMPTY_SETTINGS, unreadable: false };
  try {
    const parsed = schoolSettings.safeParse(JSON.parse(raw));
    return parsed.success
      ? { settings: parsed.data, unreadable: false }
      : { settings: EMPTY_SETTINGS, unreadable: true };
  } catch {
    return { settings: EMPTY_SETTINGS, unreadable: true };
  }
}

/** The saved settings; anything unreadable counts as not set (pages that can say so use readSchoolSettings). */
export function loadSchoolSettings(storage: Storage | undefined = browserStorage()): SchoolSettings {
  return readSchoolSettings(storage).settings;
}

export function saveSchoolSettings(settings: SchoolSettings, storage: Storage | undefined = browserStorage()): void {
  writeStored(SCHOOL_SETTINGS_KEY, JSON.stringify(schoolSettings.parse(settings)), storage);
}

export function clearSchoolSettings(storage: Storage | undefined = browserStorage()): void {
  removeStored(SCHOOL_SETTINGS_KEY, storage);
}
