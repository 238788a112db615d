// Lesson text as runs (bold, ruby) made by the loader from markdown-it's tokens, for the PDFs.
import { describe, expect, it } from 'vitest';
import { renderBlock, renderInline } from '../../src/content/markdown/markdown';
import { runsText } from '../../src/content/markdown/runs';

describe('runs of inline text', () => {
  it('keeps bold, and merges neighbouring text of the same weight', () => {
    expect(renderInline('Call **110** now, or *write* to us').runs).toEqual([
      { text: 'Call ', bold: false },
      { text: '110', bold: true },
      { text: ' now, or write to us', bold: false },
    ]);
  });

  it('keeps the reading of ruby, written as {base:reading} or as <ruby> HTML', () => {
    expect(renderInline('{脅:おど}す人と<ruby>証拠<rp>(</rp><rt>しょうこ</rt><rp>)</rp></ruby>', 'ja').runs).toEqual([
      { text: '脅', bold: false, ruby: 'おど' },
      { text: 'す人と', bold: false },
      { text: '証拠', bold: false, ruby: 'しょうこ' },
    ]);
  });

  it('keeps ruby inside bold, with its reading', () => {
    expect(renderInline('② **スクショで{証拠:しょうこ}を残す**', 'ja').runs).toEqual([
      { text: '② ', bold: false },
      { text: 'スクショで', bold: true },
      { text: '証拠', bold: true, ruby: 'しょうこ' },
      { text: 'を残す', bold: true },
    ]);
  });

  it('decodes entities once, and does not decode what was written as text', () => {
    expect(runsText(renderInline('A &amp; B &lt;tag&gt; &#x3042; &amp;lt;').runs)).toBe('A & B <tag> あ &lt;');
  });

  it('makes **72.1%**が bold in Japanese (CJK-friendly emphasis)', () => {
    expect(renderInline('最初の接触の**72.1%**が子ども自身の投稿から', 'ja').runs).toEqual([
      { text: '最初の接触の', bold: false },
      { text: '72.1%', bold: true },
      { text: 'が子ども自身の投稿から', bold: false },
    ]);
  });

  it('carries no <wbr> or phrase markup into the text of Japanese runs', () => {
    const rendered = renderInline(
      'はじまりは、ふつうの{投稿:とうこう}とやさしい言葉のことが多いです。「ひみつね」と言う',
      'ja',
    );
    expect(rendered.html).toContain('<wbr');
    expect(runsText(rendered.runs)).toBe('はじまりは、ふつうの投稿とやさしい言葉のことが多いです。「ひみつね」と言う');
    expect(runsText(rendered.runs)).toBe(rendered.text);
  });

  it('leaves out images, icons and raw HTML tags, but keeps link and code text', () => {
    const rendered = renderInline('![a phone](icon:phone) call [the line](https://example.org) or `#9110`<br>now');
    expect(runsText(rendered.runs)).toBe('call the line or #9110 now');
  });
});

describe('paragraphs of block text (speaker notes)', () => {
  it('makes one paragraph per paragraph, heading and list item; list items keep their bullet', () => {
    const { paragraphs } = renderBlock(
      '# Title\n\nFirst line\nsame paragraph.\n\n- one **bold**\n- two {証拠:しょうこ}\n\n1. numbered\n',
      1,
      undefined,
      'ja',
    );
    expect(paragraphs).toEqual([
      [{ text: 'Title', bold: false }],
      [{ text: 'First line same paragraph.', bold: false }],
      [
        { text: '• one ', bold: false },
        { text: 'bold', bold: true },
      ],
      [
        { text: '• two ', bold: false },
        { text: '証拠', bold: false, ruby: 'しょうこ' },
      ],
      [{ text: '• numbered', bold: false }],
    ]);
  });

  it('does not put a space where a Japanese line wraps, and keeps a quote’s lines apart', () => {
    const { paragraphs } = renderBlock('最初の\n行です。\n\n> 一行目\n> 二行目\n', 1, undefined, 'ja');
    expect(paragraphs.map(runsText)).toEqual(['最初の行です。', '一行目', '二行目']);
  });

  it('collapses the spaces a removed citation leaves between two lines', () => {
    const { paragraphs } = renderBlock('Names are changed. [[case.x]]\nAsk the class.');
    expect(paragraphs.map(runsText)).toEqual(['Names are changed. Ask the class.']);
  });

  it('reads paragraphs and list items in raw HTML blocks, without their tags or scripts', () => {
    const { paragraphs } = renderBlock('<div><p>One <b>two</b></p><ul><li>three</li></ul><script>x()</script></div>\n');
    expect(paragraphs.map(runsText)).toEqual(['One two', '• three']);
    expect(paragraphs[0]).toEqual([
      { text: 'One ', bold: false },
      { text: 'two', bold: true },
    ]);
  });

  it('gives a table row as one paragraph', () => {
    const { paragraphs } = renderBlock('| a | b |\n| - | - |\n| c | d |\n');
    expect(paragraphs.map(runsText)).toEqual(['a b', 'c d']);
  });

  it('gives nothing for empty notes', () => {
    expect(renderBlock('').paragraphs).toEqual([]);
    expect(renderBlock('').runs).toEqual([]);
  });
});

describe('fact citations in the loaded lessons', () => {
  it('are reported at their line and column when the id is unknown', async () => {
    const { parseDeck } = await import('../../src/content/parse');
    const text = '# One\n\nText [[law.one]]\n\n---\n\n# Two\n\nNote:\nsee `[[law.code]]` and [[fig.two]]\n';
    const file = 'lessons/x/slides.en.md';
    const { deck } = parseDeck({ folder: 'x', slides: { en: { file, text }, ja: { file, text } } }, 'en');
    expect(deck?.factRefs).toEqual([
      { id: 'law.one', line: 3, col: 6 },
      { id: 'fig.two', line: 10, col: 24 },
    ]);
    expect(deck?.slides.map((slide) => slide.facts)).toEqual([['law.one'], ['fig.two']]);
  });
});
