// A problem in a lesson file, reported as `lessons/<id>/<file>:<line>:<col> <message>` so that
// editors and terminals can jump to it.

export interface Problem {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  line: number;
  col: number;
  message: string;
}

export function formatProblem(problem: Problem): string {
  return `${problem.file}:${problem.line}:${problem.col} ${problem.message}`;
}

/** Thrown by the loader when lessons cannot be used; carries every problem found, not just the first. */
export class LessonProblemsError extends Error {
  constructor(readonly problems: Problem[]) {
    super(
      `${problems.length} problem${problems.length === 1 ? '' : 's'} in lesson files:\n` +
        problems.map(formatProblem).join('\n'),
    );
    this.name = 'LessonProblemsError';
  }
}
