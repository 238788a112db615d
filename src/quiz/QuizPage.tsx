import type { LessonCatalogue, LessonSummary } from '../content/types';
import { useLocale } from '../ui/locale';
import { useLessonContent } from '../ui/lesson-content';
import { LessonText } from '../ui/LessonText';
import { QuizPlayer } from './QuizPlayer';

/** #/lessons/<id>/quiz: a student takes the lesson's quiz on their own device, anonymously. */
export function QuizPage({ lesson, catalogue }: { lesson: LessonSummary; catalogue: LessonCatalogue }) {
  const { t } = useLocale();
  const content = useLessonContent(lesson.id);
  return (
    <article aria-labelledby="quiz-title" className="quiz-page">
      <h1 id="quiz-title">
        {t('app.quiz')}: <LessonText text={lesson.title} />
      </h1>
      <p className="hint">{t('app.quizPrivacy')}</p>
      {content.status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {content.status === 'failed' && <p role="alert">{t('app.loadFailed')}</p>}
      {content.status === 'ready' && (
        <QuizPlayer lesson={lesson} questions={content.content.quiz} catalogue={catalogue} />
      )}
    </article>
  );
}
