// A teacher sets the school's contacts, opens a lesson's handouts in Japanese, makes the student
// handout as a PDF (in a worker: the page stays responsive) and downloads it with the school on it;
// the built kit also carries the default PDFs for a browser that cannot make them.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { axeViolations, useChromium, openPage, uncoveredJapanese, visit } from '../support/browser';
import { readPdf } from '../support/pdf-text';

const kitUrl = inject('kitUrl');
const distDir = inject('distDir');
const browser = useChromium();

describe('handouts in the app', () => {
  it('a teacher downloads the Japanese student handout with the school contacts, made without freezing the page', async () => {
    const { page, context, foreignRequests, consoleErrors } = await openPage(browser(), kitUrl);
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(request.url()));
    await visit(page, `${kitUrl}#/settings?lang=ja`);
    await page.evaluate(() =>
      localStorage.setItem(
        'mamoru.school-settings',
        JSON.stringify({ schoolName: 'みなと中学校', counsellor: '養護教諭 03-0000-0000', localHelp: [] }),
      ),
    );
    await visit(page, `${kitUrl}#/?lang=ja`);
    // react-pdf and the fonts load only on the handouts page, and only when a PDF is asked for.
    expect(fetched.filter((url) => /pdf-worker|\.ttf/.test(url))).toEqual([]);

    await visit(page, `${kitUrl}#/lessons/sextortion-pattern/handouts?lang=ja`);
    // The page's code and its lesson load on first open: poll until they are shown.
    await expect
      .poll(() => page.locator('main h2').allInnerTexts())
      .toEqual(['生徒用プリント', '保護者の方へのお便り', '教師用ガイド', '相談先カード']);
    // The HTML versions come with the lesson's runs (the teacher's guide also with the lesson's
    // content): check the page once every one is there.
    await page.locator('section[data-kind="student"] .handout-html').waitFor({ state: 'attached' });
    await page.locator('.handout-preview:not(:has(.handout-html))').first().waitFor({ state: 'detached' });
    expect(await page.locator('main').innerText()).toContain('みなと中学校');
    expect(await uncoveredJapanese(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);

    const student = page.locator('section[data-kind="student"]');
    // The PDF is made in a Web Worker, so the page never freezes while react-pdf works.
    const worker = page.waitForEvent('worker');
    // One click makes the PDF and downloads it (UX report L10), named as the school's copy.
    const downloaded = page.waitForEvent('download', { timeout: 30_000 });
    await student.getByRole('button', { name: 'PDFを作ってダウンロード' }).click();
    expect((await worker).url()).toMatch(/pdf-worker[^/]*\.js$/);
    const file = await downloaded;
    expect(file.suggestedFilename()).toBe('sextortion-pattern-student-ja-school.pdf');
    await student.getByRole('link', { name: 'もう一度ダウンロード' }).waitFor();
    const bytes = new Uint8Array(readFileSync((await file.path())!));
    const pdf = await readPdf(bytes);
    const text = pdf.lines
      .map((line) => line.text)
      .join('')
      .replace(/\u00A0/g, ' ');
    expect(text).toContain('みなと中学校');
    // The safety steps come from the lesson's advice fact, advice.sextortion.
    expect(text).toContain('あなたは悪くない。');
    expect(pdf.size.map(Math.round)).toEqual([595, 842]);
    expect(fetched.some((url) => url.includes('BIZUDPGothic'))).toBe(true);
    expect(foreignRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('the built kit carries every default handout, linked from the page', async () => {
    const dir = path.join(distDir, 'handouts');
    for (const kind of ['student', 'guardian', 'teacher', 'helpcard']) {
      for (const lang of ['ja', 'en'])
        expect(existsSync(path.join(dir, `sextortion-pattern-${kind}-${lang}.pdf`))).toBe(true);
    }
    const { page, context } = await openPage(browser(), kitUrl, { locale: 'en-GB' });
    await visit(page, `${kitUrl}#/lessons/sextortion-pattern/handouts?lang=en`);
    const href = await page.locator('section[data-kind="guardian"] a[href^="handouts/"]').getAttribute('href');
    expect(href).toBe('handouts/sextortion-pattern-guardian-en.pdf');
    const response = await page.request.get(new URL(href!, kitUrl).href);
    expect(response.headers()['content-type'] ?? '').toContain('pdf');
    await context.close();
  });
});
