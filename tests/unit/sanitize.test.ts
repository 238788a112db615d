// Lesson content is never code: hostile markup in a lesson is removed and reported, never run.
import { describe, expect, it } from 'vitest';
import { renderBlock } from '../../src/content/markdown/markdown';
import { describeUnsafe, sanitize } from '../../src/content/markdown/sanitize';
import { HOSTILE } from '../support/hostile-markup';

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
