// The Web Worker that makes handout PDFs in the browser, so that the page never freezes while
// react-pdf lays out and subsets fonts. It receives plain data and absolute font URLs.
import { registerFonts, type FontSources } from './fonts';
import { registerLatinFont, type LatinFontSources } from './latin-font';
import type { HandoutInput } from './handout-input';
import { renderHandout } from './render';

export interface PdfRequest {
  id: number;
  input: HandoutInput;
  fonts: FontSources;
  latinFont: LatinFontSources;
}

export type PdfResponse = { id: number; bytes: Uint8Array } | { id: number; error: string };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<PdfRequest>) => void) | null;
  postMessage: (message: PdfResponse, transfer?: Transferable[]) => void;
};

scope.onmessage = async ({ data }) => {
  try {
    registerFonts(data.fonts);
    registerLatinFont(data.latinFont);
    const bytes = await renderHandout(data.input);
    scope.postMessage({ id: data.id, bytes }, [bytes.buffer]);
  } catch (error) {
    scope.postMessage({ id: data.id, error: error instanceof Error ? error.message : String(error) });
  }
};
