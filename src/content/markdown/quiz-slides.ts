// Quiz slides: a line `::: quiz q3` makes the slide show question q3 of the lesson's quiz.yaml.
// The marker renders nothing here: the id is kept as the slide's question, and the deck draws the
// question from the same data as the student quiz (options first, the answer on the next step).
import type MarkdownIt from 'markdown-it';

export const QUIZ_MARKER = /^:::\s*quiz\b\s*(.*?)\s*$/;
const QUESTION_ID = /^[a-z0-9-]+$/;

export interface QuizSlideEnv {
  /** Question ids named on the slide, with the 0-based line in the rendered block. */
  questions?: { id: string; line: number }[];
  /** Marker lines that name no question, or name it wrongly. */
  quizMarkerProblems?: { line: number; message: string }[];
}

export function quizSlidesPlugin(md: MarkdownIt): void {
  md.block.ruler.before('paragraph', 'quiz_slide', (state, startLine, _endLine, silent) => {
    const start = state.bMarks[startLine] + state.tShift[startLine];
    const text = state.src.slice(start, state.eMarks[startLine]);
    const match = QUIZ_MARKER.exec(text);
    if (!match || state.sCount[startLine] - state.blkIndent >= 4) return false;
    if (silent) return true;
    const env = state.env as QuizSlideEnv;
    if (QUESTION_ID.test(match[1])) (env.questions ??= []).push({ id: match[1], line: startLine });
    else
      (env.quizMarkerProblems ??= []).push({
        line: startLine,
        message: `write the question as \`::: quiz q1\`, with one question id from quiz.yaml`,
      });
    state.line = startLine + 1;
    return true;
  });
}
