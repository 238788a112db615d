// What the teacher takes away from a live class: the projector's bars and the summary file hold
// class totals only, lettered as the quiz slide letters its options, with no row per student.
import { describe, expect, it } from 'vitest';
import { parseHash } from '../../src/app/routes';
import type { Question } from '../../src/content/types';
import type { SessionSummary } from '../../src/protocol/live';
import { resultBars } from '../../src/live/result-bars';
import { summaryCsv, summaryRows } from '../../src/live/summary-table';
import { checkRound, liveQuestion, quizRound } from '../../src/live/teacher-session';
import { shippedLibrary } from '../support/shipped-lessons';

const lesson = shippedLibrary().lessons.find((candidate) => candidate.id === 'sextortion-pattern')!;
const question = (id: string) => lesson.quiz.find((candidate) => candidate.id === id) as Question;
const ordering = question('q5') as Extract<Question, { type: 'ordering' }>;
const rightOrder = ordering.options.map((option) => option.id).join('>');

const summary: SessionSummary = {
  lessonId: lesson.id,
  joined: 12,
  rounds: [
    {
      roundId: 'quiz-q4',
      kind: 'quiz',
      state: 'revealed',
      answered: 10,
      questions: [{ questionId: 'q4', answered: 10, enough: true, counts: { c: 7, b: 2, a: 1 } }],
    },
    {
      roundId: 'quiz-q2',
      kind: 'quiz',
      state: 'closed',
      answered: 4,
      questions: [{ questionId: 'q2', answered: 4, enough: false }],
    },
    {
      roundId: 'quiz-q5',
      kind: 'quiz',
      state: 'revealed',
      answered: 6,
      questions: [{ questionId: 'q5', answered: 6, enough: true, counts: { [rightOrder]: 4, 'x>y': 2 } }],
    },
  ],
  change: [
    { questionId: 'q1', enough: true, pairs: 10, rightBefore: 4, rightAfter: 9 },
    { questionId: 'q8', enough: false, pairs: 9 },
  ],
};

describe('live class results', () => {
  it('tells the server a question’s kind and option ids, never its text or answer', () => {
    const sent = liveQuestion(question('q4'));
    expect(sent).toEqual({ id: 'q4', type: 'scenario', options: ['a', 'b', 'c', 'd'] });
    expect(quizRound(question('q2'))).toEqual({
      id: 'quiz-q2',
      kind: 'quiz',
      questions: [{ id: 'q2', type: 'truefalse', options: [] }],
    });
    expect(checkRound('after', [question('q1'), question('q8')]).questions.map((q) => q.id)).toEqual(['q1', 'q8']);
  });

  it('letters the bars as the quiz slide does and marks the right answer', () => {
    const result = summary.rounds[0].questions[0] as Extract<
      SessionSummary['rounds'][number]['questions'][number],
      { enough: true }
    >;
    const bars = resultBars(question('q4'), result, 'en');
    expect(bars.map((bar) => [bar.label.slice(0, 2), bar.count, bar.correct])).toEqual([
      ['A.', 1, false],
      ['B.', 2, false],
      ['C.', 7, true],
      ['D.', 0, false],
    ]);
  });

  it('shows ordering as in the right order or not', () => {
    const result = summary.rounds[2].questions[0] as Extract<
      SessionSummary['rounds'][number]['questions'][number],
      { enough: true }
    >;
    expect(resultBars(question('q5'), result, 'ja').map((bar) => [bar.count, bar.correct])).toEqual([
      [4, true],
      [2, false],
    ]);
  });

  it('writes the summary as totals, says when there were too few answers, and has no per-student row', () => {
    const rows = summaryRows(summary, lesson.quiz, 'en');
    expect(rows.filter((row) => row.round === 'quiz-q2')).toEqual([
      {
        round: 'quiz-q2',
        question: question('q2').prompt.en.text,
        choice: 'Not enough answers to show (fewer than 5).',
        correct: false,
        count: null,
        percent: null,
      },
    ]);
    const csv = summaryCsv(summary, lesson.quiz, 'en');
    expect(csv.startsWith('\ufeffround,question,choice,right answer,count,percent\r\n')).toBe(true);
    expect(csv).toContain(',yes,7,70\r\n');
    expect(csv).toContain('Right 40% → 90% (10 answered both)');
    expect(csv).toContain('Not enough to show the change (fewer than 10 answered both).');
    // One line per choice or per question, never per device: 4 + 1 + 2 + 2 lines and the header.
    expect(csv.trim().split('\r\n')).toHaveLength(10);
  });

  it('quotes text with commas and quotes for spreadsheets', () => {
    expect(summaryCsv(summary, lesson.quiz, 'en')).toMatch(/"[^"]*(""|,)[^"]*"/);
  });

  it('routes #/join/<code> to the student page, whatever the case typed', () => {
    expect(parseHash('#/join/abcde?lang=en').route).toEqual({ page: 'join', code: 'ABCDE' });
  });
});
