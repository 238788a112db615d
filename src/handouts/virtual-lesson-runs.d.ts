// The handouts' runs, which the pages' lesson modules leave out (src/build/lessons-plugin.ts).
declare module 'virtual:lesson-runs' {
  /** Loads one lesson's runs, as its handouts need them, by lesson id. */
  export const lessonRuns: Record<string, () => Promise<{ default: import('../content/lesson-runs').HandoutRuns }>>;
}
