// The floor of the handouts bench: a handout's words as plain paragraphs in react-pdf, in the same
// font, with none of the handout's own layout (phrase breaking, furigana, boxes, columns, footer).
// What this costs is what react-pdf needs for the words alone; the handout itself can only cost more.
import { Document, Page, Text, pdf } from '@react-pdf/renderer';
import { createElement } from 'react';
import { FONT_FAMILY, registerFonts, type FontSources } from '../src/handouts/fonts.ts';
import type { HandoutInput } from '../src/handouts/handout-input.ts';
import { handoutOutline } from '../src/handouts/outline/index.ts';
import { textsOf } from '../tests/support/outline-text.ts';

/** Every text the handout's outline prints, one paragraph each (a run list is one; its readings are left out). */
export function blockTexts(input: HandoutInput): string[] {
  return handoutOutline(input)
    .flatMap(textsOf)
    .filter((text) => text.trim());
}

/** The paragraphs as one A4 document in the handouts' font, from `fonts` (the files the handout is set in). */
export async function renderPlainText(paragraphs: string[], fonts: FontSources): Promise<Uint8Array> {
  registerFonts(fonts);
  const page = createElement(
    Page,
    { size: 'A4', style: { padding: 42, fontFamily: FONT_FAMILY, fontSize: 9 } },
    ...paragraphs.map((text, index) => createElement(Text, { key: index }, text)),
  );
  const blob = await pdf(createElement(Document, null, page)).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
