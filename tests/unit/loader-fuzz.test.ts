// 2,000 lessons broken at random, the way hand-edited files and copied lesson packs break: the loader
// answers every one with problems at lines that exist, or with a lesson. It never throws and never
// takes long. Seeded, so a failure can be replayed. The cases run in memory through the loader's own
// steps (text limits → parse → checks): the shared files are read and parsed once, and each case
// parses only its lesson, which is what the fuzz varies. Files that are folders, links or pipes are
// tested on disk in loader-robustness.test.ts.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkParsed } from '../../src/content/node/load';
import { lessonTextOf } from '../../src/content/node/lesson-text';
import { readLessonSources } from '../../src/content/node/read';
import { parseLessonFolder, parseSharedSources, type SourceFile } from '../../src/content/parse';
import { makeLessonsDir } from '../support/lesson-fixtures';

const SEED = 20261202;
const CASES = 2_000;
/** A case slower than this counts as a hang: a lesson loads in milliseconds, and this machine is shared. */
const HANG_MS = 5_000;
const LESSON_FILES = ['lesson.yaml', 'quiz.yaml', 'slides.ja.md', 'slides.en.md'] as const;

/** A lessons folder with only the facts and help the minimal lesson needs, so that each case loads in milliseconds. */
function smallLessonsDir() {
  const made = makeLessonsDir();
  const keep = new Set([
    'advice.sextortion',
    'advice.disclosure',
    'law.child-abuse-report-duty',
    'law.child-welfare-25',
    'help.110',
    'help.9110',
    'help.189',
  ]);
  const factsFile = path.join(made.lessonsDir, 'facts.yaml');
  const facts = parse(readFileSync(factsFile, 'utf8'));
  facts.facts = facts.facts.filter((fact: { id: string }) => keep.has(fact.id));
  const cited = new Set(facts.facts.flatMap((fact: { sources: string[] }) => fact.sources));
  facts.bibliography = facts.bibliography.filter((entry: { id: string }) => cited.has(entry.id));
  writeFileSync(factsFile, stringify(facts));
  const helpFile = path.join(made.lessonsDir, 'help', 'jp.yaml');
  const help = parse(readFileSync(helpFile, 'utf8'));
  help.resources = help.resources.filter((resource: { id: string }) => keep.has(resource.id));
  writeFileSync(helpFile, stringify(help));
  return made;
}

/** Pieces that break lesson files in the ways the red team found: YAML syntax, Markdown structure, odd bytes, size. */
const fragment = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom(
      '&a',
      '*a',
      '*Never*',
      '!!set',
      '!!js/function',
      '? ',
      '<<: *a',
      '%YAML 1.1',
      '---',
      '...',
      '"',
      "'",
      '{',
      '}',
      '[',
      ']',
      ': ',
      '- ',
      '#',
      ' #9110',
      '\t',
      '|',
      '>',
    ),
  },
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      '\n---\n',
      'Note:',
      '::: quiz q1',
      '::: quiz nope',
      '```',
      '<script>',
      '<img src=x onerror=alert(1)>',
      '{漢字:かんじ}',
      '**72.1%**が',
      '[x](javascript:alert(1))',
      '![x](x.png)',
    ),
  },
  { weight: 3, arbitrary: fc.constantFrom('\uFEFF', '\r\n', '\r', '\u0000', '\uFFFD', '\u202E', '😀', '𠮷', '\u2028') },
  { weight: 4, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 12 }).map((n) => '['.repeat(n * 50)) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 8 }).map((n) => `${'  '.repeat(n * 20)}x:`) },
  // Large pastes: a line past the 10,000-character limit, or a long file of short lines.
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 12 }).map((kb) => 'word '.repeat(kb * 200)) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 12 }).map((kb) => 'word\n'.repeat(kb * 200)) },
);

type Mutation = {
  kind: 'insert' | 'replaceLine' | 'deleteLine' | 'duplicateLine' | 'swapLines' | 'truncate';
  at: number;
  text: string;
};
const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('insert', 'insert', 'replaceLine', 'deleteLine', 'duplicateLine', 'swapLines', 'truncate'),
  at: fc.nat(),
  text: fragment,
});

function mutate(text: string, { kind, at, text: piece }: Mutation): string {
  const lines = text.split('\n');
  const line = at % Math.max(lines.length, 1);
  switch (kind) {
    case 'insert': {
      const offset = at % (text.length + 1);
      return text.slice(0, offset) + piece + text.slice(offset);
    }
    case 'replaceLine':
      lines[line] = piece;
      return lines.join('\n');
    case 'deleteLine':
      lines.splice(line, 1);
      return lines.join('\n');
    case 'duplicateLine':
      lines.splice(line, 0, lines[line] ?? '');
      return lines.join('\n');
    case 'swapLines': {
      const other = (line * 7 + 3) % Math.max(lines.length, 1);
      [lines[line], lines[other]] = [lines[other], lines[line]];
      return lines.join('\n');
    }
    case 'truncate':
      return text.slice(0, at % (text.length + 1));
  }
}

const brokenLesson = fc.record({
  file: fc.constantFrom(...LESSON_FILES),
  mutations: fc.array(mutation, { minLength: 1, maxLength: 4 }),
  alsoDelete: fc.option(fc.constantFrom(...LESSON_FILES), { freq: 10 }),
});

describe('the loader under fuzzing', () => {
  it(`answers ${CASES} randomly broken lessons with problems at real lines: no crash, no hang`, () => {
    const { root, lessonsDir } = smallLessonsDir();
    const sources = readLessonSources(lessonsDir, root);
    const shared = parseSharedSources(sources);
    const folder = sources.lessons[0];
    // Unbroken, the lesson loads: otherwise every case would end in the same problem and prove little.
    const unbroken = parseLessonFolder(folder);
    const baseline = checkParsed({ ...shared.library, lessons: [unbroken.lesson] }, [
      ...shared.problems,
      ...unbroken.problems,
    ]);
    expect(baseline.problems).toEqual([]);
    const files: Record<(typeof LESSON_FILES)[number], SourceFile> = {
      'lesson.yaml': folder.meta,
      'quiz.yaml': folder.quiz,
      'slides.ja.md': folder.slides.ja,
      'slides.en.md': folder.slides.en,
    };
    let crashes = 0;
    let hangs = 0;
    let withProblems = 0;
    let slowest = 0;
    const badLocations: string[] = [];
    fc.assert(
      fc.property(brokenLesson, ({ file, mutations, alsoDelete }) => {
        const texts: Record<string, string | undefined> = Object.fromEntries(
          LESSON_FILES.map((name) => [name, files[name].text]),
        );
        texts[file] = mutations.reduce(mutate, files[file].text!);
        if (alsoDelete) texts[alsoDelete] = undefined;
        const sourceOf = (name: (typeof LESSON_FILES)[number]): SourceFile => {
          const text = texts[name];
          if (text === undefined) return { file: files[name].file };
          const read = lessonTextOf(text);
          return 'text' in read
            ? { file: files[name].file, text: read.text }
            : { file: files[name].file, unusable: read.problem };
        };
        const started = performance.now();
        let result;
        try {
          const parsed = parseLessonFolder({
            ...folder,
            meta: sourceOf('lesson.yaml'),
            quiz: sourceOf('quiz.yaml'),
            slides: { ja: sourceOf('slides.ja.md'), en: sourceOf('slides.en.md') },
          });
          result = checkParsed({ ...shared.library, lessons: [parsed.lesson] }, parsed.problems);
        } catch {
          crashes++;
          return;
        }
        const took = performance.now() - started;
        slowest = Math.max(slowest, took);
        if (took > HANG_MS) hangs++;
        if (result.problems.length) withProblems++;
        for (const problem of result.problems) {
          const name = LESSON_FILES.find((candidate) => files[candidate].file === problem.file);
          const text = name ? texts[name] : readFileSync(path.join(root, problem.file), 'utf8');
          // A missing or unusable file is reported at 1:1.
          const lineCount = text === undefined ? 1 : text.split('\n').length;
          if (problem.line < 1 || problem.line > lineCount || problem.col < 1)
            badLocations.push(`${problem.file}:${problem.line}:${problem.col} ${problem.message}`);
        }
      }),
      { seed: SEED, numRuns: CASES },
    );
    console.log(
      `loader fuzz (seed ${SEED}): ${CASES} lessons, ${withProblems} with problems, crashes ${crashes}, hangs ${hangs}, slowest ${Math.round(slowest)} ms`,
    );
    expect({ crashes, hangs, badLocations: badLocations.slice(0, 5) }).toEqual({
      crashes: 0,
      hangs: 0,
      badLocations: [],
    });
  }, 600_000);
});
