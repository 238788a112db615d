// The handouts' words in one language (src/i18n/messages/handout.ts and shared.ts), bound once per handout.
import type { Locale } from '../../content/types';
import { handout } from '../../i18n/messages/handout';
import { shared } from '../../i18n/messages/shared';
import { translator as wordsOf, type MessageKeyOf, type Values } from '../../i18n/translator';

const translate = wordsOf({ shared, handout });
export type HandoutMessageKey = MessageKeyOf<typeof translate>;
export type T = (key: HandoutMessageKey, values?: Values) => string;

export function translator(locale: Locale): T {
  return (key, values) => translate(locale, key, values);
}
