// Japanese lesson text is broken into phrases here, when the lessons are built, so no page runs a
// phrase pass before it can paint: every boundary between BudouX phrases gets a <wbr>, and the block
// that holds them the `phrases` class. Ruby bases stay whole and their readings are not read; code
// is left alone; a line break starts a new run of text, as in BudouX's own HTML processor.
import type MarkdownIt from 'markdown-it';
import type StateCore from 'markdown-it/lib/rules_core/state_core.mjs';
import type Token from 'markdown-it/lib/token.mjs';
import { phraseBoundaries } from '../japanese-phrases.ts';
import { GLUE_CLASS, PHRASES_CLASS } from '../japanese-text.ts';

export interface PhrasesEnv {
  /** Set by the caller for Japanese text: break it into phrases. */
  phrases?: boolean;
  /** Set by the plugin when inline text (no block of its own) gained breaks: the caller wraps it. */
  inlinePhrases?: boolean;
}

export function phrasesPlugin(md: MarkdownIt): void {
  md.core.ruler.push('phrases', (state) => {
    const env = state.env as PhrasesEnv;
    if (!env.phrases) return;
    state.tokens.forEach((token, index) => {
      if (token.type !== 'inline' || !token.children || !addPhraseBreaks(token, state)) return;
      const block = shownBlockOf(state.tokens, index);
      if (block) block.attrJoin('class', PHRASES_CLASS);
      else env.inlinePhrases = true;
    });
  });
}

/** A piece of the text BudouX reads: one text token, and whether a break may go inside it. */
interface Piece {
  child: number;
  start: number;
  length: number;
  breakable: boolean;
}

/** Inserts <wbr> tokens at the phrase boundaries of an inline token; says whether it inserted any. */
function addPhraseBreaks(inline: Token, state: StateCore): boolean {
  const children = inline.children!;
  // Where to cut each text token: 0 is before it, its length after it.
  const cuts = new Map<number, Set<number>>();
  for (const run of runsOf(children)) {
    const text = run.map((piece) => children[piece.child].content).join('');
    for (const at of phraseBoundaries(text)) {
      const inside = run.find((piece) => piece.start < at && at < piece.start + piece.length);
      const next = run.find((piece) => piece.start === at);
      const previous = run.find((piece) => piece.start + piece.length === at);
      const cut = inside?.breakable
        ? [inside.child, at - inside.start]
        : !inside && next?.breakable
          ? [next.child, 0]
          : !inside && previous?.breakable
            ? [previous.child, previous.length]
            : undefined;
      if (cut) (cuts.get(cut[0]) ?? cuts.set(cut[0], new Set()).get(cut[0])!).add(cut[1]);
    }
  }
  if (cuts.size === 0) return false;
  inline.children = children.flatMap((child, index) => {
    const at = cuts.get(index);
    if (!at) return [child];
    const out: Token[] = [];
    let from = 0;
    for (const cut of [...at].sort((a, b) => a - b)) {
      if (cut > from) out.push(...glued(child.content.slice(from, cut), state));
      out.push(token(state, 'html_inline', '<wbr>'));
      from = cut;
    }
    if (from < child.content.length) out.push(...glued(child.content.slice(from), state));
    return out;
  });
  return true;
}

function token(state: StateCore, type: 'text' | 'html_inline', content: string): Token {
  return Object.assign(new state.Token(type, '', 0), { content });
}

// A closing bracket is a place a line may break even under keep-all, so 「やさしい人」が would
// still break before its が: inside a phrase, the bracket and the character after it are glued.
const BRACKET_THEN = /[」』）)】〕〉》］](?=[^\s」』）)】〕〉》］、。，．・：；！？—])/g;

function glued(text: string, state: StateCore): Token[] {
  const tokens: Token[] = [];
  let from = 0;
  for (const { index: at } of text.matchAll(BRACKET_THEN)) {
    if (at < from) continue;
    if (at > from) tokens.push(token(state, 'text', text.slice(from, at)));
    tokens.push(token(state, 'html_inline', `<span class="${GLUE_CLASS}">`));
    tokens.push(token(state, 'text', text.slice(at, at + 2)));
    tokens.push(token(state, 'html_inline', '</span>'));
    from = at + 2;
  }
  if (from < text.length) tokens.push(token(state, 'text', text.slice(from)));
  return tokens;
}

/** The text tokens of an inline token as runs of text read together, split at line breaks. */
function runsOf(children: Token[]): Piece[][] {
  const runs: Piece[][] = [[]];
  let offset = 0;
  let ruby = 0;
  let reading = 0;
  const newRun = () => {
    if (runs.at(-1)!.length) runs.push([]);
    offset = 0;
  };
  children.forEach((child, index) => {
    if (child.type === 'ruby_open') ruby += 1;
    else if (child.type === 'ruby_close') ruby -= 1;
    else if (child.type === 'rt_open') reading += 1;
    else if (child.type === 'rt_close') reading -= 1;
    else if (child.type === 'softbreak' || child.type === 'hardbreak') newRun();
    else if (child.type === 'html_inline') {
      // Ruby written as HTML counts as ruby; a <br> or <wbr> the author wrote is a break already.
      const tag = /^<\s*(\/?)\s*([a-z]+)/i.exec(child.content);
      const step = tag?.[1] ? -1 : 1;
      const name = tag?.[2].toLowerCase();
      if (name === 'ruby') ruby += step;
      else if (name === 'rt' || name === 'rp') reading += step;
      else if (name === 'br' || name === 'wbr') newRun();
    } else if (child.type === 'text' && reading === 0 && child.content) {
      runs.at(-1)!.push({ child: index, start: offset, length: child.content.length, breakable: ruby === 0 });
      offset += child.content.length;
    }
  });
  return runs.filter((run) => run.length > 0);
}

/** The block element an inline token is shown in (a tight list's paragraph is not shown: its item). */
function shownBlockOf(tokens: Token[], index: number): Token | undefined {
  let level = tokens[index].level - 1;
  for (let at = index - 1; at >= 0 && level >= 0; at -= 1) {
    const token = tokens[at];
    if (token.nesting !== 1 || token.level !== level) continue;
    if (!token.hidden) return token;
    level -= 1;
  }
  return undefined;
}
