// lessons/facts.yaml is a copy of ../shared/facts/japan.yaml in the kit's own shape, so that a
// school's copy of the kit is complete without the shared folder. `npm run facts` writes it and a
// test keeps it equal to the shared file.
import { parseDocument, visit } from 'yaml';
import { joinFoldedJapanese } from './japanese-text.ts';
import type { BibliographyEntry, FactsFile } from './schema.ts';

type Raw = Record<string, unknown>;
type Fact = FactsFile['facts'][number];

const FACT_LISTS = ['law', 'events', 'figures', 'help_jp', 'help_international'];
const TEXT_KEYS = new Set(['id', 'status', 'ja', 'en', 'sources', 'steps']);

export function factsFromShared(yamlText: string): FactsFile & { repaired: string[] } {
  const { shared, repaired } = parseShared(yamlText);
  const facts: Fact[] = [];
  for (const list of FACT_LISTS) {
    for (const entry of (shared[list] as Raw[] | undefined) ?? []) facts.push(toFact(String(entry.id), entry));
  }
  for (const [key, value] of Object.entries(shared)) {
    if (/^(case|advice)\./.test(key)) facts.push(toFact(key, value as Raw));
  }
  const bibliography: BibliographyEntry[] = Object.entries((shared.sources as Record<string, Raw>) ?? {}).map(
    ([id, source]) => ({
      id,
      title: String(source.title),
      ...optional('publisher', source.publisher),
      ...optional('date', source.date),
      ...optional('url', source.url),
    }),
  );
  return {
    checked: String(shared.checked),
    ...optional('updated', shared.updated),
    facts,
    bibliography,
    repaired,
  };
}

/**
 * In YAML, ` #` starts a comment even inside unquoted text, so a line such as
 * `(110 in danger, #9110 or #8103)` loses its end. Where an unquoted value has an unclosed
 * bracket and a comment on the same line, the comment is the rest of the text: put it back, and
 * report it so the shared file can be quoted properly.
 */
function parseShared(yamlText: string): { shared: Raw; repaired: string[] } {
  const doc = parseDocument(yamlText);
  const repaired: string[] = [];
  visit(doc, {
    Scalar(_, node) {
      const value = node.value;
      if (node.type !== 'PLAIN' || !node.comment || typeof value !== 'string') return;
      if (count(value, '(') <= count(value, ')')) return;
      node.value = `${value} #${node.comment}`;
      node.comment = undefined;
      repaired.push(String(node.value));
    },
  });
  return { shared: doc.toJS() as Raw, repaired };
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

function toFact(id: string, entry: Raw): Fact {
  const steps = Array.isArray(entry.steps)
    ? (entry.steps as string[]).map((step, i) => `${i + 1}. ${step}`).join('\n')
    : undefined;
  const details: Record<string, string> = {};
  for (const [key, value] of Object.entries(entry)) {
    if (!TEXT_KEYS.has(key) && value !== undefined) details[key] = String(value);
  }
  return {
    id,
    status: entry.status as Fact['status'],
    text: {
      ...optional('ja', typeof entry.ja === 'string' ? joinFoldedJapanese(entry.ja) : entry.ja),
      ...optional('en', entry.en ?? steps),
    },
    details,
    sources: ((entry.sources as string[] | undefined) ?? []).map(String),
  };
}

function optional<K extends string>(key: K, value: unknown): Partial<Record<K, string>> {
  return value === undefined || value === null ? {} : ({ [key]: String(value) } as Record<K, string>);
}
