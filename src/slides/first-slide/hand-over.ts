// The deck's side of the opening slide's copy that the page's first script shows before the deck's
// scripts have run (./page-script.ts): the copy stands above the deck, with its faces loaded or
// still hidden, until reveal.js is ready; then it goes, in the same frame as the deck shows.

/** The copy's id, as ./page-script.ts writes it. */
const COPY_ID = 'first-slide-copy';

function copy(): HTMLElement | null {
  return document.getElementById(COPY_ID);
}

/** Whether the copy is on screen: then its font faces, the deck's first slide's too, are loaded. */
export function firstSlideCopyShown(): boolean {
  return copy()?.dataset.fonts === 'ready';
}

/** Takes the copy away: the deck shows the slide now, or the page shows something else. */
export function removeFirstSlideCopy(): void {
  copy()?.remove();
}

/**
 * Resolves once the copy has been drawn (a frame after its faces loaded), or at once when there is
 * no copy on its way: the deck's first render, a long task, waits so as not to hold back that frame.
 * After `timeoutMs` it resolves anyway (a slow font: the deck then waits for it its own way).
 */
export function firstSlideCopyDrawn(timeoutMs = 1500): Promise<void> {
  const element = copy();
  if (!element) return Promise.resolve();
  return new Promise((resolve) => {
    const afterFrame = () => requestAnimationFrame(() => setTimeout(resolve));
    const check = () => {
      if (element.isConnected && element.dataset.fonts !== 'ready') return;
      observer.disconnect();
      clearTimeout(timer);
      afterFrame();
    };
    const observer = new MutationObserver(check);
    const timer = setTimeout(() => {
      observer.disconnect();
      resolve();
    }, timeoutMs);
    observer.observe(element, { attributes: true, attributeFilter: ['data-fonts'] });
    check();
  });
}
