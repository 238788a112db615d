// Finds refused wordings (lessons/wording.yaml) in a lesson file's text, by line and column. Ruby
// and emphasis markup are read through, so {軽率:けいそつ} or **your own fault** still count.
import type { WordingRule } from './schema.ts';

export interface WordingHit {
  line: number;
  col: number;
  rule: WordingRule;
}

export function findBlamingWordings(text: string, rules: WordingRule[]): WordingHit[] {
  const hits: WordingHit[] = [];
  const phrases = rules.map((rule) => ({ rule, phrase: rule.phrase.toLowerCase().replace(/\s+/g, ' ') }));
  text.split('\n').forEach((raw, index) => {
    const { plain, columns } = readable(raw);
    const lower = plain.toLowerCase();
    for (const { rule, phrase } of phrases) {
      let at = lower.indexOf(phrase);
      while (at !== -1) {
        hits.push({ line: index + 1, col: columns[at] + 1, rule });
        at = lower.indexOf(phrase, at + phrase.length);
      }
    }
  });
  return hits;
}

/** The line as a reader sees it (ruby readings, emphasis marks and repeated spaces dropped), with each character's column in the raw line. */
function readable(raw: string): { plain: string; columns: number[] } {
  const kept: string[] = [];
  const columns: number[] = [];
  const hidden = new Set<number>();
  if (raw.includes('{'))
    for (const match of raw.matchAll(/\{([^{}:]+):([^{}]*)\}/g)) {
      const start = match.index ?? 0;
      hidden.add(start);
      for (let i = start + 1 + match[1].length; i < start + match[0].length; i++) hidden.add(i);
    }
  // Linear in the line's length: a lesson may hold one very long line of prose.
  let lastWasSpace = false;
  for (let i = 0; i < raw.length; i++) {
    const char = raw[i];
    if (hidden.has(i) || char === '*' || char === '_') continue;
    const space = /\s/.test(char);
    if (space && lastWasSpace) continue;
    kept.push(space ? ' ' : char);
    columns.push(i);
    lastWasSpace = space;
  }
  return { plain: kept.join(''), columns };
}
