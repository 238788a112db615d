// The class summary as rows of totals, for the CSV and the one-page PDF the teacher downloads. It
// holds counts per choice and the class's before/after only: there is no row per student.
import type { Locale, Question } from '../content/types';
import type { SessionSummary } from '../protocol/live';
import { resultBars } from './result-bars';
import { translateLive } from './messages';

export interface SummaryRow {
  round: string;
  question: string;
  choice: string;
  correct: boolean;
  /** Empty when too few answered to show a count. */
  count: number | null;
  percent: number | null;
}

export function summaryRows(summary: SessionSummary, quiz: Question[], locale: Locale): SummaryRow[] {
  const rows: SummaryRow[] = [];
  const promptOf = (id: string) => quiz.find((question) => question.id === id)?.prompt[locale].text ?? id;
  for (const round of summary.rounds) {
    for (const result of round.questions) {
      const question = quiz.find((candidate) => candidate.id === result.questionId);
      if (!question) continue;
      if (!result.enough) {
        rows.push({
          round: round.roundId,
          question: promptOf(result.questionId),
          choice: translateLive(locale, 'notEnough'),
          correct: false,
          count: null,
          percent: null,
        });
        continue;
      }
      for (const bar of resultBars(question, result, locale)) {
        rows.push({
          round: round.roundId,
          question: promptOf(result.questionId),
          choice: bar.label,
          correct: bar.correct,
          count: bar.count,
          percent: result.answered ? Math.round((bar.count / result.answered) * 100) : 0,
        });
      }
    }
  }
  for (const change of summary.change) {
    const choice = change.enough
      ? translateLive(locale, 'changeLine', {
          before: Math.round((change.rightBefore / change.pairs) * 100),
          after: Math.round((change.rightAfter / change.pairs) * 100),
          n: change.pairs,
        })
      : translateLive(locale, 'notEnoughPairs');
    rows.push({
      round: 'before → after',
      question: promptOf(change.questionId),
      choice,
      correct: false,
      count: change.enough ? change.pairs : null,
      percent: null,
    });
  }
  return rows;
}

/** RFC 4180 CSV, with a byte-order mark so spreadsheet programs read the Japanese right. */
export function summaryCsv(summary: SessionSummary, quiz: Question[], locale: Locale): string {
  const cell = (value: string | number | null) => {
    const text = value === null ? '' : String(value);
    return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const header = ['round', 'question', 'choice', 'right answer', 'count', 'percent'];
  const lines = [
    header,
    ...summaryRows(summary, quiz, locale).map((row) => [
      row.round,
      row.question,
      row.choice,
      row.correct ? 'yes' : '',
      row.count,
      row.percent,
    ]),
  ];
  return `\ufeff${lines.map((line) => line.map(cell).join(',')).join('\r\n')}\r\n`;
}
