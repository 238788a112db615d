// Lesson content is never code: hostile markup in a lesson is removed and reported, never run.
import { describe, expect, it } from 'vitest';
import { renderBlock } from '../../src/content/markdown/markdown';
import { describeUnsafe, sanitize } from '../../src/content/markdown/sanitize';

const HOSTILE: [name: string, markdown: string][] = [
  ['script tag', '<script>alert(1)</script>'],
  ['script with src', '<script src="https://evil.example/x.js"></script>'],
  ['inline event handler', '<b onmouseover="alert(1)">hover</b>'],
  ['image onerror', '<img src="x" onerror="alert(1)">'],
  ['svg onload', '<svg onload="alert(1)"><circle r="5"/></svg>'],
  ['javascript: link (Markdown)', '[click](javascript:alert(1))'],
  ['javascript: link (HTML)', '<a href="javascript:alert(1)">click</a>'],
  ['entity-encoded javascript:', '<a href="jav&#x61;script:alert(1)">click</a>'],
  ['javascript: with a tab inside', '<a href="java\tscript:alert(1)">click</a>'],
  ['upper-case JAVASCRIPT:', '[click](JAVASCRIPT:alert(1))'],
  ['vbscript: link', '<a href="vbscript:msgbox(1)">click</a>'],
  ['data: link', '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">click</a>'],
  ['protocol-relative link', '<a href="//evil.example/">click</a>'],
  ['iframe', '<iframe src="https://evil.example"></iframe>'],
  ['frame set', '<frameset><frame src="x"></frameset>'],
  ['object', '<object data="x.swf"></object>'],
  ['embed', '<embed src="x.swf">'],
  ['form', '<form action="https://evil.example"><input name="q"><button>Go</button></form>'],
  ['style element', '<style>body { display: none }</style>'],
  ['style attribute escaping the slide', '<p style="position:fixed;inset:0;background:red">x</p>'],
  ['meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example">'],
  ['base tag', '<base href="https://evil.example/">'],
  ['link stylesheet', '<link rel="stylesheet" href="https://evil.example/x.css">'],
  ['srcdoc', '<iframe srcdoc="<script>alert(1)</script>"></iframe>'],
  ['math with href', '<math><mi xlink:href="javascript:alert(1)">x</mi></math>'],
  ['template', '<template><script>alert(1)</script></template>'],
  ['noscript trick', '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>'],
  ['broken-nesting mutation', '<svg></p><style><a id="</style><img src=1 onerror=alert(1)>">'],
];

function assertInert(html: string): void {
  expect(html).not.toMatch(
    /<script|<iframe|<frame|<object|<embed|<form|<input|<button|<style|<meta|<base|<link|<svg|<math|<template/i,
  );
  expect(html).not.toMatch(/\son[a-z]+\s*=/i);
  expect(html).not.toMatch(/javascript:|vbscript:|data:text/i);
  expect(html).not.toMatch(/\sstyle=/i);
  expect(html).not.toMatch(/href="\/\//);
}

describe('hostile lesson markup', () => {
  it.each(HOSTILE)('%s is removed from the slide and reported', (_name, markdown) => {
    const { html, problems } = renderBlock(`# Slide\n\n${markdown}\n`, 1);
    assertInert(html);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0].line).toBe(3);
  });

  const RAW_HTML = HOSTILE.filter(([, markup]) => markup.startsWith('<'));
  it.each(RAW_HTML)('%s is inert after sanitize() as raw HTML too', (_name, html) => {
    assertInert(sanitize(html));
  });
});

describe('allowed lesson markup', () => {
  const SAFE = [
    '<ruby>脅迫<rt>きょうはく</rt></ruby>',
    '<a href="https://www.npa.go.jp/">警察庁</a>',
    '<a href="tel:110">110</a>',
    '<a href="mailto:help@example.jp">mail</a>',
    '<table><thead><tr><th>A</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>',
    '<h2>見出し</h2><ul><li><strong>太字</strong>と<em>強調</em></li></ul>',
  ];
  it.each(SAFE)('%s is kept as it is', (html) => {
    expect(describeUnsafe(html)).toBeUndefined();
    expect(sanitize(html)).toBe(html);
  });
});
