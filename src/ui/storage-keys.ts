// The names of what the kit keeps in this browser, apart from the code that reads them: the app
// shell needs the names ("Start over" forgets a page's keys) without loading that code.
export const SCHOOL_SETTINGS_KEY = 'mamoru.school-settings';

/** A lesson's quiz progress on this device. */
export function quizStorageKey(lessonId: string): string {
  return `mamoru.quiz.${lessonId}`;
}
