import catalogue from 'virtual:lessons';
import { lazy, Suspense, useEffect, useRef } from 'react';
import type { LessonIndex } from '../content/types';
import { CataloguePage } from '../catalogue/CataloguePage';
import { LocaleContext, rememberLocale, resolveLocale, useDocumentLanguage, useLocale } from '../ui/locale';
import { DelayedLoading } from '../ui/DelayedLoading';
import { useLesson } from '../ui/lesson-content';
import { PageErrorBoundary } from '../ui/PageErrorBoundary';
import { quizStorageKey, SCHOOL_SETTINGS_KEY } from '../ui/storage-keys';
import { useLocation } from './router';
import { hrefFor, type Route } from './routes';
import { OfflineStatus } from './offline/OfflineStatus';
import { translator } from '../i18n/translator';
import { shared } from '../i18n/messages/shared';
import { app } from '../i18n/messages/app';

const translate = translator({ shared, app });

// Every page but the catalogue loads its code when first opened: the catalogue, the page most
// visits start on, carries none of theirs. A page's code that fails to load shows the page's
// error message (PageErrorBoundary), like a page that fails to draw.
const lessonPageCode = {
  overview: () => import('../overview/OverviewPage'),
  quiz: () => import('../quiz/QuizPage'),
  handouts: () => import('../handouts/HandoutsPage'),
};
const OverviewPage = lazy(() => lessonPageCode.overview().then((m) => ({ default: m.OverviewPage })));
const QuizPage = lazy(() => lessonPageCode.quiz().then((m) => ({ default: m.QuizPage })));
const HandoutsPage = lazy(() => lessonPageCode.handouts().then((m) => ({ default: m.HandoutsPage })));
const SettingsPage = lazy(() => import('../settings/SettingsPage').then((m) => ({ default: m.SettingsPage })));
const JoinPage = lazy(() => import('../live/JoinPage').then((m) => ({ default: m.JoinPage })));

export function App() {
  const { route, params } = useLocation();
  const locale = resolveLocale(params.get('lang'));
  const lesson =
    'lessonId' in route ? catalogue.lessons.find((candidate) => candidate.id === route.lessonId) : undefined;
  const pageTitle = lesson
    ? `${lesson.title[locale].text} — ${translate(locale, 'shared.kitName')}`
    : `${translate(locale, 'shared.kitName')} — ${translate(locale, 'app.kitTagline')}`;
  useDocumentLanguage(locale, pageTitle);
  // After moving to another page, start reading (and tabbing) at its content, as a screen reader
  // user expects; on first load, leave focus at the top so the skip link comes first.
  const shownPage = `${route.page}/${lesson?.id ?? ''}`;
  const previousPage = useRef(shownPage);
  useEffect(() => {
    if (previousPage.current === shownPage) return;
    previousPage.current = shownPage;
    document.getElementById('main')?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [shownPage]);

  return (
    <LocaleContext.Provider value={locale}>
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          event.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {translate(locale, 'app.skipToContent')}
      </a>
      <Header />
      <main id="main" tabIndex={-1}>
        <PageErrorBoundary key={shownPage} locale={locale} storageKeys={pageStorageKeys(route)}>
          <Suspense fallback={<DelayedLoading label={translate(locale, 'shared.loading')} />}>
            <Page route={route} catalogue={catalogue} />
          </Suspense>
        </PageErrorBoundary>
      </main>
      <footer className="site-footer">
        <OfflineStatus />
      </footer>
    </LocaleContext.Provider>
  );
}

function Header() {
  const { locale, t } = useLocale(translate);
  const other = locale === 'ja' ? 'en' : 'ja';
  const switchLanguage = () => {
    rememberLocale(other);
    const [path, query = ''] = window.location.hash.replace(/^#/, '').split('?', 2);
    const params = new URLSearchParams(query);
    params.set('lang', other);
    window.location.hash = `${path || '/'}?${params}`;
  };
  return (
    <header className="site-header">
      <a className="brand" href={hrefFor({ page: 'catalogue' })}>
        <span className="brand-name">{t('shared.kitName')}</span>
        <span className="brand-tagline">{t('app.kitTagline')}</span>
      </a>
      <nav aria-label={t('shared.navLessons')}>
        <a href={hrefFor({ page: 'catalogue' })}>{t('shared.navLessons')}</a>
        <a href={hrefFor({ page: 'settings' })}>{t('app.navSettings')}</a>
        <button
          type="button"
          className="button language"
          lang={other}
          onClick={switchLanguage}
          aria-label={t('app.switchToLabel')}
        >
          {t('app.switchTo')}
        </button>
      </nav>
    </header>
  );
}

function Page({ route, catalogue }: { route: Route; catalogue: LessonIndex }) {
  const { t } = useLocale(translate);
  if (route.page === 'catalogue') return <CataloguePage catalogue={catalogue} />;
  if (route.page === 'settings') return <SettingsPage />;
  if (route.page === 'join') return <JoinPage code={route.code} />;
  if (route.page === 'not-found') return <NotFound message={t('app.notFoundBody')} />;
  if (!catalogue.lessons.some((candidate) => candidate.id === route.lessonId))
    return <NotFound message={t('shared.lessonNotFound', { id: route.lessonId })} />;
  return <LessonPage route={route} />;
}

/** A lesson's page, once the lesson (loaded apart from the catalogue) is here. */
function LessonPage({ route }: { route: Extract<Route, { lessonId: string }> }) {
  const { t } = useLocale(translate);
  const loaded = useLesson(route.lessonId);
  // The page's code downloads while the lesson does, not after it.
  useEffect(() => void lessonPageCode[route.page]().catch(() => undefined), [route.page]);
  if (loaded.status === 'loading') return <DelayedLoading label={t('shared.loading')} />;
  if (loaded.status === 'failed')
    return (
      <p className="notice" role="alert">
        {t('shared.loadFailed')}
      </p>
    );
  const { lesson, library } = loaded;
  if (route.page === 'quiz') return <QuizPage lesson={lesson} catalogue={library} />;
  if (route.page === 'handouts') return <HandoutsPage lesson={lesson} catalogue={library} />;
  return <OverviewPage lesson={lesson} catalogue={library} />;
}

/** What a page keeps in the browser, which "Start over" forgets when the page cannot be drawn. */
function pageStorageKeys(route: Route): string[] {
  if (route.page === 'quiz') return [quizStorageKey(route.lessonId)];
  if (route.page === 'settings') return [SCHOOL_SETTINGS_KEY];
  return [];
}

function NotFound({ message }: { message: string }) {
  const { t } = useLocale(translate);
  return (
    <section aria-labelledby="not-found-title">
      <h1 id="not-found-title">{t('shared.notFoundTitle')}</h1>
      <p>{message}</p>
      <p>
        <a href={hrefFor({ page: 'catalogue' })}>{t('shared.navLessons')}</a>
      </p>
    </section>
  );
}
