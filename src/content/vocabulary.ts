// The kit's fixed vocabularies, shared by the schema (Node) and the app (browser). Kept apart from
// the schema so that browser code importing them does not pull in the Markdown toolchain.

export const LOCALES = ['ja', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const TOPICS = [
  'sextortion',
  'grooming',
  'law',
  'help-seeking',
  'image-abuse',
  'exploitation',
  'trafficking',
  'bystander',
] as const;
export type Topic = (typeof TOPICS)[number];
