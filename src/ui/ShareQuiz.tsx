import QRCode from 'qrcode';
import { useEffect, useRef, useState } from 'react';
import type { LessonSummary } from '../content/types';
import { hrefFor } from '../app/routes';
import { classroomAddress } from './classroom-address';
import { useLocale } from './locale';
import { translator } from '../i18n/translator';
import { quiz } from '../i18n/messages/quiz';

const translate = translator({ quiz });

/**
 * The quiz's full address in the chosen language, as students' devices need it: under
 * `npm run classroom`, the LAN address the server announces (never this computer's 127.0.0.1).
 */
export function quizUrl(
  lessonId: string,
  locale: string,
  page: Pick<Location, 'origin' | 'pathname' | 'search'>,
  classroom: string | null = null,
): string {
  return `${classroom ?? `${page.origin}${page.pathname}${page.search}`}${hrefFor({ page: 'quiz', lessonId }, new URLSearchParams({ lang: locale }))}`;
}

/**
 * Whether students' phones cannot reach this address: this computer's own name (localhost,
 * 127.0.0.0/8, ::1) means the teacher's device, not the school's server.
 */
export function unreachableFromStudents(url: string): boolean {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  return (
    host === 'localhost' || host.endsWith('.localhost') || /^127\./.test(host) || host === '::1' || host === '0.0.0.0'
  );
}

/** "Share the quiz": a large QR code, made on this device, and the address, to show on the projector. */
export function ShareQuiz({ lesson }: { lesson: LessonSummary }) {
  const { locale, t } = useLocale(translate);
  const dialog = useRef<HTMLDialogElement>(null);
  const [qr, setQr] = useState('');
  const url = quizUrl(lesson.id, locale, window.location, classroomAddress());

  useEffect(() => {
    let current = true;
    QRCode.toString(url, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' }).then((svg) => {
      if (current) setQr(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
    });
    return () => {
      current = false;
    };
  }, [url]);

  const close = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    dialog.current?.close();
  };

  return (
    <>
      <button type="button" className="button" onClick={() => dialog.current?.showModal()}>
        {t('quiz.shareQuiz')}
      </button>
      <dialog ref={dialog} className="share-dialog" aria-labelledby="share-title">
        <div className="share-layout">
          {qr ? (
            <img src={qr} alt={t('quiz.shareQrAlt')} width={480} height={480} />
          ) : (
            <div className="qr-placeholder" />
          )}
          <div className="share-text">
            <h2 id="share-title">{t('quiz.shareTitle')}</h2>
            <p>{t('quiz.shareOr')}</p>
            <p className="share-url">{url}</p>
            {unreachableFromStudents(url) && (
              <p className="notice share-warning" role="alert">
                {t('quiz.shareLocalWarning')}
              </p>
            )}
          </div>
        </div>
        <div className="quiz-actions">
          {document.fullscreenEnabled && (
            <button type="button" className="button" onClick={() => void dialog.current?.requestFullscreen()}>
              {t('quiz.fullScreen')}
            </button>
          )}
          <button type="button" className="button primary" onClick={close} autoFocus>
            {t('quiz.close')}
          </button>
        </div>
      </dialog>
    </>
  );
}
