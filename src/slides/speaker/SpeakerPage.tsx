import type { RevealState } from 'reveal.js';
import { useCallback, useEffect, useMemo, useRef, useState, type ComponentType, type ReactNode } from 'react';
import type { LoadedLesson, Locale } from '../../content/types';
import { buildDeck } from '../../export/deck';
import { lessonExists, useLesson } from '../../ui/lesson-content';
import { DelayedLoading } from '../../ui/DelayedLoading';
import { useDocumentLanguage } from '../../ui/locale';
import { loadSchoolSettings } from '../../ui/school-settings';
import { readStored, writeStored } from '../../ui/storage';
import { deckHref } from '../../app/routes';
import { RECEIVER_SETTINGS } from '../deck-guard';
import { planStepForSlide } from './plan-step';
import { isTime, readSpeakerMessage, send, SPEAKER_NAMESPACE, type RevealCall } from './protocol';
import { periodStartKey, tabStorage } from './period-start';
import { formatClock, formatDuration, periodTime } from './timing';
import { translator, type MessageKeyOf } from '../../i18n/translator';
import { shared } from '../../i18n/messages/shared';
import { deck } from '../../i18n/messages/deck';
import { speaker } from '../../i18n/messages/speaker';

const translate = translator({ shared, deck, speaker });
type MessageKey = MessageKeyOf<typeof translate>;

/** What the speaker view offers the live class (src/live): the lesson, and where the deck is now. */
export interface SpeakerLiveProps {
  lessonId: string;
  locale: Locale;
  /** 0-based index of the slide shown in the deck, or undefined before the deck has said. */
  slideIndex: number | undefined;
}

type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

/**
 * The teacher's screen while presenting: the current and next slide, the notes, the plan step
 * with its minutes, the period's timers and a clock. It follows the deck window that opened it and
 * moves it with the keyboard or its buttons. `LiveControls`, when given, is shown in its own panel.
 */
export function SpeakerPage({
  lessonId,
  locale,
  LiveControls,
}: {
  lessonId: string | null;
  locale: Locale;
  LiveControls?: ComponentType<SpeakerLiveProps>;
}) {
  const known = lessonId !== null && lessonExists(lessonId);
  const loaded = useLesson(known ? lessonId : '');
  const t: Translate = (key, values) => translate(locale, key, values);
  useDocumentLanguage(
    locale,
    loaded.status === 'ready'
      ? `${loaded.lesson.title[locale].text} — ${t('speaker.title')}`
      : known
        ? t('speaker.title')
        : t('shared.notFoundTitle'),
  );
  if (!known)
    return (
      <main className="speaker-message">
        <h1>{t('shared.notFoundTitle')}</h1>
        <p>{t('shared.lessonNotFound', { id: lessonId ?? '' })}</p>
      </main>
    );
  if (loaded.status === 'failed')
    return (
      <main className="speaker-message">
        <p role="alert">{t('shared.loadFailed')}</p>
      </main>
    );
  if (loaded.status === 'loading') return <DelayedLoading className="speaker-message" label={t('shared.loading')} />;
  return <LoadedSpeakerView loaded={loaded} locale={locale} t={t} LiveControls={LiveControls} />;
}

function LoadedSpeakerView({
  loaded,
  locale,
  t,
  LiveControls,
}: {
  loaded: LoadedLesson;
  locale: Locale;
  t: Translate;
  LiveControls?: ComponentType<SpeakerLiveProps>;
}) {
  const { lesson } = loaded;
  // The same deck the deck window shows (the school's contacts come from this browser's settings).
  const slides = useMemo(
    () => buildDeck(lesson, loaded.content, loaded.library, locale, loadSchoolSettings()),
    [loaded, lesson, locale],
  );
  const { position, periodStartedAt, deckFound, call } = useDeckWindow();
  const now = useNow();
  const [startedAt, restartTimer] = usePeriodStart(lesson.id, periodStartedAt);

  const index = position?.indexh;
  const last = slides.length - 1;
  useSpeakerKeys(call, last);

  const slide = index === undefined ? undefined : slides[index];
  const step = index === undefined ? undefined : planStepForSlide(lesson.plan, index);
  const time = periodTime(startedAt, now, lesson.minutes);
  return (
    <div className="speaker-page">
      <header className="speaker-header">
        <h1>
          {lesson.title[locale].text} <span className="speaker-kind">— {t('speaker.title')}</span>
        </h1>
        <p className="speaker-slide-number" aria-live="polite">
          {index === undefined ? '' : t('speaker.slideOf', { n: index + 1, total: slides.length })}
        </p>
      </header>
      {!deckFound && (
        <p className="speaker-no-deck" role="alert">
          {t('speaker.noDeck')}
        </p>
      )}
      <main className={LiveControls ? 'speaker-main with-live' : 'speaker-main'}>
        <section className="speaker-current" aria-label={t('speaker.current')}>
          <SlidePreview lessonId={lesson.id} locale={locale} position={position} title={t('speaker.current')} />
          <nav className="speaker-move" aria-label={t('deck.deckTools')}>
            <button type="button" onClick={() => call({ method: 'prev' })} disabled={!deckFound}>
              ← {t('speaker.previous')}
            </button>
            <button type="button" onClick={() => call({ method: 'next' })} disabled={!deckFound}>
              {t('speaker.forward')} →
            </button>
            <span className="speaker-keys-hint">{t('speaker.keysHint')}</span>
          </nav>
        </section>
        {/* Under the slide, beside its move buttons: the notes give up room, the live class's counts stay in view. */}
        {LiveControls && (
          <section className="speaker-live" aria-label={t('speaker.liveControls')}>
            <LiveControls lessonId={lesson.id} locale={locale} slideIndex={index} />
          </section>
        )}
        {/* Focusable, so that long notes can be scrolled from the keyboard too. */}
        <section className="speaker-notes" aria-labelledby="speaker-notes-title" tabIndex={0}>
          <h2 id="speaker-notes-title">{t('speaker.notes')}</h2>
          {slide?.notesHtml ? (
            <div className="speaker-notes-text" dangerouslySetInnerHTML={{ __html: slide.notesHtml }} />
          ) : (
            <p className="speaker-notes-none">{slide ? t('speaker.noNotes') : ''}</p>
          )}
        </section>
        <aside className="speaker-side">
          <section className="speaker-next" aria-label={t('speaker.next')}>
            <h2>{t('speaker.next')}</h2>
            {index === last ? (
              <p className="speaker-next-end">{t('speaker.nextIsEnd')}</p>
            ) : (
              <SlidePreview lessonId={lesson.id} locale={locale} position={position} title={t('speaker.next')} ahead />
            )}
          </section>
          <section className="speaker-plan" aria-labelledby="speaker-plan-title">
            <h2 id="speaker-plan-title">{t('speaker.planStep')}</h2>
            {step ? (
              <>
                <p className="speaker-plan-step">
                  {t('speaker.planStepOf', { n: step.number, total: lesson.plan.length, minutes: step.step.minutes })}
                </p>
                <p
                  className="speaker-plan-activity"
                  dangerouslySetInnerHTML={{ __html: step.step.activity[locale].html }}
                />
                <p className="speaker-plan-when">
                  {t('speaker.planStepWhen', { from: step.startsAt, to: step.endsAt })}
                </p>
              </>
            ) : (
              <p className="speaker-plan-none">{index === undefined ? '' : t('speaker.noPlanStep')}</p>
            )}
          </section>
          <section className="speaker-time" aria-label={t('speaker.clock')}>
            <TimeBox label={t('speaker.clock')} className="clock">
              {formatClock(new Date(now), locale)}
            </TimeBox>
            <TimeBox label={t('speaker.elapsed')} className="elapsed">
              {formatDuration(time.elapsed)}
            </TimeBox>
            <TimeBox
              label={time.remaining >= 0 ? t('speaker.remaining') : t('speaker.over')}
              className={time.remaining >= 0 ? 'remaining' : 'remaining over'}
            >
              {formatDuration(time.remaining)}
            </TimeBox>
            <button type="button" className="speaker-restart" onClick={restartTimer}>
              {t('speaker.restartTimer')}
            </button>
          </section>
        </aside>
      </main>
    </div>
  );
}

function TimeBox({ label, className, children }: { label: string; className: string; children: ReactNode }) {
  return (
    <div className={`speaker-timebox ${className}`}>
      <span className="speaker-timebox-label">{label}</span>
      <span className="speaker-timebox-value">{children}</span>
    </div>
  );
}

/**
 * A slide as the deck shows it: the deck page itself in a frame, as a reveal.js receiver with no
 * tools, put in the deck's state (or one step ahead) with reveal.js's postMessage API.
 */
function SlidePreview({
  lessonId,
  locale,
  position,
  title,
  ahead = false,
}: {
  lessonId: string;
  locale: Locale;
  position: RevealState | undefined;
  title: string;
  ahead?: boolean;
}) {
  const frame = useRef<HTMLIFrameElement>(null);
  const [ready, setReady] = useState(false);
  const src = `${deckHref(lessonId, locale)}&receiver&${new URLSearchParams(RECEIVER_SETTINGS)}`;
  useEffect(() => {
    const origin = window.location.origin;
    // The preview's reveal.js says "ready" to its parent (postMessageEvents): only then does it listen.
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== origin || event.source !== frame.current?.contentWindow) return;
      if (typeof event.data === 'string' && event.data.includes('"eventName":"ready"')) setReady(true);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);
  useEffect(() => {
    const target = frame.current?.contentWindow;
    if (!ready || !position || !target) return;
    const origin = window.location.origin;
    send(target, { method: 'setState', args: [{ ...position, paused: false, overview: false }] }, origin);
    if (ahead) send(target, { method: 'next' }, origin);
  }, [ready, position, ahead]);
  return (
    <div className="speaker-preview">
      <iframe ref={frame} src={src} title={title} tabIndex={-1} />
    </div>
  );
}

/** The deck window that opened this one: where it is, whether it is there, and a way to move it. */
function useDeckWindow(): {
  position: RevealState | undefined;
  /** When the period started, as the deck window keeps it. */
  periodStartedAt: number | undefined;
  deckFound: boolean;
  call: (call: RevealCall) => void;
} {
  const [position, setPosition] = useState<RevealState>();
  const [periodStartedAt, setPeriodStartedAt] = useState<number>();
  const [deckFound, setDeckFound] = useState(true);
  useEffect(() => {
    const origin = window.location.origin;
    const onMessage = (event: MessageEvent) => {
      if (event.source !== window.opener) return;
      const message = readSpeakerMessage(event, origin);
      if (message?.type !== 'position') return;
      setDeckFound(true);
      if (message.periodStartedAt !== undefined) setPeriodStartedAt(message.periodStartedAt);
      setPosition((previous) =>
        JSON.stringify(previous) === JSON.stringify(message.state) ? previous : message.state,
      );
    };
    window.addEventListener('message', onMessage);
    // Hello now and every few seconds: a reloaded deck window finds this one again.
    const hello = () => {
      const deck = window.opener as Window | null;
      if (!deck || deck.closed) return setDeckFound(false);
      send(deck, { namespace: SPEAKER_NAMESPACE, type: 'hello' }, origin);
    };
    hello();
    const timer = window.setInterval(hello, 2000);
    return () => {
      window.removeEventListener('message', onMessage);
      window.clearInterval(timer);
    };
  }, []);
  const call = useCallback((message: RevealCall) => {
    const deck = window.opener as Window | null;
    if (deck && !deck.closed) send(deck, message, window.location.origin);
  }, []);
  return { position, periodStartedAt, deckFound, call };
}

/** The keys a clicker or the teacher's keyboard sends, passed on to the deck window. */
function useSpeakerKeys(call: (message: RevealCall) => void, last: number): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const onButton = event.target instanceof HTMLButtonElement;
      const key = event.key;
      if (
        ['ArrowRight', 'ArrowDown', 'PageDown', 'n', 'N'].includes(key) ||
        (key === ' ' && !onButton && !event.shiftKey)
      )
        call({ method: 'next' });
      else if (
        ['ArrowLeft', 'ArrowUp', 'PageUp', 'p', 'P'].includes(key) ||
        (key === ' ' && event.shiftKey && !onButton)
      )
        call({ method: 'prev' });
      else if (key === 'Home') call({ method: 'slide', args: [0] });
      else if (key === 'End') call({ method: 'slide', args: [last] });
      else if (key === 'b' || key === 'B' || key === '.') call({ method: 'togglePause' });
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [call, last]);
}

function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}

/**
 * When the period started. The deck window keeps it (speaker-link.ts) and says it with every
 * position; until then, this tab's copy (a reload, or the copy of the deck's storage a window
 * opened by the deck starts with). A restart here is told to the deck window.
 */
function usePeriodStart(lessonId: string, fromDeck: number | undefined): [number, () => void] {
  const key = periodStartKey(lessonId);
  const [local] = useState(() => {
    const stored = Number(readStored(key, tabStorage()));
    if (isTime(stored)) return stored;
    const now = Date.now();
    writeStored(key, String(now), tabStorage());
    return now;
  });
  const [restartedAt, setRestartedAt] = useState<number>();
  // The later of the deck's start and a restart here (the deck hears of a restart a moment later).
  const startedAt = fromDeck === undefined ? (restartedAt ?? local) : Math.max(fromDeck, restartedAt ?? 0);
  useEffect(() => writeStored(key, String(startedAt), tabStorage()), [key, startedAt]);
  const restart = () => {
    const now = Date.now();
    setRestartedAt(now);
    const deck = window.opener as Window | null;
    if (deck && !deck.closed)
      send(deck, { namespace: SPEAKER_NAMESPACE, type: 'period', startedAt: now }, window.location.origin);
  };
  return [startedAt, restart];
}
