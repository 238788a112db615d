// The handouts' words in one language (src/i18n/messages.ts), bound once per handout.
import type { Locale } from '../../content/types';
import { translate, type MessageKey } from '../../i18n/messages';

export type T = (key: MessageKey, values?: Record<string, string | number>) => string;

export function translator(locale: Locale): T {
  return (key, values) => translate(locale, key, values);
}
