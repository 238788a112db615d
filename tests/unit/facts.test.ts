// lessons/facts.yaml is the shared, verified facts file in the kit's shape, and must not drift from it.
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { factsFromShared } from '../../src/content/facts';
import { FACTS_FILE, LESSONS_DIR, SHARED_FACTS_FILE } from '../../src/content/node/paths';
import { loadLessons } from '../../src/content/node/load';
import { factsFile } from '../../src/content/schema';

describe('lessons/facts.yaml', () => {
  // Outside CI a checkout may lack ../shared; in CI the missing file is a failure, not a skip.
  it.skipIf(!existsSync(SHARED_FACTS_FILE) && !process.env.CI)(
    'equals what `npm run facts` makes from ../shared/facts/japan.yaml',
    () => {
      expect(existsSync(SHARED_FACTS_FILE), `${SHARED_FACTS_FILE} is missing`).toBe(true);
      const { repaired: _repaired, ...expected } = factsFromShared(readFileSync(SHARED_FACTS_FILE, 'utf8'));
      expect(factsFile.parse(parse(readFileSync(FACTS_FILE, 'utf8')))).toEqual(factsFile.parse(expected));
    },
  );

  it('keeps text after an unquoted " #" that YAML would read as a comment', () => {
    const { facts, repaired } = factsFromShared(
      'checked: 2026-11\nadvice.x:\n  status: verified\n  steps:\n    - Call the police (110 in danger, #9110 or #8103).\n',
    );
    expect(facts[0].text.en).toBe('1. Call the police (110 in danger, #9110 or #8103).');
    expect(repaired).toHaveLength(1);
  });

  it('joins Japanese lines that YAML folded with a space', () => {
    const { facts } = factsFromShared(
      'checked: x\nlaw:\n  - id: law.x\n    status: verified\n    ja: >-\n      子どもに、\n      威迫する\n',
    );
    expect(facts[0].text.ja).toBe('子どもに、威迫する');
  });

  it('dates the kit by the latest correction of the shared facts', () => {
    const shared = parse(readFileSync(FACTS_FILE, 'utf8')) as { checked: string; updated?: string };
    expect(loadLessons(LESSONS_DIR).library?.factsChecked).toBe(shared.updated ?? shared.checked);
  });

  it('keeps the month of the latest correction, so materials are dated by it and not by the first review', () => {
    expect(factsFromShared('checked: 2026-11\nupdated: 2026-12\n')).toMatchObject({
      checked: '2026-11',
      updated: '2026-12',
    });
    expect(factsFromShared('checked: 2026-11\n')).not.toHaveProperty('updated');
  });
});
