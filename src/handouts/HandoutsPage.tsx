// #/lessons/<id>/handouts: the four documents of a lesson, each with its PDF (made in a Web Worker
// on request, with the school's settings) and its HTML version (readable by screen readers and
// printable from the browser). react-pdf and the fonts load only when a PDF is asked for.
import { useEffect, useRef, useState } from 'react';
import type { LessonCatalogue, LessonSummary } from '../content/types';
import { hrefFor } from '../app/routes';
import { useLocale } from '../ui/locale';
import { useLessonContent } from '../ui/lesson-content';
import { LessonText } from '../ui/LessonText';
import { hasSchoolContacts } from '../content/school';
import { readSchoolSettings } from '../ui/school-settings';
import { openedFromFile } from '../ui/opened-from-file';
import { HandoutHtml } from './HandoutHtml';
import {
  HANDOUT_KINDS,
  HANDOUT_TITLE_KEYS,
  handoutFileName,
  handoutInput,
  PAPERS,
  today,
  type HandoutInput,
  type HandoutKind,
  type Paper,
} from './handout-input';
import './handouts.css';
import { translator, type MessageKeyOf } from '../i18n/translator';
import { shared } from '../i18n/messages/shared';
import { app } from '../i18n/messages/app';
import { handout } from '../i18n/messages/handout';
import { portable } from '../i18n/messages/portable';

const translate = translator({ shared, app, handout, portable });
type MessageKey = MessageKeyOf<typeof translate>;

const KIND_ABOUT = {
  student: 'handout.aboutStudent',
  guardian: 'handout.aboutGuardian',
  teacher: 'handout.aboutTeacher',
  helpcard: 'handout.aboutHelpcard',
} as const;

type PdfState =
  | { status: 'idle' }
  | { status: 'making' }
  | { status: 'ready'; url: string; pages: number; size: string }
  | { status: 'failed' };

export function HandoutsPage({ lesson, catalogue }: { lesson: LessonSummary; catalogue: LessonCatalogue }) {
  const { locale, t: appT } = useLocale(translate);
  const t = (key: MessageKey, values?: Record<string, string | number>) => translate(locale, key, values);
  const [paper, setPaper] = useState<Paper>('a4');
  const { settings: school, unreadable } = readSchoolSettings();
  const content = useLessonContent(lesson.id);
  return (
    <article aria-labelledby="handouts-title" className="handouts-page">
      <p className="no-print">
        <a href={hrefFor({ page: 'overview', lessonId: lesson.id })}>{appT('shared.backToLesson')}</a>
      </p>
      <h1 id="handouts-title">
        {appT('app.handouts')}: <LessonText text={lesson.title} />
      </h1>
      <p className="no-print">{t('handout.pageIntro')}</p>
      {openedFromFile() && (
        <p className="no-print notice" role="note">
          {t('portable.pdfFromFile')}
        </p>
      )}
      <p className="no-print">
        {unreadable
          ? t('shared.settingsUnreadable')
          : hasSchoolContacts(school)
            ? t('handout.schoolIncluded', { school: school.schoolName || t('shared.schoolContacts') })
            : t('handout.schoolMissing')}{' '}
        <a href={hrefFor({ page: 'settings' })}>{t('handout.settingsLink')}</a>
      </p>
      <fieldset className="no-print paper-choice">
        <legend>{t('handout.paper')}</legend>
        {PAPERS.map((value) => (
          <label key={value}>
            <input type="radio" name="paper" value={value} checked={paper === value} onChange={() => setPaper(value)} />{' '}
            {t(value === 'a4' ? 'handout.paperA4' : 'handout.paperLetter')}
          </label>
        ))}
      </fieldset>
      {HANDOUT_KINDS.map((kind) => {
        const input = handoutInput(
          // A letter made here goes home now: it carries today's date.
          { kind, locale, paper, school, issued: today() },
          lesson,
          catalogue,
          content.status === 'ready' ? content.content : undefined,
        );
        return (
          <HandoutSection
            key={kind}
            kind={kind}
            input={input}
            ready={kind !== 'teacher' || content.status === 'ready'}
          />
        );
      })}
    </article>
  );
}

function HandoutSection({ kind, input, ready }: { kind: HandoutKind; input: HandoutInput; ready: boolean }) {
  const t = (key: MessageKey, values?: Record<string, string | number>) => translate(input.locale, key, values);
  const [pdf, setPdf] = useState<PdfState>({ status: 'idle' });
  const [printing, setPrinting] = useState(false);
  const fileName = handoutFileName(input.lesson.id, kind, input.locale);
  // The PDF made here says whose it is: the school's copy, or another paper, is not the ready file.
  const madeFileName = madeHandoutFileName(fileName, input);
  const headingId = `handout-${kind}`;
  const inputKey = `${input.paper}/${input.locale}/${input.lesson.id}`;
  const currentKey = useRef(inputKey);
  // The newest paper and language, read when a PDF arrives, to drop one made for an older choice.
  // eslint-disable-next-line react-hooks/refs -- a ref that always holds the latest render's key
  currentKey.current = inputKey;

  // A new paper or language makes a new PDF; the old one's URL is let go.
  useEffect(
    () => () =>
      setPdf((old) => {
        if (old.status === 'ready') URL.revokeObjectURL(old.url);
        return { status: 'idle' };
      }),
    [inputKey],
  );

  useEffect(() => {
    if (!printing) return;
    const done = () => setPrinting(false);
    window.addEventListener('afterprint', done);
    window.print();
    return () => window.removeEventListener('afterprint', done);
  }, [printing]);

  const make = async () => {
    setPdf({ status: 'making' });
    const madeFor = inputKey;
    try {
      const [{ makeHandoutPdf, pdfPageCount }, { withHandoutRuns }] = await Promise.all([
        import('./pdf-client'),
        // The lesson text as runs, which the page's own modules leave out.
        import('./handout-runs'),
      ]);
      const bytes = await makeHandoutPdf(await withHandoutRuns(input));
      // The teacher chose another paper or language meanwhile: this PDF is not the one shown.
      if (currentKey.current !== madeFor) return;
      const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/pdf' }));
      // One step (UX report L10): the PDF downloads as soon as it is made; the link stays for another copy.
      saveFile(url, madeFileName);
      setPdf({
        status: 'ready',
        url,
        pages: pdfPageCount(bytes),
        size: `${Math.max(1, Math.round(bytes.length / 1024))} KB`,
      });
    } catch {
      if (currentKey.current === madeFor) setPdf({ status: 'failed' });
    }
  };

  return (
    <section aria-labelledby={headingId} className={`handout${printing ? ' printing' : ''}`} data-kind={kind}>
      <h2 id={headingId}>{t(HANDOUT_TITLE_KEYS[kind])}</h2>
      <p className="no-print">{t(KIND_ABOUT[kind], { n: input.lesson.minutes })}</p>
      <div className="no-print handout-actions">
        {!openedFromFile() && (
          <button type="button" className="button primary" onClick={make} disabled={!ready || pdf.status === 'making'}>
            {t('handout.makePdf')}
          </button>
        )}
        {pdf.status === 'ready' && (
          <a className="button" href={pdf.url} download={madeFileName}>
            {t('handout.download')}
          </a>
        )}
        <button type="button" className="button" onClick={() => setPrinting(true)} disabled={!ready}>
          {t('handout.printHtml')}
        </button>
      </div>
      <p className="no-print status" role="status">
        {pdf.status === 'making' && t('handout.making')}
        {pdf.status === 'ready' && t('handout.ready', { pages: pdf.pages, size: pdf.size, file: madeFileName })}
        {pdf.status === 'failed' && t('handout.failed')}
      </p>
      <p className="no-print hint">
        {t('handout.prebuilt')}{' '}
        <a href={`handouts/${fileName}`} download>
          {fileName}
        </a>
      </p>
      <details className="handout-preview" open={printing || undefined}>
        <summary className="no-print">{t('handout.showPreview')}</summary>
        {ready && <HandoutPreview input={input} headingId={headingId} />}
      </details>
    </section>
  );
}

/** lesson-kind-lang.pdf, with -letter for US Letter and -school when the school's contacts are in it. */
function madeHandoutFileName(fileName: string, input: HandoutInput): string {
  const parts = [input.paper === 'letter' ? 'letter' : '', hasSchoolContacts(input.school) ? 'school' : ''];
  const suffix = parts
    .filter(Boolean)
    .map((part) => `-${part}`)
    .join('');
  return fileName.replace(/\.pdf$/, `${suffix}.pdf`);
}

/** Starts the browser's download of a blob URL under a file name. */
function saveFile(url: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
}

/** The HTML version: the same outline as the PDF, so it first loads the runs the page's modules leave out. */
function HandoutPreview({ input, headingId }: { input: HandoutInput; headingId: string }) {
  const [loaded, setLoaded] = useState<{ from: HandoutInput; input: HandoutInput }>();
  useEffect(() => {
    let current = true;
    import('./handout-runs')
      .then(({ withHandoutRuns }) => withHandoutRuns(input))
      .then((full) => current && setLoaded({ from: input, input: full }))
      .catch((error: unknown) => console.error(error));
    return () => {
      current = false;
    };
  }, [input]);
  return loaded?.from === input ? <HandoutHtml input={loaded.input} headingId={headingId} /> : null;
}
