// Where a tab keeps when its class period started, for the speaker view's timers: the deck window
// and the speaker window both read and write this key in their own sessionStorage.

export function periodStartKey(lessonId: string): string {
  return `mamoru.speaker.started.${lessonId}`;
}

/** This window's sessionStorage, or nothing where storage is refused. */
export function tabStorage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}
