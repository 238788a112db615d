// A lesson plan's slide ranges. Authors count the lesson's own slides ("3-5"); the deck a teacher
// sees starts with a generated opening slide, so every number shown is one higher.

export interface SlideRange {
  first: number;
  last: number;
}

/** "3" or "3-5" as numbers, or undefined when the text is not a range. */
export function parseSlideRange(text: string): SlideRange | undefined {
  const match = /^(\d+)(?:-(\d+))?$/.exec(text.trim());
  if (!match) return undefined;
  const first = Number(match[1]);
  return { first, last: match[2] === undefined ? first : Number(match[2]) };
}

/**
 * A plan's slide range as the numbers the teacher sees in the deck: "3-5" becomes "4-6". The step
 * that starts at the lesson's first slide also holds the generated opening slide (deck slide 1,
 * 「この授業について」, which every plan's first step reads): "1" becomes "1-2".
 */
export function deckSlideRange(ownSlides: string): string {
  const range = parseSlideRange(ownSlides);
  if (!range) return ownSlides;
  const first = range.first === 1 ? 1 : range.first + 1;
  const last = range.last + 1;
  return first === last ? String(first) : `${first}-${last}`;
}
