// Inline fact citations: `[[law.penal-182-2023]]` in slides and notes names the fact a sentence
// states. The marker is removed from the rendered HTML and kept as the slide's list of facts.
import type MarkdownIt from 'markdown-it';

export const FACT_REF = /\[\[([a-z]+\.[a-z0-9.-]+)\]\]/g;

export interface FactRefEnv {
  factRefs?: string[];
}

export function factRefsPlugin(md: MarkdownIt): void {
  md.inline.ruler.before('link', 'fact_ref', (state, silent) => {
    if (state.src.charCodeAt(state.pos) !== 0x5b || state.src.charCodeAt(state.pos + 1) !== 0x5b) return false;
    const match = /^\[\[([a-z]+\.[a-z0-9.-]+)\]\]/.exec(state.src.slice(state.pos));
    if (!match) return false;
    if (!silent) {
      const env = state.env as FactRefEnv;
      (env.factRefs ??= []).push(match[1]);
    }
    state.pos += match[0].length;
    return true;
  });
}

/** Every cited fact id in a Markdown source, with its 1-based line and column. */
export function findFactRefs(source: string): { id: string; line: number; col: number }[] {
  const found: { id: string; line: number; col: number }[] = [];
  source.split('\n').forEach((text, index) => {
    for (const match of text.matchAll(FACT_REF)) {
      found.push({ id: match[1], line: index + 1, col: (match.index ?? 0) + 1 });
    }
  });
  return found;
}
