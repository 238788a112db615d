// Slide Markdown → slides: separators, notes, fragments, ruby and fact citations.
import { describe, expect, it } from 'vitest';
import { renderBlock, renderInline } from '../../src/content/markdown/markdown';
import { splitSlides } from '../../src/content/markdown/slides';

describe('splitSlides', () => {
  it('splits on lines of --- and keeps each slide’s first line', () => {
    const slides = splitSlides('# One\n\ntext\n\n---\n\n# Two\n---\n# Three\n');
    expect(slides.map((slide) => [slide.line, slide.body.trim()])).toEqual([
      [1, '# One\n\ntext'],
      [6, '# Two'],
      [9, '# Three'],
    ]);
  });

  it('takes everything after Note: as the speaker notes, with their line', () => {
    const [slide] = splitSlides('# Title\n\nNote:\nSay this.\nAnd this.\n');
    expect(slide.body.trim()).toBe('# Title');
    expect(slide.notes).toBe('Say this.\nAnd this.');
    expect(slide.notesLine).toBe(4);
  });

  it('accepts notes on the same line as Note:', () => {
    const [slide] = splitSlides('# Title\nNotes: short note');
    expect(slide.notes).toBe('short note');
    expect(slide.notesLine).toBe(2);
  });

  it('does not split inside a fenced code block, and handles Windows line ends', () => {
    const slides = splitSlides('# A\r\n```\r\n---\r\n```\r\n---\r\n# B');
    expect(slides).toHaveLength(2);
    expect(slides[0].body).toContain('---');
  });

  it('drops empty slides made by stray separators', () => {
    expect(splitSlides('---\n\n---\n# Only\n---\n')).toHaveLength(1);
  });
});

describe('renderBlock', () => {
  it('turns + list items into fragments and leaves - lists alone', () => {
    const { html } = renderBlock('+ one\n+ two\n\n- three');
    expect(html).toContain('<li class="fragment">one</li>');
    expect(html).toContain('<li>three</li>');
  });

  it('renders ruby, and leaves the readings out of the plain text', () => {
    const { html, text } = renderBlock('{脅迫:きょう|はく}に{気:き}をつける');
    expect(html).toContain('<ruby>脅<rt>きょう</rt>迫<rt>はく</rt></ruby>');
    expect(text).toBe('脅迫に気をつける');
  });

  it('collects [[fact]] citations and does not show them', () => {
    const { html, factRefs } = renderBlock('Since 2023 it is a crime. [[law.penal-182-2023]]');
    expect(factRefs.map((ref) => ref.id)).toEqual(['law.penal-182-2023']);
    expect(html).not.toContain('[[');
  });

  it('does not put a space where a Japanese line wraps', () => {
    expect(renderBlock('これは\n日本語です').html).toBe('<p>これは日本語です</p>\n');
  });

  it('publishes lesson images under the lesson’s asset folder and keeps their alt text', () => {
    const result = renderBlock('![A help poster](poster.png)', 1, 'lesson-assets/demo');
    expect(result.html).toContain('<img src="lesson-assets/demo/poster.png" alt="A help poster" />');
    expect(result.images).toEqual(['poster.png']);
    expect(result.problems).toEqual([]);
  });

  it('reports problems at the line of the file they are on', () => {
    const { problems } = renderBlock('# Title\n\n<script>x()</script>', 20);
    expect(problems).toEqual([
      expect.objectContaining({ line: 22, col: 1, message: expect.stringContaining('<script>') }),
    ]);
  });

  it('names the first heading', () => {
    expect(renderBlock('intro\n\n## The {転:てん}換点\n\n# Later').heading).toBe('The 転換点');
  });
});

describe('renderInline', () => {
  it('renders emphasis and safe links without a paragraph', () => {
    expect(renderInline('**Call** [110](tel:110)').html).toBe('<strong>Call</strong> <a href="tel:110">110</a>');
  });
});

describe('fact citations', () => {
  it('finds every citation with its line and column, from the tokens', () => {
    expect(renderBlock('a\nsee [[fig.deepfakes]] and [[law.av-act-2022]]').factRefs).toEqual([
      { id: 'fig.deepfakes', line: 2, col: 5 },
      { id: 'law.av-act-2022', line: 2, col: 27 },
    ]);
  });

  it('counts lines from where the block starts in its file, inside lists and quotes too', () => {
    const source = '# Title\n\n- one\n- two [[law.a]]\n\n> quoted\n> line [[fig.b]] and [[fig.b]]\n';
    expect(renderBlock(source, 10).factRefs).toEqual([
      { id: 'law.a', line: 13, col: 7 },
      { id: 'fig.b', line: 16, col: 8 },
      { id: 'fig.b', line: 16, col: 22 },
    ]);
  });

  it('is not a citation in code, and leaves no trace in the HTML', () => {
    const { factRefs, html } = renderBlock('`[[law.a]]` and [[fig.b]]\n\n```\n[[law.c]]\n```\n');
    expect(factRefs.map((ref) => ref.id)).toEqual(['fig.b']);
    expect(html).toContain('[[law.a]]');
    expect(html).not.toContain('fig.b');
  });
});

describe('Japanese emphasis and quoted lines (UX report H5, H6)', () => {
  it('H5: bold closes before a Japanese letter after punctuation (**72.1%**が)', () => {
    expect(renderInline('最初の接触の**72.1%**が子ども自身の投稿から').html).toBe(
      '最初の接触の<strong>72.1%</strong>が子ども自身の投稿から',
    );
    expect(renderInline('**「証拠」**を残す').html).toBe('<strong>「証拠」</strong>を残す');
  });

  it('H5: refuses ** that would still show on the slide, at its line and column', () => {
    const { problems } = renderBlock('# Title\n\nこれは ** のこり', 10);
    expect(problems).toEqual([{ line: 12, col: 5, message: expect.stringContaining('emphasis markers (**)') }]);
    expect(renderBlock('a ___ blank', 1).problems).toEqual([]);
  });

  it('H6: a quoted job ad keeps the author’s line breaks, in Japanese and English', () => {
    expect(renderBlock('> 日給はふつうの何倍も\n> 経験・面接なし').html).toContain(
      '日給はふつうの何倍も<br />\n経験・面接なし',
    );
    expect(renderBlock('> Pay many times the usual!\n> No experience').html).toContain(
      'Pay many times the usual!<br />\nNo experience',
    );
    // Outside quotes a Japanese line break is still no space, and an English one a space.
    expect(renderBlock('ふつうの\n文章').html).toBe('<p>ふつうの文章</p>\n');
  });
});
