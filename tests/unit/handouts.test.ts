// A teacher prints a lesson's handouts, in Japanese and English: each PDF must open, be A4 with a
// sensible number of pages, use the kit's embedded and subset fonts, print what its outline says
// (and only verified help as fact), and break Japanese lines the way Japanese is set. What each
// handout says, for every lesson, is checked on its outline (handout-outline.test.ts); this file
// reads one lesson's eight PDFs back for what only paper shows.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLessons } from '../../src/content/node/load';
import { LESSONS_DIR } from '../../src/content/node/paths';
import type { LessonLibrary, Locale, Run } from '../../src/content/types';
import { FONT_FILES } from '../../src/handouts/node/font-files';
import { registerFonts } from '../../src/handouts/fonts';
import { registerLatinFont, typographicQuotes } from '../../src/handouts/latin-font';
import { LATIN_FONT_FILES } from '../../src/handouts/node/latin-font-files';
import { handoutInput, HANDOUT_KINDS, type HandoutKind } from '../../src/handouts/handout-input';
import { hasJapanese, NO_LINE_END, NO_LINE_START, phrasesOf } from '../../src/handouts/line-breaking';
import { messages } from '../../src/i18n/messages';
import { handoutOutline } from '../../src/handouts/outline';
import { renderHandout } from '../../src/handouts/render';
import { runsText } from '../../src/content/markdown/runs';
import { EMPTY_SETTINGS } from '../../src/content/school';
import { embeddedFontFiles, pdfFonts, readPdf, type PdfReading } from '../support/pdf-text';
import { textsOf } from '../support/outline-text';

/** The lesson whose handouts are read back: it has safety steps, unverified help and QR codes. */
const LESSON = 'sextortion-pattern';

interface Made {
  lesson: string;
  kind: HandoutKind;
  locale: Locale;
  bytes: Uint8Array;
  pdf: PdfReading;
}

const PAGE_BOUNDS: Record<HandoutKind, [number, number]> = {
  student: [1, 2],
  guardian: [1, 2],
  teacher: [3, 14],
  helpcard: [1, 1],
};

let library: LessonLibrary;
const made: Made[] = [];

beforeAll(async () => {
  const loaded = loadLessons(LESSONS_DIR);
  expect(loaded.problems).toEqual([]);
  library = loaded.library!;
  registerFonts(FONT_FILES);
  registerLatinFont(LATIN_FONT_FILES);
  const lesson = library.lessons.find((candidate) => candidate.id === LESSON)!;
  for (const kind of HANDOUT_KINDS) {
    for (const locale of ['ja', 'en'] as const) {
      const bytes = await renderHandout(
        handoutInput({ kind, locale, paper: 'a4', school: EMPTY_SETTINGS }, lesson, library, lesson),
      );
      made.push({ lesson: lesson.id, kind, locale, bytes, pdf: await readPdf(bytes) });
    }
  }
}, 240_000);

const flat = (m: Made) => m.pdf.lines.map((line) => line.text).join('');

/** Text as a handout prints it: English with typographic quotes (UX L5). */
const shown = (text: string, locale: Locale) => (locale === 'en' ? typographicQuotes(text) : text);

describe('one lesson’s handouts, in both languages', () => {
  it('is made: four kinds × two languages', () => {
    expect(made).toHaveLength(4 * 2);
  });

  it('is A4 with the expected number of pages, and carries title, language and subject', () => {
    for (const m of made) {
      const [width, height] = m.pdf.size;
      expect([Math.round(width), Math.round(height)], `${m.lesson} ${m.kind} ${m.locale}`).toEqual([595, 842]);
      const [min, max] = PAGE_BOUNDS[m.kind];
      expect(m.pdf.pages, `${m.lesson} ${m.kind} ${m.locale} pages`).toBeGreaterThanOrEqual(min);
      expect(m.pdf.pages, `${m.lesson} ${m.kind} ${m.locale} pages`).toBeLessThanOrEqual(max);
      const lesson = library.lessons.find((l) => l.id === m.lesson)!;
      expect(m.pdf.info.Title).toContain(lesson.title[m.locale].text);
      expect(m.pdf.info.Subject).toBe(lesson.summary[m.locale].text);
      expect(Buffer.from(m.bytes).toString('latin1')).toMatch(new RegExp(`/Lang \\(${m.locale}\\)`));
    }
  });

  it('embeds only subset fonts, the kit’s (and Atkinson Hyperlegible in English): no font is left to the printer', () => {
    for (const m of made) {
      const fonts = pdfFonts(m.bytes);
      expect(fonts.length, `${m.lesson} ${m.kind} ${m.locale}`).toBeGreaterThan(0);
      const allowed = m.locale === 'en' ? /^[A-Z]{6}\+(BIZUDPGothic|AtkinsonHyperlegible)/ : /^[A-Z]{6}\+BIZUDPGothic/;
      for (const font of fonts) expect(font.name, `${m.lesson} ${m.kind} ${m.locale}`).toMatch(allowed);
      expect(embeddedFontFiles(m.bytes)).toBe(fonts.length);
    }
  });

  it('prints every text of its outline, the date of its information and the lesson’s title', () => {
    const squeeze = (text: string) => text.replace(/[\s\u00A0\u00AD]/g, '');
    for (const m of made) {
      const lesson = library.lessons.find((l) => l.id === m.lesson)!;
      const input = handoutInput(
        { kind: m.kind, locale: m.locale, paper: 'a4', school: EMPTY_SETTINGS },
        lesson,
        library,
        lesson,
      );
      const printed = squeeze(flat(m));
      // Help is set in columns beside QR codes, and a table's cells side by side: both read back
      // interleaved, so the help test below reads help, and a table is checked by its header.
      const texts = handoutOutline(input)
        .filter((block) => block.type !== 'help')
        // Lesson text with furigana (the Japanese student handout) is set in phrase boxes under
        // their readings, read back interleaved with them: its own tests read it.
        .filter(
          (block) =>
            !(
              m.kind === 'student' &&
              m.locale === 'ja' &&
              block.type === 'list' &&
              block.items.some((item) => item.some((run) => run.ruby))
            ),
        )
        .flatMap((block) =>
          block.type === 'table' ? [block.heading, ...block.columns.map((c) => c.label)] : textsOf(block),
        );
      expect(texts.length).toBeGreaterThan(3);
      for (const text of texts)
        expect(printed, `${m.lesson} ${m.kind} ${m.locale}: "${text.slice(0, 40)}"`).toContain(
          squeeze(shown(text, m.locale)),
        );
      expect(flat(m)).toContain(
        m.locale === 'ja' ? `${library.factsChecked}時点の情報です` : `Information as of ${library.factsChecked}`,
      );
      if (m.kind !== 'helpcard') expect(flat(m)).toContain(lesson.title[m.locale].text);
    }
  });

  it('prints only verified help as fact: the rest only in the teacher guide, with "check before use"', () => {
    for (const m of made) {
      const lesson = library.lessons.find((l) => l.id === m.lesson)!;
      const help = lesson.help.jp.map((id) => library.help.jp.find((r) => r.id === id)!);
      const lines = m.pdf.lines.map((line) => line.text.replace(/\u00A0/g, ' '));
      const check = messages.shared.checkBeforeUse[m.locale];
      for (const resource of help) {
        const name = shown(resource.name[m.locale].text, m.locale);
        // Cards, students and families get verified help only; the teacher guide has the rest (UX M10).
        if (m.kind !== 'teacher' && resource.status !== 'verified') {
          expect(flat(m), `${m.lesson} ${m.kind} ${m.locale} shows ${name}`).not.toContain(name);
          continue;
        }
        if (m.kind === 'helpcard') continue;
        // The help entry: a line starting with the name; an unverified one says so within its entry.
        // (A name may wrap in the students' two help columns: its first words start the entry.)
        const at = lines.findIndex((line) => line.startsWith(name.slice(0, 16)));
        expect(at, `${m.lesson} ${m.kind} ${m.locale} lists ${name}`).toBeGreaterThanOrEqual(0);
        const entry = lines.slice(at, at + 4).join(' ');
        if (resource.status === 'verified') expect(lines[at]).not.toContain(check);
        else expect(entry, `${m.lesson} ${m.kind} ${m.locale} ${name}`).toContain(`${check}:`);
      }
    }
  });

  it('has a glyph for every character it prints: no tofu', () => {
    const fontkit = createRequire(import.meta.url)('fontkit') as {
      create(data: Buffer): { hasGlyphForCodePoint(codePoint: number): boolean };
    };
    const fonts = [FONT_FILES.regular, FONT_FILES.bold].map((file) => fontkit.create(readFileSync(file)));
    const missing = new Set<string>();
    for (const m of made) {
      for (const char of flat(m)) {
        if (/\s/.test(char)) continue;
        if (!fonts.some((font) => font.hasGlyphForCodePoint(char.codePointAt(0)!))) missing.add(char);
      }
    }
    expect([...missing]).toEqual([]);
  });
});

describe('Japanese line breaking, read back from the PDFs', () => {
  const japanese = () => made.filter((m) => m.locale === 'ja');

  it('never starts a line with a character that may not begin one, nor ends one with an opening bracket', () => {
    const bad: string[] = [];
    for (const m of japanese()) {
      for (const line of m.pdf.lines) {
        const text = line.text.trim();
        if (!text || !hasJapanese(text)) continue;
        if (NO_LINE_START.has(text[0])) bad.push(`${m.lesson} ${m.kind}: starts "${text.slice(0, 20)}"`);
        if (NO_LINE_END.has(text.at(-1)!)) bad.push(`${m.lesson} ${m.kind}: ends "${text.slice(-20)}"`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('never inserts a hyphen and never breaks inside a BudouX phrase', () => {
    const blocks = corpus()
      .filter(hasJapanese)
      .map((text) => {
        const boundaries = new Set<number>();
        let at = 0;
        for (const phrase of phrasesOf(text)) {
          // A phrase longer than any line (a list of ten languages) may break between its items.
          if (phrase.length > 40)
            for (let i = 0; i < phrase.length; i += 1) if (phrase[i] === '・') boundaries.add(at + i + 1);
          boundaries.add((at += phrase.length));
        }
        return { text, boundaries };
      });
    const inserted: string[] = [];
    const inside: string[] = [];
    let checked = 0;
    for (const m of japanese()) {
      const lines = m.pdf.lines;
      for (let i = 0; i + 1 < lines.length; i += 1) {
        const [a, b] = [lines[i], lines[i + 1]];
        // The next line of the same paragraph: same page, same left edge, one line lower.
        if (a.page !== b.page || Math.abs(a.x - b.x) > 1 || a.y - b.y > 20 || a.y <= b.y) continue;
        const left = a.text.replace(/\u00A0/g, ' ').trimEnd();
        const right = b.text.replace(/\u00A0/g, ' ');
        if (!hasJapanese(left + right)) continue;
        const tail = left.slice(-8);
        const head = right.slice(0, 8);
        if (
          tail.endsWith('-') &&
          !blocks.some((block) => block.text.includes(tail + head)) &&
          blocks.some((block) => block.text.includes(tail.slice(0, -1) + head))
        ) {
          inserted.push(`${m.lesson} ${m.kind}: "${tail}|${head}"`);
        }
        const joined = tail + head;
        const hits = blocks.filter((block) => block.text.includes(joined));
        if (hits.length === 0) continue;
        checked += 1;
        const atBoundary = hits.some((block) => {
          for (let at = block.text.indexOf(joined); at >= 0; at = block.text.indexOf(joined, at + 1)) {
            if (block.boundaries.has(at + tail.length) || block.text[at + tail.length - 1] === ' ') return true;
          }
          return false;
        });
        if (!atBoundary) inside.push(`${m.lesson} ${m.kind}: "${tail}|${head}"`);
      }
    }
    expect(inserted).toEqual([]);
    expect(inside).toEqual([]);
    // The check must have met real line breaks, not passed by finding none (111 in this lesson's four Japanese PDFs).
    expect(checked).toBeGreaterThan(80);
  });
});

/** Every Japanese text a handout may print, as one string per text block. */
function corpus(): string[] {
  const texts: string[] = [];
  const add = (text: { runs: Run[] }) => texts.push(runsText(text.runs));
  for (const lesson of library.lessons) {
    const rich = [
      lesson.title,
      lesson.summary,
      lesson.contentNote,
      ...lesson.objectives,
      ...lesson.preparation,
      ...lesson.discussion,
      ...lesson.handout.student,
      ...lesson.handout.guardian,
      ...lesson.plan.map((s) => s.activity),
      ...lesson.likelyQuestions.flatMap((q) => [q.question, q.answer]),
    ];
    for (const text of rich) add(text.ja);
    for (const slide of lesson.decks.ja) for (const paragraph of slide.notesParagraphs) texts.push(runsText(paragraph));
  }
  for (const resource of library.help.jp ?? [])
    for (const text of [resource.name, resource.serves, resource.what, resource.hours, resource.cost, resource.verify])
      if (text) add(text.ja);
  const { disclosure } = library.safeguarding;
  for (const text of [disclosure.title, disclosure.intro, ...disclosure.steps]) add(text.ja);
  for (const table of Object.values(messages))
    for (const message of Object.values(table as Record<string, { ja: string }>)) texts.push(message.ja);
  return texts;
}
