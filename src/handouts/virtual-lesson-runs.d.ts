// The handouts' runs, which the pages' lesson modules leave out (src/build/lessons-plugin.ts).
declare module 'virtual:lesson-runs' {
  /** The runs of the catalogue (virtual:lessons), as a tree of its shape. */
  const catalogueRuns: import('../content/lesson-runs').RunsTree;
  export default catalogueRuns;
  /** Loads one lesson's runs (its speaker notes, as `{ decks }` of LessonContent), by lesson id. */
  export const lessonRuns: Record<string, () => Promise<{ default: import('../content/lesson-runs').RunsTree }>>;
}
