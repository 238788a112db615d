// The kit's own words on the deck's generated slides (opening and closing). Lesson text is broken
// into phrases by the Markdown pipeline; these words are not Markdown, so the build breaks them
// (src/build/lessons-plugin.ts) and hands them to the deck in the catalogue, ready to show.
import { translator, type MessageKeyOf } from '../i18n/translator.ts';
import { deck } from '../i18n/messages/deck.ts';
import { PHRASES_CLASS } from '../content/japanese-text.ts';
import type { LessonCatalogue, Locale } from '../content/types.ts';

const translate = translator({ deck });
type MessageKey = MessageKeyOf<typeof translate>;

export const PHRASED_WORDS = [
  'deck.openingTitle',
  'deck.openingStepOut',
  'deck.openingTalk',
  'deck.closingTitle',
  'deck.closingNotYourFault',
] as const satisfies readonly MessageKey[];
export type PhrasedWord = (typeof PHRASED_WORDS)[number];

/** Every phrased word in a language as HTML, cut by `phrasesOf` (BudouX, at build time). */
export function phrasedWords(locale: Locale, phrasesOf: (text: string) => string[]): Record<PhrasedWord, string> {
  return Object.fromEntries(
    PHRASED_WORDS.map((key) => [key, phrasedHtml(phrasesOf(translate(locale, key)))]),
  ) as Record<PhrasedWord, string>;
}

/** A word as the build phrased it, or as plain escaped text where there was no build (Node exports). */
export function wordsHtml(catalogue: LessonCatalogue, locale: Locale, key: PhrasedWord): string {
  return catalogue.phrasedWords?.[locale]?.[key] ?? escapeHtml(translate(locale, key));
}

/** Text cut into phrases as HTML: escaped, a <wbr> between phrases, in an element that keeps them whole. */
export function phrasedHtml(phrases: string[]): string {
  const html = phrases.map(escapeHtml).join('<wbr />');
  return phrases.length > 1 ? `<span class="${PHRASES_CLASS}">${html}</span>` : html;
}

/** School settings are typed by a person: they are always escaped, never treated as markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
