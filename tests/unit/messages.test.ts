// The kit's words: one module per namespace in src/i18n/messages/, every one in the index (so the
// tests over the whole table, e.g. tests/unit/app-logic.test.ts's both-languages check, see it),
// no message that nothing shows, and a translator that names a key it does not have.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/content/node/paths';
import { messages, translate } from '../../src/i18n/messages';
import { deck } from '../../src/i18n/messages/deck';
import { shared } from '../../src/i18n/messages/shared';
import { translator, type Translate } from '../../src/i18n/translator';

const SRC = path.join(PROJECT_ROOT, 'src');
/** Messages no code shows on purpose, each with its reason. */
const KEPT_UNSHOWN: Record<string, string> = {
  'handout.sourceIds':
    'no handout prints source ids any more; tests/unit/handout-outline.test.ts and handouts-ux.test.ts check it stays so',
};
const MESSAGES_DIR = path.join(SRC, 'i18n/messages');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

describe('the message table', () => {
  it('has every namespace module of src/i18n/messages/ in its index, under the name the keys use', () => {
    const modules = readdirSync(MESSAGES_DIR)
      .filter((name) => name.endsWith('.ts') && !['index.ts', 'names.ts'].includes(name))
      .map((name) => name.replace(/\.ts$/, ''))
      .sort();
    expect(Object.keys(messages).sort()).toEqual(modules);
  });

  it('has no message that no code shows (a dead key)', () => {
    // Code outside src/i18n/, with the table itself left out: a key is used where its full name
    // ('deck.printSlides') is written, or its bare name where a namespace's helper adds the prefix
    // (translateLive('rightOrder'), t(`quiz.${error}`)), or a prefix of a key built at run time.
    const code = sourceFiles(SRC)
      .filter((file) => !file.startsWith(path.join(SRC, 'i18n') + path.sep))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    const computedPrefixes = [...code.matchAll(/`([\w-]+)-\$\{/g)].map((match) => `${match[1]}-`);
    const dead = Object.entries(messages).flatMap(([namespace, table]) =>
      Object.keys(table)
        .filter(
          (name) =>
            !code.includes(`${namespace}.${name}`) &&
            !new RegExp(`['"\`]${name}['"\`]`).test(code) &&
            !computedPrefixes.some((prefix) => name.startsWith(prefix)),
        )
        .map((name) => `${namespace}.${name}`)
        .filter((key) => !(key in KEPT_UNSHOWN)),
    );
    expect(dead).toEqual([]);
  });

  it('translates with the namespaces it was given, filling placeholders', () => {
    const words = translator({ shared, deck });
    expect(words('ja', 'deck.printSlides')).toBe(deck.printSlides.ja);
    expect(words('en', 'shared.minutes', { n: 45 })).toBe('45 min');
    expect(translate('ja', 'quiz.questionOf', { n: 2, total: 5 })).toBe('問2（全5問）');
  });

  it('refuses a key it does not have, naming the key and the namespaces it has', () => {
    const words = translator({ deck }) as Translate<string>;
    expect(() => words('ja', 'handout.kindStudent')).toThrow('No message handout.kindStudent in the namespaces deck');
    expect(() => words('en', 'deck.noSuchMessage')).toThrow('No message deck.noSuchMessage');
    expect(() => words('en', 'nodot')).toThrow('No message nodot');
  });
});
