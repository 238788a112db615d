// Which font files a handout is set in. The kit ships BIZ UDPGothic twice: cut down at build time
// to the characters it can print (node/font-subset.ts; fast to read and shape) and whole. A handout
// whose text holds a character outside the subset (a variant kanji in a school's or a counsellor's
// name) is set in the full font, so it never prints a blank box. (Test characters stay out of this
// folder's comments: the subset keeps every character of the handouts' code.)
import type { FontSources } from './fonts';
import type { HandoutInput } from './handout-input';

export interface HandoutFontFiles {
  /** The whole font: every glyph BIZ UDPGothic has. */
  full: FontSources;
  /** The build-time subset and the characters it holds; absent where none was made. */
  subset?: { files: FontSources; characters: string };
}

const coveredObjects = new WeakMap<object, WeakMap<ReadonlySet<string>, boolean>>();
const characterSets = new Map<string, ReadonlySet<string>>();

function characterSet(characters: string): ReadonlySet<string> {
  let set = characterSets.get(characters);
  if (!set) {
    set = new Set(characters);
    characterSets.set(characters, set);
  }
  return set;
}

/** The characters of every string in `value` (a handout's input, with its lesson) that `characters` lacks. */
export function charactersMissing(value: unknown, characters: string): string[] {
  const set = characterSet(characters);
  const missing = new Set<string>();
  const visit = (item: unknown): void => {
    if (typeof item === 'string') {
      for (const character of item) if (!set.has(character) && character >= ' ') missing.add(character);
      return;
    }
    if (item === null || typeof item !== 'object') return;
    // A lesson is shared by the eight handouts made from it: check each object once per subset.
    const known = coveredObjects.get(item)?.get(set);
    if (known) return;
    const before = missing.size;
    for (const child of Array.isArray(item) ? item : Object.values(item)) visit(child);
    if (missing.size === before) {
      if (!coveredObjects.has(item)) coveredObjects.set(item, new WeakMap());
      coveredObjects.get(item)!.set(set, true);
    }
  };
  visit(value);
  return [...missing];
}

/** The subset when it holds every character the handout prints, else the full font. */
export function pickFontSources(input: HandoutInput, fonts: HandoutFontFiles): FontSources {
  if (fonts.subset && charactersMissing(input, fonts.subset.characters).length === 0) return fonts.subset.files;
  return fonts.full;
}
