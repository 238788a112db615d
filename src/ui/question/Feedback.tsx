import type { LessonCatalogue, LocalizedRichText, Question } from '../../content/types';
import { useLocale } from '../locale';
import { LessonText } from '../LessonText';
import { correctAnswer, markAnswer, verdictOf, VERDICT_SYMBOLS, type Answer, type Verdict } from './scoring';
import { optionsInOrder } from './attempt';
import { QuestionSources } from './QuestionSources';
import { translator, type MessageKeyOf } from '../../i18n/translator';
import { shared } from '../../i18n/messages/shared';
import { quiz } from '../../i18n/messages/quiz';

const translate = translator({ shared, quiz });
type MessageKey = MessageKeyOf<typeof translate>;

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
  const { t } = useLocale(translate);
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
          <h4>{t('quiz.yourAnswer')}</h4>
          <AnswerText question={question} answer={answer} seed={seed} />
          <h4>{question.type === 'ordering' ? t('quiz.rightOrder') : t('quiz.rightAnswer')}</h4>
          <AnswerText question={question} answer={correctAnswer(question)} seed={seed} />
        </div>
      )}
      {chosenFeedback && (
        <>
          <h4>{t('quiz.aboutYourChoice')}</h4>
          <LessonText as="p" text={chosenFeedback} />
        </>
      )}
      <h4>{t('quiz.explanation')}</h4>
      <LessonText as="p" text={question.explanation} />
      <QuestionSources factIds={question.facts} catalogue={catalogue} />
    </section>
  );
}

/** The feedback's words for each verdict: said to the student, and announced when an answer is checked. */
export const FEEDBACK_VERDICTS = {
  right: 'quiz.verdictCorrect',
  partly: 'quiz.verdictPartly',
  wrong: 'quiz.verdictWrong',
} as const satisfies Record<Verdict, MessageKey>;

function VerdictHeading({ verdict }: { verdict: Verdict }) {
  const { t } = useLocale(translate);
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
  const { t } = useLocale(translate);
  if (answer.kind === 'truefalse') return <p>{answer.value ? t('shared.trueLabel') : t('shared.falseLabel')}</p>;
  const texts: LocalizedRichText[] =
    answer.kind === 'order'
      ? answer.order.flatMap((id) =>
          'options' in question ? question.options.filter((o) => o.id === id).map((o) => o.text) : [],
        )
      : optionsInOrder(question, seed)
          .filter((option) => answer.selected.includes(option.id))
          .map((option) => option.text);
  if (texts.length === 0) return <p>{t('quiz.notAnswered')}</p>;
  const List = answer.kind === 'order' ? 'ol' : 'ul';
  return (
    <List className="answer-text">
      {texts.map((text, i) => (
        <LessonText key={i} as="li" text={text} />
      ))}
    </List>
  );
}
