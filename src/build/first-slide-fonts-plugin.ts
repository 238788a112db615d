// The deck shows its first slide only once the font faces its text needs have loaded (no frame
// of empty boxes: src/slides/first-slide-fonts.ts). The browser would ask for them only after the
// deck's scripts have run. The build knows every lesson's opening slide, so it writes, for each
// lesson and language, exactly which of BIZ UDPGothic's subset files that slide needs, and a small
// script, loaded first by present.html, preloads them while the deck's scripts are still loading.
// The same script preloads the lesson's own module (and the library it imports), which the deck
// would otherwise ask for only once its scripts have run: both downloads overlap the deck's.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseDocument } from 'htmlparser2';
import type { ChildNode } from 'domhandler';
import type { Plugin, Rollup } from 'vite';
import type { LessonLibrary, Locale } from '../content/types.ts';
import { LOCALES } from '../content/vocabulary.ts';
import { openingSlide } from '../export/deck.ts';

export const FIRST_SLIDE_FONTS_SCRIPT = 'first-slide-fonts.js';
const WEIGHTS = ['400', '700'] as const;
type Weight = (typeof WEIGHTS)[number];
/** What the deck waits for: the bold faces for these, the regular ones for all of the slide's text. */
const BOLD_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'strong', 'b', 'th']);

interface Subset {
  /** The subset's name in @fontsource's files: biz-udpgothic-<name>-<weight>-normal.woff2. */
  name: string;
  weight: Weight;
  ranges: [number, number][];
}

/** `lessons` gives the checked lesson library the decks are built from (the lessons plugin's). */
export function firstSlideFontsPlugin(lessons: () => LessonLibrary | undefined): Plugin {
  return {
    name: 'mamoru:first-slide-fonts',
    apply: 'build',
    transformIndexHtml: {
      order: 'pre',
      handler(html, context) {
        if (path.basename(context.filename) !== 'present.html') return html;
        // Before the deck's scripts, so the fonts are asked for while those load.
        return html.replace('</title>', `</title>\n    <script src="./${FIRST_SLIDE_FONTS_SCRIPT}"></script>`);
      },
    },
    generateBundle(_options, bundle) {
      const library = lessons();
      if (!library) return;
      const files = new Map<string, string>();
      for (const fileName of Object.keys(bundle)) {
        const match = /biz-udpgothic-(\w+)-(400|700)-normal-[\w-]+\.woff2$/.exec(fileName);
        if (match) files.set(`${match[1]}-${match[2]}`, fileName);
      }
      if (files.size === 0)
        this.error('no BIZ UDPGothic .woff2 files in the bundle: has the deck stopped importing them?');
      const subsets = fontSubsets();
      const byLesson: Record<string, Partial<Record<Locale, string[]>>> = {};
      for (const lesson of library.lessons) {
        byLesson[lesson.id] = {};
        for (const locale of LOCALES) {
          const text = slideText(openingSlide(lesson, library, locale).html);
          const needed = WEIGHTS.flatMap((weight) =>
            subsets
              .filter((subset) => subset.weight === weight && covers(subset, weight === '400' ? text.all : text.bold))
              .map((subset) => files.get(`${subset.name}-${weight}`)),
          );
          if (needed.includes(undefined))
            this.error(`a font subset the first slide of ${lesson.id} needs is not in the bundle`);
          byLesson[lesson.id][locale] = needed as string[];
        }
      }
      this.emitFile({
        type: 'asset',
        fileName: FIRST_SLIDE_FONTS_SCRIPT,
        source: preloadScript(byLesson, lessonModules(bundle)),
      });
    },
  };
}

/** Per lesson id, the chunk of virtual:lesson/<id> (src/build/lessons-plugin.ts) and the chunks it imports. */
function lessonModules(bundle: Rollup.OutputBundle): Record<string, string[]> {
  const modules: Record<string, string[]> = {};
  for (const chunk of Object.values(bundle)) {
    const lessonId = chunk.type === 'chunk' && /^\0virtual:lesson\/(.+)$/.exec(chunk.facadeModuleId ?? '')?.[1];
    if (chunk.type === 'chunk' && lessonId) modules[lessonId] = [chunk.fileName, ...chunk.imports];
  }
  return modules;
}

/**
 * The script: reads the lesson and language from the address, and preloads the lesson's module and
 * that first slide's fonts.
 */
function preloadScript(
  byLesson: Record<string, Partial<Record<Locale, string[]>>>,
  modules: Record<string, string[]>,
): string {
  return `// Written by npm run build (src/build/first-slide-fonts-plugin.ts): each lesson's module, and the font files each deck's first slide needs.
(function () {
  var fonts = ${JSON.stringify(byLesson)};
  var modules = ${JSON.stringify(modules)};
  var query = new URLSearchParams(location.search);
  var known = function (table) { return Object.prototype.hasOwnProperty.call(table, query.get('lesson')) ? table[query.get('lesson')] : null; };
  (known(modules) || []).forEach(function (file) {
    var link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = file;
    document.head.appendChild(link);
  });
  var lesson = known(fonts);
  // After a reload on a later slide (#/5) the first slide shown is another one.
  if (!lesson || /^#\\/[1-9]/.test(location.hash)) return;
  var lang = query.get('lang');
  var files = lang === 'ja' || lang === 'en' ? lesson[lang] : lesson.ja.concat(lesson.en);
  files.forEach(function (file) {
    var link = document.createElement('link');
    link.rel = 'preload';
    link.as = 'font';
    link.type = 'font/woff2';
    link.crossOrigin = 'anonymous';
    link.href = file;
    document.head.appendChild(link);
  });
})();
`;
}

/** The slide's shown text (no notes, no ruby readings, as the deck's wait reads it) and its bold part. */
function slideText(html: string): { all: string; bold: string } {
  let all = '';
  let bold = '';
  const walk = (nodes: ChildNode[], inBold: boolean) => {
    for (const node of nodes) {
      if (node.type === 'text') {
        all += node.data;
        if (inBold) bold += node.data;
      } else if ('children' in node && 'name' in node) {
        if (node.name === 'aside' || node.name === 'rt') continue;
        const isBold = inBold || BOLD_TAGS.has(node.name) || /\bquiz-prompt\b/.test(node.attribs.class ?? '');
        walk(node.children, isBold);
      }
    }
  };
  walk(parseDocument(html, { decodeEntities: true }).children, false);
  return { all, bold };
}

function covers(subset: Subset, text: string): boolean {
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (subset.ranges.some(([from, to]) => code >= from && code <= to)) return true;
  }
  return false;
}

/** Every subset of the font, with its unicode-range, from @fontsource's CSS. */
function fontSubsets(): Subset[] {
  const require = createRequire(import.meta.url);
  return WEIGHTS.flatMap((weight) => {
    const css = readFileSync(require.resolve(`@fontsource/biz-udpgothic/${weight}.css`), 'utf8');
    return [...css.matchAll(/biz-udpgothic-(\w+)-\d+-normal\.woff2[\s\S]*?unicode-range:\s*([^;]+);/g)].map(
      ([, name, ranges]) => ({
        name,
        weight,
        ranges: ranges.split(',').map((range): [number, number] => {
          const [from, to = from] = range.trim().replace(/^U\+/i, '').split('-');
          return [parseInt(from, 16), parseInt(to, 16)];
        }),
      }),
    );
  });
}
