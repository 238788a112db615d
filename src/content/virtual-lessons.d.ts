// The lessons as the browser sees them (made by src/build/lessons-plugin.ts).
declare module 'virtual:lessons' {
  /** The catalogue: one small card per lesson. */
  const index: import('./types').LessonIndex;
  export default index;
}
declare module 'virtual:lesson-loaders' {
  /** Loads one whole lesson (summary, slides, quiz and the library they cite), by lesson id. */
  export const lessonLoaders: Record<string, () => Promise<{ default: import('./types').LoadedLesson }>>;
}
