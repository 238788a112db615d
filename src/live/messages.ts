// The live class's words live in the kit's one table (src/i18n/messages.ts, namespace \`live\`);
// these helpers name them without the namespace, and turn each refusal of the server into a sentence.
import type { Locale } from '../content/types';
import { messages, translate } from '../i18n/messages';
import type { LiveError } from '../protocol/live';

export const liveMessages = messages.live;
export type LiveMessageKey = keyof typeof messages.live;

export function translateLive(
  locale: Locale,
  key: LiveMessageKey,
  values: Record<string, string | number> = {},
): string {
  return translate(locale, `live.${key}`, values);
}

export function liveErrorText(locale: Locale, error: LiveError): string {
  return translateLive(locale, `error-${error}`);
}
