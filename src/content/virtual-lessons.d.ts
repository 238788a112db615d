// The lessons as the browser sees them (see src/content/vite-plugin.ts).
declare module 'virtual:lessons' {
  const catalogue: import('./types').LessonCatalogue;
  export default catalogue;
  /** Loads one lesson's slides and quiz, by lesson id. */
  export const lessonContent: Record<string, () => Promise<{ default: import('./types').LessonContent }>>;
}
