// The Web Worker that makes handout PDFs in the browser, so that the page never freezes while
// react-pdf lays out and subsets fonts. It receives plain data and absolute font URLs, and sets
// each handout in the font subset or, when the subset lacks one of its characters, the full font
// (the subset's characters come with the worker's code, so the page's script stays small).
import { SUBSET_CHARACTERS } from 'virtual:handout-fonts';
import { pickFontSources } from './font-choice';
import { registerFonts, type FontSources } from './fonts';
import { registerLatinFont, type LatinFontSources } from './latin-font';
import type { HandoutInput } from './handout-input';
import { renderHandout } from './render';

export interface PdfRequest {
  id: number;
  input: HandoutInput;
  /** Absolute URLs of the full font and of its subset, whose characters the worker knows. */
  fonts: { full: FontSources; subset: FontSources };
  latinFont: LatinFontSources;
}

export type PdfResponse = { id: number; bytes: Uint8Array } | { id: number; error: string };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<PdfRequest>) => void) | null;
  postMessage: (message: PdfResponse, transfer?: Transferable[]) => void;
};

/** One handout at a time: the font files are chosen per handout, and must not change under one that renders. */
let queue: Promise<unknown> = Promise.resolve();

async function make({ id, input, fonts, latinFont }: PdfRequest): Promise<void> {
  try {
    registerFonts(
      pickFontSources(input, { full: fonts.full, subset: { files: fonts.subset, characters: SUBSET_CHARACTERS } }),
    );
    registerLatinFont(latinFont);
    const bytes = await renderHandout(input);
    scope.postMessage({ id, bytes }, [bytes.buffer]);
  } catch (error) {
    scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
}

scope.onmessage = ({ data }) => {
  queue = queue.then(() => make(data));
};
