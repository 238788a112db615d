// Quoted text (a chat message, a job ad) keeps the line breaks its author wrote: in a blockquote a
// single line break is a line break on the slide, not a space (or nothing, between Japanese
// characters), so the five lines of a quoted ad stay five lines.
import type MarkdownIt from 'markdown-it';

/** Use before markdown-it-cjk-breaks, which would otherwise drop the break between two Japanese lines. */
export function quotedLinesPlugin(md: MarkdownIt): void {
  md.core.ruler.push('quoted_lines', (state) => {
    let depth = 0;
    for (const token of state.tokens) {
      if (token.type === 'blockquote_open') depth += 1;
      else if (token.type === 'blockquote_close') depth -= 1;
      else if (depth > 0 && token.type === 'inline')
        for (const child of token.children ?? []) if (child.type === 'softbreak') child.type = 'hardbreak';
    }
  });
}
