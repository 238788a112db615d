// Lesson text and the deck's own words come broken into phrases from the build. The school's
// contacts are typed into the settings in this browser, so their Japanese is broken here, once the
// deck is shown, and BudouX (about 10 KB) is loaded only when there is some.
import { hasJapanese, PHRASES_CLASS } from '../content/japanese-text';

/** Adds <wbr> between the phrases of the school's contacts; says whether there were any to break. */
export async function addSchoolPhraseBreaks(deck: ParentNode): Promise<boolean> {
  const items = [...deck.querySelectorAll<HTMLElement>('.school-help li')].filter(
    (item) => !item.classList.contains(PHRASES_CLASS) && hasJapanese(item.textContent ?? ''),
  );
  if (items.length === 0) return false;
  const { phraseBoundaries } = await import('../content/japanese-phrases');
  for (const item of items) {
    for (const node of textNodesOf(item)) {
      const boundaries = phraseBoundaries(node.data);
      // From the end, so the earlier offsets stay right; a phone number (.phone) is never split.
      for (const at of boundaries.reverse()) node.splitText(at).before(document.createElement('wbr'));
    }
    item.classList.add(PHRASES_CLASS);
  }
  return true;
}

function textNodesOf(root: HTMLElement): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest('.phone') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  return nodes;
}
