// Gives the handouts page the build-time subset of the PDF font (src/handouts/node/font-subset.ts)
// as the virtual module `virtual:handout-fonts`: the subset's two TTFs as asset URLs (so the build
// emits them with hashed names, and the offline precache holds them) and the characters they hold,
// which the page needs to choose between the subset and the full font for each handout.
import type { Plugin } from 'vite';
import { handoutFontSubset } from '../handouts/node/font-subset.ts';

const MODULE_ID = 'virtual:handout-fonts';
const RESOLVED_ID = `\0${MODULE_ID}`;

export function handoutFontsPlugin(): Plugin {
  return {
    name: 'mamoru:handout-fonts',
    resolveId: (id) => (id === MODULE_ID ? RESOLVED_ID : undefined),
    async load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const { files, characters } = await handoutFontSubset();
      return [
        `import regular from ${JSON.stringify(`${files.regular}?url`)};`,
        `import bold from ${JSON.stringify(`${files.bold}?url`)};`,
        'export const SUBSET_FONT_URLS = { regular, bold };',
        `export const SUBSET_CHARACTERS = ${JSON.stringify(characters)};`,
      ].join('\n');
    },
  };
}
