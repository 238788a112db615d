// A teacher who has set the school's contacts saves a lesson for PowerPoint, Google Forms, Moodle
// and Common Cartridge from the lesson page: each file is made in the browser, with no request to
// any other host, and is the same file the command line writes for the same lesson and school.
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, inject, it } from 'vitest';
import { EXPORT_FORMATS, exportFileName, writeExport } from '../../src/export/formats';
import { axeViolations, openPage, uncoveredJapanese, useChromium, visit } from '../support/browser';
import { shippedLibrary } from '../support/shipped-lessons';

const kitUrl = inject('kitUrl');
const browser = useChromium();
const library = shippedLibrary();
const SCHOOL = {
  schoolName: 'みなと中学校',
  counsellor: '養護教諭 佐藤 03-0000-0000',
  localHelp: ['区の子ども相談 0120-000-000'],
};

/** The parts of a file that say what it holds (a .pptx also records when it was made). */
function comparable(name: string, bytes: Uint8Array): Record<string, string> {
  if (!name.endsWith('.pptx') && !name.endsWith('.imscc')) return { [name]: strFromU8(bytes) };
  const files = unzipSync(bytes);
  return Object.fromEntries(
    Object.entries(files)
      .filter(([entry]) => entry !== 'docProps/core.xml')
      .map(([entry, content]) => [entry, strFromU8(content)]),
  );
}

describe('exports from the lesson page', () => {
  it.each([
    ['ja', 'sextortion-pattern'],
    ['en', 'if-it-happens'],
  ] as const)("in %s, %s downloads as every format, identical to the command line's", async (locale, lessonId) => {
    const { page, context, foreignRequests, consoleErrors } = await openPage(browser(), kitUrl, {
      locale: locale === 'ja' ? 'ja-JP' : 'en-GB',
    });
    await page.addInitScript(
      (settings) => window.localStorage.setItem('mamoru.school-settings', settings),
      JSON.stringify(SCHOOL),
    );
    await visit(page, `${kitUrl}#/lessons/${lessonId}?lang=${locale}`);
    const section = page.locator('section.exports');
    await section.waitFor();
    const lesson = library.lessons.find((candidate) => candidate.id === lessonId)!;
    for (const format of EXPORT_FORMATS) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        section.locator(`button[data-format="${format}"]`).click(),
      ]);
      const name = exportFileName(lessonId, locale, format);
      expect(download.suggestedFilename()).toBe(name);
      const bytes = new Uint8Array(readFileSync((await download.path())!));
      const expected = await writeExport(format, {
        lesson,
        content: lesson,
        catalogue: library,
        locale,
        school: SCHOOL,
      });
      expect(comparable(name, bytes)).toEqual(comparable(name, expected));
      await expect.poll(() => section.getByRole('status').innerText()).toContain(name);
    }
    // The school's contacts reach the exports (here: the deck's closing slide and the Forms help section).
    const [pptx] = await Promise.all([
      page.waitForEvent('download'),
      section.locator('button[data-format="pptx"]').click(),
    ]);
    const slides = unzipSync(new Uint8Array(readFileSync((await pptx.path())!)));
    const last = Object.keys(slides).filter((entry) => /^ppt\/slides\/slide\d+\.xml$/.test(entry)).length;
    expect(strFromU8(slides[`ppt/slides/slide${last}.xml`])).toContain('みなと中学校');
    if (locale === 'ja') expect(await uncoveredJapanese(page, { textOf: 'section.exports' })).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    expect(foreignRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
