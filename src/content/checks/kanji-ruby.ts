// Lessons for 12-year-olds give furigana to every kanji not yet taught in elementary school: on
// its first use in each slide, each quiz question and each text a student reads on its own
// (title, content note, student handout point), the kanji is written with ruby, {脅迫:きょうはく}.
// The table is the 2020 学年別漢字配当表; a lesson for ageMin 10 or 11 allows only the grades done.
import { isScalar } from 'yaml';
import { splitSlides } from '../markdown/slides.ts';
import type { Problem } from '../problems.ts';
import type { Question } from '../schema.ts';
import type { YamlFile } from '../yaml-file.ts';
import type { ParsedLibrary } from '../parse.ts';
import { KYOIKU_KANJI_2020 } from './kyoiku-kanji-2020.ts';

const KANJI = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々]/u;
const RUBY = /\{([^{}:]+):[^{}]+\}/g;

/** The kanji a student has been taught after finishing the given elementary grade. */
export function kanjiTaughtBy(grade: number): Set<string> {
  const taught = new Set<string>();
  for (let g = 1; g <= Math.min(grade, 6); g++) for (const kanji of KYOIKU_KANJI_2020[g as 1]) taught.add(kanji);
  return taught;
}

/** Offsets in `text` of kanji outside `taught` whose first use in the unit has no ruby. `seen` carries over within one unit. */
export function kanjiWithoutRuby(
  text: string,
  taught: Set<string>,
  seen: Set<string>,
): { index: number; kanji: string }[] {
  const found: { index: number; kanji: string }[] = [];
  const rubied = new Map<number, number>();
  for (const match of text.matchAll(RUBY)) rubied.set(match.index, match.index + match[0].length);
  for (let i = 0; i < text.length; i++) {
    const end = rubied.get(i);
    if (end !== undefined) {
      for (const char of text.slice(i, end)) seen.add(char);
      i = end - 1;
      continue;
    }
    const char = text[i];
    if (!KANJI.test(char)) continue;
    if (!taught.has(char) && !seen.has(char)) found.push({ index: i, kanji: char });
    seen.add(char);
  }
  return found;
}

export function checkKanjiRuby(library: ParsedLibrary): Problem[] {
  const problems: Problem[] = [];
  for (const lesson of library.lessons) {
    const { value: meta, source: metaSource } = lesson.meta;
    const { value: quiz, source: quizSource } = lesson.quiz;
    const slidesJa = lesson.decks.ja;
    if (!meta || !metaSource || !quiz || !quizSource || !slidesJa) continue;
    const questions = quiz.questions;
    if (meta.ageMin > 12) continue;
    const grade = Math.min(6, meta.ageMin - 6);
    const taught = kanjiTaughtBy(grade);
    const report = (file: string, at: { line: number; col: number }, kanji: string, unit: string) =>
      problems.push({
        file,
        ...at,
        message: `「${kanji}」 is beyond grade ${grade} of the 学年別漢字配当表 (2020) and needs ruby on its first use in ${unit}, like {${kanji}:…}`,
      });

    for (const slide of splitSlides(slidesJa.text)) {
      const body = slide.body.replace(/\[\[[^\]]*\]\]/g, (ref) => ' '.repeat(ref.length));
      for (const { index, kanji } of kanjiWithoutRuby(body, taught, new Set())) {
        const before = body.slice(0, index);
        const line = slide.line + (before.match(/\n/g)?.length ?? 0);
        report(slidesJa.file, { line, col: index - before.lastIndexOf('\n') }, kanji, 'this slide');
      }
    }

    const checkUnit = (source: YamlFile, paths: (string | number)[][], unit: string) => {
      const seen = new Set<string>();
      for (const path of paths) {
        const node = source.node([...path, 'ja']);
        if (!isScalar(node) || typeof node.value !== 'string' || !node.range) continue;
        const offsets = sourceOffsets(source.text, node.range[0], node.value);
        for (const { index, kanji } of kanjiWithoutRuby(node.value, taught, seen)) {
          report(source.file, source.position(offsets[index]), kanji, unit);
        }
      }
    };
    questions.forEach((question, q) =>
      checkUnit(
        quizSource,
        displayOrder(question).map((path) => ['questions', q, ...path]),
        'this question',
      ),
    );
    checkUnit(metaSource, [['title']], 'the title');
    checkUnit(metaSource, [['contentNote']], 'the content note');
    meta.handout.student.forEach((_, i) => checkUnit(metaSource, [['handout', 'student', i]], 'this handout point'));
  }
  return problems;
}

/** The texts of a question in the order a student meets them. */
function displayOrder(question: Question): (string | number)[][] {
  const paths: (string | number)[][] = [];
  if (question.type === 'scenario') paths.push(['story']);
  paths.push(['prompt']);
  if ('options' in question) {
    question.options.forEach((_, i) => paths.push(['options', i, 'text']));
    question.options.forEach((option, i) => option.feedback && paths.push(['options', i, 'feedback']));
  }
  paths.push(['explanation']);
  return paths;
}

/**
 * For each character of a scalar's value, its offset in the YAML source. Characters appear in the
 * source in the same order; folding turns a line break into a space, and quotes and indentation
 * have no counterpart in the value.
 */
export function sourceOffsets(source: string, start: number, value: string): number[] {
  const offsets: number[] = [];
  let at = start;
  for (const char of value) {
    while (at < source.length && source[at] !== char && !(char === ' ' && source[at] === '\n')) at++;
    offsets.push(at);
    for (let unit = 1; unit < char.length; unit++) offsets.push(at + unit);
    at += char.length;
  }
  return offsets;
}
