// Safety steps (what to do if it happens) come from the verified facts, never from code: a lesson
// names the advice facts its handouts print (handout.steps), and each step is one line of the
// fact's text, written there as "1. …".
import type { Fact, Locale } from './types.ts';

/** The steps of an advice fact in one language, without their numbers. */
export function adviceSteps(fact: Pick<Fact, 'text'>, locale: Locale): string[] {
  return (fact.text[locale] ?? '')
    .split('\n')
    .map((line) => line.replace(/^\s*\d+\.\s*/, '').trim())
    .filter(Boolean);
}
