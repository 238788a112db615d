// Lesson packs come from other schools. Every vector of the hostile corpus (tests/fixtures/hostile),
// in every kind of lesson text, is refused by the check with its line, and whatever the check lets
// through is inert: no script, no handler, no address the kit would load or follow to run code.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderBlock, renderInline } from '../../src/content/markdown/markdown';
import { sanitize } from '../../src/content/markdown/sanitize';
import { dangerousMarkup } from '../support/dangerous-markup';
import { FIXTURES } from '../support/lesson-fixtures';

interface Vector {
  id: number;
  source: string;
  title: string;
  payload: string;
}

export const CORPUS: Vector[] = JSON.parse(readFileSync(path.join(FIXTURES, 'hostile', 'corpus.json'), 'utf8'));

/** The kinds of lesson text: a slide's Markdown, its notes, and the one-line texts of lesson.yaml and quiz.yaml. */
const PLACES: Record<string, (payload: string) => { html: string; problems: unknown[] }> = {
  'slide body': (payload) => renderBlock(`# Title\n\n${payload}\n`, 1, 'lesson-assets/x'),
  'slide, inside a list item': (payload) => renderBlock(`- ${payload}\n`, 1, 'lesson-assets/x'),
  'speaker notes': (payload) => renderBlock(payload, 1, 'lesson-assets/x'),
  'a lesson.yaml or quiz.yaml text': (payload) => renderInline(payload),
  'a quoted job ad in a slide': (payload) => renderBlock(`> ${payload}\n`, 1, 'lesson-assets/x'),
};

describe('the hostile corpus', () => {
  it('holds the public vectors it promises, each with its source', () => {
    const count = (source: string) => CORPUS.filter((vector) => vector.source === source).length;
    expect(count('dompurify')).toBeGreaterThanOrEqual(150);
    expect(count('owasp-cheat-sheet')).toBeGreaterThanOrEqual(40);
    expect(count('mamoru-markdown')).toBeGreaterThanOrEqual(40);
  });

  it('is dangerous before the kit handles it: the scan finds something in most raw vectors', () => {
    const flagged = CORPUS.filter((vector) => dangerousMarkup(vector.payload).length > 0).length;
    expect(flagged / CORPUS.length).toBeGreaterThan(0.7);
  });

  it('is refused with a line or rendered inert, in every kind of lesson text', () => {
    let refused = 0;
    let inert = 0;
    const dangerous: string[] = [];
    for (const vector of CORPUS) {
      for (const [place, render] of Object.entries(PLACES)) {
        const { html, problems } = render(vector.payload);
        if (problems.length) refused++;
        else inert++;
        // Refused or not, what would reach a page must be harmless.
        for (const found of dangerousMarkup(html)) dangerous.push(`#${vector.id} in ${place}: ${found}`);
      }
    }
    console.log(
      `hostile corpus: ${CORPUS.length} vectors × ${Object.keys(PLACES).length} places: refused ${refused}, let through inert ${inert}, dangerous ${dangerous.length}`,
    );
    expect(dangerous).toEqual([]);
    expect(refused).toBeGreaterThan(inert);
  }, 60_000);

  it('leaves nothing dangerous when raw vectors skip Markdown and go straight to the sanitizer', () => {
    const dangerous = CORPUS.flatMap((vector) =>
      dangerousMarkup(sanitize(vector.payload)).map((found) => `#${vector.id}: ${found}`),
    );
    expect(dangerous).toEqual([]);
  });
});
