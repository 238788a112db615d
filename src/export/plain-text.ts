// Lesson text arrives as sanitized HTML (src/content/markdown). The export formats carry plain
// text, so this is the one place that turns that HTML into text: paragraphs and bullets as blocks
// of runs (bold, italic, links), ruby as the reading in brackets after its word (証拠（しょうこ）),
// because none of PowerPoint, Forms, Moodle or Common Cartridge shows ruby. Lesson text is never
// re-parsed as Markdown, and nothing here ever becomes markup again: writers escape what they print.
import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';

export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** An http(s), mailto or tel address (the only ones the sanitizer keeps). */
  link?: string;
}

export type BlockKind = 'heading' | 'paragraph' | 'bullet' | 'numbered' | 'quote' | 'row' | 'image';

export interface Block {
  kind: BlockKind;
  runs: Run[];
  /** A `+` list item: shown one step at a time in the deck; its own bullet in an export. */
  fragment?: boolean;
  /** Heading level (1–4) or list depth (0 for a top-level item). */
  level: number;
}

const BLOCK_TAGS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'li',
  'blockquote',
  'tr',
  'pre',
  'hr',
  'table',
  'ul',
  'ol',
  'thead',
  'tbody',
]);

/** The reading of a ruby word, in brackets after it: full-width for Japanese text. */
function withReading(base: string, reading: string): string {
  return reading.trim() ? `${base}（${reading.trim()}）` : base;
}

function rubyText(element: Element): string {
  let base = '';
  let reading = '';
  for (const child of element.children) {
    if (child.type === 'tag' && child.name === 'rt') reading += textContent(child.children);
    else if (child.type === 'tag' && child.name === 'rp') continue;
    else base += textContent([child]);
  }
  return withReading(base, reading);
}

function textContent(nodes: ChildNode[]): string {
  return nodes
    .map((node) => {
      if (node.type === 'text') return node.data;
      if (node.type === 'tag')
        return node.name === 'ruby'
          ? rubyText(node)
          : node.name === 'rt' || node.name === 'rp'
            ? ''
            : textContent(node.children);
      return '';
    })
    .join('');
}

/** A lesson icon (inline SVG, src/content/markdown/icons.ts): read as its alt text, like an image. */
function isIcon(node: Element): boolean {
  return node.name === 'svg' && (node.attribs.class ?? '').split(/\s+/).includes('lesson-icon');
}

interface Style {
  bold?: boolean;
  italic?: boolean;
  link?: string;
}

function pushRun(runs: Run[], text: string, style: Style): void {
  if (text === '') return;
  const last = runs.at(-1);
  if (last && last.bold === style.bold && last.italic === style.italic && last.link === style.link) last.text += text;
  else
    runs.push({
      text,
      ...(style.bold ? { bold: true } : {}),
      ...(style.italic ? { italic: true } : {}),
      ...(style.link ? { link: style.link } : {}),
    });
}

function inlineRunsOf(nodes: ChildNode[], style: Style, runs: Run[]): Run[] {
  for (const node of nodes) {
    if (node.type === 'text') pushRun(runs, node.data.replace(/\s+/g, ' '), style);
    else if (node.type === 'tag') {
      if (node.name === 'ruby') pushRun(runs, rubyText(node), style);
      else if (node.name === 'br') pushRun(runs, ' ', style);
      else if (node.name === 'img') pushRun(runs, node.attribs.alt ?? '', style);
      else if (isIcon(node)) pushRun(runs, node.attribs['aria-label'] ?? '', style);
      else if (node.name === 'strong' || node.name === 'b') inlineRunsOf(node.children, { ...style, bold: true }, runs);
      else if (node.name === 'em' || node.name === 'i') inlineRunsOf(node.children, { ...style, italic: true }, runs);
      else if (node.name === 'a') inlineRunsOf(node.children, { ...style, link: node.attribs.href || undefined }, runs);
      else if (node.name === 'td' || node.name === 'th') {
        if (runs.length) pushRun(runs, ' | ', style);
        inlineRunsOf(node.children, style, runs);
      } else {
        // Block markup met inline (a paragraph in a feedback text) reads as its text, set apart by a space.
        if (BLOCK_TAGS.has(node.name) && runs.length) pushRun(runs, ' ', style);
        inlineRunsOf(node.children, style, runs);
      }
    }
  }
  return runs;
}

function trimRuns(runs: Run[]): Run[] {
  const copy = runs.map((run) => ({ ...run }));
  if (copy.length) {
    copy[0].text = copy[0].text.trimStart();
    copy[copy.length - 1].text = copy[copy.length - 1].text.trimEnd();
  }
  return copy.filter((run) => run.text !== '');
}

/** Inline HTML (a title, a quiz option) as runs. */
export function inlineRuns(html: string): Run[] {
  return trimRuns(inlineRunsOf(parseDocument(html).children, {}, []));
}

/** Block HTML (a slide, its notes) as headings, paragraphs, bullets, quotes and table rows. */
export function htmlBlocks(html: string): Block[] {
  const blocks: Block[] = [];
  const add = (kind: BlockKind, nodes: ChildNode[], level: number, fragment = false) => {
    const runs = trimRuns(inlineRunsOf(nodes, {}, []));
    if (runs.length) blocks.push({ kind, runs, level, ...(fragment ? { fragment: true } : {}) });
  };
  const walk = (nodes: ChildNode[], listDepth: number, inQuote: boolean) => {
    let loose: ChildNode[] = [];
    const flush = () => {
      if (loose.length) add(inQuote ? 'quote' : 'paragraph', loose, 0);
      loose = [];
    };
    for (const node of nodes) {
      if (node.type !== 'tag' || !BLOCK_TAGS.has(node.name)) {
        if (node.type === 'tag' && (node.name === 'img' || isIcon(node))) {
          flush();
          add('image', [node], 0);
        } else loose.push(node);
        continue;
      }
      flush();
      const name = node.name;
      if (/^h[1-4]$/.test(name)) add('heading', node.children, Number(name[1]));
      else if (name === 'p' || name === 'pre') walk(node.children, listDepth, inQuote);
      else if (name === 'blockquote') walk(node.children, listDepth, true);
      else if (name === 'ul' || name === 'ol') {
        for (const item of node.children) {
          if (item.type !== 'tag' || item.name !== 'li') continue;
          const inline = item.children.filter(
            (child) => !(child.type === 'tag' && (child.name === 'ul' || child.name === 'ol')),
          );
          const nested = item.children.filter(
            (child) => child.type === 'tag' && (child.name === 'ul' || child.name === 'ol'),
          );
          const fragment = (item.attribs.class ?? '').split(/\s+/).includes('fragment');
          add(name === 'ol' ? 'numbered' : 'bullet', inline, listDepth, fragment);
          walk(nested, listDepth + 1, inQuote);
        }
      } else if (name === 'table' || name === 'thead' || name === 'tbody') walk(node.children, listDepth, inQuote);
      else if (name === 'tr') add('row', node.children, 0);
    }
    flush();
  };
  walk(parseDocument(html).children, 0, false);
  return blocks;
}

/** The plain text of runs; a link whose text is not its address keeps the address in brackets. */
export function runsText(runs: Run[]): string {
  return runs
    .map((run) =>
      run.link && !run.text.includes(linkTarget(run.link)) ? `${run.text} (${linkTarget(run.link)})` : run.text,
    )
    .join('');
}

function linkTarget(href: string): string {
  return href.replace(/^(mailto|tel):/i, '');
}

/** Inline HTML as one line of plain text, readings in brackets. */
export function plainText(html: string): string {
  return runsText(inlineRuns(html)).replace(/\s+/g, ' ').trim();
}

/** Block HTML as plain paragraphs (bullets start with "・" in Japanese, "• " in English). */
export function plainParagraphs(html: string, bullet = '• '): string[] {
  return htmlBlocks(html).map((block) => {
    const text = runsText(block.runs);
    if (block.kind === 'bullet') return `${'  '.repeat(block.level)}${bullet}${text}`;
    return text;
  });
}
