import QRCode from 'qrcode';
import type { RevealApi } from 'reveal.js';
import { useEffect, useMemo, useState, type MouseEvent } from 'react';
import { createPortal } from 'react-dom';
import type { Locale, Question } from '../content/types';
import type { ChangeResult, LiveRound, RoundResult, RoundState, SessionSummary } from '../protocol/live';
import { resultBars } from './result-bars';
import { classroomAddress, joinUrl } from './connection';
import { liveErrorText, translateLive, type LiveMessageKey } from './messages';
import { useDeckSpeakerLink } from './deck-speaker-link';
import { roundActionLabel, roundActions } from './round-actions';
import type { LiveCommand, LiveView } from './speaker-channel';
import { downloadSummaryCsv, downloadSummaryPdf } from './summary-download';
import { checkRound, quizRound, useTeacherSession, type TeacherControls } from './teacher-session';
import './live.css';

/** Which kind of slide the deck shows, and the question on it. */
interface SlideInfo {
  kind: 'opening' | 'lesson' | 'quiz' | 'closing';
  questionId?: string;
}

function slideInfo(deck: RevealApi): SlideInfo {
  const slide = deck.getCurrentSlide();
  const questionId = slide?.querySelector<HTMLElement>('.quiz-slide')?.dataset.question;
  const kind = slide?.classList.contains('opening')
    ? 'opening'
    : slide?.classList.contains('closing')
      ? 'closing'
      : questionId
        ? 'quiz'
        : 'lesson';
  return { kind, questionId };
}

// A button keeps the focus after a click, and reveal.js would then take Space as a click too.
const released = (action: () => void) => (event: MouseEvent<HTMLElement>) => {
  event.currentTarget.blur();
  action();
};

/**
 * The live class on the projector: the start button in the deck tools, how to join (QR, address,
 * code, check word), answered counts, results after a reveal, before/after on the closing slide.
 * The teacher's controls are in the speaker view when one is open (it drives this window, which
 * alone holds the control secret); without one, on the projector's bar, so that a teacher with a
 * single screen can run the class. Shown only when the kit is served by `npm run classroom`.
 */
export function LiveClassroom({
  lessonId,
  locale,
  deck,
  quiz,
  check,
  toolsSlot,
}: {
  lessonId: string;
  locale: Locale;
  deck: RevealApi;
  quiz: Question[];
  check: string[];
  toolsSlot: HTMLElement | null;
}) {
  const address = classroomAddress();
  const live = useTeacherSession(lessonId);
  const { state } = live;
  const tl = (key: LiveMessageKey, values?: Record<string, string | number>) => translateLive(locale, key, values);
  const [slide, setSlide] = useState<SlideInfo>(() => slideInfo(deck));
  const [showJoin, setShowJoin] = useState(true);
  const checkQuestions = useMemo(
    () =>
      check
        .map((id) => quiz.find((question) => question.id === id))
        .filter((question): question is Question => !!question),
    [quiz, check],
  );

  useEffect(() => {
    const update = () => setSlide(slideInfo(deck));
    deck.on('slidechanged', update);
    deck.on('ready', update);
    return () => {
      deck.off('slidechanged', update);
      deck.off('ready', update);
    };
  }, [deck]);

  const sessionActive = () => state.session !== null;
  // L starts a live class, or shows and hides how to join.
  useEffect(() => {
    if (!address) return;
    const binding = { keyCode: 76, key: 'L', description: translateLive(locale, 'liveClass') };
    deck.addKeyBinding(binding, () =>
      sessionActive() ? setShowJoin((shown) => !shown) : void live.start().then(() => setShowJoin(true)),
    );
    return () => deck.removeKeyBinding(76);
  });

  // Reaching a quiz slide puts its question on the students' devices. While the server has lost
  // its store (Redis) it would refuse, so a slide reached meanwhile opens its question on the return.
  const slideQuestion = slide.questionId ? quiz.find((question) => question.id === slide.questionId) : undefined;
  useEffect(() => {
    if (!state.session || !slideQuestion || !state.connected || state.storeDown) return;
    const round = quizRound(slideQuestion);
    if (state.current?.round.id === round.id || state.results[round.id]) return;
    void live.open(round, { quietly: true }).then(() => setShowJoin(false));
    // Only a new slide, a new connection or the store's return opens a question.
  }, [state.session?.code, slideQuestion?.id, state.connected, state.storeDown]);

  const slideRound = slideQuestion
    ? quizRound(slideQuestion)
    : slide.kind === 'opening' && checkQuestions.length
      ? checkRound('before', checkQuestions)
      : slide.kind === 'closing' && checkQuestions.length
        ? checkRound('after', checkQuestions)
        : undefined;
  const current = state.current;
  const shownRound = current && slideRound && current.round.id === slideRound.id ? current : null;
  const result = slideRound ? state.results[slideRound.id] : undefined;
  const shown = shownRound?.state ?? (result ? 'revealed' : null);

  // What the speaker view shows, and what it may ask: only the round of the slide on screen.
  const view: LiveView = {
    available: !!address,
    session: state.session && { code: state.session.code, checkWord: state.session.checkWord },
    connected: state.connected,
    joined: state.progress.joined,
    answered: shownRound ? state.progress.answered : null,
    round: slideRound ? { id: slideRound.id, kind: slideRound.kind, shown } : null,
    joinShown: showJoin,
    error: state.error,
    storeDown: state.storeDown,
  };
  const onCommand = (
    command: LiveCommand,
    sendSummary: (requestId: number, summary: SessionSummary | null) => void,
  ) => {
    if (!address) return;
    if (command.command === 'summary')
      return void live.refreshSummary().then((summary) => sendSummary(command.requestId, summary));
    if (command.command === 'start') {
      if (!state.session) void live.start().then(() => setShowJoin(true));
      return;
    }
    // A command sent while the speaker view still showed an ended session does nothing.
    if (!state.session) return;
    if (command.command === 'toggle-join') setShowJoin((joinShown) => !joinShown);
    else if (command.command === 'end') void live.end();
    else if (
      slideRound &&
      command.roundId === slideRound.id &&
      roundActions(slideRound.kind, shown).includes(command.command)
    )
      void live[command.command](slideRound);
  };
  const speakerAttached = useDeckSpeakerLink(view, onCommand);

  if (!address) return null;
  if (!state.session) {
    // The start button sits in the deck tools; a failure to start is said where the teacher looks.
    return (
      <>
        {toolsSlot &&
          createPortal(
            <button type="button" onClick={released(() => void live.start().then(() => setShowJoin(true)))}>
              {tl('startLive')}
            </button>,
            toolsSlot,
          )}
        {state.error && !speakerAttached && (
          <p className="live-bar" role="alert">
            {tl('liveStartFailed')} {liveErrorText(locale, state.error)}
          </p>
        )}
        {state.expired && !state.error && (
          <p className="live-bar live-session-expired" role="status">
            {tl('sessionExpired')}
          </p>
        )}
      </>
    );
  }

  const { session, progress } = state;
  const url = joinUrl(address, session.code, locale);

  // The summary is fetched fresh for each download, so it holds the answers given until now.
  const downloadWith = (write: typeof downloadSummaryCsv | typeof downloadSummaryPdf) =>
    void live.refreshSummary().then((summary) => summary && write(summary, quiz, lessonId, locale));

  return (
    <>
      {showJoin && (
        <JoinCard
          url={url}
          code={session.code}
          checkWord={session.checkWord}
          locale={locale}
          onHide={() => setShowJoin(false)}
        />
      )}
      {result && slideQuestion && <ResultsPanel question={slideQuestion} result={result} locale={locale} />}
      {slide.kind === 'closing' && state.summary && state.summary.change.length > 0 && (
        <ChangePanel change={state.summary.change} questions={checkQuestions} locale={locale} />
      )}
      <section className="live-bar" aria-label={tl('liveControls')}>
        <p className="live-status-line">
          <strong>{tl('liveClass')}</strong> · {tl('code')} <span className="live-code">{session.code}</span> ·{' '}
          {tl('checkWord')} <span className="live-code">{session.checkWord}</span> ·{' '}
          <span className="live-joined">{tl('joined', { n: progress.joined })}</span>
          {shownRound && (
            <>
              {' · '}
              <span className="live-answered" role="status">
                {tl('answered', { answered: progress.answered, joined: progress.joined })}
              </span>
            </>
          )}
          {!state.connected && <span role="status"> · {translateLive(locale, 'reconnecting')}</span>}
        </p>
        {state.storeDown && (
          <p className="live-store-down" role="alert">
            {tl('storeDown')}
          </p>
        )}
        {/* With a speaker view open, the controls are there: the class sees only what is theirs. */}
        {!speakerAttached && (
          <>
            <RoundControls live={live} round={slideRound} shown={shown} locale={locale} />
            <div className="live-buttons">
              <button type="button" onClick={released(() => setShowJoin((shown) => !shown))}>
                {showJoin ? tl('hideJoin') : tl('showJoin')}
              </button>
              <button type="button" onClick={released(() => downloadWith(downloadSummaryCsv))}>
                {tl('downloadCsv')}
              </button>
              <button type="button" onClick={released(() => downloadWith(downloadSummaryPdf))}>
                {tl('downloadPdf')}
              </button>
              <button
                type="button"
                className="live-end"
                onClick={released(() => window.confirm(tl('endConfirm')) && void live.end())}
              >
                {tl('endSession')}
              </button>
            </div>
            {state.error && <p role="alert">{liveErrorText(locale, state.error)}</p>}
          </>
        )}
      </section>
    </>
  );
}

/** Open, close, reveal or skip the round that belongs to the slide on screen. */
function RoundControls({
  live,
  round,
  shown,
  locale,
}: {
  live: TeacherControls;
  round: LiveRound | undefined;
  shown: RoundState | null;
  locale: Locale;
}) {
  if (!round) return null;
  return (
    <div className="live-buttons">
      {roundActions(round.kind, shown).map((action) => (
        <button key={action} type="button" onClick={released(() => void live[action](round))}>
          {translateLive(locale, roundActionLabel(round.kind, action))}
        </button>
      ))}
    </div>
  );
}

function JoinCard({
  url,
  code,
  checkWord,
  locale,
  onHide,
}: {
  url: string;
  code: string;
  checkWord: string;
  locale: Locale;
  onHide: () => void;
}) {
  const tl = (key: LiveMessageKey) => translateLive(locale, key);
  const [qr, setQr] = useState('');
  useEffect(() => {
    let current = true;
    QRCode.toString(url, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' }).then(
      (svg) => current && setQr(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`),
    );
    return () => {
      current = false;
    };
  }, [url]);
  return (
    <section className="live-join-card" aria-labelledby="live-join-title">
      {qr ? <img src={qr} alt={tl('joinQrAlt')} width={360} height={360} /> : <div className="qr-placeholder" />}
      <div>
        <h2 id="live-join-title">{tl('joinAt')}</h2>
        <p className="live-url">{url}</p>
        <dl className="live-join-words">
          <dt>{tl('code')}</dt>
          <dd className="live-code">{code}</dd>
          <dt>{tl('checkWord')}</dt>
          <dd className="live-code live-check-word-shown">{checkWord}</dd>
        </dl>
        <button type="button" onClick={released(onHide)}>
          {tl('hideJoin')}
        </button>
      </div>
    </section>
  );
}

function ResultsPanel({ question, result, locale }: { question: Question; result: RoundResult; locale: Locale }) {
  const tl = (key: LiveMessageKey, values?: Record<string, string | number>) => translateLive(locale, key, values);
  const own = result.questions.find((candidate) => candidate.questionId === question.id);
  if (!own) return null;
  return (
    <section className="live-results" aria-labelledby="live-results-title">
      <h2 id="live-results-title">
        {tl('results')}{' '}
        <span className="live-results-n">({tl('answered', { answered: own.answered, joined: own.answered })})</span>
      </h2>
      {own.enough ? (
        <>
          <ol className="live-bars">
            {resultBars(question, own, locale).map((bar) => {
              const percent = own.answered ? Math.round((bar.count / own.answered) * 100) : 0;
              return (
                <li key={bar.label} className={bar.correct ? 'correct' : ''}>
                  <span className="live-bar-label">
                    {bar.correct && <strong>✓ {tl('rightAnswerMark')}: </strong>}
                    {bar.label}
                  </span>
                  <span className="live-bar-track" aria-hidden="true">
                    <span className="live-bar-fill" style={{ width: `${percent}%` }} />
                  </span>
                  <span className="live-bar-value">{tl('share', { n: bar.count, p: percent })}</span>
                </li>
              );
            })}
          </ol>
          <p className="live-explanation" dangerouslySetInnerHTML={{ __html: question.explanation[locale].html }} />
        </>
      ) : (
        <p className="live-not-enough">{tl('notEnough')}</p>
      )}
    </section>
  );
}

function ChangePanel({ change, questions, locale }: { change: ChangeResult[]; questions: Question[]; locale: Locale }) {
  const tl = (key: LiveMessageKey, values?: Record<string, string | number>) => translateLive(locale, key, values);
  return (
    <section className="live-results live-change" aria-labelledby="live-change-title">
      <h2 id="live-change-title">{tl('change')}</h2>
      <ul>
        {change.map((item) => {
          const question = questions.find((candidate) => candidate.id === item.questionId);
          return (
            <li key={item.questionId}>
              <span dangerouslySetInnerHTML={{ __html: question?.prompt[locale].html ?? item.questionId }} />
              <br />
              <strong>
                {item.enough
                  ? tl('changeLine', {
                      before: Math.round((item.rightBefore / item.pairs) * 100),
                      after: Math.round((item.rightAfter / item.pairs) * 100),
                      n: item.pairs,
                    })
                  : tl('notEnoughPairs')}
              </strong>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
