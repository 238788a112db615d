// The one lesson loader: reads lessons/ into a validated LessonLibrary, or reports every problem
// with its file and line. The Vite plugin and the Node tools (check, handouts) both call it.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { renderBlock, LESSON_ASSETS } from '../markdown/markdown.ts';
import { findFactRefs } from '../markdown/fact-refs.ts';
import { splitSlides } from '../markdown/slides.ts';
import type { Problem } from '../problems.ts';
import { factsFile, helpFile, lessonFile, LOCALES, quizFile, safeguardingFile, wordingFile, type HelpResource, type Locale } from '../schema.ts';
import { findBlamingWordings } from '../wording.ts';
import type { Lesson, LessonLibrary, Question, Slide } from '../types.ts';
import { parseYamlFile, schemaProblems, type YamlFile } from '../yaml-file.ts';

export interface LoadResult {
  /** Undefined when a problem makes the lessons unusable. */
  library?: LessonLibrary;
  problems: Problem[];
  /** Every file read, so that a dev server can watch them. */
  files: string[];
  /** Images the slides use: where each is published under the site, and the file on disk. */
  assets: { url: string; file: string }[];
}

const LANGUAGE_NAMES: Record<Locale, string> = { ja: 'Japanese', en: 'English' };

export function loadLessons(lessonsDir: string, projectRoot = path.dirname(lessonsDir)): LoadResult {
  const problems: Problem[] = [];
  const files: string[] = [];
  const assets: LoadResult['assets'] = [];
  const relative = (file: string) => path.relative(projectRoot, file).split(path.sep).join('/');

  const readYaml = <S extends z.ZodType>(file: string, schema: S): { value?: z.output<S>; source?: YamlFile; text?: string } => {
    files.push(file);
    if (!existsSync(file)) {
      problems.push({ file: relative(file), line: 1, col: 1, message: 'file is missing' });
      return {};
    }
    const text = readFileSync(file, 'utf8');
    const source = parseYamlFile(relative(file), text);
    problems.push(...source.problems);
    if (source.problems.length) return { source, text };
    const parsed = schema.safeParse(source.data, { reportInput: true });
    if (!parsed.success) {
      problems.push(...schemaProblems(source, parsed.error));
      return { source, text };
    }
    return { value: parsed.data, source, text };
  };

  const factsPath = path.join(lessonsDir, 'facts.yaml');
  const { value: factsData } = readYaml(factsPath, factsFile);
  const facts = Object.fromEntries((factsData?.facts ?? []).map((fact) => [fact.id, fact]));
  const bibliography = Object.fromEntries((factsData?.bibliography ?? []).map((entry) => [entry.id, entry]));

  const { value: safeguarding, source: safeguardingSource } = readYaml(path.join(lessonsDir, 'safeguarding.yaml'), safeguardingFile);
  safeguarding?.disclosure.facts.forEach((id, i) => {
    if (!facts[id]) problems.push({ file: safeguardingSource!.file, ...safeguardingSource!.locate(['disclosure', 'facts', i]), message: `unknown fact ${id}: cite an id from lessons/facts.yaml` });
  });

  const help: Record<string, HelpResource[]> = {};
  const helpDir = path.join(lessonsDir, 'help');
  for (const name of listDir(helpDir).filter((n) => n.endsWith('.yaml'))) {
    const file = path.join(helpDir, name);
    const { value, source } = readYaml(file, helpFile);
    if (!value || !source) continue;
    if (`${value.region}.yaml` !== name) {
      problems.push({ file: source.file, ...source.locate(['region']), message: `region ${value.region} does not match the file name ${name}` });
    }
    value.resources.forEach((resource, index) => {
      const fact = facts[resource.id];
      const at = source.locate(['resources', index, 'id']);
      if (!fact) {
        problems.push({ file: source.file, ...at, message: `${resource.id} is not a help resource in lessons/facts.yaml` });
      } else if (fact.status !== resource.status) {
        problems.push({ file: source.file, ...source.locate(['resources', index, 'status']), message: `status must be ${fact.status}, as in lessons/facts.yaml` });
      }
      if (factsData && resource.lastVerified !== factsData.checked) {
        problems.push({ file: source.file, ...source.locate(['resources', index, 'lastVerified']), message: `lastVerified must be ${factsData.checked}, when lessons/facts.yaml was checked` });
      }
    });
    help[value.region] = value.resources;
  }

  const { value: wording } = readYaml(path.join(lessonsDir, 'wording.yaml'), wordingFile);
  const checkWording = (file: string, text: string) => {
    for (const hit of findBlamingWordings(text, wording?.blaming ?? [])) {
      problems.push({ file: relative(file), line: hit.line, col: hit.col, message: `"${hit.rule.phrase}" blames the person harmed (${hit.rule.why}): rephrase, see lessons/wording.yaml` });
    }
  };

  const lessons: Lesson[] = [];
  const lessonIds = listDir(lessonsDir).filter((name) => statSync(path.join(lessonsDir, name)).isDirectory() && name !== 'help');
  for (const id of lessonIds) {
    const lesson = loadLesson(path.join(lessonsDir, id), id);
    if (lesson) lessons.push(lesson);
  }
  lessons.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));

  function loadLesson(dir: string, folder: string): Lesson | undefined {
    const { value: meta, source: metaSource, text: metaText } = readYaml(path.join(dir, 'lesson.yaml'), lessonFile);
    const { value: quiz, source: quizSource, text: quizText } = readYaml(path.join(dir, 'quiz.yaml'), quizFile);
    if (metaText) checkWording(path.join(dir, 'lesson.yaml'), metaText);
    if (quizText) checkWording(path.join(dir, 'quiz.yaml'), quizText);
    const cited = new Set<string>();
    const requireFact = (id: string, file: string, at: { line: number; col: number }) => {
      cited.add(id);
      if (!facts[id]) problems.push({ file, ...at, message: `unknown fact ${id}: cite an id from lessons/facts.yaml` });
    };

    if (meta && metaSource) {
      if (meta.id !== folder) {
        problems.push({ file: metaSource.file, ...metaSource.locate(['id']), message: `id ${meta.id} must match the folder name ${folder}` });
      }
      const planned = meta.plan.reduce((sum, step) => sum + step.minutes, 0);
      if (planned !== meta.minutes) {
        problems.push({ file: metaSource.file, ...metaSource.locate(['plan']), message: `the plan adds up to ${planned} minutes, but the lesson is ${meta.minutes}` });
      }
      meta.facts.forEach((id, i) => requireFact(id, metaSource.file, metaSource.locate(['facts', i])));
      for (const [region, ids] of Object.entries(meta.help)) {
        ids.forEach((id, i) => {
          if (!help[region]?.some((resource) => resource.id === id)) {
            problems.push({ file: metaSource.file, ...metaSource.locate(['help', region, i]), message: `unknown help resource ${id}: use an id from lessons/help/${region}.yaml` });
          }
        });
      }
    }
    if (quiz && quizSource) {
      quiz.questions.forEach((question, q) => {
        question.facts.forEach((id, i) => requireFact(id, quizSource.file, quizSource.locate(['questions', q, 'facts', i])));
        for (const { path: at, letter } of optionLetterMentions(question)) {
          problems.push({
            file: quizSource.file,
            ...quizSource.locate(['questions', q, ...at]),
            message: `refers to option ${letter} by its id, but the quiz shuffles options: name the answer in words instead`,
          });
        }
      });
    }

    const decks = {} as Record<Locale, Slide[]>;
    for (const locale of LOCALES) {
      const file = path.join(dir, `slides.${locale}.md`);
      files.push(file);
      const shown = relative(file);
      if (!existsSync(file)) {
        problems.push({ file: shown, line: 1, col: 1, message: `the ${LANGUAGE_NAMES[locale]} slides are missing: every lesson needs slides.ja.md and slides.en.md` });
        continue;
      }
      const markdown = readFileSync(file, 'utf8');
      checkWording(file, markdown);
      for (const ref of findFactRefs(markdown)) requireFact(ref.id, shown, ref);
      decks[locale] = splitSlides(markdown).map((source) => {
        const assetBase = `${LESSON_ASSETS}/${folder}`;
        const body = renderBlock(source.body, source.line, assetBase);
        const notes = renderBlock(source.notes, source.notesLine || source.line, assetBase);
        for (const problem of [...body.problems, ...notes.problems]) problems.push({ file: shown, ...problem });
        for (const image of [...body.images, ...notes.images]) {
          const onDisk = path.join(dir, image);
          if (!existsSync(onDisk)) {
            problems.push({ file: shown, line: source.line, col: 1, message: `image ${image} is not in the lesson folder` });
          } else {
            assets.push({ url: `${assetBase}/${image.replace(/^\.\//, '')}`, file: onDisk });
            files.push(onDisk);
          }
        }
        const [question, ...extra] = body.questions;
        for (const marker of [...extra, ...notes.questions]) {
          problems.push({ file: shown, line: marker.line, col: marker.col, message: 'a slide shows at most one quiz question, and not in its notes' });
        }
        if (question && quiz && !quiz.questions.some((candidate) => candidate.id === question.id)) {
          const ids = quiz.questions.map((candidate) => candidate.id).join(', ');
          problems.push({ file: shown, line: question.line, col: question.col, message: `unknown quiz question ${question.id}: use an id from quiz.yaml (${ids})` });
        }
        return {
          html: body.html,
          notesHtml: notes.html,
          title: body.heading ?? (body.text.slice(0, 60) || (question ? question.id : '')),
          facts: [...new Set([...body.factRefs, ...notes.factRefs])],
          line: source.line,
          ...(question ? { question: question.id } : {}),
        };
      });
      if (decks[locale].length === 0) problems.push({ file: shown, line: 1, col: 1, message: 'has no slides' });
    }
    if (decks.ja && decks.en && decks.ja.length !== decks.en.length) {
      problems.push({
        file: relative(path.join(dir, 'slides.en.md')),
        line: 1,
        col: 1,
        message: `has ${decks.en.length} slides but slides.ja.md has ${decks.ja.length}: both languages need the same slides in the same order`,
      });
    }
    if (decks.ja && decks.en) {
      decks.en.forEach((slide, index) => {
        const ja = decks.ja[index];
        if (ja && ja.question !== slide.question) {
          problems.push({
            file: relative(path.join(dir, 'slides.en.md')),
            line: slide.line,
            col: 1,
            message: `slide ${index + 1} shows quiz question ${slide.question ?? 'none'} but in slides.ja.md it shows ${ja.question ?? 'none'}: both languages show the same question on the same slide`,
          });
        }
      });
    }
    if (meta && metaSource && decks.ja) {
      meta.plan.forEach((step, index) => {
        const [first, last = first] = (step.slides ?? '').split('-').map(Number);
        if (step.slides && (first < 1 || last < first || last > decks.ja.length)) {
          problems.push({
            file: metaSource.file,
            ...metaSource.locate(['plan', index, 'slides']),
            message: `slides ${step.slides} is not a range of this lesson's own slides (1-${decks.ja.length}; the generated opening and closing slides are not counted)`,
          });
        }
      });
    }
    if (!meta || !quiz || !decks.ja || !decks.en) return undefined;
    return { ...meta, decks, quiz: quiz.questions, facts: [...cited].sort() };
  }

  const usable = factsData !== undefined && safeguarding !== undefined && problems.length === 0;
  return {
    library: usable ? { lessons, help, safeguarding, facts, bibliography, factsChecked: factsData.checked } : undefined,
    problems,
    files,
    assets,
  };
}

function listDir(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).sort() : [];
}

/**
 * Places where a question's explanation or feedback names an option by its id ("the answer is c",
 * 「dはまちがいです」): students see the options shuffled, so such a reference points nowhere.
 */
function optionLetterMentions(question: Question): { path: (string | number)[]; letter: string }[] {
  if (!('options' in question)) return [];
  const letters = question.options.map((option) => option.id).filter((id) => /^[a-z]$/.test(id));
  if (letters.length === 0) return [];
  const one = `(${letters.join('|')})`;
  const patterns = [
    new RegExp(`(?:答えは|正解は|のは)${one}(?![a-z])`),
    new RegExp(`(?<![a-z])${one}(?:は(?:まちがい|正しい|正解|誤り)|・${one}|が正|の『|の「)`),
    new RegExp(`\\b(?:answer is|answers are|choice is|option|options) ${one}\\b`, 'i'),
    new RegExp(`(?:^|[.:;] )${one}(?: is| are|,)`),
  ];
  const texts: { path: (string | number)[]; text: Record<Locale, { text: string }> }[] = [{ path: ['explanation'], text: question.explanation }];
  question.options.forEach((option, index) => {
    if (option.feedback) texts.push({ path: ['options', index, 'feedback'], text: option.feedback });
  });
  const found: { path: (string | number)[]; letter: string }[] = [];
  for (const { path: at, text } of texts) {
    for (const locale of LOCALES) {
      for (const pattern of patterns) {
        const match = pattern.exec(text[locale].text);
        if (match) {
          found.push({ path: [...at, locale], letter: match.slice(1).find(Boolean) ?? '' });
          break;
        }
      }
    }
  }
  return found;
}
