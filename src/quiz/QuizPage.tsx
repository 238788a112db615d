import type { LessonCatalogue, LessonSummary } from '../content/types';
import { useLocale } from '../ui/locale';
import { useLessonContent } from '../ui/lesson-content';
import { LessonText } from '../ui/LessonText';
import { QuizPlayer } from './QuizPlayer';
import { translator } from '../i18n/translator';
import { shared } from '../i18n/messages/shared';
import { app } from '../i18n/messages/app';
import { quiz } from '../i18n/messages/quiz';

const translate = translator({ shared, app, quiz });

/** #/lessons/<id>/quiz: a student takes the lesson's quiz on their own device, anonymously. */
export function QuizPage({ lesson, catalogue }: { lesson: LessonSummary; catalogue: LessonCatalogue }) {
  const { t } = useLocale(translate);
  const content = useLessonContent(lesson.id);
  return (
    <article aria-labelledby="quiz-title" className="quiz-page">
      <h1 id="quiz-title">
        {t('app.quiz')}: <LessonText text={lesson.title} />
      </h1>
      <p className="hint">{t('quiz.quizPrivacy')}</p>
      {content.status === 'loading' && <p role="status">{t('shared.loading')}</p>}
      {content.status === 'failed' && <p role="alert">{t('shared.loadFailed')}</p>}
      {content.status === 'ready' && (
        <QuizPlayer lesson={lesson} questions={content.content.quiz} catalogue={catalogue} />
      )}
    </article>
  );
}
