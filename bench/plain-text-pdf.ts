// The floor of the handouts bench: a handout's words as plain paragraphs in react-pdf, in the same
// font, with none of the handout's own layout (phrase breaking, furigana, boxes, columns, footer).
// What this costs is what react-pdf needs for the words alone; the handout itself can only cost more.
import { Document, Page, Text, pdf } from '@react-pdf/renderer';
import { createElement } from 'react';
import { FONT_FAMILY, registerFonts, type FontSources } from '../src/handouts/fonts.ts';
import type { HandoutInput } from '../src/handouts/handout-input.ts';
import { handoutOutline } from '../src/handouts/outline/index.ts';

/** Fields of an outline that are never printed as text: block kinds, ids, QR addresses, readings. */
const UNPRINTED = new Set(['type', 'id', 'url', 'ruby']);

const isRuns = (value: unknown): value is { text: string }[] =>
  Array.isArray(value) &&
  value.length > 0 &&
  value.every((item) => typeof item === 'object' && item !== null && typeof item.text === 'string');

/** Every text of the handout's outline, one paragraph each: a run list is one, its readings left out. */
export function blockTexts(input: HandoutInput): string[] {
  const texts: string[] = [];
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      if (value.trim()) texts.push(value);
    } else if (isRuns(value)) {
      texts.push(value.map((run) => run.text).join(''));
    } else if (Array.isArray(value)) {
      value.forEach(visit);
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, child] of Object.entries(value)) if (!UNPRINTED.has(key)) visit(child);
    }
  };
  visit(handoutOutline(input));
  return texts;
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
