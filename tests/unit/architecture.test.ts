// The folders of src/ say which way imports run, and this test holds them to it (DESIGN.md,
// "Target layout"):
//
//   content  ←  i18n  ←  export  ←  ui  ←  pages and renderers  ←  app
//
// - content: the lesson model and its pure helpers; imports nothing above itself.
// - i18n (the kit's words) sits just above; export (pure writers shared by pages and Node tools,
//   including the deck's assembly) above it, since every export prints the kit's words.
// - ui: React parts and browser helpers shared by pages.
// - pages and renderers (catalogue, overview, quiz, slides, handouts, settings, live): never import a
//   sibling; what two of them share moves down to ui or content.
// - app: the shell. Its routes module (every URL the kit links to) is the one part pages may import.
// - Node-only code (src/build, src/server, and any `node/` folder) is never imported by browser code,
//   and never imports browser code except from its own concern (src/handouts/node renders handouts).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/content/node/paths';

const SRC = path.join(PROJECT_ROOT, 'src');

const LAYERS: Record<string, number> = {
  content: 0,
  // The live class's messages (zod): the one contract the browsers and the classroom server share.
  protocol: 0,
  types: 0,
  i18n: 1,
  // Exports print the kit's words: above i18n, below everything that offers them.
  export: 1.5,
  ui: 2,
  catalogue: 3,
  overview: 3,
  quiz: 3,
  slides: 3,
  handouts: 3,
  settings: 3,
  live: 3,
  app: 4,
};
const NODE_ONLY_FOLDERS = new Set(['build', 'server']);
/** Modules any browser layer may import although they live in a higher folder. */
const SHARED_LEAVES = new Set(['app/routes.ts']);
/**
 * Known exceptions, each with its reason. BudouX's exports map hides its DOM-free parser, and its
 * package entry pulls linkedom into the PDF worker, where it does not build.
 */
const EXCEPTIONS: Record<string, string> = {
  'live/summary-pdf.tsx -> handouts/fonts':
    'the one registration of the PDF fonts; it moves to ui once the handouts line breaking it uses does',
  'content/japanese-phrases.ts -> ../node_modules/budoux/module/parser.js': 'budoux exports no DOM-free entry',
  'content/japanese-phrases.ts -> ../node_modules/budoux/module/data/models/ja.js': 'budoux exports no DOM-free entry',
};
/** Folders of pure code, which browser and Node code may both import. */
const PURE_FOLDERS = new Set(['content', 'protocol', 'i18n', 'export']);

interface Import {
  from: string;
  /** A path under src/ for a relative import, else the specifier as written. */
  to: string;
  local: boolean;
  line: number;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [full] : [];
  });
}

const IMPORT =
  /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Every import in a file, as written (bare specifiers) or resolved to a path under src/ (relative ones). */
function importsOf(file: string): Import[] {
  const text = readFileSync(file, 'utf8');
  const found: Import[] = [];
  for (const match of text.matchAll(IMPORT)) {
    const spec = match[1] ?? match[2];
    const line = text.slice(0, match.index).split('\n').length;
    const to = spec.startsWith('.')
      ? path
          .relative(SRC, path.resolve(path.dirname(file), spec))
          .split(path.sep)
          .join('/')
      : spec;
    found.push({ from: path.relative(SRC, file).split(path.sep).join('/'), to, local: spec.startsWith('.'), line });
  }
  return found;
}

const top = (srcPath: string) => srcPath.split('/')[0];
const isNodeOnly = (srcPath: string) =>
  NODE_ONLY_FOLDERS.has(top(srcPath)) || srcPath.split('/').slice(0, -1).includes('node');
const WHOLE_MESSAGE_TABLE = new Set(['i18n/messages', 'i18n/messages/index']);
const withoutExtension = (srcPath: string) => srcPath.replace(/\.(ts|tsx)$/, '');

/** Why an import breaks the direction, or undefined when it is allowed. */
function violation({ from, to, local }: Import): string | undefined {
  if (to.includes('node_modules')) return 'reaches into node_modules by path: import the package by name';
  const fromNode = isNodeOnly(from);
  if (to.startsWith('node:')) return fromNode ? undefined : 'browser code imports a Node built-in';
  if (!local) return undefined;
  const fromTop = top(from);
  const toTop = top(to);
  if (isNodeOnly(to) && !fromNode) return 'browser code imports Node-only code';
  if (fromNode) {
    const ownConcern = from.split('/').slice(0, from.split('/').indexOf('node')).join('/');
    if (isNodeOnly(to) || PURE_FOLDERS.has(toTop)) return undefined;
    if (ownConcern && to.startsWith(`${ownConcern}/`)) return undefined;
    return 'Node-only code imports browser code';
  }
  // Each page loads only the words it shows: the whole table (every namespace) is for Node and tests.
  if (WHOLE_MESSAGE_TABLE.has(withoutExtension(to)))
    return 'browser code imports every message: import the namespaces it shows from src/i18n/messages/';
  if (fromTop === toTop) return undefined;
  if (PURE_FOLDERS.has(fromTop) && !PURE_FOLDERS.has(toTop) && toTop !== 'types')
    return `${fromTop} is pure and imports ${toTop}`;
  if (fromTop === 'content' && toTop !== 'content') return 'content imports something above itself';
  if (SHARED_LEAVES.has(withoutExtension(to) + '.ts') && LAYERS[fromTop] >= LAYERS.ui) return undefined;
  const fromLayer = LAYERS[fromTop];
  const toLayer = LAYERS[toTop];
  if (fromLayer === undefined) return `src/${fromTop} is not a known folder: add it to LAYERS`;
  if (toLayer === undefined) return `src/${toTop} is not a known folder: add it to LAYERS`;
  if (toLayer === fromLayer)
    return `${fromTop} imports its sibling ${toTop}: move what they share down to ui or content`;
  if (toLayer > fromLayer) return `${fromTop} imports ${toTop}, which sits above it`;
  return undefined;
}

describe('the direction of imports in src/', () => {
  const imports = sourceFiles(SRC).flatMap(importsOf);

  it('finds the imports it checks', () => {
    expect(imports.length).toBeGreaterThan(200);
    expect(imports).toContainEqual(
      expect.objectContaining({ from: 'app/App.tsx', to: 'overview/OverviewPage', local: true }),
    );
  });

  it('runs content ← i18n ← ui ← pages ← app, with no page importing a sibling and no browser code importing Node code', () => {
    const broken = imports.flatMap((entry) => {
      const why = EXCEPTIONS[`${entry.from} -> ${entry.to}`] ? undefined : violation(entry);
      return why ? [`src/${entry.from}:${entry.line} imports ${entry.to}: ${why}`] : [];
    });
    expect(broken).toEqual([]);
  });

  it.each([
    [{ from: 'overview/OverviewPage.tsx', to: 'slides/deck', line: 1 }, 'imports its sibling'],
    [{ from: 'ui/HelpList.tsx', to: 'quiz/scoring', line: 1 }, 'sits above it'],
    [{ from: 'content/help.ts', to: 'ui/storage', line: 1 }, 'pure'],
    [{ from: 'quiz/QuizPage.tsx', to: 'content/node/load', line: 1 }, 'browser code imports Node-only code'],
    [{ from: 'slides/deck.ts', to: 'build/lessons-plugin', line: 1 }, 'browser code imports Node-only code'],
    [{ from: 'ui/LessonText.tsx', to: 'node:fs', line: 1 }, 'Node built-in'],
    [{ from: 'build/lessons-plugin.ts', to: 'quiz/scoring', line: 1 }, 'Node-only code imports browser code'],
    [{ from: 'server/session.ts', to: 'live/Join', line: 1 }, 'Node-only code imports browser code'],
    [{ from: 'export/pptx.ts', to: 'ui/LessonText', line: 1 }, 'pure'],
    [{ from: 'handouts/line-breaking.ts', to: '../node_modules/budoux/module/parser.js', line: 1 }, 'node_modules'],
    [{ from: 'live/Overlay.tsx', to: 'slides/deck', line: 1 }, 'imports its sibling'],
    [{ from: 'mystery/x.ts', to: 'content/types', line: 1 }, 'not a known folder'],
    [{ from: 'slides/LessonDeck.tsx', to: 'i18n/messages', line: 1 }, 'every message'],
    [{ from: 'ui/locale.ts', to: 'i18n/messages/index.ts', line: 1 }, 'every message'],
  ])('refuses %o', (entry, why) => {
    expect(violation({ ...entry, local: !entry.to.startsWith('node:') })).toContain(why);
  });

  it.each([
    { from: 'quiz/ShareQuiz.tsx', to: 'app/routes', line: 1 },
    { from: 'handouts/node/write-handouts.ts', to: 'handouts/render', line: 1 },
    { from: 'server/session.ts', to: 'export/gift', line: 1 },
    { from: 'slides/LessonDeck.tsx', to: 'export/pptx', line: 1 },
    { from: 'build/lessons-plugin.ts', to: 'content/node/load.ts', line: 1 },
    { from: 'app/App.tsx', to: 'quiz/QuizPage', line: 1 },
    { from: 'slides/LessonDeck.tsx', to: 'i18n/messages/deck', line: 1 },
    { from: 'build/portable/build-portable.ts', to: 'i18n/messages/index.ts', line: 1 },
  ])('allows %o', (entry) => {
    expect(violation({ ...entry, local: true })).toBeUndefined();
  });
});
