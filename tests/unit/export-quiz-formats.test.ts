// A teacher moves a lesson's quiz into the tool the school uses. Each file is checked against the
// format's own rules: GIFT through gift-pegjs (a GIFT parser from npm), Moodle XML through xmllint
// and Moodle's documented structure, Common Cartridge's manifest and QTI through xmllint and the CC
// 1.1 profile, and the Google Forms script run against a stand-in for FormApp that checks every call.
import { existsSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { unzipSync, strFromU8 } from 'fflate';
import { parse as parseGift, type GIFTQuestion } from 'gift-pegjs';
import { describe, expect, it } from 'vitest';
import type { Element } from 'domhandler';
import { lessonCartridge } from '../../src/export/common-cartridge';
import {
  exportLesson,
  orderingAsChoices,
  type ExportLesson,
  type ExportQuestion,
} from '../../src/export/export-lesson';
import { escapeGift, lessonGift } from '../../src/export/gift';
import { lessonFormsScript } from '../../src/export/google-forms';
import { lessonMoodleXml } from '../../src/export/moodle';
import { plainText } from '../../src/export/plain-text';
import { choiceFractions, generalFeedback, positionLabel } from '../../src/export/quiz-text';
import { cdata, escapeXml } from '../../src/export/xml-text';
import { PROJECT_ROOT } from '../../src/content/node/paths';
import { LOCALES } from '../../src/content/types';
import { EMPTY_SETTINGS } from '../../src/content/school';
import { hostileLibrary, SPECIAL_MARKERS } from '../support/hostile-lesson';
import { shippedLibrary } from '../support/shipped-lessons';
import { recordForm } from '../support/form-app';
import { child, children, elements, parseXml, text, xmllint } from '../support/xml';

const library = shippedLibrary();
const SCHOOL = {
  schoolName: 'みなと中学校 <b>&',
  counsellor: '養護教諭 佐藤 03-0000-0000',
  localHelp: ['区の相談窓口 0120-000-000'],
};
const shipped: ExportLesson[] = library.lessons.flatMap((lesson) =>
  LOCALES.map((locale) => exportLesson({ lesson, content: lesson, catalogue: library, locale, school: SCHOOL })),
);
const hostile = (() => {
  const { library: hostileLib, lesson } = hostileLibrary();
  return LOCALES.map((locale) =>
    exportLesson({ lesson, content: lesson, catalogue: hostileLib, locale, school: EMPTY_SETTINGS }),
  );
})();
const all = [...shipped, ...hostile];
const named = (lessons: ExportLesson[]) =>
  lessons.map(
    (lesson) => [`${lesson.id} (${lesson.locale})${hostile.includes(lesson) ? ' made hostile' : ''}`, lesson] as const,
  );

const stemOf = (question: ExportQuestion) =>
  question.story ? `${question.story}\n${question.prompt}` : question.prompt;

describe('the text every export carries', () => {
  it('shows ruby as the reading in brackets and keeps links and Japanese punctuation', () => {
    expect(
      plainText(
        '<ruby>脅<rt>きょう</rt>迫<rt>はく</rt></ruby>と<ruby>証拠<rp>(</rp><rt>しょうこ</rt><rp>)</rp></ruby>、「<strong>大事</strong>」。',
      ),
    ).toBe('脅迫（きょうはく）と証拠（しょうこ）、「大事」。');
    expect(plainText('<a href="https://example.org/a?b=1&amp;c=2">help</a>')).toBe(
      'help (https://example.org/a?b=1&c=2)',
    );
    expect(plainText('<a href="tel:110">110</a>')).toBe('110');
  });

  it('escapes every GIFT control character and keeps Japanese punctuation as it is', () => {
    expect(escapeGift('a~b=c#d{e}f:g\\h\nnext「証拠」、。：')).toBe(
      'a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h\\nnext「証拠」、。：',
    );
  });

  it('escapes XML entities, drops characters XML forbids, and never lets CDATA end early', () => {
    expect(escapeXml(`<a href="x">&'\u0001`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;');
    expect(cdata('a]]>b')).toBe('<![CDATA[a]]]]><![CDATA[>b]]>');
    expect(xmllint(`<t>${cdata('x ]]> y ]]>')}</t>`)).toBe('');
  });

  it('offers ordering questions, where a format has none, as a choice of whole orders with one right', () => {
    const ordering = shipped[0].questions.find((question) => question.type === 'ordering')!;
    const asked = orderingAsChoices(ordering);
    expect(asked.choices.filter((choice) => choice.correct)).toEqual([
      { text: ordering.choices.map((c) => c.text).join(' → '), correct: true },
    ]);
    expect(new Set(asked.choices.map((choice) => choice.text)).size).toBe(asked.choices.length);
    expect(asked.choices.length).toBeGreaterThanOrEqual(3);
  });

  it("puts the school's contacts first in the help, then only verified help lines", () => {
    expect(shipped[0].help[0]).toEqual({ name: SCHOOL.schoolName, details: [SCHOOL.counsellor, ...SCHOOL.localHelp] });
    expect(shipped[0].help.length).toBeGreaterThan(1);
  });
});

describe('GIFT', () => {
  // GIFT cannot escape "->" (it makes a matching question): the export writes an arrow instead.
  const arrows = (value: string) => value.replace(/->/g, '→');

  it.each(named(all))('%s round-trips through gift-pegjs with every question, answer and feedback', (_name, lesson) => {
    const parsed = parseGift(lessonGift(lesson));
    expect(parsed[0].type).toBe('Category');
    const questions = parsed.slice(1) as Exclude<GIFTQuestion, { type: 'Category' | 'Description' }>[];
    expect(questions).toHaveLength(lesson.questions.length);
    questions.forEach((gift, index) => {
      const question = lesson.questions[index];
      expect(gift.stem).toEqual({ format: 'plain', text: arrows(stemOf(question)) });
      expect(gift.globalFeedback?.text).toBe(arrows(generalFeedback(question, lesson)));
      if (question.type === 'truefalse') {
        expect(gift.type).toBe('TF');
        expect((gift as Extract<GIFTQuestion, { type: 'TF' }>).isTrue).toBe(question.choices[0].correct);
      } else if (question.type === 'ordering') {
        expect(gift.type).toBe('Matching');
        const pairs = (gift as Extract<GIFTQuestion, { type: 'Matching' }>).matchPairs;
        expect(pairs.map((pair) => [pair.subquestion.text, pair.subanswer])).toEqual(
          question.choices.map((choice, i) => [arrows(choice.text), positionLabel(i + 1, lesson.locale)]),
        );
      } else {
        expect(gift.type).toBe('MC');
        const choices = (gift as Extract<GIFTQuestion, { type: 'MC' }>).choices;
        const fractions = choiceFractions(question);
        expect(choices.map((choice) => choice.text.text)).toEqual(
          question.choices.map((choice) => arrows(choice.text)),
        );
        expect(choices.map((choice) => choice.feedback?.text ?? undefined)).toEqual(
          question.choices.map((choice) => choice.feedback && arrows(choice.feedback)),
        );
        if (question.type === 'multiple')
          expect(choices.map((choice) => choice.weight)).toEqual(fractions.map((f) => Number(f.toFixed(5))));
        else
          expect(choices.map((choice) => choice.isCorrect)).toEqual(question.choices.map((choice) => choice.correct));
      }
    });
  });
});

describe('Moodle XML', () => {
  const MOODLE_GRADES = new Set([
    100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20, 16.66667, 14.28571, 12.5, 11.11111, 10,
    5, 0,
  ]);
  const htmlText = (element: Element) => plainText(text(child(element, 'text'))).replace(/\s+/g, ' ');
  const flat = (value: string) => value.replace(/\s+/g, ' ').trim();

  it.each(named(all))("%s is well-formed and has Moodle's structure, grades and feedback", (_name, lesson) => {
    const xml = lessonMoodleXml(lesson);
    expect(xmllint(xml)).toBe('');
    const quiz = elements(parseXml(xml), 'quiz')[0];
    const questions = children(quiz, 'question');
    expect(questions[0].attribs.type).toBe('category');
    expect(text(child(child(questions[0], 'category'), 'text'))).toMatch(/^\$course\$\//);
    expect(questions.slice(1)).toHaveLength(lesson.questions.length);
    questions.slice(1).forEach((element, index) => {
      const question = lesson.questions[index];
      expect(htmlText(child(element, 'questiontext'))).toBe(flat(stemOf(question)));
      expect(htmlText(child(element, 'generalfeedback'))).toBe(flat(generalFeedback(question, lesson)));
      expect(text(child(element, 'defaultgrade'))).toBe('1');
      const answers = children(element, 'answer');
      const fractions = answers.map((answer) => Number(answer.attribs.fraction));
      for (const fraction of fractions) expect(MOODLE_GRADES.has(Math.abs(fraction))).toBe(true);
      switch (question.type) {
        case 'truefalse':
          expect(element.attribs.type).toBe('truefalse');
          expect(answers.map((answer) => text(child(answer, 'text')))).toEqual(['true', 'false']);
          expect(fractions).toEqual(question.choices.map((choice) => (choice.correct ? 100 : 0)));
          break;
        case 'ordering': {
          expect(element.attribs.type).toBe('matching');
          const subquestions = children(element, 'subquestion');
          expect(subquestions.length).toBeGreaterThanOrEqual(3);
          expect(subquestions.map((sub) => [htmlText(sub), text(child(child(sub, 'answer'), 'text'))])).toEqual(
            question.choices.map((choice, i) => [flat(choice.text), positionLabel(i + 1, lesson.locale)]),
          );
          break;
        }
        default: {
          expect(element.attribs.type).toBe('multichoice');
          expect(text(child(element, 'single'))).toBe(question.type === 'multiple' ? 'false' : 'true');
          expect(answers.map((answer) => htmlText(answer))).toEqual(
            question.choices.map((choice) => flat(choice.text)),
          );
          expect(answers.map((answer) => htmlText(child(answer, 'feedback')))).toEqual(
            question.choices.map((choice) => flat(choice.feedback ?? '')),
          );
          const positive = fractions.filter((f) => f > 0).reduce((sum, f) => sum + f, 0);
          expect(Math.abs(positive - 100)).toBeLessThan(0.01);
          if (question.type === 'multiple') {
            const negative = fractions.filter((f) => f < 0).reduce((sum, f) => sum + f, 0);
            // Wrong answers share −100 (ticking everything scores nothing); a question with none has none.
            expect(negative).toBeCloseTo(question.choices.some((choice) => !choice.correct) ? -100 : 0, 2);
          } else expect(fractions.filter((f) => f === 100)).toHaveLength(1);
        }
      }
    });
  });
});

// The IMS CC 1.1 schemas (IMS's licence lets them be copied with their notice, but this repository
// may not take them from another repository): validated against when a folder holds them, named by
// IMS_XSD_DIR or at ../shared/xsd/imscc-1.1 (ccv1p1_imscp_v1p2_v1p0.xsd, ccv1p1_qtiasiv1p2p1_v1p0.xsd
// and the LOM, imsccauth and xml.xsd files they import).
const XSD_DIR = [process.env.IMS_XSD_DIR, path.join(PROJECT_ROOT, '..', 'shared', 'xsd', 'imscc-1.1')].find(
  (dir) => dir && existsSync(path.join(dir, 'ccv1p1_imscp_v1p2_v1p0.xsd')),
);

describe('Common Cartridge 1.1 with QTI 1.2.1', () => {
  it.skipIf(!XSD_DIR).each(named(all))('%s validates against the IMS CC 1.1 schemas', (_name, lesson) => {
    const files = unzipSync(lessonCartridge(lesson));
    expect(xmllint(strFromU8(files['imsmanifest.xml']), path.join(XSD_DIR!, 'ccv1p1_imscp_v1p2_v1p0.xsd'))).toBe('');
    const assessment = Object.entries(files).find(([name]) => name.endsWith('/assessment.xml'))![1];
    expect(xmllint(strFromU8(assessment), path.join(XSD_DIR!, 'ccv1p1_qtiasiv1p2p1_v1p0.xsd'))).toBe('');
  });

  it.each(named(all))('%s has a manifest whose files exist and a QTI assessment in the CC profile', (_name, lesson) => {
    const files = unzipSync(lessonCartridge(lesson));
    expect(Object.keys(files)).toContain('imsmanifest.xml');
    const manifestXml = strFromU8(files['imsmanifest.xml']);
    expect(xmllint(manifestXml)).toBe('');
    const manifest = parseXml(manifestXml);
    expect(text(elements(manifest, 'schema')[0])).toBe('IMS Common Cartridge');
    expect(text(elements(manifest, 'schemaversion')[0])).toBe('1.1.0');
    const organization = elements(manifest, 'organization')[0];
    expect(organization.attribs.structure).toBe('rooted-hierarchy');
    const resources = elements(manifest, 'resource');
    const ids = new Set(resources.map((resource) => resource.attribs.identifier));
    for (const item of elements(manifest, 'item').filter((item) => item.attribs.identifierref))
      expect(ids.has(item.attribs.identifierref)).toBe(true);
    for (const file of elements(manifest, 'file')) expect(files[file.attribs.href], file.attribs.href).toBeDefined();
    const assessments = resources.filter(
      (resource) => resource.attribs.type === 'imsqti_xmlv1p2/imscc_xmlv1p1/assessment',
    );
    expect(assessments).toHaveLength(1);
    // CC 1.1: an assessment resource has exactly one file and no href of its own.
    expect(assessments[0].attribs.href).toBeUndefined();
    expect(children(assessments[0], 'file')).toHaveLength(1);

    const qtiXml = strFromU8(files[children(assessments[0], 'file')[0].attribs.href]);
    expect(xmllint(qtiXml)).toBe('');
    const qti = parseXml(qtiXml);
    const root = elements(qti, 'questestinterop')[0];
    expect(root.attribs.xmlns).toBe('http://www.imsglobal.org/xsd/ims_qtiasiv1p2');
    const assessment = child(root, 'assessment');
    expect(children(assessment, 'section')).toHaveLength(1);
    const items = children(child(assessment, 'section'), 'item');
    expect(items).toHaveLength(lesson.questions.length);
    expect(new Set(items.map((item) => item.attribs.ident)).size).toBe(items.length);
    items.forEach((item, index) => {
      const question =
        lesson.questions[index].type === 'ordering'
          ? orderingAsChoices(lesson.questions[index])
          : lesson.questions[index];
      const fields = Object.fromEntries(
        elements(item, 'qtimetadatafield').map((f) => [text(child(f, 'fieldlabel')), text(child(f, 'fieldentry'))]),
      );
      expect(fields.cc_profile).toBe(
        question.type === 'truefalse'
          ? 'cc.true_false.v0p1'
          : question.type === 'multiple'
            ? 'cc.multiple_response.v0p1'
            : 'cc.multiple_choice.v0p1',
      );
      const presentation = child(item, 'presentation');
      expect(plainText(text(child(child(presentation, 'material'), 'mattext')))).toBe(
        plainText(
          stemOf(question)
            .split('\n')
            .map((line) => `<p>${escapeXml(line)}</p>`)
            .join(''),
        ),
      );
      const lid = child(presentation, 'response_lid');
      expect(lid.attribs.rcardinality).toBe(question.type === 'multiple' ? 'Multiple' : 'Single');
      const labels = elements(lid, 'response_label');
      expect(labels.map((label) => plainText(text(elements(label, 'mattext')[0])))).toEqual(
        question.choices.map((choice) => plainText(`<p>${escapeXml(choice.text)}</p>`)),
      );
      const labelIds = labels.map((label) => label.attribs.ident);
      // The scoring condition gives 100 for exactly the right answers.
      const scoring = elements(item, 'respcondition').find((condition) => children(condition, 'setvar').length > 0)!;
      expect(text(child(scoring, 'setvar'))).toBe('100');
      const required = elements(child(scoring, 'conditionvar'), 'varequal')
        .filter((v) => v.parent && (v.parent as Element).name !== 'not')
        .map((v) => text(v));
      expect(required).toEqual(labelIds.filter((_, i) => question.choices[i].correct));
      // Every feedback trigger names an itemfeedback, and every feedback says what the lesson says.
      const feedback = Object.fromEntries(
        children(item, 'itemfeedback').map((f) => [f.attribs.ident, plainText(text(elements(f, 'mattext')[0]))]),
      );
      for (const trigger of elements(item, 'displayfeedback'))
        expect(feedback[trigger.attribs.linkrefid]).toBeDefined();
      expect(feedback.general_fb).toBe(
        plainText(
          generalFeedback(question, lesson)
            .split('\n')
            .map((line) => `<p>${escapeXml(line)}</p>`)
            .join(''),
        ),
      );
    });
    const help = strFromU8(
      files[
        children(
          resources.find((r) => r.attribs.type === 'webcontent')!,
          'file',
        )[0].attribs.href
      ],
    );
    for (const entry of lesson.help) expect(help).toContain(escapeXml(entry.name));
  });
});

describe('Google Forms (Apps Script)', () => {
  it.each(named(all))(
    '%s parses as JavaScript and builds the quiz through documented FormApp calls',
    (_name, lesson) => {
      const script = lessonFormsScript(lesson);
      expect(() => new vm.Script(script)).not.toThrow();
      const form = recordForm(script, 'createQuiz');
      expect(form.isQuiz).toBe(true);
      expect(form.collectEmail).toBe(false);
      expect(form.title).toContain(lesson.title);
      const questions = form.items.filter((item) => item.kind === 'MultipleChoiceItem' || item.kind === 'CheckboxItem');
      expect(questions).toHaveLength(lesson.questions.length);
      questions.forEach((item, index) => {
        const source = lesson.questions[index];
        const question = source.type === 'ordering' ? orderingAsChoices(source) : source;
        expect(item.kind).toBe(question.type === 'multiple' ? 'CheckboxItem' : 'MultipleChoiceItem');
        expect(item.title).toContain(question.prompt);
        expect(item.helpText ?? '').toBe(question.story ?? '');
        expect(item.points).toBe(1);
        expect(item.choices).toEqual(
          question.choices.map((choice) => ({ value: choice.text, isCorrect: choice.correct })),
        );
        expect(item.feedbackForCorrect).toContain(generalFeedback(question, lesson));
        expect(item.feedbackForIncorrect).toContain(generalFeedback(question, lesson));
        for (const choice of question.choices.filter((c) => c.feedback)) {
          expect(choice.correct ? item.feedbackForCorrect : item.feedbackForIncorrect).toContain(choice.feedback);
        }
      });
      // The help resources are the form's last section.
      const pageBreak = form.items.findIndex((item) => item.kind === 'PageBreakItem');
      expect(pageBreak).toBe(questions.length);
      expect(form.items.slice(pageBreak + 1).map((item) => item.title)).toEqual(
        lesson.help.map((entry) => (entry.contact ? `${entry.name} ${entry.contact}` : entry.name)),
      );
    },
  );

  it('refuses a call the FormApp reference does not document (the stand-in is strict)', () => {
    expect(() => recordForm('function createQuiz() { FormApp.create("x").setIsQuiz("yes"); }', 'createQuiz')).toThrow(
      /setIsQuiz\(enabled: Boolean\)/,
    );
    expect(() => recordForm('function createQuiz() { FormApp.create("x").addMagicItem(); }', 'createQuiz')).toThrow(
      /addMagicItem is not a Form method/,
    );
    expect(() =>
      recordForm(
        'function createQuiz() { const i = FormApp.create("x").addCheckboxItem(); i.setPoints(1.5); }',
        'createQuiz',
      ),
    ).toThrow(/setPoints\(points: Integer\)/);
  });
});

describe('hostile lesson text', () => {
  it.each(named(hostile))('%s stays inert text in every quiz format', (_name, lesson) => {
    const gift = lessonGift(lesson);
    const moodle = lessonMoodleXml(lesson);
    const files = unzipSync(lessonCartridge(lesson));
    const qti = Object.entries(files).find(([name]) => name.endsWith('assessment.xml'))![1];
    const forms = recordForm(lessonFormsScript(lesson), 'createQuiz');
    // Markup arrives only as escaped text: no element of the hostile corpus exists in any document.
    for (const xml of [moodle, strFromU8(qti), strFromU8(files['imsmanifest.xml'])]) {
      const names = new Set(collectNames(parseXml(xml).children as Element[]));
      for (const name of ['script', 'iframe', 'img', 'svg', 'style', 'form', 'object', 'embed', 'a', 'b'])
        expect(names.has(name), name).toBe(false);
    }
    // The text survives: a reader of each file finds every special character and the Japanese punctuation.
    const moodleText = elements(parseXml(moodle), 'text')
      .map((t) => plainText(text(t)))
      .join('\n');
    const qtiText = elements(parseXml(strFromU8(qti)), 'mattext')
      .map((t) => plainText(text(t)))
      .join('\n');
    const giftText = (parseGift(gift).slice(1) as { stem: { text: string } }[]).map((q) => q.stem.text).join('\n');
    const formsText = forms.items.map((item) => item.title).join('\n');
    for (const marker of SPECIAL_MARKERS) {
      expect(moodleText).toContain(marker);
      expect(qtiText).toContain(marker);
      expect(giftText).toContain(marker);
      expect(formsText).toContain(marker);
    }
  });
});

/** Every element name in a document. */
function collectNames(nodes: Element[]): string[] {
  return nodes.flatMap((node) => (node.type === 'tag' ? [node.name, ...collectNames(node.children as Element[])] : []));
}
