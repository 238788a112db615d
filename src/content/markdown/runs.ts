// Lesson text as runs, for renderers that cannot show HTML (the PDF handouts): made here from the
// same markdown-it tokens as the HTML, so no renderer parses lesson text again. A run is plain or
// bold text, or one ruby base with its reading. Images (and icons) are left out, as on paper they
// would be a bare alt text; <wbr> and the phrase-glue spans the phrases plugin adds carry no text.
import type Token from 'markdown-it/lib/token.mjs';
import type { Run } from '../types.ts';

/** Turns a bit of raw HTML (an html_block) into inline tokens: markdown.ts passes its parser. */
export type ParseInline = (source: string) => Token[];

/** Where a walk is: how deep in bold, inside a ruby or its reading, inside something never shown. */
interface Walk {
  runs: Run[];
  bold: number;
  ruby?: { base: string; reading: string; bold: boolean };
  reading: number;
  hidden: number;
}

const BLOCK_TAG = /^(p|li|h[1-6]|blockquote|tr|div|ul|ol|table|thead|tbody|dl|dt|dd)$/;

function push(walk: Walk, text: string, bold = walk.bold > 0): void {
  const last = walk.runs.at(-1);
  // White space collapses as in HTML, across tokens too (a citation between two spaces leaves one).
  let clean = text.replace(/\s+/g, ' ');
  if (last?.text.endsWith(' ') && last.ruby === undefined) clean = clean.replace(/^ /, '');
  if (clean === '') return;
  if (last && last.ruby === undefined && last.bold === bold) last.text += clean;
  else walk.runs.push({ text: clean, bold });
}

function openRuby(walk: Walk): void {
  walk.ruby = { base: '', reading: '', bold: walk.bold > 0 };
}

function closeRuby(walk: Walk): void {
  const ruby = walk.ruby;
  walk.ruby = undefined;
  if (!ruby) return;
  const base = ruby.base.replace(/\s+/g, ' ');
  const reading = ruby.reading.replace(/\s+/g, ' ').trim();
  if (!base) return;
  if (reading) walk.runs.push({ text: base, bold: ruby.bold, ruby: reading });
  else push(walk, base, ruby.bold);
}

function addText(walk: Walk, text: string): void {
  if (walk.hidden > 0) return;
  if (walk.ruby) {
    if (walk.reading > 0) walk.ruby.reading += text;
    else walk.ruby.base += text;
  } else if (walk.reading === 0) push(walk, text);
}

/**
 * One inline token's children as runs. `onBreak` is called at a line break (<br>, or a hard break
 * in a quote) and at a block tag in raw HTML: paragraphs split there; inline text gets a space.
 */
function walkInline(children: Token[], walk: Walk, onBreak: () => void): void {
  for (const child of children) {
    switch (child.type) {
      case 'text':
      case 'code_inline':
        addText(walk, child.content);
        break;
      case 'softbreak':
        addText(walk, ' ');
        break;
      case 'hardbreak':
        onBreak();
        break;
      case 'strong_open':
        walk.bold += 1;
        break;
      case 'strong_close':
        walk.bold -= 1;
        break;
      case 'ruby_open':
        openRuby(walk);
        break;
      case 'ruby_close':
        closeRuby(walk);
        break;
      case 'rt_open':
        walk.reading += 1;
        break;
      case 'rt_close':
        walk.reading -= 1;
        break;
      case 'html_inline':
        htmlTag(child.content, walk, onBreak);
        break;
      default:
        // link_open/close, em_open/close: their text comes through; images and icons are left out.
        if (child.children && child.type !== 'image') walkInline(child.children, walk, onBreak);
    }
  }
}

/** An HTML tag the author wrote (or the phrases plugin added): bold, ruby, a break, or nothing. */
function htmlTag(tag: string, walk: Walk, onBreak: () => void): void {
  const match = /^<\s*(\/?)\s*([a-z][a-z0-9]*)/i.exec(tag);
  if (!match) return;
  const closing = match[1] === '/';
  const name = match[2].toLowerCase();
  const step = closing ? -1 : 1;
  if (name === 'strong' || name === 'b') walk.bold += step;
  else if (name === 'ruby') (closing ? closeRuby : openRuby)(walk);
  else if (name === 'rt') walk.reading += step;
  // <rp> holds the brackets shown only where ruby is not supported: not part of the reading.
  else if (name === 'rp' || name === 'script' || name === 'style' || name === 'template') walk.hidden += step;
  else if (name === 'br') onBreak();
  else if (name === 'li' && !closing) {
    onBreak();
    push(walk, '• ', false);
  } else if (name === 'td' || name === 'th') push(walk, ' ');
  else if (BLOCK_TAG.test(name)) onBreak();
}

function newWalk(): Walk {
  return { runs: [], bold: 0, reading: 0, hidden: 0 };
}

/** Runs without the spaces at their two ends, and without runs left empty. */
export function trimRuns(runs: Run[]): Run[] {
  const copy = runs.map((run) => ({ ...run }));
  const first = copy.findIndex((run) => run.ruby !== undefined || run.text.trim() !== '');
  if (first < 0) return [];
  const kept = copy.slice(first);
  kept[0].text = kept[0].ruby === undefined ? kept[0].text.trimStart() : kept[0].text;
  const last = kept[kept.length - 1];
  if (last.ruby === undefined) last.text = last.text.trimEnd();
  return kept.filter((run) => run.text !== '');
}

/** The runs of inline Markdown (a lesson.yaml string), from its parsed tokens. */
export function inlineRuns(tokens: Token[]): Run[] {
  const walk = newWalk();
  for (const token of tokens)
    if (token.type === 'inline') walkInline(token.children ?? [], walk, () => push(walk, ' '));
  return trimRuns(walk.runs);
}

/**
 * The paragraphs of block Markdown (speaker notes), from its parsed tokens: one per paragraph,
 * heading, table row or line of a quote; a list item starts with a bullet, as on the slide.
 */
export function blockParagraphs(tokens: Token[], parseInline: ParseInline): Run[][] {
  const paragraphs: Run[][] = [];
  const walk = newWalk();
  let bullet = false;
  // A paragraph ends; bold or a ruby still open carries on into the next one.
  const flush = () => {
    const runs = trimRuns(walk.runs);
    if (runs.length) paragraphs.push(runs);
    walk.runs = [];
  };
  for (const token of tokens) {
    if (token.type === 'list_item_open') {
      flush();
      bullet = true;
    } else if (token.type === 'inline') {
      if (bullet) push(walk, '• ', false);
      bullet = false;
      walkInline(token.children ?? [], walk, flush);
    } else if (token.type === 'html_block') {
      walkInline(parseInline(token.content), walk, flush);
    } else if (token.type === 'fence' || token.type === 'code_block') {
      flush();
      push(walk, token.content);
      flush();
    } else if (token.type === 'td_open' || token.type === 'th_open') {
      push(walk, ' ');
    } else if (token.block && token.nesting === -1 && token.type !== 'td_close' && token.type !== 'th_close') {
      flush();
    }
  }
  flush();
  return paragraphs;
}

/** The plain text of runs (ruby bases without their readings). */
export function runsText(runs: Run[]): string {
  return runs.map((run) => run.text).join('');
}
