// Reads a PDF back as the lines a reader sees, with pdfjs-dist's legacy build (no poppler needed):
// text items grouped by page and baseline, and split where a gap shows separate columns.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfLine {
  page: number;
  x: number;
  y: number;
  /** Where the line's last glyph ends, in points from the page's left edge. */
  right: number;
  text: string;
}

export interface PdfReading {
  pages: number;
  /** Page size in points, of the first page. */
  size: [number, number];
  lines: PdfLine[];
  info: Record<string, unknown>;
}

export async function readPdf(bytes: Uint8Array): Promise<PdfReading> {
  const document = await getDocument({ data: bytes.slice(), disableFontFace: true, verbosity: 0 }).promise;
  const lines: PdfLine[] = [];
  let size: [number, number] = [0, 0];
  for (let number = 1; number <= document.numPages; number += 1) {
    const page = await document.getPage(number);
    if (number === 1) size = [page.view[2], page.view[3]];
    const content = await page.getTextContent();
    const items = content.items
      .filter((item): item is Extract<typeof item, { str: string }> => 'str' in item && item.str !== '')
      .map((item) => ({ x: item.transform[4], y: item.transform[5], width: item.width, text: item.str }))
      .sort((a, b) => b.y - a.y || a.x - b.x);
    let current: PdfLine | undefined;
    for (const item of items) {
      if (current && Math.abs(current.y - item.y) < 1.5 && item.x - current.right < 6) {
        current.text += item.text;
        current.right = item.x + item.width;
      } else {
        if (current) lines.push(current);
        current = { page: number, x: item.x, y: item.y, text: item.text, right: item.x + item.width };
      }
    }
    if (current) lines.push(current);
  }
  const { info } = await document.getMetadata();
  await document.destroy();
  return { pages: document.numPages, size, lines, info: info as Record<string, unknown> };
}

/** The fonts a PDF names, and whether each is subset (ABCDEF+Name). */
export function pdfFonts(bytes: Uint8Array): { name: string; subset: boolean }[] {
  const text = Buffer.from(bytes).toString('latin1');
  return [...new Set([...text.matchAll(/\/BaseFont\s*\/([^\s/>]+)/g)].map((m) => m[1]))].map((name) => ({
    name,
    subset: /^[A-Z]{6}\+/.test(name),
  }));
}

export function embeddedFontFiles(bytes: Uint8Array): number {
  return (
    Buffer.from(bytes)
      .toString('latin1')
      .match(/\/FontFile2\s/g) ?? []
  ).length;
}
