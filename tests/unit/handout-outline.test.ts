// What every handout says, for every lesson in both languages, checked on its outline (the model
// both the PDF and the HTML are drawn from) in milliseconds: key phrases, the safety steps, only
// verified help as fact, no ids a student reads, the guardian letter's form, the teacher guide's
// numbered sources. Layout and line breaking are read back from real PDFs in handouts.test.ts and
// handouts-ux.test.ts; this file needs no PDF.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { lessonHelp, unverifiedHelp, verifiedHelp } from '../../src/content/help';
import { loadLessons } from '../../src/content/node/load';
import { LESSONS_DIR } from '../../src/content/node/paths';
import { EMPTY_SETTINGS, type SchoolSettings } from '../../src/content/school';
import type { LessonLibrary, Locale } from '../../src/content/types';
import { HandoutHtml } from '../../src/handouts/HandoutHtml';
import {
  handoutInput,
  handoutSteps,
  HANDOUT_KINDS,
  statedFactIds,
  type HandoutInput,
  type HandoutKind,
} from '../../src/handouts/handout-input';
import { FONT_FILES } from '../../src/handouts/node/font-files';
import { handoutOutline } from '../../src/handouts/outline';
import { allBlocks, textOf, type Block, type HelpBlock } from '../../src/handouts/outline/blocks';
import { textsOf } from '../support/outline-text';
import { qrTarget } from '../../src/handouts/outline/help';
import { messages } from '../../src/i18n/messages';

const LOCALES = ['ja', 'en'] as const;
const SCHOOL: SchoolSettings = {
  schoolName: '横浜市立みなと中学校',
  counsellor: '保健室 養護教諭 山田花子先生（内線 123）',
  localHelp: ['横浜市こども相談 0120-45-7867'],
};
const m = messages.handout;
type Lesson = LessonLibrary['lessons'][number];

let library: LessonLibrary;
beforeAll(() => {
  const loaded = loadLessons(LESSONS_DIR);
  expect(loaded.problems).toEqual([]);
  library = loaded.library!;
}, 60_000);

function inputFor(
  lesson: Lesson,
  kind: HandoutKind,
  locale: Locale,
  options: { school?: SchoolSettings; issued?: string } = {},
): HandoutInput {
  return handoutInput(
    { kind, locale, paper: 'a4', school: options.school ?? EMPTY_SETTINGS, issued: options.issued },
    lesson,
    library,
    lesson,
  );
}

interface Outlined {
  lesson: Lesson;
  kind: HandoutKind;
  locale: Locale;
  input: HandoutInput;
  blocks: Block[];
  /** Every text the outline holds, one string per text. */
  texts: string[];
  text: string;
}

/** Every handout of every lesson in both languages, as outlines. */
function everyOutline(): Outlined[] {
  return library.lessons.flatMap((lesson) =>
    HANDOUT_KINDS.flatMap((kind) => LOCALES.map((locale) => outlined(inputFor(lesson, kind, locale), lesson))),
  );
}

function outlined(input: HandoutInput, lesson: Lesson): Outlined {
  const blocks = handoutOutline(input);
  const texts = blocks.flatMap(textsOf);
  return { lesson, kind: input.kind, locale: input.locale, input, blocks, texts, text: texts.join('\n') };
}

const label = (o: Outlined) => `${o.lesson.id} ${o.kind} ${o.locale}`;

const helpOf = (o: Outlined) => o.blocks.find((block): block is HelpBlock => block.type === 'help');

describe('every handout, for every lesson, in both languages (its outline)', () => {
  it('says the key phrases of its kind and language, and names the lesson', () => {
    const expected: Record<HandoutKind, Record<Locale, string[]>> = {
      student: { ja: ['覚えておきたいこと', '相談できるところ'], en: ['Key points', 'Where to get help'] },
      guardian: {
        ja: ['保護者の皆さまへ', '授業で学んだこと', '相談できるところ'],
        en: ['Dear parents and guardians,', 'What the class learned', 'Where to get help'],
      },
      teacher: {
        ja: [
          'ねらい',
          '生命（いのち）の安全教育との関係',
          '指導計画',
          '準備',
          '保護者への事前のお知らせ',
          'スライドと発表者ノート',
          '話し合いの問い',
          '出典',
        ],
        en: [
          'Objectives',
          'How this fits 生命（いのち）の安全教育',
          'Lesson plan',
          'Preparation',
          'Guardian pre-notice',
          'Slides and speaker notes',
          'Discussion prompts',
          'Sources',
        ],
      },
      helpcard: {
        ja: ['ひとりでなやまないで', 'あなたは悪くありません。'],
        en: ['You are not alone', 'It is not your fault.'],
      },
    };
    const all = everyOutline();
    expect(all).toHaveLength(library.lessons.length * 4 * 2);
    for (const o of all) {
      for (const phrase of expected[o.kind][o.locale]) expect(o.text, label(o)).toContain(phrase);
      const title = o.lesson.title[o.locale].text;
      if (o.kind === 'guardian')
        expect(o.text, label(o)).toContain(o.locale === 'ja' ? title.replace(/「/g, '『').replace(/」/g, '』') : title);
      else expect(o.text, label(o)).toContain(title);
      if (o.kind === 'helpcard') expect(o.text).toContain(m.asOf[o.locale].replace('{date}', library.factsChecked));
    }
  });

  it('shows no internal id to any reader: facts and documents are numbered, and no message names source ids', () => {
    for (const o of everyOutline()) {
      if (o.kind === 'helpcard') continue;
      for (const id of statedFactIds(o.input)) expect(o.text, `${label(o)} shows ${id}`).not.toContain(id);
      expect(o.text, label(o)).not.toContain(m.sourceIds[o.locale]);
      // Nor anything shaped like one on what students and families read (the guide's references hold web addresses).
      if (o.kind !== 'teacher') expect(o.text, label(o)).not.toMatch(/\b(help|law|fig|case|advice)\.[a-z0-9-]+/);
    }
  });

  it('prints the safety steps of the advice facts the lesson names, and only on those lessons', () => {
    for (const o of everyOutline()) {
      const steps = handoutSteps(o.input);
      expect(steps.length > 0, `${o.lesson.id} names handout steps`).toBe(o.lesson.handout.steps.length > 0);
      if (o.kind !== 'student' && o.kind !== 'guardian') continue;
      const box = o.blocks.find((block) => block.type === 'box');
      if (steps.length === 0) {
        expect(box, label(o)).toBeUndefined();
        continue;
      }
      expect(box?.type === 'box' && box.title, label(o)).toBe(
        o.kind === 'student' ? m.ifItHappens[o.locale] : m.stepsTaught[o.locale],
      );
      const list = box?.type === 'box' ? box.blocks[0] : undefined;
      expect(list?.type === 'list' ? list.items.map(textOf) : [], label(o)).toEqual(steps);
    }
  });

  it('has a glyph in the kit font for every character it prints: no tofu', () => {
    const fontkit = createRequire(import.meta.url)('fontkit') as {
      create(data: Buffer): { hasGlyphForCodePoint(codePoint: number): boolean };
    };
    const fonts = [FONT_FILES.regular, FONT_FILES.bold].map((file) => fontkit.create(readFileSync(file)));
    const missing = new Set<string>();
    const chars = new Set(everyOutline().flatMap((o) => [...o.text]));
    for (const char of chars) {
      if (/\s/.test(char)) continue;
      if (!fonts.some((font) => font.hasGlyphForCodePoint(char.codePointAt(0)!))) missing.add(char);
    }
    expect([...missing]).toEqual([]);
  });
});

describe('help: only verified help as fact; the rest only for teachers, with "check before use"', () => {
  it('students, families and cards get verified help only; the teacher guide lists the rest under the caveat', () => {
    for (const o of everyOutline()) {
      const help = lessonHelp(o.lesson, library);
      const check = messages.shared.checkBeforeUse[o.locale];
      for (const resource of unverifiedHelp(help)) {
        const name = resource.name[o.locale].text;
        if (o.kind !== 'teacher') {
          expect(o.text, `${label(o)} shows ${name}`).not.toContain(name);
          continue;
        }
        const entry = helpOf(o)!.unverified!.entries.find((item) => item.id === resource.id);
        expect(entry?.caution, `${label(o)} ${name}`).toMatch(new RegExp(`^${check}: `));
      }
      if (o.kind === 'helpcard') continue;
      // Verified help in the lesson's order (lessonHelp), none of it with a caveat.
      const block = helpOf(o)!;
      expect(
        block.entries.map((item) => item.id),
        label(o),
      ).toEqual(verifiedHelp(help).map((r) => r.id));
      for (const item of block.entries) expect(item.caution, `${label(o)} ${item.id}`).toBeUndefined();
      if (o.kind !== 'teacher') expect(block.unverified, label(o)).toBeUndefined();
    }
  });

  it('keeps the teacher caveats off the student handout and the guardian letter (M10)', () => {
    const caveats = (locale: Locale) => [
      messages.shared.checkBeforeUse[locale],
      m.checkNumbers[locale].slice(0, 12),
      messages.shared.helpCheck[locale].slice(0, 12),
      locale === 'ja' ? '2022〜24年の情報' : 'as of 2022–24',
    ];
    for (const o of everyOutline()) {
      if (o.kind !== 'student' && o.kind !== 'guardian') continue;
      for (const caveat of caveats(o.locale)) expect(o.text, label(o)).not.toContain(caveat);
      for (const item of helpOf(o)!.entries) expect(item.checked, label(o)).toBeUndefined();
    }
  });

  it('labels every QR code with where it leads: each verified line with an address, and no other (M6)', () => {
    for (const o of everyOutline()) {
      if (o.kind === 'helpcard') continue;
      const block = helpOf(o)!;
      const labels = [...block.entries, ...(block.unverified?.entries ?? [])].flatMap((item) => item.qr?.label ?? []);
      const targets = verifiedHelp(o.input.help)
        .filter((r) => r.url)
        .map((r) => `QR: ${qrTarget(r.url!)}`);
      expect(labels, label(o)).toEqual(targets);
    }
    expect(qrTarget('https://example.org/help/')).toBe('example.org/help');
  });

  it('the teacher guide says the entries were checked on published pages, not by calling (N3)', () => {
    const lesson = library.lessons.find((l) => l.id === 'sextortion-pattern')!;
    const ja = outlined(inputFor(lesson, 'teacher', 'ja'), lesson).text;
    expect(ja).toContain(messages.shared.checkBeforeUse.ja);
    expect(ja).toContain('各窓口が公開しているページ');
    expect(ja).toContain('電話をかけて確かめたものではありません');
    expect(outlined(inputFor(lesson, 'teacher', 'en'), lesson).text).toContain('not by calling');
  });

  it('puts the school’s own contacts first when the school has set them', () => {
    const lesson = library.lessons[0];
    for (const kind of ['student', 'guardian', 'teacher'] as const) {
      const o = outlined(inputFor(lesson, kind, 'ja', { school: SCHOOL }), lesson);
      expect(helpOf(o)!.school, kind).toEqual({
        title: SCHOOL.schoolName,
        lines: [SCHOOL.counsellor, ...SCHOOL.localHelp],
      });
      expect(helpOf(outlined(inputFor(lesson, kind, 'ja'), lesson))!.school, kind).toBeUndefined();
    }
  });
});

describe('the teacher guide', () => {
  it('numbers its facts and documents instead of printing ids, and reads “閲覧” for a page read on a day (M7)', () => {
    for (const lesson of library.lessons) {
      const o = outlined(inputFor(lesson, 'teacher', 'ja'), lesson);
      for (const id of statedFactIds(o.input)) expect(o.text, lesson.id).not.toContain(id);
      for (const id of Object.keys(o.input.bibliography)) expect(o.text, lesson.id).not.toContain(`[${id}]`);
      expect(o.text).not.toMatch(/\bread \d{4}-\d{2}-\d{2}/);
      const sources = o.blocks.find((block) => block.type === 'sources')!;
      expect(sources.type === 'sources' && sources.intro).toBe(m.sourcesIntro.ja);
      expect(o.text, lesson.id).toMatch(/〔\d+(、\d+)*〕/);
      // One entry per stated fact, numbered from 1 in order.
      if (sources.type !== 'sources') continue;
      expect(sources.facts.map((fact) => fact.id)).toEqual(statedFactIds(o.input).filter((id) => o.input.facts[id]));
      sources.facts.forEach((fact, i) => expect(fact.lines[0][0].text).toMatch(new RegExp(`^${i + 1}\\. `)));
    }
  });

  it('points the plan’s first row at the opening slide (L8) and gives every slide its notes, after the opening slide', () => {
    for (const lesson of library.lessons) {
      const o = outlined(inputFor(lesson, 'teacher', 'ja'), lesson);
      const table = o.blocks.find((block) => block.type === 'table');
      expect(table?.type === 'table' && textOf(table.rows[0][2]), lesson.id).toMatch(/^1-\d+$/);
      const slides = allBlocks(o.blocks).filter((block) => block.type === 'slide');
      expect(slides.map((slide) => slide.type === 'slide' && slide.number)).toEqual(
        Array.from({ length: lesson.decks.ja.length + 2 }, (_, i) => i + 1),
      );
    }
    const lesson = library.lessons.find((l) => l.id === 'sextortion-pattern')!;
    const table = handoutOutline(inputFor(lesson, 'teacher', 'ja')).find((block) => block.type === 'table')!;
    expect(table.type === 'table' && textOf(table.rows[0][2])).toBe('1-2');
  });

  it('keeps every section heading with what follows it (L4): the content note, the plan, the notes, the list headings', () => {
    const lesson = library.lessons[0];
    const blocks = handoutOutline(inputFor(lesson, 'teacher', 'en'));
    const keeps = blocks.filter((block) => block.type === 'keep');
    for (const keep of keeps) {
      expect(keep.type === 'keep' && keep.blocks[0].type).toBe('heading');
      expect(keep.type === 'keep' && keep.blocks.length).toBeGreaterThan(1);
    }
    // No heading stands alone between blocks: headings are inside a kept group, a list or a table.
    expect(blocks.filter((block) => block.type === 'heading')).toEqual([]);
  });
});

describe('the guardian letter is a Japanese school letter, in the past tense (L6, N5)', () => {
  const lesson = () => library.lessons.find((l) => l.id === 'sextortion-pattern')!;

  it('carries the date, the school and a line for the class teacher, the subject, the opening and 以上', () => {
    const o = outlined(inputFor(lesson(), 'guardian', 'ja', { school: SCHOOL, issued: '2026-12-03' }), lesson());
    expect(o.blocks[0]).toEqual({
      type: 'letterHead',
      date: '2026年12月3日',
      greeting: m.guardianGreeting.ja,
      sender: [SCHOOL.schoolName, expect.stringMatching(/^担任\s*＿{4,}$/)],
    });
    expect(o.blocks[1]).toEqual({
      type: 'subject',
      text: '「『やさしい人』が脅す人に変わるとき」の授業について（お知らせ）',
    });
    expect(o.text).toContain('時下');
    expect(o.blocks.at(-1)).toEqual({ type: 'closing', text: '以上' });
    // What the class learned, in the past tense, not the summary's 「…学びます」.
    expect(o.text).toContain(lesson().handout.learned!.ja.text.slice(0, 30));
    expect(o.text).toContain('学びました');
    expect(o.text).not.toContain('学びます');
    expect(o.text).not.toContain('本日の授業');
  });

  it('leaves blanks to write the date and the school on when none is given; English writes the date in words', () => {
    const ja = handoutOutline(inputFor(lesson(), 'guardian', 'ja'))[0];
    expect(ja.type === 'letterHead' && ja.date).toMatch(/^\s*年\s+月\s+日$/);
    expect(ja.type === 'letterHead' && ja.sender[0]).toMatch(/^＿{4,}$/);
    const en = outlined(inputFor(lesson(), 'guardian', 'en', { issued: '2026-12-03' }), lesson());
    expect(en.blocks[0].type === 'letterHead' && en.blocks[0].date).toBe('3 December 2026');
    expect(en.text).toMatch(/Class teacher: ＿{4,}/);
    expect(en.text).toContain(m.whatWeLearned.en);
  });

  it('says “overleaf” exactly when the steps go on the back, and the back starts with them', () => {
    for (const o of everyOutline()) {
      if (o.kind !== 'guardian') continue;
      const at = o.blocks.findIndex((block) => block.type === 'overleaf');
      expect(at >= 0, label(o)).toBe(handoutSteps(o.input).length > 0);
      if (at < 0) continue;
      const back = o.blocks[at + 1];
      expect(back.type === 'box' && back.title, label(o)).toBe(m.stepsTaught[o.locale]);
      expect(o.blocks.slice(at + 2).map((block) => block.type)).toEqual(['help', 'closing']);
    }
  });
});

describe('the HTML version draws the same outline', () => {
  it('shows every text of the outline, in order, and nothing that belongs only on paper', () => {
    for (const o of everyOutline()) {
      if (o.lesson.id !== 'sextortion-pattern') continue;
      const html = renderToStaticMarkup(createElement(HandoutHtml, { input: o.input, headingId: 'h' }));
      // Read as the outline's text: ruby bases without their readings.
      const text = html
        .replace(/<(rt|rp)>.*?<\/\1>/g, '')
        .replace(/<[^>]+>/g, '')
        .replace(/&amp;/g, '&')
        .replace(/&quot;/g, '"')
        .replace(/&#x27;/g, "'")
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>');
      let from = 0;
      const paperOnly = new Set([m.seeOverleaf[o.locale], m.cutHere[o.locale]]);
      // The document's title line is the page's own heading; QR labels become links.
      const skipped = (block: Block) => block.type === 'title' || block.type === 'overleaf';
      const texts = o.blocks.filter((block) => !skipped(block)).flatMap(textsOf);
      for (const expected of texts) {
        if (expected.startsWith('QR: ') || [...paperOnly].some((p) => expected.includes(p)) || expected === '')
          continue;
        const at = text.indexOf(expected, from);
        expect(at, `${label(o)}: "${expected.slice(0, 40)}"`).toBeGreaterThanOrEqual(0);
        from = at;
      }
      expect(text, label(o)).not.toContain(m.seeOverleaf[o.locale]);
      expect(text, label(o)).toContain(m.asOf[o.locale].replace('{date}', library.factsChecked));
    }
  });

  it('sets a ruby reading over its base and keeps bold text bold', () => {
    const lesson = library.lessons.find((l) => l.id === 'sextortion-pattern')!;
    const input = inputFor(lesson, 'student', 'ja');
    const point = input.lesson.handout.student[0].ja;
    const withReading = {
      ...input,
      lesson: {
        ...input.lesson,
        handout: {
          ...input.lesson.handout,
          student: [
            {
              ...input.lesson.handout.student[0],
              ja: {
                ...point,
                runs: [
                  { text: '生命', bold: true, ruby: 'いのち' },
                  { text: 'を守る', bold: false },
                ],
              },
            },
          ],
        },
      },
    };
    const html = renderToStaticMarkup(createElement(HandoutHtml, { input: withReading, headingId: 'h' }));
    expect(html).toContain('<li><strong><ruby>生命<rp>(</rp><rt>いのち</rt><rp>)</rp></ruby></strong>を守る</li>');
  });
});
