// `npm run export -- FORMAT --out DIR [--lesson ID] [--lang ja|en] [--school FILE]` writes
// DIR/<lesson>-<lang>.<ext> for every lesson and language (or the ones named), with FORMAT one of
// pptx, forms, moodle, gift, cc. Bad arguments, an unknown lesson or a bad school file stop it
// before any file is written; every file is made in memory first, then written whole.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { writeFileAtomically } from '../src/build/write-atomically.ts';
import { exportFileName, writeExport, type ExportFormat } from '../src/export/formats.ts';
import { EXPORT_COMMAND } from './export-command.ts';
import { lessonCommand } from './lesson-cli.ts';

const command = lessonCommand('export', EXPORT_COMMAND);
const format = command.positionals[0] as ExportFormat;

const out = path.resolve(command.out);
const started = performance.now();
const files: { name: string; bytes: Uint8Array }[] = [];
for (const lesson of command.lessons) {
  for (const locale of command.locales) {
    const bytes = await writeExport(format, {
      lesson,
      content: lesson,
      catalogue: command.library,
      locale,
      school: command.school,
    });
    files.push({ name: exportFileName(lesson.id, locale, format), bytes });
  }
}
mkdirSync(out, { recursive: true });
for (const file of files) {
  writeFileAtomically(path.join(out, file.name), file.bytes);
  console.log(`${path.relative(process.cwd(), path.join(out, file.name))}  ${Math.round(file.bytes.length / 1024)} KB`);
}
console.log(
  `wrote ${files.length} ${format} files to ${path.relative(process.cwd(), out) || '.'} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
