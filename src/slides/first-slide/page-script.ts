// The deck page's first script (first-slide.js, built by src/build/first-slide-plugin.ts), run in
// the page's head before any module script: the slide can paint from HTML, CSS and its font files
// while the deck's scripts still load. For the lesson in the address it
//  - preloads the lesson's module and the font files of its opening slide, and
//  - shows a copy of the opening slide (markup written at build time, sanitized by the loader) in
//    reveal.js's own structure, laid out as reveal.js lays out a slide, once its faces are loaded
//    (never a frame of empty boxes). The deck takes over from it (./hand-over.ts).
// Where the deck will not show the opening slide as it is (a later slide in the address, the
// speaker view's previews, the print view, a frame, a page opened from a file), there is no copy
// and the deck shows its first slide itself.

/** Per lesson id: its module's files; per language, the opening slide's markup and font files. */
interface FirstSlideTable {
  modules: Record<string, string[]>;
  slides: Record<string, Partial<Record<string, { html: string; fonts: string[] }>>>;
  /** reveal.js's slide size and scaling (src/slides/deck-config.ts). */
  layout: { width: number; height: number; margin: number; minScale: number; maxScale: number };
}

// Bound by the plugin, which wraps this script in a function of it.
declare const FIRST_SLIDE_TABLE: FirstSlideTable;

/** The copy's id, which the deck removes at hand-over (./hand-over.ts). */
const COPY_ID = 'first-slide-copy';
const CONTRAST_KEY = 'mamoru.deck-contrast';
const BOLD = 'h1, h2, h3, h4, strong, b, th, .quiz-prompt';

const table = FIRST_SLIDE_TABLE;
const query = new URLSearchParams(location.search);
const lessonId = query.get('lesson') ?? '';
const own = <T>(record: Record<string, T>): T | undefined =>
  Object.prototype.hasOwnProperty.call(record, lessonId) ? record[lessonId] : undefined;

function preload(rel: string, href: string, font = false): void {
  const link = document.createElement('link');
  link.rel = rel;
  link.href = href;
  if (font) {
    link.as = 'font';
    link.type = 'font/woff2';
    link.crossOrigin = 'anonymous';
  }
  document.head.appendChild(link);
}

const slides = own(table.slides);
const lang = query.get('lang');
// reveal.js's address of the first slide is no hash, #/ or #/0; after a reload on #/5 the deck opens there.
const onOpeningSlide = /^(#\/?(0(\/0)?)?)?$/.test(location.hash);
if (slides && onOpeningSlide) {
  const shown = lang === 'ja' || lang === 'en' ? [slides[lang]] : [slides.ja, slides.en];
  shown.forEach((slide) => slide?.fonts.forEach((file) => preload('preload', file, true)));
  const slide = shown.length === 1 ? shown[0] : undefined;
  const asItIs =
    location.protocol !== 'file:' &&
    window.top === window.self &&
    !query.has('receiver') &&
    !/print-pdf/i.test(location.search);
  if (slide && asItIs && lang) showCopy(slide.html, lang);
}
// After the fonts, which the first paint waits for.
(own(table.modules) ?? []).forEach((file) => preload('modulepreload', file));

function storedContrast(): string {
  try {
    return localStorage.getItem(CONTRAST_KEY) === 'high' ? 'high' : 'normal';
  } catch {
    return 'normal';
  }
}

function showCopy(html: string, locale: string): void {
  const copy = document.createElement('div');
  copy.id = COPY_ID;
  copy.className = 'first-slide-copy';
  copy.lang = locale;
  copy.dataset.contrast = storedContrast();
  copy.dataset.fonts = 'loading';
  copy.innerHTML =
    '<div class="reveal lesson-deck center"><div class="slides">' +
    `<section class="deck-slide opening present"><div class="slide-body">${html}</div></section></div></div>`;
  const slidesElement = copy.querySelector<HTMLElement>('.slides')!;
  const section = copy.querySelector<HTMLElement>('section')!;
  document.documentElement.lang = locale;
  // The body does not exist yet: the copy goes beside it, and the page's own content comes after.
  document.documentElement.appendChild(copy);

  // As reveal.js's layout(): the slide at its size, scaled to the window less the margin, centred.
  const layout = () => {
    const { width, height, margin, minScale, maxScale } = table.layout;
    const fit = Math.min((copy.offsetWidth * (1 - margin)) / width, (copy.offsetHeight * (1 - margin)) / height);
    const scale = Math.round(Math.min(Math.max(fit, minScale), maxScale) * 100) / 100;
    const style = slidesElement.style;
    style.width = `${width}px`;
    style.height = `${height}px`;
    if (scale === 1) {
      style.left = style.top = style.bottom = style.right = style.transform = '';
    } else {
      style.left = style.top = '50%';
      style.bottom = style.right = 'auto';
      style.transform = `translate(-50%, -50%) scale(${scale})`;
    }
    section.style.top = `${Math.max((height - section.scrollHeight) / 2, 0)}px`;
  };
  const relayout = () => (copy.isConnected ? layout() : window.removeEventListener('resize', relayout));
  window.addEventListener('resize', relayout);

  // A frame is drawn only once the page's stylesheets (with the font's faces) are in: then ask
  // for the faces the slide's text needs, and show it when they are here.
  requestAnimationFrame(() => {
    const bold = [...section.querySelectorAll(BOLD)].map((element) => element.textContent ?? '').join('');
    const family = '"BIZ UDPGothic"';
    Promise.all([
      document.fonts.load(`400 34px ${family}`, section.textContent ?? ''),
      bold ? document.fonts.load(`700 34px ${family}`, bold) : [],
    ]).then(
      () => {
        if (!copy.isConnected) return;
        layout();
        copy.dataset.fonts = 'ready';
      },
      // A font that fails to load leaves the slide to the deck, which waits for it its own way.
      () => copy.remove(),
    );
  });
}

export type { FirstSlideTable };
