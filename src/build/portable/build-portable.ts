// `npm run portable`: the kit as files that run opened from disk, with no server. A second Vite
// build of each page with everything in one script (no dynamic imports, which a file:// page
// cannot fetch), then inline-page.ts puts that script and its stylesheet into the page, and
// fonts.ts cuts the font down to the kit's own text.
//   folder:  DIR/index.html (catalogue, lessons, quiz, handouts as pages), DIR/present.html (decks),
//            DIR/fonts/*.woff2, DIR/handouts/*.pdf (ready PDFs), DIR/favicon.svg, DIR/README.txt
//   single:  DIR/<lesson>-<lang>.html, one deck with notes and fonts inside, nothing beside it
import { execFile } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import react from '@vitejs/plugin-react';
import { zipSync } from 'fflate';
import { build, type Plugin } from 'vite';
import { handoutFontsPlugin } from '../handout-fonts-plugin.ts';
import { lessonsPlugin } from '../lessons-plugin.ts';
import { speakerViewScriptHashes } from '../speaker-view-csp.ts';
import { PROJECT_ROOT } from '../../content/node/paths.ts';
import type { Locale } from '../../content/types.ts';
import { translate } from '../../i18n/messages/index.ts';
import {
  charactersOf,
  fontFaceCss,
  FONT_WEIGHTS,
  subsetKitFont,
  withoutKitFontFaces,
  type FontWeight,
} from './fonts.ts';
import { inlinePage } from './inline-page.ts';

const run = promisify(execFile);

type PageName = 'index' | 'present';

export interface PortableFolderOptions {
  out: string;
  lessonsDir: string;
  /** The languages whose ready PDFs go into handouts/ (the pages always carry both). */
  locales: Locale[];
  log?: (line: string) => void;
}

export interface PortableSingleOptions {
  out: string;
  lessonsDir: string;
  lesson: string;
  locales: Locale[];
  log?: (line: string) => void;
}

/** A page built by Vite into a temporary folder, before it is made portable. */
interface ViteBuiltPage {
  html: string;
  dir: string;
  /** The page's script and stylesheet, for the font subset. */
  texts: string[];
}

/**
 * The workers (PDFs made in the browser, the live class summary) and the TTF fonts they load are
 * left out: a worker cannot start from a file:// page, so the portable pages never start one (the
 * handouts page links the ready PDFs instead).
 */
function dropWorkersPlugin(): Plugin {
  return {
    name: 'mamoru:portable-drop-workers',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const name of Object.keys(bundle))
        if (/(^|\/)[\w-]*worker[\w-]*\.js$|\.ttf$|\.woff2?$/.test(name)) delete bundle[name];
    },
  };
}

/** The deck page starts from its portable entry, without the live class. */
function portableDeckEntryPlugin(): Plugin {
  return {
    name: 'mamoru:portable-deck-entry',
    apply: 'build',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => html.replace('/src/app/present.tsx', '/src/app/present-portable.tsx'),
    },
  };
}

async function viteBuildPage(page: PageName, lessonsDir: string, only?: string): Promise<ViteBuiltPage> {
  const dir = mkdtempSync(path.join(tmpdir(), `mamoru-portable-${page}-`));
  // Vite and the React plugin build for production only when NODE_ENV says so, and a test runner
  // sets it to "test": the portable pages are always the production build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: false,
      root: PROJECT_ROOT,
      base: './',
      logLevel: 'warn',
      publicDir: false,
      plugins: [
        react(),
        lessonsPlugin(lessonsDir, { only }),
        portableDeckEntryPlugin(),
        // The handouts page imports the PDF font's subset; the PDF worker and fonts are dropped below.
        handoutFontsPlugin(),
        dropWorkersPlugin(),
      ],
      worker: { plugins: () => [handoutFontsPlugin()] },
      build: {
        outDir: dir,
        emptyOutDir: true,
        chunkSizeWarningLimit: 1e6,
        rollupOptions: { input: { [page]: `${page}.html` }, output: { codeSplitting: false } },
      },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  const html = readFileSync(path.join(dir, `${page}.html`), 'utf8');
  const assets = path.join(dir, 'assets');
  const texts = readdirSync(assets)
    .filter((file) => /\.(js|css)$/.test(file))
    .map((file) => readFileSync(path.join(assets, file), 'utf8'));
  return { html, dir, texts: [html, ...texts] };
}

function fallbackHtml(): string {
  const part = (locale: Locale) =>
    `<h1 lang="${locale}">${translate(locale, 'portable.blockedTitle')}</h1>` +
    `<p lang="${locale}">${translate(locale, 'portable.blockedBody')}</p>`;
  return `<main class="portable-fallback" style="max-width:40rem;margin:3rem auto;padding:0 1.5rem;font:18px/1.7 'BIZ UDPGothic',sans-serif">${part('ja')}${part('en')}</main>`;
}

function portablePage(built: ViteBuiltPage, page: PageName, fontUrl: (weight: FontWeight) => string, extraHead = '') {
  return inlinePage({
    html: built.html,
    read: (relative) => readFileSync(path.join(built.dir, relative), 'utf8'),
    css: (css) => `${fontFaceCss(fontUrl)}\n${withoutKitFontFaces(css)}`,
    extraScriptSources: page === 'present' ? speakerViewScriptHashes() : [],
    extraHead,
    fallback: fallbackHtml(),
  });
}

const fontDataUrl = (fonts: Record<FontWeight, Buffer>) => (weight: FontWeight) =>
  `data:font/woff2;base64,${fonts[weight].toString('base64')}`;

/** Bytes of every file under `dir`. */
export function folderBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(path.join(entry.parentPath, entry.name)).size, 0);
}

export function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Writes the portable folder; returns its size in bytes. */
export async function buildPortableFolder(options: PortableFolderOptions): Promise<number> {
  const log = options.log ?? (() => undefined);
  const out = path.resolve(options.out);
  mkdirSync(out, { recursive: true });
  log('building the pages…');
  const pages = {
    index: await viteBuildPage('index', options.lessonsDir),
    present: await viteBuildPage('present', options.lessonsDir),
  };
  try {
    log('cutting the font down to the kit’s text…');
    const fonts = await subsetKitFont(charactersOf([...pages.index.texts, ...pages.present.texts]));
    const fontFile = (weight: FontWeight) => `fonts/biz-udpgothic-${weight}.woff2`;
    mkdirSync(path.join(out, 'fonts'), { recursive: true });
    for (const weight of FONT_WEIGHTS) writeFileSync(path.join(out, fontFile(weight)), fonts[weight]);
    writeFileSync(
      path.join(out, 'index.html'),
      portablePage(pages.index, 'index', (weight) => `./${fontFile(weight)}`),
    );
    // The deck carries its font inside: the speaker view is a blank window of the deck, and a blank
    // window opened from a file may not read the files beside it, so file URLs would leave its notes as tofu.
    writeFileSync(path.join(out, 'present.html'), portablePage(pages.present, 'present', fontDataUrl(fonts)));
    copyFileSync(path.join(PROJECT_ROOT, 'public', 'favicon.svg'), path.join(out, 'favicon.svg'));
    copyFileSync(
      path.join(PROJECT_ROOT, 'node_modules', '@expo-google-fonts', 'biz-udpgothic', 'LICENSE_FONT'),
      path.join(out, 'fonts', 'LICENSE.txt'),
    );
    writeFileSync(path.join(out, 'README.txt'), readmeText());
  } finally {
    for (const page of Object.values(pages)) rmSync(page.dir, { recursive: true, force: true });
  }
  log('writing the ready PDF handouts…');
  await writeHandoutPdfs(path.join(out, 'handouts'), options.lessonsDir, options.locales);
  return folderBytes(out);
}

/** Writes one HTML file per language for the lesson's deck; returns each file with its size. */
export async function buildSingleDeck(options: PortableSingleOptions): Promise<{ file: string; bytes: number }[]> {
  const log = options.log ?? (() => undefined);
  const out = path.resolve(options.out);
  mkdirSync(out, { recursive: true });
  log(`building the deck of ${options.lesson}…`);
  const built = await viteBuildPage('present', options.lessonsDir, options.lesson);
  try {
    // The font for the text the file can show: the deck's code and words, and this lesson.
    const fonts = await subsetKitFont(charactersOf(built.texts));
    const favicon = `data:image/svg+xml;base64,${readFileSync(path.join(PROJECT_ROOT, 'public', 'favicon.svg')).toString('base64')}`;
    const written = [];
    for (const locale of options.locales) {
      const head = `\n    <meta name="mamoru-deck" content="lesson=${encodeURIComponent(options.lesson)}&amp;lang=${locale}" />`;
      const file = path.join(out, `${options.lesson}-${locale}.html`);
      const html = portablePage(built, 'present', fontDataUrl(fonts), head)
        .replace('<html lang="ja">', `<html lang="${locale}">`)
        // Nothing travels beside the file: the icon goes inside too.
        .replace('href="./favicon.svg"', () => `href="${favicon}"`);
      writeFileSync(file, html);
      written.push({ file, bytes: statSync(file).size });
    }
    return written;
  } finally {
    rmSync(built.dir, { recursive: true, force: true });
  }
}

/** The ready PDFs, written by `npm run handouts` in its own process (its documents are TSX for react-pdf). */
async function writeHandoutPdfs(dir: string, lessonsDir: string, locales: Locale[]): Promise<void> {
  const args = ['--import', 'tsx', path.join(PROJECT_ROOT, 'scripts', 'handouts.ts'), '--out', dir];
  if (locales.length === 1) args.push('--lang', locales[0]);
  try {
    await run(process.execPath, args, { cwd: PROJECT_ROOT, env: { ...process.env, MAMORU_LESSONS: lessonsDir } });
  } catch (error) {
    const { stderr, message } = error as { stderr?: string; message: string };
    throw new Error(`writing the ready PDF handouts failed: ${stderr || message}`, { cause: error });
  }
}

/** Zips the folder as DIR.zip beside it, the folder's name as the top folder inside. */
export function zipFolder(dir: string): { file: string; bytes: number } {
  const root = path.basename(path.resolve(dir));
  const files: Record<string, Uint8Array> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    files[`${root}/${path.relative(dir, full).split(path.sep).join('/')}`] = readFileSync(full);
  }
  const file = `${path.resolve(dir)}.zip`;
  // PDFs and WOFF2 are compressed already: stored as they are, the rest deflated.
  const zipped = zipSync(
    Object.fromEntries(
      Object.entries(files).map(([name, bytes]) => [name, [bytes, { level: /\.(pdf|woff2)$/.test(name) ? 0 : 6 }]]),
    ),
  );
  writeFileSync(file, zipped);
  return { file, bytes: zipped.length };
}

function readmeText(): string {
  return [translate('ja', 'portable.readme'), '', translate('en', 'portable.readme'), ''].join('\n');
}
