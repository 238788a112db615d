// The paper a handout is printed on, and the margins school copiers keep.
import type { Paper } from '../handout-input';

/** 15 mm: inside what school copiers and printers keep (most lose 4–6 mm at each edge). */
export const MARGIN = 42.5;
export const PAPER_SIZE: Record<Paper, 'A4' | 'LETTER'> = { a4: 'A4', letter: 'LETTER' };
/** Width and height in points. */
export const PAPER_POINTS: Record<Paper, [number, number]> = { a4: [595.28, 841.89], letter: [612, 792] };
