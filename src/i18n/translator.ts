// How the kit's words are looked up. Each namespace of src/i18n/messages/ is its own module, so a page
// loads only the namespaces it imports: a file that shows words builds its translator from exactly
// those, `translator({ shared, deck })`, and a key of a namespace it did not import does not compile.
import type { Locale } from '../content/types';

/** One message in both languages, side by side like lesson text. */
export type Pair = Record<Locale, string>;
/** A namespace: message name → both languages. */
export type Messages = Record<string, Pair>;
/** A message's full name in the given namespaces, e.g. 'shared.helpTitle' or 'deck.printSlides'. */
export type KeyOf<T extends Record<string, Messages>> = {
  [N in keyof T]: `${N & string}.${keyof T[N] & string}`;
}[keyof T];

export type Values = Record<string, string | number>;
/** A message in the given language, with {name} placeholders filled in. */
export type Translate<K extends string> = (locale: Locale, key: K, values?: Values) => string;

export function translator<T extends Record<string, Messages>>(namespaces: T): Translate<KeyOf<T>> {
  return (locale, key, values = {}) => {
    const dot = key.indexOf('.');
    const pair = namespaces[key.slice(0, dot)]?.[key.slice(dot + 1)];
    // Typed code cannot get here; a key cast or computed at run time that names nothing can.
    if (!pair) throw new Error(`No message ${key} in the namespaces ${Object.keys(namespaces).join(', ')}`);
    return fillPlaceholders(pair[locale], values);
  };
}

/** Fills {name} placeholders; one with no value is left as it is, so the gap shows. */
export function fillPlaceholders(template: string, values: Values): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** The keys a translator accepts, for tables of keys: `Record<Verdict, MessageKeyOf<typeof translate>>`. */
export type MessageKeyOf<F> = F extends Translate<infer K> ? K : never;
