// How a fact is shown to a reader: its text in the reader's language (falling back to the other
// one) and the badge for a fact that is only reported or must be checked locally.
import type { Fact, Locale } from './types.ts';

export function factText(fact: Fact, locale: Locale): string | undefined {
  return fact.text[locale] ?? fact.text.en ?? fact.text.ja;
}

/** The message key of the badge a fact carries, or undefined for a verified fact. */
export function factBadge(fact: Fact | undefined): 'shared.reported' | 'shared.checkLocally' | undefined {
  if (fact?.status === 'partial') return 'shared.reported';
  if (fact?.status === 'verify-locally') return 'shared.checkLocally';
  return undefined;
}
