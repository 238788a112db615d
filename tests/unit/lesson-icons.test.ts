// Lesson icons: `![alt](icon:name)` becomes the Lucide icon as inline SVG named by its alt text;
// unknown names and missing alt text are problems; exports read the icon as its alt text.
import { describe, expect, it } from 'vitest';
import { renderBlock, renderInline } from '../../src/content/markdown/markdown';
import { iconSvg, isKnownIcon, similarIcons } from '../../src/content/markdown/icons';
import { htmlBlocks } from '../../src/export/plain-text';

describe('lesson icons', () => {
  it('inlines a known icon as SVG in the text colour, named by its alt text', () => {
    const { html, problems } = renderBlock('# Help\n\n![Phone a helpline](icon:phone)\n\n- Call 110\n');
    expect(problems).toEqual([]);
    expect(html).toContain(
      '<p><svg class="lesson-icon" role="img" aria-label="Phone a helpline" data-icon="phone" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"',
    );
    expect(html).toContain('stroke="currentColor"');
    expect(html).toMatch(/<path d="M13\.832[^"]+"\/><\/svg><\/p>/);
    expect(html).not.toMatch(/mamoru-icon-/);
  });

  it('escapes the alt text and works inline and in YAML text', () => {
    const { html } = renderInline('相談 ![電話 "110" & <b>](icon:phone) する');
    expect(html).toContain('aria-label="電話 &quot;110&quot; &amp; &lt;b&gt;"');
    expect(html.startsWith('相談 <svg')).toBe(true);
  });

  it('refuses unknown names (suggesting near ones) and icons without alt text, rendering nothing for an unknown name', () => {
    const { html, problems } = renderBlock('![Call](icon:phonee)\n\n![](icon:phone)\n\n![x](icon:__proto__)\n', 5);
    expect(problems.map((problem) => [problem.line, problem.message])).toEqual([
      [
        5,
        'unknown icon "phonee": use a Lucide icon name (lucide-static), like icon:phone or icon:shield-check; names like it: phone, megaphone, phone-log',
      ],
      [7, 'image icon:phone has no alt text: write what it shows between the brackets, ![like this](icon:phone)'],
      [9, 'unknown icon "__proto__": use a Lucide icon name (lucide-static), like icon:phone or icon:shield-check'],
    ]);
    expect(html.match(/<svg/g)).toHaveLength(1);
    expect(isKnownIcon('constructor')).toBe(false);
    expect(similarIcons('')).toEqual([]);
  });

  it('cannot be forged from lesson text: an author’s own <svg> is still removed by the sanitizer', () => {
    const { html, problems } = renderBlock('<svg onload="alert(1)"><path d="M0 0"/></svg>\n\nText');
    expect(html).not.toContain('<svg');
    expect(problems.length).toBeGreaterThan(0);
  });

  it('is [図: alt] in the PowerPoint export’s text and left out of PDFs', () => {
    const { html, paragraphs } = renderBlock('# Help\n\n![Phone a helpline](icon:phone)\n\n- Call **110**\n');
    expect(htmlBlocks(html)).toEqual([
      { kind: 'heading', runs: [{ text: 'Help' }], level: 1 },
      { kind: 'image', runs: [{ text: 'Phone a helpline' }], level: 0 },
      { kind: 'bullet', runs: [{ text: 'Call ' }, { text: '110', bold: true }], level: 0 },
    ]);
    expect(paragraphs.map((runs) => runs.map((run) => run.text).join(''))).toEqual(['Help', '• Call 110']);
  });

  it('makes the same SVG for the same icon and alt text', () => {
    expect(iconSvg('shield-check', 'Safe')).toBe(iconSvg('shield-check', 'Safe'));
  });
});
