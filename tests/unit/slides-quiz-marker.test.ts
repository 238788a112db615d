// A lesson author puts a quiz question on a slide with `::: quiz q3`; the check names a wrong id.
import { describe, expect, it } from 'vitest';
import { renderBlock } from '../../src/content/markdown/markdown';

describe('the quiz-slide marker', () => {
  it('keeps the question id and renders nothing for the marker line', () => {
    const { html, questions, problems } = renderBlock('# Think about it\n\n::: quiz q3\n', 10);
    expect(html).toBe('<h1>Think about it</h1>\n');
    expect(questions).toEqual([{ id: 'q3', line: 12, col: 10 }]);
    expect(problems).toEqual([]);
  });

  it('accepts the marker without spaces inside and with an id of words', () => {
    expect(renderBlock(':::quiz   save-evidence').questions.map((q) => q.id)).toEqual(['save-evidence']);
  });

  it('reports a marker that names no question, at its line', () => {
    const { problems, questions, html } = renderBlock('text\n\n::: quiz\n', 4);
    expect(questions).toEqual([]);
    expect(html).not.toContain(':::');
    expect(problems).toEqual([
      { line: 6, col: 1, message: 'write the question as `::: quiz q1`, with one question id from quiz.yaml' },
    ]);
  });

  it('leaves ordinary text and code that mention ::: alone', () => {
    expect(renderBlock('a ::: quiz q1 in a sentence').questions).toEqual([]);
    expect(renderBlock('    ::: quiz q1').questions).toEqual([]);
  });

  it('keeps the sanitizer on the rest of a quiz slide', () => {
    const { html, questions, problems } = renderBlock('# Quiz\n\n::: quiz q1\n\n<script>alert(1)</script>\n');
    expect(questions.map((q) => q.id)).toEqual(['q1']);
    expect(html).not.toContain('script');
    expect(problems.map((p) => p.message).join()).toContain('unsafe markup');
  });
});
