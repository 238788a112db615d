// Inline fact citations: `[[law.penal-182-2023]]` in slides and notes names the fact a sentence
// states. The inline rule turns the marker into a `fact_ref` token (rendered as nothing) holding
// its id; a core rule then finds each one's line and column in the source, from its block's `map`,
// so that a problem with a citation is reported where it is written. Only what markdown-it reads
// as a citation counts: `[[…]]` in code is text.
import type MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';

/** A citation, at its 0-based line in the rendered source and 1-based column. */
export interface FactRef {
  id: string;
  line: number;
  col: number;
}

export interface FactRefEnv {
  factRefs?: FactRef[];
}

const MARKER = /^\[\[([a-z]+\.[a-z0-9.-]+)\]\]/;

export function factRefsPlugin(md: MarkdownIt): void {
  md.inline.ruler.before('link', 'fact_ref', (state, silent) => {
    if (state.src.charCodeAt(state.pos) !== 0x5b || state.src.charCodeAt(state.pos + 1) !== 0x5b) return false;
    const match = MARKER.exec(state.src.slice(state.pos));
    if (!match) return false;
    if (!silent) {
      const token = state.push('fact_ref', '', 0);
      // Lines of the block before this one: the inline text keeps its source's line breaks.
      token.meta = { id: match[1], lineInBlock: countLines(state.src, state.pos) };
    }
    state.pos += match[0].length;
    return true;
  });
  md.renderer.rules.fact_ref = () => '';
  // After 'inline' (which makes the tokens) and before any rule that may rewrite text tokens.
  md.core.ruler.after('inline', 'fact_ref_lines', (state) => {
    const env = state.env as FactRefEnv;
    const lines = state.src.split('\n');
    const searchFrom = new Map<number, number>();
    for (const block of state.tokens) {
      if (block.type !== 'inline') continue;
      for (const token of factRefTokens(block.children ?? [])) {
        const { id, lineInBlock } = token.meta as { id: string; lineInBlock: number };
        const line = (block.map?.[0] ?? 0) + lineInBlock;
        // The same id twice on a line: the second is found after the first.
        const from = searchFrom.get(line) ?? 0;
        const at = (lines[line] ?? '').indexOf(`[[${id}]]`, from);
        searchFrom.set(line, at < 0 ? from : at + id.length + 4);
        (env.factRefs ??= []).push({ id, line, col: Math.max(at, 0) + 1 });
      }
    }
  });
}

function factRefTokens(children: Token[]): Token[] {
  return children.flatMap((child) =>
    child.type === 'fact_ref' ? [child] : child.children ? factRefTokens(child.children) : [],
  );
}

function countLines(text: string, end: number): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) count += 1;
  return count;
}
