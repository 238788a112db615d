// Every handout's footer says "page n / total", drawn by the page's layout template once the
// pagination engine knows the total (src/handouts/documents/layout.tsx): a one-page student handout
// prints 1 / 1, and one that runs over its page numbers each page, never printing "1 / 1" twice.
import { describe, expect, it } from 'vitest';
import { loadLessons } from '../../src/content/node/load';
import { LESSONS_DIR } from '../../src/content/node/paths';
import { EMPTY_SETTINGS } from '../../src/content/school';
import { registerFonts } from '../../src/handouts/fonts';
import { handoutInput } from '../../src/handouts/handout-input';
import { FONT_FILES } from '../../src/handouts/node/font-files';
import { renderHandout } from '../../src/handouts/render';
import { readPdf } from '../support/pdf-text';

const { library } = loadLessons(LESSONS_DIR);
const lesson = library!.lessons[0];

/** The footer's page number on each page, as printed. */
async function pageNumbers(bytes: Uint8Array): Promise<string[]> {
  const pdf = await readPdf(bytes);
  return Array.from({ length: pdf.pages }, (_, i) =>
    pdf.lines
      .filter((line) => line.page === i + 1)
      .map((line) => /(\d+) \/ (\d+)\s*$/.exec(line.text)?.[0] ?? '')
      .filter(Boolean)
      .join(','),
  );
}

describe('handout page numbers', () => {
  it('print 1 / 1 on a student handout that fits its page', async () => {
    registerFonts(FONT_FILES);
    const input = handoutInput(
      { kind: 'student', locale: 'ja', paper: 'a4', school: EMPTY_SETTINGS },
      lesson,
      library!,
      lesson,
    );
    expect(await pageNumbers(await renderHandout(input))).toEqual(['1 / 1']);
  });

  it('print n / total on a student handout whose points run over its page', async () => {
    registerFonts(FONT_FILES);
    const long = { ...lesson, handout: { ...lesson.handout, student: Array(6).fill(lesson.handout.student).flat() } };
    const input = handoutInput(
      { kind: 'student', locale: 'en', paper: 'a4', school: EMPTY_SETTINGS },
      long,
      library!,
      long,
    );
    const numbers = await pageNumbers(await renderHandout(input));
    expect(numbers.length).toBeGreaterThan(1);
    expect(numbers).toEqual(numbers.map((_, i) => `${i + 1} / ${numbers.length}`));
  });
});
