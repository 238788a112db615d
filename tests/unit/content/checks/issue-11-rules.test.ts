// The rules issue 11 added to `npm run check`, each on inline lesson text: the kit's minimal lesson
// passes, and one changed line is reported where an author fixes it.
import { describe, expect, it } from 'vitest';
import { checkFoldedJapanese } from '../../../../src/content/checks/folded-japanese';
import { checkHandoutSteps } from '../../../../src/content/checks/handout-steps';
import { checkHelpReachable } from '../../../../src/content/checks/help-reachable';
import { checkKanjiRuby } from '../../../../src/content/checks/kanji-ruby';
import { checkQuizTiming } from '../../../../src/content/checks/quiz-timing';
import { checkYamlComments } from '../../../../src/content/checks/yaml-comments';
import { lines, MINIMAL, parsedLibrary } from '../../../support/inline-lessons';

const RULES = [
  checkYamlComments,
  checkFoldedJapanese,
  checkHelpReachable,
  checkHandoutSteps,
  checkQuizTiming,
  checkKanjiRuby,
];

describe('content/checks: the issue 11 rules', () => {
  it('accept the minimal lesson and the kit’s shared files', () => {
    const library = parsedLibrary();
    for (const rule of RULES) expect(rule(library), rule.name).toEqual([]);
  });

  it('report text that a YAML comment cuts, at the #', () => {
    const library = parsedLibrary({
      'lesson.yaml': MINIMAL.lesson
        .replace(
          '{ ja: 相談先を知る。, en: Know where to get help. }',
          '{ ja: 相談先を知る。, en: "Know where to get help." }',
        )
        .replace(
          'preparation:\n  - { ja: スライドを確認する。, en: Check the slides. }',
          'preparation:\n  - ja: 相談は #9110 へ\n    en: "Call #9110."',
        ),
    });
    expect(lines(checkYamlComments(library))).toEqual([
      'lessons/minimal-lesson/lesson.yaml:15:13 " #" starts a YAML comment, so "#9110 へ" is cut from the text (it reads "相談は"): put the whole text in quotes',
    ]);
  });

  it('do not mistake an ordinary comment for lost text', () => {
    const library = parsedLibrary({
      'lesson.yaml': MINIMAL.lesson.replace('order: 1', 'order: 1 # first in the catalogue'),
    });
    expect(checkYamlComments(library)).toEqual([]);
  });

  it('report a Japanese line break that would print as a space', () => {
    const library = parsedLibrary({
      'quiz.yaml': MINIMAL.quiz.replace(
        '    explanation: { ja: 110番に電話します。, en: Call 110. }',
        '    explanation:\n      ja: >-\n        今すぐ危ないときは、\n        110番に電話します。\n      en: Call 110.',
      ),
    });
    expect(checkFoldedJapanese(library).map((p) => p.message)).toEqual([
      'this line break becomes a space in the Japanese text ("、 1"): write the Japanese text on one line',
    ]);
  });

  it('report a listed help resource nobody can reach', () => {
    const library = parsedLibrary({
      'lesson.yaml': MINIMAL.lesson.replace('[help.110, help.9110]', '[help.110, help.cure-time]'),
    });
    expect(checkHelpReachable(library).map((p) => p.message)).toEqual([
      'help.cure-time has no contact or url in lessons/help/jp.yaml, so students could not reach it: leave it off until it has one',
    ]);
  });

  it('report handout steps that are not a verified advice fact', () => {
    const library = parsedLibrary({
      'lesson.yaml': MINIMAL.lesson.replace(
        '    - { ja: 落ち着いて聞いてください。, en: Listen calmly. }\n',
        '    - { ja: 落ち着いて聞いてください。, en: Listen calmly. }\n  steps: [advice.nothing]\n',
      ),
    });
    expect(checkHandoutSteps(library).map((p) => p.message)).toEqual([
      'unknown fact advice.nothing: cite an id from lessons/facts.yaml',
    ]);
  });

  it('report an ordering over three steps, and accept a core set that fits its step', () => {
    const ordering =
      'questions:\n  - id: q1\n    type: ordering\n    prompt: { ja: 並べましょう。, en: Put in order. }\n    options:\n' +
      ['a', 'b', 'c', 'd'].map((id) => `      - { id: ${id}, text: { ja: 手順, en: Step } }\n`).join('') +
      '    explanation: { ja: 順番です。, en: The order. }\n';
    const library = parsedLibrary({
      'quiz.yaml': ordering,
      'lesson.yaml': MINIMAL.lesson
        .replace(
          "{ minutes: 20, activity: { ja: 導入, en: Introduction }, slides: '1' }",
          "{ minutes: 49, activity: { ja: 導入, en: Introduction }, slides: '1' }",
        )
        .replace('minutes: 30, activity', 'minutes: 1, activity'),
    });
    expect(checkQuizTiming(library).map((p) => p.message)).toEqual([
      'an ordering question has 4 steps: keep to the 3 whose order matters (telling an adult is never a late step) and ask the rest another way',
    ]);
  });

  it('report the first unruby’d use of a kanji beyond grade 6 in a 12+ slide, and only that one', () => {
    const library = parsedLibrary({
      'slides.ja.md': MINIMAL.ja.replace('あなたは悪くありません。', '証拠を残します。証拠は大切です。'),
    });
    expect(checkKanjiRuby(library).map((p) => p.message)).toEqual([
      '「拠」 is beyond grade 6 of the 学年別漢字配当表 (2020) and needs ruby on its first use in this slide, like {拠:…}',
    ]);
  });
});
