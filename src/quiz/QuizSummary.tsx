import { useEffect, useRef } from 'react';
import type { LessonCatalogue, LessonSummary, Question } from '../content/types';
import { hrefFor } from '../app/routes';
import { useLocale } from '../ui/locale';
import { HelpList } from '../ui/HelpList';
import { lessonHelp } from '../content/help';
import { LessonText } from '../ui/LessonText';
import { AnswerText } from '../ui/question/Feedback';
import type { QuizProgress } from './progress';
import { markAnswer, verdictOf, VERDICT_SYMBOLS, type Verdict } from '../ui/question/scoring';
import { translator, type MessageKeyOf } from '../i18n/translator';
import { shared } from '../i18n/messages/shared';
import { quiz } from '../i18n/messages/quiz';

const translate = translator({ shared, quiz });
type MessageKey = MessageKeyOf<typeof translate>;

/** The review's word for each verdict: shorter than the feedback's, as it stands beside the question. */
const REVIEW_VERDICTS = {
  right: 'quiz.resultCorrect',
  partly: 'quiz.resultPartly',
  wrong: 'quiz.resultWrong',
} as const satisfies Record<Verdict, MessageKey>;

/** The end of a quiz: the score, each question again with its explanation, key points and where help is. */
export function QuizSummary({
  lesson,
  questions,
  progress,
  catalogue,
  onTryAgain,
}: {
  lesson: LessonSummary;
  questions: Question[];
  progress: QuizProgress;
  catalogue: LessonCatalogue;
  onTryAgain: () => void;
}) {
  const { t } = useLocale(translate);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const verdicts = questions.map((question) => {
    const answer = progress.answers[question.id];
    return answer ? verdictOf(markAnswer(question, answer)) : 'wrong';
  });
  // Whole questions, never points like 6.4: a nearly-right answer is counted apart as "nearly".
  const right = verdicts.filter((verdict) => verdict === 'right').length;
  const partly = verdicts.filter((verdict) => verdict === 'partly').length;
  const help = lessonHelp(lesson, catalogue);

  return (
    <section className="quiz-summary" aria-labelledby="results-title">
      <h2 id="results-title" ref={heading} tabIndex={-1}>
        {t('quiz.resultsTitle')}
      </h2>
      <p className="score">
        {t('quiz.scoreRight', { right, total: questions.length })}
        {partly > 0 && ` ${t('quiz.scorePartly', { partly })}`}
      </p>

      <h3>{t('quiz.takeaways')}</h3>
      <ul>
        {lesson.handout.student.map((point, i) => (
          <LessonText key={i} as="li" text={point} />
        ))}
      </ul>

      <HelpList resources={help} headingLevel={3} forStudents />

      <h3>{t('quiz.reviewTitle')}</h3>
      <ol className="review">
        {questions.map((question, index) => {
          const answer = progress.answers[question.id];
          const verdict = verdicts[index];
          return (
            <li key={question.id}>
              <p className="review-result">
                <span aria-hidden="true">{VERDICT_SYMBOLS[verdict]}</span> {t(REVIEW_VERDICTS[verdict])}
              </p>
              <LessonText as="p" text={question.prompt} />
              <h4>{t('quiz.yourAnswer')}</h4>
              {answer ? (
                <AnswerText question={question} answer={answer} seed={progress.seed} />
              ) : (
                <p>{t('quiz.notAnswered')}</p>
              )}
              <h4>{t('quiz.explanation')}</h4>
              <LessonText as="p" text={question.explanation} />
            </li>
          );
        })}
      </ol>

      <div className="quiz-actions">
        <button type="button" className="button primary" onClick={onTryAgain}>
          {t('quiz.tryAgain')}
        </button>
        <a className="button" href={hrefFor({ page: 'overview', lessonId: lesson.id })}>
          {t('shared.backToLesson')}
        </a>
      </div>
    </section>
  );
}
