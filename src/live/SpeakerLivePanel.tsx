import { useCallback, useEffect, useRef, useState } from 'react';
import type { Locale } from '../content/types';
import type { SessionSummary } from '../protocol/live';
import { useLessonContent } from '../ui/lesson-content';
import { liveErrorText, translateLive, type LiveMessageKey } from './messages';
import { roundActionLabel, roundActions } from './round-actions';
import { LIVE_CHANNEL, post, readDeckToSpeaker, type LiveCommand, type LiveView } from './speaker-channel';
import { downloadSummaryCsv, downloadSummaryPdf } from './summary-download';
import { dropCopiedSession } from './teacher-session';
import './speaker-live.css';

const ROUND_STATE: Record<string, LiveMessageKey> = {
  none: 'roundNotAsked',
  open: 'roundOpen',
  closed: 'roundClosedNow',
  revealed: 'roundRevealed',
  skipped: 'roundSkipped',
};

/**
 * The live class's controls in the speaker view (speaker.html): start, open, close, reveal, skip,
 * the answered count, the class summary as CSV or PDF, and the end of the session. Every control is
 * a request to the deck window that opened this one, which holds the session's secret and its
 * connection; this window only shows what the deck tells it.
 */
export function SpeakerLivePanel({ lessonId, locale }: { lessonId: string; locale: Locale; slideIndex?: number }) {
  const tl = (key: LiveMessageKey, values?: Record<string, string | number>) => translateLive(locale, key, values);
  const { view, command, requestSummary } = useDeckLive();
  const content = useLessonContent(lessonId);
  const [saving, setSaving] = useState(false);
  const [saveFailed, setSaveFailed] = useState(false);
  useEffect(() => dropCopiedSession(lessonId), [lessonId]);

  // L, as on the deck: start the live class, or show and hide how to join.
  const startOrToggle = useRef<() => void>(() => undefined);
  useEffect(() => {
    startOrToggle.current = () => {
      if (view?.available) command(view.session ? { command: 'toggle-join' } : { command: 'start' });
    };
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || (event.key !== 'l' && event.key !== 'L')) return;
      event.preventDefault();
      startOrToggle.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const save = async (as: 'csv' | 'pdf') => {
    if (content.status !== 'ready') return;
    setSaving(true);
    setSaveFailed(false);
    try {
      const summary = await requestSummary();
      if (!summary) throw new Error('no summary');
      if (as === 'csv') downloadSummaryCsv(summary, content.content.quiz, lessonId, locale);
      else await downloadSummaryPdf(summary, content.content.quiz, lessonId, locale);
    } catch {
      setSaveFailed(true);
    } finally {
      setSaving(false);
    }
  };

  const heading = <h2 id="speaker-live-title">{tl('liveClass')}</h2>;
  if (!view)
    return (
      <div className="speaker-live-panel">
        {heading}
        <p className="speaker-live-note">{tl('speakerWaiting')}</p>
      </div>
    );
  if (!view.available)
    return (
      <div className="speaker-live-panel">
        {heading}
        <p className="speaker-live-note">{tl('speakerNeedsClassroom')}</p>
      </div>
    );
  if (!view.session)
    return (
      <div className="speaker-live-panel">
        {heading}
        <button type="button" className="speaker-live-start" onClick={() => command({ command: 'start' })}>
          {tl('startLive')}
        </button>
        {view.error && (
          <p className="speaker-live-alert" role="alert">
            {tl('liveStartFailed')} {liveErrorText(locale, view.error)}
          </p>
        )}
      </div>
    );

  const { round } = view;
  return (
    <div className="speaker-live-panel">
      <div className="speaker-live-heading">
        {heading}
        <p className="speaker-live-code">
          {tl('code')} <strong>{view.session.code}</strong> · {tl('checkWord')}{' '}
          <strong>{view.session.checkWord}</strong>
        </p>
        <p className="speaker-live-counts" role="status">
          <span className="speaker-live-joined">{tl('joined', { n: view.joined })}</span>
          {view.answered !== null && (
            <span className="speaker-live-answered">
              {tl('answered', { answered: view.answered, joined: view.joined })}
            </span>
          )}
        </p>
      </div>
      {!view.connected && <p role="status">{tl('reconnecting')}</p>}
      {view.storeDown && (
        <p className="speaker-live-alert" role="alert">
          {tl('storeDown')}
        </p>
      )}
      <div className="speaker-live-buttons">
        <p className="speaker-live-round">{round ? tl(ROUND_STATE[round.shown ?? 'none']) : tl('noRoundHere')}</p>
        {round &&
          roundActions(round.kind, round.shown).map((action) => (
            <button
              key={action}
              type="button"
              className={`speaker-live-${action}`}
              onClick={() => command({ command: action, roundId: round.id })}
            >
              {tl(roundActionLabel(round.kind, action))}
            </button>
          ))}
      </div>
      <div className="speaker-live-buttons">
        <button type="button" onClick={() => command({ command: 'toggle-join' })}>
          {view.joinShown ? tl('hideJoin') : tl('showJoin')}
        </button>
        <button type="button" disabled={saving || content.status !== 'ready'} onClick={() => void save('csv')}>
          {tl('downloadCsv')}
        </button>
        <button type="button" disabled={saving || content.status !== 'ready'} onClick={() => void save('pdf')}>
          {tl('downloadPdf')}
        </button>
        <button
          type="button"
          className="speaker-live-end"
          onClick={() => window.confirm(tl('endConfirm')) && command({ command: 'end' })}
        >
          {tl('endSession')}
        </button>
      </div>
      {saveFailed && (
        <p className="speaker-live-alert" role="alert">
          {tl('summaryFailed')}
        </p>
      )}
      {view.error && (
        <p className="speaker-live-alert" role="alert">
          {liveErrorText(locale, view.error)}
        </p>
      )}
    </div>
  );
}

/** The deck window that opened this one, as the live class sees it: its view, and a way to send it commands. */
function useDeckLive(): {
  view: LiveView | undefined;
  command: (command: LiveCommand) => void;
  requestSummary: () => Promise<SessionSummary | null>;
} {
  const [view, setView] = useState<LiveView>();
  const pending = useRef(new Map<number, (summary: SessionSummary | null) => void>());
  const nextRequest = useRef(1);
  useEffect(() => {
    const waiting = pending.current;
    const onMessage = (event: MessageEvent) => {
      // Only the deck that opened this window, on this origin, is listened to.
      if (event.origin !== window.location.origin || !window.opener || event.source !== window.opener) return;
      const message = readDeckToSpeaker(event.data);
      if (message?.type === 'view') setView(message.view);
      else if (message?.type === 'summary') {
        waiting.get(message.requestId)?.(message.summary);
        waiting.delete(message.requestId);
      }
    };
    window.addEventListener('message', onMessage);
    // Hello now and every few seconds: a reloaded deck finds this window again and says where it is.
    const hello = () => {
      const deck = window.opener as Window | null;
      if (deck && !deck.closed) post(deck, { namespace: LIVE_CHANNEL, type: 'hello' });
      else setView(undefined);
    };
    hello();
    const timer = window.setInterval(hello, 2000);
    return () => {
      window.removeEventListener('message', onMessage);
      window.clearInterval(timer);
    };
  }, []);
  const command = useCallback((message: LiveCommand) => {
    const deck = window.opener as Window | null;
    if (deck && !deck.closed) post(deck, { namespace: LIVE_CHANNEL, type: 'command', command: message });
  }, []);
  const requestSummary = useCallback(
    () =>
      new Promise<SessionSummary | null>((resolve) => {
        const requestId = nextRequest.current++;
        pending.current.set(requestId, resolve);
        command({ command: 'summary', requestId });
        window.setTimeout(() => pending.current.delete(requestId) && resolve(null), 10_000);
      }),
    [command],
  );
  return { view, command, requestSummary };
}
