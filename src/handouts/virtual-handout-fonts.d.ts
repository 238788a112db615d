// The handout font's build-time subset, as the page sees it (see src/build/handout-fonts-plugin.ts).
declare module 'virtual:handout-fonts' {
  /** The subset's TTF files, as URLs relative to the page. */
  export const SUBSET_FONT_URLS: import('./fonts').FontSources;
  /** Every character the subset holds. */
  export const SUBSET_CHARACTERS: string;
}
