// The live class's words live in the kit's table (src/i18n/messages/live.ts, namespace `live`);
// these helpers name them without the namespace, and turn each refusal of the server into a sentence.
import type { Locale } from '../content/types';
import { live } from '../i18n/messages/live';
import { translator, type Values } from '../i18n/translator';
import type { LiveError } from '../protocol/live';

const translate = translator({ live });

export const liveMessages = live;
export type LiveMessageKey = keyof typeof live;

export function translateLive(locale: Locale, key: LiveMessageKey, values: Values = {}): string {
  return translate(locale, `live.${key}`, values);
}

export function liveErrorText(locale: Locale, error: LiveError): string {
  return translateLive(locale, `error-${error}`);
}
