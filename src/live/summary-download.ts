// The teacher's "Summary (CSV)" and "Summary (PDF)": made in this browser from the session's
// totals and saved as files; nothing is sent anywhere.
import regularUrl from '@expo-google-fonts/biz-udpgothic/400Regular/BIZUDPGothic_400Regular.ttf?url';
import boldUrl from '@expo-google-fonts/biz-udpgothic/700Bold/BIZUDPGothic_700Bold.ttf?url';
import type { Locale, Question } from '../content/types';
import { loadLesson } from '../ui/lesson-content';
import type { SessionSummary } from '../protocol/live';
import type { SummaryPdfInput } from './summary-pdf';
import type { SummaryPdfResponse } from './summary-pdf-worker';
import { summaryCsv } from './summary-table';

function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const fileName = (lessonId: string, extension: string) =>
  `mamoru-${lessonId}-live-summary-${new Date().toISOString().slice(0, 10)}.${extension}`;

export function downloadSummaryCsv(summary: SessionSummary, quiz: Question[], lessonId: string, locale: Locale): void {
  save(new Blob([summaryCsv(summary, quiz, locale)], { type: 'text/csv;charset=utf-8' }), fileName(lessonId, 'csv'));
}

/** Made in a Web Worker started for the purpose: react-pdf and the fonts load only when asked for. */
export async function downloadSummaryPdf(
  summary: SessionSummary,
  quiz: Question[],
  lessonId: string,
  locale: Locale,
): Promise<void> {
  const absolute = (url: string) => new URL(url, document.baseURI).href;
  const input: SummaryPdfInput = {
    summary,
    quiz,
    locale,
    // The deck or speaker view showing this class has the lesson loaded already.
    lessonTitle: await loadLesson(lessonId).then(
      ({ lesson }) => lesson.title[locale].text,
      () => lessonId,
    ),
    date: new Date().toISOString().slice(0, 10),
    fonts: { regular: absolute(regularUrl), bold: absolute(boldUrl) },
  };
  const worker = new Worker(new URL('./summary-pdf-worker.ts', import.meta.url), { type: 'module' });
  try {
    const reply = await new Promise<SummaryPdfResponse>((resolve, reject) => {
      worker.onmessage = ({ data }: MessageEvent<SummaryPdfResponse>) => resolve(data);
      worker.onerror = (event) => reject(new Error(event.message || 'the PDF worker failed'));
      worker.postMessage(input);
    });
    if ('error' in reply) throw new Error(reply.error);
    save(new Blob([reply.bytes as BlobPart], { type: 'application/pdf' }), fileName(lessonId, 'pdf'));
  } finally {
    worker.terminate();
  }
}
