// The handouts' font cut down at build time to the characters the kit can print: every character
// of the lessons, the kit's words and the handout code, the usual ranges a school types (ASCII,
// Latin-1, kana, Japanese punctuation, full-width forms) and the 常用漢字 and 人名用漢字. The full
// BIZ UDPGothic TTFs are 4.5 MB each with 12,800 glyphs; the subset holds about 3,600 and is read
// and shaped faster, in Node and (served by the kit) in the browser's PDF worker. A handout that
// prints a character outside the subset is set in the full font instead (../font-choice.ts).
//
// Made with subset-font (HarfBuzz) into node_modules/.cache/mamoru/handout-fonts/<key>/, where the
// key is a hash of everything that decides the result, so a changed lesson or a new font version
// makes a new subset and an unchanged kit reuses the last one. Making one removes the older
// subsets (about 1 MB each), so the cache holds the current one only.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import subsetFont from 'subset-font';
import { writeFileAtomically } from '../../build/write-atomically.ts';
import { LESSONS_DIR, PROJECT_ROOT } from '../../content/node/paths.ts';
import type { FontSources } from '../fonts.ts';
import type { HandoutFontFiles } from '../font-choice.ts';
import { FONT_FILES } from './font-files.ts';
import { JINMEIYO_KANJI, JOYO_KANJI } from './name-kanji.ts';

export const SUBSET_CACHE_DIR = path.join(PROJECT_ROOT, 'node_modules', '.cache', 'mamoru', 'handout-fonts');

/** The folders whose files hold printable text: the lessons, the kit's words, the handouts' and content's code. */
export const SUBSET_TEXT_FOLDERS = [
  LESSONS_DIR,
  path.join(PROJECT_ROOT, 'src', 'i18n'),
  path.join(PROJECT_ROOT, 'src', 'handouts'),
  path.join(PROJECT_ROOT, 'src', 'content'),
];

/** What a school may type besides kanji: ASCII, Latin-1 (names like José), dashes and quotes, ①–⑳, Japanese punctuation and kana, full-width and half-width forms. */
const TYPED_RANGES: [number, number][] = [
  [0x20, 0x7e],
  [0xa0, 0xff],
  [0x2010, 0x203b],
  [0x2190, 0x2193],
  [0x2460, 0x2473],
  [0x3000, 0x30ff],
  [0xff01, 0xff9f],
];

/**
 * The OpenType features kept: the ones react-pdf's shaper (fontkit) applies to horizontal text.
 * The kit asks for no other (no vertical forms, no old JIS shapes), and those would pull in
 * thousands of alternate glyphs.
 */
export const SUBSET_FEATURES = ['ccmp', 'locl', 'mark', 'mkmk', 'kern', 'liga', 'clig', 'calt', 'rlig', 'rclt', 'curs'];

const TEXT_FILE = /\.(ya?ml|md|ts|tsx|json)$/;

function textFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .sort()
    .flatMap((name) => {
      const file = path.join(folder, name);
      if (statSync(file).isDirectory()) return textFiles(file);
      return TEXT_FILE.test(name) ? [file] : [];
    });
}

/** Every character the subset keeps, in code point order. */
export function subsetCharacters(folders: string[] = SUBSET_TEXT_FOLDERS): string {
  const characters = new Set<string>();
  for (const [first, last] of TYPED_RANGES)
    for (let code = first; code <= last; code++) characters.add(String.fromCodePoint(code));
  for (const character of JOYO_KANJI + JINMEIYO_KANJI) characters.add(character);
  for (const folder of folders)
    for (const file of textFiles(folder)) for (const character of readFileSync(file, 'utf8')) characters.add(character);
  return [...characters]
    .filter((character) => character.codePointAt(0)! >= 0x20)
    .sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!)
    .join('');
}

export interface FontSubset {
  /** The subset TTF files, as paths. */
  files: FontSources;
  /** Every character they hold. */
  characters: string;
  /** Whether this call made them (false: they came from the cache). */
  made: boolean;
}

const require = createRequire(import.meta.url);

/** The cache's folder names: the first 16 hex digits of the key's SHA-256. */
const CACHE_KEY = /^[0-9a-f]{16}$/;

/** Removes the subsets made before `current`; anything else in the cache folder is not ours and stays. */
function pruneOlderSubsets(cacheDir: string, current: string): void {
  for (const name of readdirSync(cacheDir))
    if (CACHE_KEY.test(name) && name !== current) rmSync(path.join(cacheDir, name), { recursive: true, force: true });
}

function cacheKey(characters: string, sources: FontSources): string {
  const hash = createHash('sha256');
  hash.update(JSON.parse(readFileSync(require.resolve('subset-font/package.json'), 'utf8')).version);
  hash.update(SUBSET_FEATURES.join(','));
  hash.update(characters);
  for (const file of [sources.regular, sources.bold]) hash.update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}

/**
 * The handouts' font subset, made if the cache lacks it. `sources` are the full TTFs; `folders`
 * the text it must cover (the defaults are the kit's). Throws, naming the file, when a font is
 * missing or HarfBuzz cannot cut it.
 */
export async function handoutFontSubset(
  options: { sources?: FontSources; folders?: string[]; cacheDir?: string } = {},
): Promise<FontSubset> {
  const sources = options.sources ?? FONT_FILES;
  for (const file of [sources.regular, sources.bold])
    if (!existsSync(file)) throw new Error(`the handout font ${file} is missing: run npm install`);
  const characters = subsetCharacters(options.folders);
  const cacheDir = options.cacheDir ?? SUBSET_CACHE_DIR;
  const key = cacheKey(characters, sources);
  const folder = path.join(cacheDir, key);
  const files: FontSources = {
    regular: path.join(folder, 'BIZUDPGothic-Regular-subset.ttf'),
    bold: path.join(folder, 'BIZUDPGothic-Bold-subset.ttf'),
  };
  if (existsSync(files.regular) && existsSync(files.bold)) return { files, characters, made: false };
  mkdirSync(folder, { recursive: true });
  for (const weight of ['regular', 'bold'] as const) {
    let bytes: Buffer;
    try {
      bytes = await subsetFont(readFileSync(sources[weight]), characters, {
        targetFormat: 'sfnt',
        keepFeatures: SUBSET_FEATURES,
      });
    } catch (error) {
      throw new Error(`could not cut the handout font ${sources[weight]}: ${(error as Error).message}`, {
        cause: error,
      });
    }
    writeFileAtomically(files[weight], bytes);
  }
  pruneOlderSubsets(cacheDir, key);
  return { files, characters, made: true };
}

/** The font files a Node tool renders handouts with: the subset (made if needed) and the full font. */
export async function handoutFontFiles(): Promise<HandoutFontFiles> {
  const subset = await handoutFontSubset();
  return { full: FONT_FILES, subset: { files: subset.files, characters: subset.characters } };
}
