import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { LessonCatalogue, LessonContent, Question } from '../content/types';
import { useLocale } from '../ui/locale';
import { useLesson } from '../ui/lesson-content';
import { LessonText } from '../ui/LessonText';
import { initialOrder } from '../ui/question/attempt';
import { Feedback } from '../ui/question/Feedback';
import { QuestionForm } from '../ui/question/QuestionForm';
import { markAnswer, type Answer } from '../ui/question/scoring';
import type { ChangeReport, LiveError, RoundView } from '../protocol/live';
import { classroomAddress, connectLive, request, type LiveSocket } from './connection';
import {
  forgetDevice,
  loadDeviceMemory,
  newDeviceMemory,
  saveDeviceMemory,
  withAnswers,
  type DeviceMemory,
} from './device-memory';
import { liveErrorText, translateLive, type LiveMessageKey } from './messages';
import './live.css';
import { translator } from '../i18n/translator';
import { shared } from '../i18n/messages/shared';
import { quiz } from '../i18n/messages/quiz';

const translate = translator({ shared, quiz });

type Status = 'connecting' | 'form' | 'joining' | 'joined' | 'ended';

/**
 * #/join/<code>: a student's device in a live class. No name, no account: the device joins with
 * the code (from the QR) and the check word on the projector, then shows each question the
 * teacher opens, with the same form as the quiz page.
 */
export function JoinPage({ code }: { code: string }) {
  const { locale } = useLocale();
  // Served from a plain web server there is no class to join: say so rather than wait forever.
  if (!classroomAddress()) {
    return (
      <article className="live-join" aria-labelledby="live-title">
        <h1 id="live-title">{translateLive(locale, 'joinTitle')}</h1>
        <p className="notice">{translateLive(locale, 'notClassroom')}</p>
      </article>
    );
  }
  return <LiveJoin code={code} />;
}

function LiveJoin({ code }: { code: string }) {
  const { locale } = useLocale();
  const tl = (key: LiveMessageKey, values?: Record<string, string | number>) => translateLive(locale, key, values);
  const [status, setStatus] = useState<Status>('connecting');
  const [connected, setConnected] = useState(false);
  const [error, setError] = useState<LiveError | null>(null);
  const [lessonId, setLessonId] = useState<string | null>(null);
  const [view, setView] = useState<RoundView | null>(null);
  const [device, setDevice] = useState<DeviceMemory | undefined>(() => loadDeviceMemory(code));
  const socketRef = useRef<LiveSocket | null>(null);
  const [socket, setSocket] = useState<LiveSocket | null>(null);
  const deviceRef = useRef(device);
  useEffect(() => {
    deviceRef.current = device;
  }, [device]);

  const remember = (next: DeviceMemory) => {
    saveDeviceMemory(code, next);
    setDevice(next);
  };

  const join = async (socket: LiveSocket, memory: DeviceMemory) => {
    // Joining again after a reconnect keeps the question on screen, and what the student has chosen.
    setStatus((current) => (current === 'joined' ? current : 'joining'));
    const reply = await request(socket, 'student:join', { code, checkWord: memory.checkWord, token: memory.token });
    if (!reply.ok) {
      setError(reply.error);
      if (reply.error === 'unknown-session') forgetDevice(code);
      setStatus(reply.error === 'unknown-session' ? 'ended' : 'form');
      return;
    }
    setError(null);
    remember(memory);
    setLessonId(reply.lessonId);
    setView(reply.current);
    setStatus('joined');
  };

  useEffect(() => {
    let live = true;
    let socket: LiveSocket | undefined;
    connectLive().then((connectedSocket) => {
      if (!live) return void connectedSocket.disconnect();
      socket = socketRef.current = connectedSocket;
      setSocket(connectedSocket);
      socket.on('connect', () => {
        setConnected(true);
        // A recovered connection keeps its room; after a server restart, join again with the same token.
        if (socket!.recovered) return;
        const memory = deviceRef.current;
        if (memory) void join(socket!, memory);
        else setStatus('form');
      });
      socket.on('disconnect', () => setConnected(false));
      socket.on('round', (next) => setView(next));
      socket.on('ended', () => {
        forgetDevice(code);
        setStatus('ended');
        socket!.disconnect();
      });
    });
    return () => {
      live = false;
      socket?.disconnect();
    };
    // The connection lives as long as the page shows this session.
  }, [code]);

  const onJoin = (checkWord: string) => {
    if (!socketRef.current) return;
    void join(socketRef.current, newDeviceMemory(checkWord));
  };

  return (
    <article className="live-join" aria-labelledby="live-title">
      <h1 id="live-title">{tl('joinTitle')}</h1>
      {status === 'ended' ? (
        <p className="notice" role="status">
          {error === 'unknown-session' ? liveErrorText(locale, error) : tl('sessionEnded')}
        </p>
      ) : (
        <>
          {!connected && status !== 'connecting' && (
            <p className="notice" role="status">
              {tl('reconnecting')}
            </p>
          )}
          {(status === 'form' || status === 'connecting' || (status === 'joining' && !lessonId)) && (
            <JoinForm code={code} status={status} error={error} onJoin={onJoin} />
          )}
          {status === 'joined' && lessonId && device && socket && (
            <LiveLesson
              lessonId={lessonId}
              code={code}
              view={view}
              device={device}
              socket={socket}
              onRemember={remember}
            />
          )}
          <p className="hint">{tl('joinPrivacy')}</p>
        </>
      )}
    </article>
  );
}

function JoinForm({
  code,
  status,
  error,
  onJoin,
}: {
  code: string;
  status: Status;
  error: LiveError | null;
  onJoin: (checkWord: string) => void;
}) {
  const { locale } = useLocale();
  const tl = (key: LiveMessageKey) => translateLive(locale, key);
  const [word, setWord] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onJoin(word.trim());
  };
  return (
    <form className="question live-join-form" onSubmit={submit} noValidate>
      <p>{tl('joinIntro')}</p>
      <p>
        {tl('codeLabel')}: <strong className="live-code">{code}</strong>
      </p>
      <label htmlFor="check-word">{tl('checkWordLabel')}</label>
      <input
        id="check-word"
        className="live-check-word"
        inputMode="numeric"
        autoComplete="off"
        maxLength={4}
        value={word}
        onChange={(event) =>
          setWord(event.target.value.replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0)))
        }
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'join-error' : undefined}
      />
      {error && (
        <p id="join-error" className="error" role="alert">
          {liveErrorText(locale, error)}
        </p>
      )}
      <div className="quiz-actions">
        {/* Until the connection is up (a moment, or longer over long-polling) there is nothing to send on. */}
        <button type="submit" className="button primary" disabled={status !== 'form'}>
          {status === 'joining' ? tl('joining') : tl('joinButton')}
        </button>
      </div>
    </form>
  );
}

function LiveLesson(props: {
  lessonId: string;
  code: string;
  view: RoundView | null;
  device: DeviceMemory;
  socket: LiveSocket;
  onRemember: (device: DeviceMemory) => void;
}) {
  const { locale, t } = useLocale(translate);
  const loaded = useLesson(props.lessonId);
  return (
    <section aria-labelledby="live-lesson">
      <h2 id="live-lesson">{loaded.status === 'ready' ? <LessonText text={loaded.lesson.title} /> : props.lessonId}</h2>
      {loaded.status === 'loading' && <p role="status">{t('shared.loading')}</p>}
      {loaded.status === 'failed' && <p role="alert">{t('shared.loadFailed')}</p>}
      {loaded.status === 'ready' &&
        (props.view ? (
          <LiveRound
            key={props.view.round.id}
            {...props}
            view={props.view}
            content={loaded.content}
            catalogue={loaded.library}
          />
        ) : (
          <p className="notice" role="status">
            {translateLive(locale, 'waiting')}
          </p>
        ))}
    </section>
  );
}

/** The questions of the round on screen: each answered with the quiz's own form, sent together. */
function LiveRound({
  code,
  view,
  device,
  socket,
  onRemember,
  content,
  catalogue,
}: {
  code: string;
  view: RoundView;
  device: DeviceMemory;
  socket: LiveSocket;
  onRemember: (device: DeviceMemory) => void;
  content: LessonContent;
  catalogue: LessonCatalogue;
}) {
  const { locale, t } = useLocale(translate);
  const tl = (key: LiveMessageKey) => translateLive(locale, key);
  const questions = view.round.questions
    .map((live) => content.quiz.find((question) => question.id === live.id))
    .filter((question): question is Question => !!question);
  const sent = device.answers[view.round.id] ?? {};
  const [drafts, setDrafts] = useState<Record<string, Answer>>({});
  const [error, setError] = useState<{ questionId: string; text: string } | null>(null);
  const [status, setStatus] = useState(Object.keys(sent).length ? tl('answerSent') : '');
  const open = view.state === 'open';

  const answerOf = (question: Question): Answer | undefined =>
    drafts[question.id] ??
    sent[question.id] ??
    (question.type === 'ordering' ? { kind: 'order', order: initialOrder(question, device.seed) } : undefined);

  /** Sends every answer given so far in this round: the server keeps one set per device, replaced each time. */
  const send = async (event: FormEvent, questionId: string) => {
    event.preventDefault();
    const answers: Record<string, Answer> = {};
    for (const question of questions) {
      const answer = answerOf(question);
      if (answer && !(answer.kind === 'choice' && answer.selected.length === 0)) answers[question.id] = answer;
    }
    if (!answers[questionId]) {
      setError({ questionId, text: t('quiz.chooseFirst') });
      return;
    }
    const change =
      view.round.kind === 'after' ? changeReports(questions, device.answers.before ?? {}, answers) : undefined;
    const reply = await request(socket, 'student:answer', {
      code,
      token: device.token,
      roundId: view.round.id,
      answers,
      ...(change ? { change } : {}),
    });
    if (!reply.ok) {
      setError({ questionId, text: liveErrorText(locale, reply.error) });
      return;
    }
    setError(null);
    setStatus(tl('answerSent'));
    onRemember(withAnswers(device, view.round.id, answers));
  };

  const heading =
    view.round.kind === 'before'
      ? tl('checkRoundBefore')
      : view.round.kind === 'after'
        ? tl('checkRoundAfter')
        : tl('liveQuestion');
  return (
    <div className="live-round quiz-player" data-round={view.round.id} data-state={view.state}>
      <h3>{heading}</h3>
      {questions.map((question) => (
        <div key={question.id} className="live-question" data-question={question.id}>
          <QuestionForm
            question={question}
            seed={device.seed}
            checked={sent[question.id]}
            draft={drafts[question.id]}
            locked={!open}
            onDraft={(answer) => {
              setDrafts((current) => ({ ...current, [question.id]: answer }));
              setError(null);
            }}
            onSubmit={(event) => void send(event, question.id)}
            error={error?.questionId === question.id ? error.text : ''}
            onAnnounce={setStatus}
            submitLabel={sent[question.id] ? tl('changeAnswer') : tl('sendAnswer')}
          />
          {view.state === 'revealed' && sent[question.id] && (
            <Feedback question={question} answer={sent[question.id]} catalogue={catalogue} seed={device.seed} />
          )}
        </div>
      ))}
      {!open && (
        <p className="notice" role="status">
          {tl('roundClosed')}
        </p>
      )}
      <p role="status" aria-live="polite" className="live-status">
        {open ? status : ''}
      </p>
    </div>
  );
}

/** Before/after for each question, from this device's own two answers: only the two verdicts leave it. */
function changeReports(
  questions: Question[],
  before: Record<string, Answer>,
  after: Record<string, Answer>,
): Record<string, ChangeReport> {
  const reports: Record<string, ChangeReport> = {};
  for (const question of questions) {
    if (before[question.id] && after[question.id]) {
      reports[question.id] = {
        before: markAnswer(question, before[question.id]).correct,
        after: markAnswer(question, after[question.id]).correct,
      };
    }
  }
  return reports;
}
