// Fragments: list items written with `+` instead of `-` appear one at a time in the deck.
import type MarkdownIt from 'markdown-it';

export function fragmentsPlugin(md: MarkdownIt): void {
  md.core.ruler.push('fragments', (state) => {
    const openLists: boolean[] = [];
    for (const token of state.tokens) {
      if (token.type === 'bullet_list_open') openLists.push(token.markup === '+');
      else if (token.type === 'ordered_list_open') openLists.push(false);
      else if (token.type === 'bullet_list_close' || token.type === 'ordered_list_close') openLists.pop();
      else if (token.type === 'list_item_open' && openLists.at(-1)) token.attrJoin('class', 'fragment');
    }
  });
}
