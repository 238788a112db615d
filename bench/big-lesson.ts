// A valid lesson of a given size, for timing the check (`npm run bench check`): many ordinary
// slides in both languages (each with notes and a cited fact), many optional quiz questions, and
// long lists in lesson.yaml, all kept under the loader's limits (1 MB a file, 10,000 characters a
// line). `npm run check` finds no problem in it (tests/unit/big-lesson.test.ts).
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const BIG_LESSON_ID = 'big-lesson';

/** Shares of the total size: the two decks, the quiz, and lesson.yaml. */
const SHARES = { slides: 0.35, quiz: 0.2, lesson: 0.1 } as const;

function jaSlide(n: number): string {
  return `# 相談の練習 ${n}

+ 先生に話す（例 ${n}）
+ 保健室に行く
+ 家の人に話す

Note:
落ち着いて話を聞きます。例 ${n} では、まず本人の気持ちを受け止めます。[[help.110]]
`;
}

function enSlide(n: number): string {
  return `# Practising asking for help ${n}

+ Tell a teacher (example ${n})
+ Go to the school nurse
+ Tell someone at home

Note:
Listen calmly. In example ${n}, first accept how the student feels. [[help.110]]
`;
}

function question(n: number): string {
  return `  - id: q${n}
    type: single
    optional: ${n === 1 ? 'false' : 'true'}
    prompt: { ja: '今すぐ危ないときは？（問 ${n}）', en: 'In danger now? (question ${n})' }
    options:
      - { id: a, text: { ja: '110番に電話する', en: 'Call 110' } }
      - { id: b, text: { ja: '一人で待つ', en: 'Wait alone' } }
    answer: a
    explanation: { ja: '110番に電話します。（問 ${n}）', en: 'Call 110. (question ${n})' }
    facts: [help.110]
`;
}

/** As many pieces as fit in `bytes`, numbered from 1. */
function fill(bytes: number, piece: (n: number) => string, separator = ''): { text: string; count: number } {
  const parts: string[] = [];
  let size = 0;
  for (let n = 1; ; n++) {
    const next = piece(n) + separator;
    if (n > 1 && size + Buffer.byteLength(next) > bytes) return { text: parts.join(''), count: n - 1 };
    parts.push(next);
    size += Buffer.byteLength(next);
  }
}

function lessonYaml(slides: number, bytes: number): string {
  const head = `id: ${BIG_LESSON_ID}
order: 99
title: { ja: 大きなレッスン, en: A big lesson }
summary: { ja: 時間を計るためのレッスンです。, en: A lesson for timing the check. }
ageMin: 15
minutes: 50
topics: [sextortion]
contentNote: { ja: この授業では相談先について学びます。, en: This lesson is about where to get help. }
plan:
  - { minutes: 20, activity: { ja: 導入, en: Introduction }, slides: '1-${Math.ceil(slides / 2)}' }
  - { minutes: 30, activity: { ja: 話し合い, en: Discussion }, slides: '${Math.ceil(slides / 2) + 1}-${slides}', inClassQuiz: true }
handout:
  student:
    - { ja: あなたは悪くありません。, en: It is not your fault. }
  guardian:
    - { ja: 落ち着いて聞いてください。, en: Listen calmly. }
facts: [advice.sextortion]
help:
  jp: [help.110, help.9110]
inochiEducation: { ja: 生命（いのち）の安全教育の「相談すること」にあたります。, en: Fits the aim of asking for help in Education for the Safety of Life. }
`;
  const third = (bytes - Buffer.byteLength(head)) / 3;
  const list = (key: string, ja: string, en: string) =>
    `${key}:\n` + fill(third, (n) => `  - { ja: '${ja}（${n}）', en: '${en} (${n})' }\n`).text;
  return (
    head +
    list('objectives', '相談先を知る。', 'Know where to get help.') +
    list('preparation', 'スライドを確認する。', 'Check the slides.') +
    list('discussion', 'だれに相談できますか。', 'Who can you talk to?')
  );
}

/**
 * Writes the lesson folder `<lessonsDir>/big-lesson/` of about `totalBytes` (its four files
 * together) and returns its size and how many slides and questions it has.
 */
export function writeBigLesson(
  lessonsDir: string,
  totalBytes: number,
): { dir: string; bytes: number; slides: number; questions: number } {
  const dir = path.join(lessonsDir, BIG_LESSON_ID);
  mkdirSync(dir, { recursive: true });
  // Both decks have the same slides: the fewer that fit decides (Japanese takes more bytes).
  const ja = fill(totalBytes * SHARES.slides, jaSlide, '\n---\n\n');
  const slides = ja.count;
  const enText = Array.from({ length: slides }, (_, i) => enSlide(i + 1)).join('\n---\n\n');
  const jaText = ja.text.replace(/\n---\n\n$/, '');
  writeFileSync(path.join(dir, 'slides.ja.md'), jaText);
  writeFileSync(path.join(dir, 'slides.en.md'), enText);
  const quiz = fill(totalBytes * SHARES.quiz, question);
  writeFileSync(path.join(dir, 'quiz.yaml'), `questions:\n${quiz.text}`);
  const used = Buffer.byteLength(jaText) + Buffer.byteLength(enText) + Buffer.byteLength(quiz.text);
  writeFileSync(path.join(dir, 'lesson.yaml'), lessonYaml(slides, Math.max(totalBytes - used, totalBytes * 0.05)));
  const bytes = readdirSync(dir).reduce((sum, name) => sum + statSync(path.join(dir, name)).size, 0);
  return { dir, bytes, slides, questions: quiz.count };
}
