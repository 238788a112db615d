// An in-class quiz must fit its period: ordering questions keep to the steps whose order matters
// (three at most), and the core questions (those not marked optional) fit the plan step marked
// inClassQuiz, counting about 30 seconds a question and 60 seconds a scenario.
import type { ParsedLibrary } from '../parse.ts';
import type { Problem } from '../problems.ts';
import type { Question } from '../schema.ts';

export const MAX_ORDERING_STEPS = 3;
export const MAX_CORE_QUESTIONS = 6;

export function questionSeconds(question: Pick<Question, 'type'>): number {
  return question.type === 'scenario' ? 60 : 30;
}

export function checkQuizTiming(library: ParsedLibrary): Problem[] {
  const problems: Problem[] = [];
  for (const { meta, quiz } of library.lessons) {
    if (!meta.value || !meta.source || !quiz.value || !quiz.source) continue;
    const questions = quiz.value.questions;
    questions.forEach((question, index) => {
      if (question.type === 'ordering' && question.options.length > MAX_ORDERING_STEPS) {
        problems.push({
          file: quiz.source!.file,
          ...quiz.source!.locate(['questions', index, 'options', MAX_ORDERING_STEPS]),
          message: `an ordering question has ${question.options.length} steps: keep to the ${MAX_ORDERING_STEPS} whose order matters (telling an adult is never a late step) and ask the rest another way`,
        });
      }
    });
    const core = questions.filter((question) => !question.optional);
    const seconds = core.reduce((sum, question) => sum + questionSeconds(question), 0);
    const stepIndex = meta.value.plan.findIndex((step) => step.inClassQuiz);
    if (stepIndex === -1) {
      problems.push({
        file: meta.source.file,
        ...meta.source.locate(['plan']),
        message:
          'no plan step is marked inClassQuiz: true: say in which step students answer the core questions (in class, never as homework)',
      });
      continue;
    }
    const step = meta.value.plan[stepIndex];
    const at = meta.source.locate(['plan', stepIndex, 'minutes']);
    if (core.length > MAX_CORE_QUESTIONS) {
      problems.push({
        file: meta.source.file,
        ...at,
        message: `the in-class quiz has ${core.length} core questions: keep ${MAX_CORE_QUESTIONS} at most and mark the rest optional: true`,
      });
    } else if (seconds > step.minutes * 60) {
      problems.push({
        file: meta.source.file,
        ...at,
        message: `the ${core.length} core questions take about ${Math.round(seconds / 6) / 10} minutes (30 s a question, 60 s a scenario), more than this ${step.minutes}-minute step: mark some optional: true or give the step more time`,
      });
    }
  }
  return problems;
}
