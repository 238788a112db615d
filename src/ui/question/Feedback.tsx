import type { LessonCatalogue, LocalizedRichText, Question } from '../../content/types';
import type { MessageKey } from '../../i18n/messages';
import { useLocale } from '../locale';
import { LessonText } from '../LessonText';
import { correctAnswer, markAnswer, verdictOf, VERDICT_SYMBOLS, type Answer, type Verdict } from './scoring';
import { optionsInOrder } from './attempt';
import { QuestionSources } from './QuestionSources';

/**
 * What a student sees after checking an answer: right or not (in words and a symbol, never colour
 * alone), the right answer when theirs was not, and an explanation that teaches.
 */
export function Feedback({
  question,
  answer,
  catalogue,
  seed,
}: {
  question: Question;
  answer: Answer;
  catalogue: LessonCatalogue;
  seed: number;
}) {
  const { t } = useLocale();
  const mark = markAnswer(question, answer);
  const verdict = verdictOf(mark);
  const chosenFeedback =
    question.type === 'scenario' && answer.kind === 'choice'
      ? question.options.find((option) => option.id === answer.selected[0])?.feedback
      : undefined;
  return (
    <section className={`feedback ${verdict}`} aria-labelledby="feedback-title">
      <VerdictHeading verdict={verdict} />
      {!mark.correct && (
        <div className="answers">
          <h4>{t('app.yourAnswer')}</h4>
          <AnswerText question={question} answer={answer} seed={seed} />
          <h4>{question.type === 'ordering' ? t('app.rightOrder') : t('app.rightAnswer')}</h4>
          <AnswerText question={question} answer={correctAnswer(question)} seed={seed} />
        </div>
      )}
      {chosenFeedback && (
        <>
          <h4>{t('app.aboutYourChoice')}</h4>
          <LessonText as="p" text={chosenFeedback} />
        </>
      )}
      <h4>{t('app.explanation')}</h4>
      <LessonText as="p" text={question.explanation} />
      <QuestionSources factIds={question.facts} catalogue={catalogue} />
    </section>
  );
}

/** The feedback's words for each verdict: said to the student, and announced when an answer is checked. */
export const FEEDBACK_VERDICTS = {
  right: 'app.verdictCorrect',
  partly: 'app.verdictPartly',
  wrong: 'app.verdictWrong',
} as const satisfies Record<Verdict, MessageKey>;

function VerdictHeading({ verdict }: { verdict: Verdict }) {
  const { t } = useLocale();
  return (
    <h3 id="feedback-title" className="verdict">
      <span aria-hidden="true" className="symbol">
        {VERDICT_SYMBOLS[verdict]}
      </span>{' '}
      {t(FEEDBACK_VERDICTS[verdict])}
    </h3>
  );
}

/** An answer written out: the chosen options (in the order shown), true or false, or the steps in order. */
export function AnswerText({ question, answer, seed }: { question: Question; answer: Answer; seed: number }) {
  const { t } = useLocale();
  if (answer.kind === 'truefalse') return <p>{answer.value ? t('shared.trueLabel') : t('shared.falseLabel')}</p>;
  const texts: LocalizedRichText[] =
    answer.kind === 'order'
      ? answer.order.flatMap((id) =>
          'options' in question ? question.options.filter((o) => o.id === id).map((o) => o.text) : [],
        )
      : optionsInOrder(question, seed)
          .filter((option) => answer.selected.includes(option.id))
          .map((option) => option.text);
  if (texts.length === 0) return <p>{t('app.notAnswered')}</p>;
  const List = answer.kind === 'order' ? 'ol' : 'ul';
  return (
    <List className="answer-text">
      {texts.map((text, i) => (
        <LessonText key={i} as="li" text={text} />
      ))}
    </List>
  );
}
