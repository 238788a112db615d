// The deck page's first script (src/slides/first-slide/page-script.ts), inline in present.html's
// head and run before the deck's scripts. The build knows every lesson's opening slide, so it writes, for each lesson and
// language, that slide's markup (as the deck renders it: sanitized by the loader, phrases broken,
// without its notes) and exactly which of BIZ UDPGothic's subset files it needs, and the lesson's
// own module (with the library it imports). The script preloads those while the deck's scripts
// load, and shows the slide's copy as soon as the page's stylesheet and those fonts are in.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'htmlparser2';
import type { ChildNode } from 'domhandler';
import type { Plugin, Rollup } from 'vite';
import type { LessonLibrary, Locale } from '../content/types.ts';
import { LOCALES } from '../content/vocabulary.ts';
import { openingSlide } from '../export/deck.ts';
import { PROJECT_ROOT } from '../content/node/paths.ts';
import { inlineScriptText, scriptHash } from './portable/inline-page.ts';
import { sharedOf } from './lessons-plugin.ts';

export const FIRST_SLIDE_SCRIPT = 'first-slide.js';
/** The script's source: browser code, built as a chunk of its own and wrapped round its table. */
const PAGE_SCRIPT = path.join(PROJECT_ROOT, 'src', 'slides', 'first-slide', 'page-script.ts');
/** reveal.js's layout of a slide, as src/slides/deck-config.ts sets it (a test holds them equal). */
export const FIRST_SLIDE_LAYOUT = { width: 1280, height: 720, margin: 0.04, minScale: 0.2, maxScale: 2 };
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

/** What first-slide.js knows: FirstSlideTable in src/slides/first-slide/page-script.ts. */
interface FirstSlideTable {
  modules: Record<string, string[]>;
  slides: Record<string, Partial<Record<Locale, { html: string; fonts: string[] }>>>;
  layout: typeof FIRST_SLIDE_LAYOUT;
}

/**
 * `lessons` gives the checked lesson library the decks are built from (the lessons plugin's). The
 * script goes inline into present.html's head, so that it runs as the page is parsed, with no
 * request first; `api.scriptHashes()` gives its hash for the page's Content Security Policy.
 */
export function firstSlidePlugin(lessons: () => LessonLibrary | undefined): Plugin & {
  api: { scriptHashes: () => string[] };
} {
  let scriptRef = '';
  let inlineScript: string | undefined;
  return {
    name: 'mamoru:first-slide',
    apply: 'build',
    api: { scriptHashes: () => (inlineScript ? [scriptHash(inlineScript)] : []) },
    buildStart() {
      scriptRef = this.emitFile({ type: 'chunk', id: PAGE_SCRIPT, fileName: FIRST_SLIDE_SCRIPT });
    },
    generateBundle(_options, bundle) {
      const fileName = this.getFileName(scriptRef);
      const script = bundle[fileName];
      if (script?.type !== 'chunk') return this.error(`${FIRST_SLIDE_SCRIPT} was not built`);
      // A classic script: it runs before the page's modules and cannot import anything.
      if (script.imports.length > 0 || script.dynamicImports.length > 0 || /^\s*(import|export)\b/m.test(script.code))
        this.error(`${FIRST_SLIDE_SCRIPT} imports or exports something: ${PAGE_SCRIPT} must stand alone`);
      const library = lessons();
      const table: FirstSlideTable = {
        modules: library ? lessonModules(bundle) : {},
        slides: library ? firstSlides(library, bundle, (message) => this.error(message)) : {},
        layout: FIRST_SLIDE_LAYOUT,
      };
      inlineScript = inlineScriptText(
        `// Written by npm run build (src/build/first-slide-plugin.ts from src/slides/first-slide/page-script.ts).\n` +
          `(function (FIRST_SLIDE_TABLE) {\n${script.code}\n})(${scriptJson(table)});\n`,
      );
      // It lives in the page only.
      delete bundle[fileName];
    },
    transformIndexHtml: {
      // After the bundle is written (the script needs the built files' names); the page's policy,
      // added after this, allows the script by its hash.
      order: 'post',
      handler(html, context) {
        if (path.basename(context.filename) !== 'present.html') return html;
        if (!inlineScript) throw new Error(`${FIRST_SLIDE_SCRIPT} was not built before present.html`);
        // Before the deck's scripts and stylesheets: it asks for the fonts while those load.
        return html.replace('</title>', () => `</title>\n    <script>${inlineScript}</script>`);
      },
    },
  };
}

/** JSON that may stand in a script: no "</script" or "<!--" can end or bend it in an inline copy. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** Per lesson and language, the opening slide's markup and the font files its text needs. */
function firstSlides(
  library: LessonLibrary,
  bundle: Rollup.OutputBundle,
  fail: (message: string) => never,
): FirstSlideTable['slides'] {
  const files = new Map<string, string>();
  for (const fileName of Object.keys(bundle)) {
    const match = /biz-udpgothic-(\w+)-(400|700)-normal-[\w-]+\.woff2$/.exec(fileName);
    if (match) files.set(`${match[1]}-${match[2]}`, fileName);
  }
  if (files.size === 0) fail('no BIZ UDPGothic .woff2 files in the bundle: has the deck stopped importing them?');
  const subsets = fontSubsets();
  const slides: FirstSlideTable['slides'] = {};
  // What the deck's pages get with every lesson: the deck's own words, phrased.
  const catalogue = sharedOf(library);
  for (const lesson of library.lessons) {
    slides[lesson.id] = {};
    for (const locale of LOCALES) {
      const { html } = openingSlide(lesson, catalogue, locale);
      const text = slideText(html);
      const needed = WEIGHTS.flatMap((weight) =>
        subsets
          .filter((subset) => subset.weight === weight && covers(subset, weight === '400' ? text.all : text.bold))
          .map((subset) => files.get(`${subset.name}-${weight}`)),
      );
      if (needed.includes(undefined)) fail(`a font subset the first slide of ${lesson.id} needs is not in the bundle`);
      slides[lesson.id][locale] = { html, fonts: needed as string[] };
    }
  }
  return slides;
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

/** The slide's shown text (no notes; ruby readings too, which show above their words) and its bold part. */
function slideText(html: string): { all: string; bold: string } {
  let all = '';
  let bold = '';
  const walk = (nodes: ChildNode[], inBold: boolean) => {
    for (const node of nodes) {
      if (node.type === 'text') {
        all += node.data;
        if (inBold) bold += node.data;
      } else if ('children' in node && 'name' in node) {
        if (node.name === 'aside') continue;
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
