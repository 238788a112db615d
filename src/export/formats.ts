// The export formats: what `npm run export -- FORMAT` and the lesson page's download buttons offer.
// Each turns one lesson in one language into the bytes of one file.
import { lessonCartridge } from './common-cartridge';
import { exportLesson, type ExportSource } from './export-lesson';
import { lessonGift } from './gift';
import { lessonFormsScript } from './google-forms';
import { lessonMoodleXml } from './moodle';
import { lessonPptx } from './pptx';

export const EXPORT_FORMATS = ['pptx', 'forms', 'moodle', 'gift', 'cc'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

interface FormatInfo {
  /** File extension, without the dot. */
  ext: string;
  mime: string;
  write: (source: ExportSource) => Promise<Uint8Array>;
}

const utf8 = (text: string) => new TextEncoder().encode(text);

export const FORMAT_INFO: Record<ExportFormat, FormatInfo> = {
  pptx: {
    ext: 'pptx',
    mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    write: (source) => lessonPptx(exportLesson(source)),
  },
  forms: {
    ext: 'gs',
    mime: 'application/javascript',
    write: async (source) => utf8(lessonFormsScript(exportLesson(source))),
  },
  moodle: { ext: 'xml', mime: 'application/xml', write: async (source) => utf8(lessonMoodleXml(exportLesson(source))) },
  gift: { ext: 'txt', mime: 'text/plain', write: async (source) => utf8(lessonGift(exportLesson(source))) },
  cc: { ext: 'imscc', mime: 'application/zip', write: async (source) => lessonCartridge(exportLesson(source)) },
};

export function isExportFormat(name: string): name is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(name);
}

/** `<lesson>-<lang>.<ext>`, the name an export is saved under everywhere. */
export function exportFileName(lessonId: string, locale: string, format: ExportFormat): string {
  return `${lessonId}-${locale}.${FORMAT_INFO[format].ext}`;
}

export function writeExport(format: ExportFormat, source: ExportSource): Promise<Uint8Array> {
  return FORMAT_INFO[format].write(source);
}
