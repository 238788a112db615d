// The lesson page's exports: each format made in the browser from the lesson the page already has
// (no server, nothing sent anywhere), in the page's language, with the school's settings, and
// saved as a download. The writers load only when a teacher asks for a file.
import { useState } from 'react';
import type { LessonCatalogue, LessonSummary } from '../content/types';
import type { ExportFormat } from '../export/formats';
import { useLocale } from '../ui/locale';
import { loadSchoolSettings } from '../ui/school-settings';
import { openedFromFile } from '../ui/opened-from-file';
import { loadLesson } from '../ui/lesson-content';
import { translator, type MessageKeyOf } from '../i18n/translator';
import { exportWords } from '../i18n/messages/export';

const translate = translator({ export: exportWords });
type MessageKey = MessageKeyOf<typeof translate>;

const FORMATS: { format: ExportFormat; label: MessageKey }[] = [
  { format: 'pptx', label: 'export.pptx' },
  { format: 'forms', label: 'export.forms' },
  { format: 'moodle', label: 'export.moodle' },
  { format: 'gift', label: 'export.gift' },
  { format: 'cc', label: 'export.cc' },
];

type Status = { state: 'idle' } | { state: 'making' | 'done' | 'failed'; file: string };

export function ExportDownloads({ lesson, catalogue }: { lesson: LessonSummary; catalogue: LessonCatalogue }) {
  const { locale, t } = useLocale(translate);
  const [status, setStatus] = useState<Status>({ state: 'idle' });

  async function download(format: ExportFormat) {
    const { exportFileName, FORMAT_INFO, writeExport } = await import('../export/formats');
    const file = exportFileName(lesson.id, locale, format);
    setStatus({ state: 'making', file });
    try {
      const { content } = await loadLesson(lesson.id);
      const bytes = await writeExport(format, { lesson, content, catalogue, locale, school: loadSchoolSettings() });
      const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: FORMAT_INFO[format].mime }));
      const link = document.createElement('a');
      link.href = url;
      link.download = file;
      document.body.append(link);
      link.click();
      link.remove();
      // Let the browser start the download before the address goes away.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setStatus({ state: 'done', file });
    } catch (error) {
      console.error(error);
      setStatus({ state: 'failed', file });
    }
  }

  return (
    <section aria-labelledby="export-title" className="exports no-print">
      <h2 id="export-title">{t('export.title')}</h2>
      <p>{t('export.intro', { language: t('export.language') })}</p>
      <ul className="export-list">
        {FORMATS.map(({ format, label }) => (
          <li key={format}>
            <button
              type="button"
              className="button"
              data-format={format}
              disabled={status.state === 'making'}
              onClick={() => void download(format)}
            >
              {t(label)}
            </button>
          </li>
        ))}
      </ul>
      <p className="hint">{t('export.formsHelp')}</p>
      {/* Where there is no server (UX report M9): the kit as a folder that opens from disk. */}
      {!openedFromFile() && <p className="hint portable-hint">{t('export.portableHint')}</p>}
      <p className="export-status" role="status" aria-live="polite">
        {status.state === 'making' && t('export.making', { file: status.file })}
        {status.state === 'done' && t('export.done', { file: status.file })}
        {status.state === 'failed' && t('export.failed', { file: status.file })}
      </p>
    </section>
  );
}
