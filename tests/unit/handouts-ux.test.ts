// The handout defects of the UX report (../shared/reviews/ux-2026-12.md: M6, M7, M10, L4–L8) and
// the sign-off notes N3 and N5, as far as only paper shows them, each read back from the PDF the kit
// makes (pdfjs-dist text and poppler's pdffonts-like font list): pages, positions, fonts, QR labels.
// What the handouts say (M10's caveats, N3, the letter's wording) is checked on their outlines in
// handout-outline.test.ts. Each PDF is made once and shared by the tests that read it.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLessons } from '../../src/content/node/load';
import { LESSONS_DIR, PROJECT_ROOT } from '../../src/content/node/paths';
import { deckSlideRange } from '../../src/content/plan';
import type { LessonLibrary, Locale } from '../../src/content/types';
import { EMPTY_SETTINGS, type SchoolSettings } from '../../src/content/school';
import { unverifiedHelp, verifiedHelp } from '../../src/content/help';
import { FONT_FILES } from '../../src/handouts/node/font-files';
import { LATIN_FONT_FILES } from '../../src/handouts/node/latin-font-files';
import { registerFonts } from '../../src/handouts/fonts';
import { registerLatinFont, typographicQuotes } from '../../src/handouts/latin-font';
import {
  handoutInput,
  isIsoDate,
  letterDate,
  statedFactIds,
  type HandoutKind,
  type Paper,
} from '../../src/handouts/handout-input';
import { qrTarget } from '../../src/handouts/outline/help';
import { renderHandout } from '../../src/handouts/render';
import { messages } from '../../src/i18n/messages';
import { pdfFonts, readPdf, type PdfReading } from '../support/pdf-text';

const SCHOOL: SchoolSettings = {
  schoolName: '横浜市立みなと中学校',
  counsellor: '保健室 養護教諭 山田花子先生（内線 123）',
  localHelp: ['横浜市こども相談 0120-45-7867'],
};
const LOCALES = ['ja', 'en'] as const;

let library: LessonLibrary;
beforeAll(() => {
  library = loadLessons(LESSONS_DIR).library!;
  registerFonts(FONT_FILES);
  registerLatinFont(LATIN_FONT_FILES);
}, 60_000);

interface Options {
  lesson?: string;
  school?: SchoolSettings;
  paper?: Paper;
  issued?: string;
}

const madeBefore = new Map<string, ReturnType<typeof render>>();

/** A handout as PDF, made once per kind, language and options. */
function make(kind: HandoutKind, locale: Locale, options: Options = {}) {
  const key = JSON.stringify([kind, locale, options]);
  if (!madeBefore.has(key)) madeBefore.set(key, render(kind, locale, options));
  return madeBefore.get(key)!;
}

async function render(kind: HandoutKind, locale: Locale, options: Options) {
  const lesson = library.lessons.find((candidate) => candidate.id === (options.lesson ?? 'sextortion-pattern'))!;
  const input = handoutInput(
    { kind, locale, paper: options.paper ?? 'a4', school: options.school ?? EMPTY_SETTINGS, issued: options.issued },
    lesson,
    library,
    lesson,
  );
  const bytes = await renderHandout(input);
  const pdf = await readPdf(bytes);
  return { input, bytes, pdf, text: joined(pdf), lesson };
}

const joined = (pdf: PdfReading) => pdf.lines.map((line) => line.text.replace(/\u00A0/g, ' ')).join('\n');
/** The text read column by column (the student handout sets its help in two), so a name that wraps reads whole. */
const inColumns = (pdf: PdfReading) =>
  [...pdf.lines]
    .sort((a, b) => a.page - b.page || Math.round(a.x) - Math.round(b.x) || b.y - a.y)
    .map((line) => line.text.replace(/\u00A0/g, ' '))
    .join('\n');
const linesOf = (pdf: PdfReading, page: number) => pdf.lines.filter((line) => line.page === page);
const m = messages.handout;

describe('M6 and M10: student and guardian handouts fit one sheet, with verified help only, no ids and labelled QR codes', () => {
  it('the student handout is one A4 page for every lesson, in both languages; one sheet with the school’s details', async () => {
    for (const lesson of library.lessons) {
      for (const locale of LOCALES) {
        const { pdf } = await make('student', locale, { lesson: lesson.id });
        expect(pdf.pages, `${lesson.id} ${locale}`).toBe(1);
      }
    }
    // The school's box adds most to the lesson with the most help and steps.
    for (const locale of LOCALES) {
      const withSchool = await make('student', locale, { school: SCHOOL });
      expect(withSchool.pdf.pages, `${locale} with the school`).toBeLessThanOrEqual(2);
      expect(withSchool.text).toContain('0120-45-7867');
    }
  }, 180_000);

  it('the guardian letter is one sheet: one page, or a back side that starts with the steps and is announced on the front', async () => {
    for (const lesson of library.lessons) {
      for (const locale of LOCALES) {
        const { pdf, text } = await make('guardian', locale, { lesson: lesson.id });
        expect(pdf.pages, `${lesson.id} ${locale}`).toBeLessThanOrEqual(2);
        if (pdf.pages === 1) continue;
        // Not a spill: the back begins with the box of steps and holds the help list, not a few lines.
        expect(linesOf(pdf, 2)[0].text, `${lesson.id} ${locale} back side`).toBe(m.stepsTaught[locale]);
        expect(linesOf(pdf, 2).length, `${lesson.id} ${locale} back side`).toBeGreaterThan(12);
        expect(text).toContain(m.seeOverleaf[locale]);
      }
    }
  }, 180_000);

  it('no internal ids on anything a student or family reads, and each QR code says where it leads', async () => {
    for (const locale of LOCALES) {
      for (const kind of ['student', 'guardian'] as const) {
        const { input, text, pdf } = await make(kind, locale);
        // Verified help only, each name printed whole in its column (M10).
        for (const resource of unverifiedHelp(input.help)) expect(text).not.toContain(resource.name[locale].text);
        for (const resource of verifiedHelp(input.help))
          expect(inColumns(pdf).replace(/\s/g, ''), `${kind} ${locale}`).toContain(
            (locale === 'en' ? typographicQuotes(resource.name.en.text) : resource.name.ja.text).replace(/\s/g, ''),
          );
        for (const id of statedFactIds(input)) expect(text, `${kind} ${locale}`).not.toContain(id);
        expect(text).not.toContain(m.sourceIds[locale]);
        expect(text).not.toMatch(/\b(help|law|fig|case|advice)\.[a-z0-9-]+/);
        // Every verified line with an address has a QR code, labelled with the start of that address
        // (a long one wraps in its narrow column).
        const targets = verifiedHelp(input.help)
          .filter((r) => r.url)
          .map((r) => qrTarget(r.url!));
        const labels = text.split('\n').filter((line) => line.startsWith('QR: '));
        expect(labels, `${kind} ${locale}`).toHaveLength(targets.length);
        for (const label of labels)
          expect(
            targets.some((target) => target.startsWith(label.slice(4).trim())),
            `${kind} ${locale} ${label}`,
          ).toBe(true);
      }
    }
  }, 60_000);
});

describe('M7: the Japanese teacher guide has no developer text', () => {
  it('numbers its facts and documents instead of printing ids, and reads “閲覧” for a page read on a day', async () => {
    const { input, text, pdf } = await make('teacher', 'ja');
    for (const id of statedFactIds(input)) expect(text).not.toContain(id);
    for (const id of Object.keys(input.bibliography)) expect(text).not.toContain(`[${id}]`);
    expect(text).not.toMatch(/\bread \d{4}-\d{2}-\d{2}/);
    expect(text).not.toContain(m.sourceIds.ja);
    expect(text).toContain(m.sourcesIntro.ja);
    // Every fact is numbered and cites its documents by number: 〔1、2〕.
    const sources = pdf.lines.findIndex((line) => line.text === messages.shared.sources.ja);
    expect(sources).toBeGreaterThan(0);
    expect(text).toMatch(/〔\d+(、\d+)*〕/);
  }, 120_000);
});

describe('L4: no heading alone at the foot of a teacher guide page', () => {
  it.each(LOCALES)(
    '%s: every heading has its text under it on the same page',
    async (locale) => {
      const { pdf, lesson } = await make('teacher', locale);
      const footer = (text: string) => text.includes(messages.shared.kitName[locale]) || /^\d+ \/ \d+$/.test(text);
      const headings = new Set([
        messages.shared.contentNote[locale],
        messages.shared.objectives[locale],
        messages.shared.inochiEducation[locale],
        messages.shared.preparation[locale],
        m.speakerNotes[locale],
        messages.shared.discussion[locale],
        messages.shared.likelyQuestions[locale],
        messages.shared.helpTitle[locale],
        messages.shared.sources[locale],
        messages.shared.plan[locale].replace('{n}', String(lesson.minutes)),
      ]);
      const isHeading = (text: string) => headings.has(text) || /^\d+\. \S/.test(text);
      const orphans: string[] = [];
      // Up to the sources, whose numbered facts ("12. …") would read as slide headings.
      const sourcesPage = pdf.lines.find((line) => line.text === messages.shared.sources[locale])?.page ?? pdf.pages;
      for (let page = 1; page < sourcesPage; page += 1) {
        const body = linesOf(pdf, page).filter((line) => !footer(line.text));
        const last = body.at(-1)!;
        // A slide-notes heading ("6. …") or a section heading as the page's last line is an orphan.
        if (isHeading(last.text.trim())) orphans.push(`p${page}: ${last.text}`);
      }
      expect(orphans).toEqual([]);
    },
    120_000,
  );
});

describe('L5: English handouts use a Latin font with typographic quotes', () => {
  it('embeds Atkinson Hyperlegible in English (BIZ UDPGothic behind it) and prints no typewriter quotes', async () => {
    const en = await make('student', 'en');
    const fonts = pdfFonts(en.bytes).map((font) => font.name);
    expect(fonts.some((name) => /^[A-Z]{6}\+AtkinsonHyperlegible-Regular$/.test(name))).toBe(true);
    expect(fonts.some((name) => /^[A-Z]{6}\+AtkinsonHyperlegible-Bold$/.test(name))).toBe(true);
    expect(en.text).not.toMatch(/["']/);
    expect(en.text).toContain('“our secret”');
    expect(en.text).toContain('don’t');
    const ja = await make('student', 'ja');
    expect(pdfFonts(ja.bytes).every((font) => /BIZUDPGothic/.test(font.name))).toBe(true);
  }, 60_000);

  it('turns typewriter quotes into typographic ones by position', () => {
    expect(typographicQuotes('say "thank you" and "it\'s not your fault".')).toBe(
      'say “thank you” and “it’s not your fault”.',
    );
    expect(typographicQuotes('"Good pay" (\'quoted\')')).toBe('“Good pay” (‘quoted’)');
  });
});

describe('L6 and N5: the guardian letter is a Japanese school letter, in the past tense', () => {
  it('carries the date, the school and a line for the class teacher, the subject, the opening and 以上', async () => {
    const { pdf, text, lesson } = await make('guardian', 'ja', { school: SCHOOL, issued: '2026-12-03' });
    const first = linesOf(pdf, 1);
    expect(first[0].text).toBe('2026年12月3日');
    // Date and sender stand at the right, the addressee at the left.
    expect(first[0].x).toBeGreaterThan(pdf.size[0] / 2);
    expect(first[1].text).toBe(m.guardianGreeting.ja);
    expect(first[1].x).toBeLessThan(pdf.size[0] / 4);
    const school = first.find((line) => line.text === SCHOOL.schoolName)!;
    expect(school.x).toBeGreaterThan(pdf.size[0] / 2);
    // The wording (担任 ＿＿, （お知らせ）, 時下, 以上, the past tense) is the outline's: handout-outline.test.ts.
    expect(text).toContain('「『やさしい人』が脅す人に変わるとき」の授業について');
    expect(lesson.handout.learned).toBeDefined();
  }, 60_000);

  it('every lesson has its past-tense text, and the date checks refuse what is not a day', () => {
    for (const lesson of library.lessons) {
      expect(lesson.handout.learned, lesson.id).toBeDefined();
      expect(lesson.handout.learned!.ja.text, lesson.id).toMatch(/ました。$/);
      expect(lesson.handout.learned!.ja.text, lesson.id).not.toMatch(/(学び|身につけ)ます。/);
    }
    expect(isIsoDate('2026-12-03')).toBe(true);
    for (const bad of ['2026-02-30', '2026-13-01', '3 Dec 2026', '2026-1-3', ''])
      expect(isIsoDate(bad), bad).toBe(false);
    expect(letterDate({ locale: 'ja', issued: '2026-02-30' })).toBe(m.letterDateBlank.ja);
  });

  it('the CLI refuses a --date that is not a day, before writing anything', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'mamoru-date-'));
    try {
      const args = ['--out', path.join(out, 'pdfs'), '--lesson', 'sextortion-pattern', '--date', '2026-02-30'];
      const run = promisify(execFile)(
        process.execPath,
        ['--import', 'tsx', path.join(PROJECT_ROOT, 'scripts/handouts.ts'), ...args],
        { cwd: PROJECT_ROOT },
      );
      await expect(run).rejects.toMatchObject({
        stderr: expect.stringContaining('--date must be a day as YYYY-MM-DD'),
      });
      expect(existsSync(path.join(out, 'pdfs'))).toBe(false);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('L8: the lesson plan’s first row points at the opening slide', () => {
  it('the teacher guide’s plan says 1-2 for the step that reads 「この授業について」', async () => {
    const { pdf, lesson } = await make('teacher', 'ja');
    expect(lesson.plan[0].slides).toBe('1');
    expect(deckSlideRange(lesson.plan[0].slides!)).toBe('1-2');
    const minutes = messages.shared.minutes.ja.replace('{n}', String(lesson.plan[0].minutes));
    const planStart = pdf.lines.findIndex((line) => line.text.startsWith(minutes));
    expect(planStart).toBeGreaterThan(0);
    // The first row: its minutes (which may share a line with the activity), then its slides column: 1-2.
    const row = pdf.lines.slice(planStart, planStart + 6).map((line) => line.text.trim());
    expect(
      row.some((text) => /(^|\s)1-2$/.test(text)),
      row.join(' | '),
    ).toBe(true);
  }, 60_000);
});
