// Which language the app shows: `lang` in the hash wins and is remembered; then the remembered
// choice; then the browser's preference. <html lang> always follows.
import { createContext, useContext, useEffect } from 'react';
import { LOCALES, type Locale } from '../content/types';
import type { Translate, Values } from '../i18n/translator';
import { readStored, writeStored } from './storage';

const STORAGE_KEY = 'mamoru.locale';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export function preferredLocale(languages: readonly string[]): Locale {
  for (const language of languages) {
    const base = language.toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
  }
  return 'ja';
}

export function rememberedLocale(): Locale | undefined {
  const stored = readStored(STORAGE_KEY);
  return isLocale(stored) ? stored : undefined;
}

export function rememberLocale(locale: Locale): void {
  writeStored(STORAGE_KEY, locale);
}

/** The language for a page whose URL may name one (`lang=`), remembering it when it does. */
export function resolveLocale(requested: string | null): Locale {
  if (isLocale(requested)) {
    rememberLocale(requested);
    return requested;
  }
  return rememberedLocale() ?? preferredLocale(navigator.languages ?? [navigator.language]);
}

/** Keeps <html lang> equal to the language shown. */
export function useDocumentLanguage(locale: Locale, title: string): void {
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = title;
  }, [locale, title]);
}

export const LocaleContext = createContext<Locale>('ja');

/**
 * The current language, and with a translator (built from the namespaces the component shows,
 * src/i18n/translator.ts) that language's words.
 */
export function useLocale(): { locale: Locale };
export function useLocale<K extends string>(
  translate: Translate<K>,
): { locale: Locale; t: (key: K, values?: Values) => string };
export function useLocale<K extends string>(translate?: Translate<K>) {
  const locale = useContext(LocaleContext);
  if (!translate) return { locale };
  return { locale, t: (key: K, values?: Values) => translate(locale, key, values) };
}
