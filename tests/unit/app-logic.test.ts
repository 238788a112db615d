// The app's small pieces of logic: hash routes, language choice, school settings.
import { describe, expect, it } from 'vitest';
import { hrefFor, parseHash } from '../../src/app/routes';
import { preferredLocale } from '../../src/ui/locale';
import { messages, translate } from '../../src/i18n/messages';
import { EMPTY_SETTINGS, schoolSettings, splitHelpLines } from '../../src/content/school';
import { loadSchoolSettings, readSchoolSettings, saveSchoolSettings } from '../../src/ui/school-settings';
import { MemoryStorage } from '../support/memory-storage';

describe('hash routes', () => {
  it.each([
    ['', { page: 'catalogue' }],
    ['#/', { page: 'catalogue' }],
    ['#/settings', { page: 'settings' }],
    ['#/lessons/if-it-happens', { page: 'overview', lessonId: 'if-it-happens' }],
    ['#/lessons/if-it-happens/quiz?lang=en', { page: 'quiz', lessonId: 'if-it-happens' }],
    ['#/lessons/if-it-happens/handouts', { page: 'handouts', lessonId: 'if-it-happens' }],
    ['#/lessons/if-it-happens/slides', { page: 'not-found' }],
    ['#/nowhere', { page: 'not-found' }],
    ['#/lessons/%E0%A4%A', { page: 'overview', lessonId: '%E0%A4%A' }],
  ])('%s is %o', (hash, route) => {
    expect(parseHash(hash).route).toEqual(route);
  });

  it('reads the language from the query inside the hash', () => {
    expect(parseHash('#/lessons/x/quiz?lang=en').params.get('lang')).toBe('en');
  });

  it('makes hashes that parse back to the same route', () => {
    for (const route of [
      { page: 'catalogue' },
      { page: 'settings' },
      { page: 'quiz', lessonId: 'a-b' },
      { page: 'overview', lessonId: 'a-b' },
    ] as const) {
      expect(parseHash(hrefFor(route)).route).toEqual(route);
    }
  });
});

describe('language', () => {
  it('follows the browser when it prefers Japanese or English', () => {
    expect(preferredLocale(['en-GB', 'ja'])).toBe('en');
    expect(preferredLocale(['ja-JP'])).toBe('ja');
  });

  it('falls back to Japanese for other languages', () => {
    expect(preferredLocale(['fr-FR', 'de'])).toBe('ja');
    expect(preferredLocale([])).toBe('ja');
  });

  it('has every message of every namespace in both languages, with the same placeholders', () => {
    const pairs = Object.entries(messages).flatMap(([namespace, table]) =>
      Object.entries(table as Record<string, { ja: string; en: string }>).map(
        ([name, pair]) => [`${namespace}.${name}`, pair] as const,
      ),
    );
    expect(pairs.length).toBeGreaterThan(150);
    for (const [key, pair] of pairs) {
      expect(pair.ja.trim(), key).not.toBe('');
      expect(pair.en.trim(), key).not.toBe('');
      expect([...pair.ja.matchAll(/\{\w+\}/g)].map(String).sort(), key).toEqual(
        [...pair.en.matchAll(/\{\w+\}/g)].map(String).sort(),
      );
    }
  });

  it('fills placeholders', () => {
    expect(translate('en', 'shared.ageBand', { n: 15 })).toBe('Ages 15+');
    expect(translate('ja', 'shared.ageBand', { n: 15 })).toBe('15歳以上');
    expect(translate('ja', 'shared.plan', { n: 45 })).toBe('45分の指導計画');
  });
});

describe('school settings', () => {
  it('round-trips through storage', () => {
    const storage = new MemoryStorage();
    const settings = {
      schoolName: '市立みどり中学校',
      counsellor: '保健室 山田先生',
      localHelp: ['市の相談窓口 0000-00-0000'],
    };
    saveSchoolSettings(settings, storage);
    expect(loadSchoolSettings(storage)).toEqual(settings);
  });

  it('treats corrupt or malformed saved settings as not set, and says they could not be read', () => {
    const storage = new MemoryStorage();
    for (const bad of [
      '{not json',
      '"a string"',
      '{"schoolName": 5}',
      JSON.stringify({ ...EMPTY_SETTINGS, extra: 1 }),
    ]) {
      storage.setItem('mamoru.school-settings', bad);
      expect(loadSchoolSettings(storage)).toEqual(EMPTY_SETTINGS);
      expect(readSchoolSettings(storage)).toEqual({ settings: EMPTY_SETTINGS, unreadable: true });
    }
    expect(readSchoolSettings(new MemoryStorage())).toEqual({ settings: EMPTY_SETTINGS, unreadable: false });
  });

  it('drops direction overrides and control characters, which would make a phone number read wrongly', () => {
    const parsed = schoolSettings.parse({
      schoolName: 'みどり\u0000中学校\u0007',
      counsellor: '保健室\t山田先生 \u202E0120-000-000\u202C',
      localHelp: ['\u2066市の相談窓口\u2069 0120-111-222', '\u202E\u200F'.repeat(3) + 'x'],
    });
    expect(parsed).toEqual({
      schoolName: 'みどり中学校',
      counsellor: '保健室 山田先生 0120-000-000',
      localHelp: ['市の相談窓口 0120-111-222', 'x'],
    });
    expect(splitHelpLines('\u202E0120-000-000\n\u202E\n')).toEqual(['0120-000-000']);
  });

  it('refuses to save settings that are too long', () => {
    expect(() => saveSchoolSettings({ ...EMPTY_SETTINGS, schoolName: 'x'.repeat(500) }, new MemoryStorage())).toThrow();
  });

  it('keeps one local help line per non-empty line', () => {
    expect(splitHelpLines(' a \n\n b\n')).toEqual(['a', 'b']);
  });
});
