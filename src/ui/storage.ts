// The browser's localStorage, guarded: storage can be off (private mode, school policy), and then
// every read finds nothing and every write is dropped, so a choice lasts for this page only.

export function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

export function readStored(key: string, storage: Storage | undefined = browserStorage()): string | undefined {
  try {
    return storage?.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

export function writeStored(key: string, value: string, storage: Storage | undefined = browserStorage()): void {
  try {
    storage?.setItem(key, value);
  } catch {
    // Full or refused: the value then lasts for this page only.
  }
}

export function removeStored(key: string, storage: Storage | undefined = browserStorage()): void {
  try {
    storage?.removeItem(key);
  } catch {
    // Refused: nothing was stored to remove.
  }
}
