// Every rule that compares lesson files, in the order their problems are reported. A new rule is
// one more file here: `(library) => Problem[]`, with its own test.
import { checkFactsExist } from './facts.ts';
import { checkFoldedJapanese } from './folded-japanese.ts';
import { checkHandoutSteps } from './handout-steps.ts';
import { checkHelpReachable } from './help-reachable.ts';
import { checkKanjiRuby } from './kanji-ruby.ts';
import { checkQuizTiming } from './quiz-timing.ts';
import { checkVictimNames } from './victim-names.ts';
import { checkYamlComments } from './yaml-comments.ts';
import { checkIdMatchesFolder } from './folder.ts';
import { checkHelp } from './help.ts';
import { checkOptionLetters } from './option-letters.ts';
import { checkPlan } from './plan.ts';
import { checkSlides } from './slides.ts';
import { checkTrueFalseVerdicts } from './truefalse-verdict.ts';
import { checkOrderingPairs } from './ordering-pairs.ts';
import { checkWording } from './wording.ts';
import type { ParsedLibrary } from '../parse.ts';
import type { Problem } from '../problems.ts';

export const CHECKS: ((library: ParsedLibrary) => Problem[])[] = [
  checkHelp,
  checkWording,
  checkIdMatchesFolder,
  checkPlan,
  checkFactsExist,
  checkOptionLetters,
  checkSlides,
  checkYamlComments,
  checkFoldedJapanese,
  checkHelpReachable,
  checkHandoutSteps,
  checkQuizTiming,
  checkVictimNames,
  checkKanjiRuby,
  checkTrueFalseVerdicts,
  checkOrderingPairs,
];
