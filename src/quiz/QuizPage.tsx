import type { LessonSummary } from '../content/types';
import { hrefFor } from '../app/router';
import { useLocale } from '../i18n/locale';
import { useLessonContent } from '../lesson/lesson-content';
import { Rich } from '../lesson/Rich';

/** The lesson's quiz questions, read-only for now; the interactive player is its own issue. */
export function QuizPage({ lesson }: { lesson: LessonSummary }) {
  const { t } = useLocale();
  const content = useLessonContent(lesson.id);
  return (
    <article aria-labelledby="quiz-title">
      <p><a href={hrefFor({ page: 'overview', lessonId: lesson.id })}>{t('backToLesson')}</a></p>
      <h1 id="quiz-title">{t('quiz')}: <Rich text={lesson.title} /></h1>
      <p>{t('quizComing')}</p>
      {content.status === 'loading' && <p role="status">{t('loading')}</p>}
      {content.status === 'failed' && <p role="alert">{t('loadFailed')}</p>}
      {content.status === 'ready' && (
        <ol className="question-list">
          {content.content.quiz.map((question, index) => (
            <li key={question.id}>
              <h2>{t('question', { n: index + 1 })}</h2>
              {question.type === 'scenario' && <Rich as="p" className="story" text={question.story} />}
              <Rich as="p" text={question.prompt} />
              {'options' in question && (
                <ul>{question.options.map((option) => <Rich key={option.id} as="li" text={option.text} />)}</ul>
              )}
            </li>
          ))}
        </ol>
      )}
    </article>
  );
}
