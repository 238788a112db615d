// A deck always opens with the lesson's content note and closes with help: both are generated.
import { describe, expect, it } from 'vitest';
import { loadLessons } from '../../src/content/node/load';
import { deckSlideRange } from '../../src/content/plan';
import { buildDeck, escapeHtml } from '../../src/export/deck';
import { EMPTY_SETTINGS } from '../../src/content/school';
import { makeLessonsDir } from '../support/lesson-fixtures';

const { lessonsDir } = makeLessonsDir();
const library = loadLessons(lessonsDir).library!;
const lesson = library.lessons[0];

describe('buildDeck', () => {
  it('puts the content note first and help last around the lesson’s own slides', () => {
    const deck = buildDeck(lesson, lesson, library, 'en', EMPTY_SETTINGS);
    expect(deck.map((slide) => slide.kind)).toEqual(['opening', 'lesson', 'lesson', 'closing']);
    expect(deck[0].html).toContain('This lesson is about where to get help.');
    expect(deck[0].html).toContain('you may step out');
    expect(deck.at(-1)!.html).toContain('Police (110)');
    expect(deck.at(-1)!.html).toContain('#9110');
  });

  it('shows only verified help resources on the closing slide', () => {
    const withPartial = { ...lesson, help: { jp: ['help.110', 'help.paps', 'help.lighthouse'] } };
    const closing = buildDeck(withPartial, lesson, library, 'ja', EMPTY_SETTINGS).at(-1)!.html;
    expect(closing).toContain('警察 110番');
    expect(closing).not.toContain('ぱっぷす');
    expect(closing).not.toContain('ライトハウス');
  });

  it('adds the school’s own contacts on their own slide after the help slide, as text, never as markup (H2)', () => {
    const school = {
      schoolName: '<img src=x onerror=alert(1)>',
      counsellor: 'Nurse & counsellor',
      localHelp: ['City line 0120-45-7867'],
    };
    const deck = buildDeck(lesson, lesson, library, 'en', school);
    const [help, own] = deck.slice(-2).map((slide) => slide.html);
    expect(help).toContain('Police');
    expect(help).not.toContain('Nurse');
    expect(own).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(own).not.toContain('<img');
    expect(own).toContain('<li>Nurse &amp; counsellor</li>');
    expect(own).toContain('<li>City line <span class="phone">0120-45-7867</span></li>');
    expect(buildDeck(lesson, lesson, library, 'en', { schoolName: '', counsellor: '', localHelp: [] }).length).toBe(
      deck.length - 1,
    );
  });
});

describe('deckSlideRange', () => {
  it('turns the author’s slide numbers into the deck’s, after the opening slide', () => {
    expect(deckSlideRange('3-5')).toBe('4-6');
    expect(deckSlideRange('7')).toBe('8');
  });

  it('gives the step that starts at the first slide the generated opening slide too (UX L8)', () => {
    expect(deckSlideRange('1')).toBe('1-2');
    expect(deckSlideRange('1-2')).toBe('1-3');
  });
});

describe('escapeHtml', () => {
  it('escapes every character that could start markup or end an attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});
