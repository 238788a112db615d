// npm run handouts makes its PDFs on worker threads (src/handouts/node/handout-pool.ts): the files
// come back whole and in the order asked, and a handout or a thread that fails stops the run with
// a message naming the file, instead of hanging or writing a partial set.
import { describe, expect, it } from 'vitest';
import { loadLessons } from '../../src/content/node/load';
import { LESSONS_DIR } from '../../src/content/node/paths';
import { EMPTY_SETTINGS } from '../../src/content/school';
import { handoutInput, type HandoutInput, type HandoutKind } from '../../src/handouts/handout-input';
import { handoutFontFiles } from '../../src/handouts/node/font-subset';
import { defaultThreads, HandoutPoolError, renderInPool, type PoolJob } from '../../src/handouts/node/handout-pool';
import { LATIN_FONT_FILES } from '../../src/handouts/node/latin-font-files';
import { readPdf } from '../support/pdf-text';

const { library } = loadLessons(LESSONS_DIR);
const lesson = library!.lessons[0];
const job = (kind: HandoutKind, locale: 'ja' | 'en'): PoolJob => ({
  name: `${lesson.id}-${kind}-${locale}.pdf`,
  input: handoutInput({ kind, locale, paper: 'a4', school: EMPTY_SETTINGS }, lesson, library!, lesson),
});

describe('the handout pool', () => {
  it('makes each handout on two threads and hands them back in the order asked, as it finishes each', async () => {
    const fonts = await handoutFontFiles();
    const jobs = [job('helpcard', 'ja'), job('student', 'en'), job('helpcard', 'en')];
    const finished: string[] = [];
    const results = await renderInPool(jobs, {
      fonts,
      latinFont: LATIN_FONT_FILES,
      threads: 2,
      onDone: (_result, done) => finished.push(done.name),
    });
    expect(finished.sort()).toEqual(jobs.map((j) => j.name).sort());
    expect(results).toHaveLength(3);
    // Each file is the handout asked for at that place: the card's and the handout's own headings.
    const texts = await Promise.all(
      results.map(async (result) => (await readPdf(result.bytes)).lines.map((line) => line.text).join(' ')),
    );
    expect(texts[0]).toContain('相談');
    expect(texts[1]).toContain('Student handout');
    expect(texts[2]).not.toMatch(/[\u3040-\u30ff]{3}/);
    for (const result of results) {
      expect(new TextDecoder().decode(result.bytes.slice(0, 5))).toBe('%PDF-');
      expect(result.ms).toBeGreaterThan(0);
    }
  }, 120_000);

  it('stops with the failing handout’s name and the worker’s message when one cannot be made', async () => {
    const fonts = await handoutFontFiles();
    const broken = job('helpcard', 'ja');
    const bad: PoolJob = {
      name: 'broken-helpcard-ja.pdf',
      input: { ...broken.input, kind: 'poster' } as unknown as HandoutInput,
    };
    const failure = renderInPool([job('helpcard', 'en'), bad], { fonts, latinFont: LATIN_FONT_FILES, threads: 2 });
    await expect(failure).rejects.toThrow(HandoutPoolError);
    await expect(failure).rejects.toThrow(/^could not make the handout broken-helpcard-ja\.pdf: \S/);
  }, 120_000);

  it('stops with the handout’s name when its thread dies mid-job without a word, and does not hang', async () => {
    const fonts = await handoutFontFiles();
    const started = performance.now();
    const failure = renderInPool([job('teacher', 'ja'), job('helpcard', 'en')], {
      fonts,
      latinFont: LATIN_FONT_FILES,
      threads: 1,
      workerFile: new URL('../support/dying-handout-worker.ts', import.meta.url),
    });
    await expect(failure).rejects.toThrow(HandoutPoolError);
    // The teacher guide goes first (longest first), so the thread dies making it.
    await expect(failure).rejects.toThrow(
      `a handout thread stopped (exit code 7) while making ${lesson.id}-teacher-ja.pdf`,
    );
    expect(performance.now() - started).toBeLessThan(60_000);
  }, 120_000);

  it('starts one thread on two cores or fewer (a second was slower there), else all cores but one', () => {
    expect([1, 2, 3, 4, 16].map((cores) => defaultThreads(cores))).toEqual([1, 1, 2, 3, 15]);
  });

  it('refuses a thread count that is not a whole number of at least 1, and makes nothing of no jobs', async () => {
    const fonts = await handoutFontFiles();
    for (const threads of [0, -1, 1.5, Number.NaN])
      await expect(
        renderInPool([job('helpcard', 'ja')], { fonts, latinFont: LATIN_FONT_FILES, threads }),
      ).rejects.toThrow(/whole number of threads, at least 1/);
    expect(await renderInPool([], { fonts, latinFont: LATIN_FONT_FILES })).toEqual([]);
  });
});
