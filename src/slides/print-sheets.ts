// Slides printed as a handout (UX report M4): 2 slides to an A4 portrait sheet or 4 to an A4
// landscape sheet, instead of reveal.js's one slide-sized page each. reveal.js lays the print view
// out as one .pdf-page per slide; once it has ('pdf-ready'), these pages are put into sheets of
// paper, each slide scaled to its place and framed so that it can be told apart on white paper.
import type { RevealApi } from 'reveal.js';

const MM = 96 / 25.4;
/** The sheet's margin, and the gap between slides on it, in millimetres. */
const MARGIN_MM = 12;
const GAP_MM = 8;

export type PerSheet = 2 | 4;

/** A4 in millimetres, as the sheet stands for this many slides. */
function paper(perSheet: PerSheet): { width: number; height: number; orientation: 'portrait' | 'landscape' } {
  return perSheet === 2
    ? { width: 210, height: 297, orientation: 'portrait' }
    : { width: 297, height: 210, orientation: 'landscape' };
}

/** Arranges the print view's pages in sheets once reveal.js has laid them out; returns a clean-up. */
export function printOnSheets(deck: RevealApi, perSheet: PerSheet): () => void {
  const slides = deck.getSlidesElement();
  if (!slides) return () => undefined;
  let done = false;
  const arrange = () => {
    if (done) return;
    done = true;
    arrangeSheets(slides, perSheet);
  };
  if (slides.querySelector(':scope > .pdf-page')) arrange();
  else deck.on('pdf-ready', arrange);
  return () => deck.off('pdf-ready', arrange);
}

function arrangeSheets(slides: HTMLElement, perSheet: PerSheet): void {
  const pages = [...slides.querySelectorAll<HTMLElement>(':scope > .pdf-page')];
  if (pages.length === 0) return;
  const sheet = paper(perSheet);
  const columns = perSheet === 2 ? 1 : 2;
  const rows = perSheet / columns;
  const areaWidth = (sheet.width - 2 * MARGIN_MM - (columns - 1) * GAP_MM) * MM;
  const areaHeight = (sheet.height - 2 * MARGIN_MM - (rows - 1) * GAP_MM) * MM;
  // A page is as wide as the body reveal.js sized to one slide; the sheet sizes the body now.
  const pageWidth = pages[0].offsetWidth;
  const zoom = Math.min(areaWidth / columns / pageWidth, areaHeight / rows / pages[0].offsetHeight);

  document.documentElement.dataset.perSheet = String(perSheet);
  document.documentElement.style.setProperty('--sheet-width', `${sheet.width}mm`);
  document.documentElement.style.setProperty('--sheet-height', `${sheet.height}mm`);
  document.documentElement.style.setProperty('--sheet-margin', `${MARGIN_MM}mm`);
  document.documentElement.style.setProperty('--sheet-gap', `${GAP_MM}mm`);
  document.documentElement.style.setProperty('--slide-zoom', String(zoom));
  document.documentElement.style.setProperty('--page-width', `${pageWidth}px`);
  // After reveal.js's own @page rule (the size of one slide), so this one wins.
  const style = document.createElement('style');
  style.dataset.printSheets = '';
  style.textContent = `@page { size: A4 ${sheet.orientation}; margin: 0; }`;
  document.head.appendChild(style);

  for (let first = 0; first < pages.length; first += perSheet) {
    const element = document.createElement('div');
    element.className = `print-sheet per-sheet-${perSheet}`;
    slides.insertBefore(element, pages[first]);
    for (const page of pages.slice(first, first + perSheet)) element.appendChild(page);
  }
}
