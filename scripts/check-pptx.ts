// `npm run check:pptx`: every lesson's PowerPoint export, in both languages, opened by LibreOffice
// Impress and checked as the unit test checks its sample (text present and inside its box, notes on
// every slide). Slow (one conversion of all decks), so it is run by hand, not by `npm test`.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadLessons } from '../src/content/node/load.ts';
import { LESSONS_DIR } from '../src/content/node/paths.ts';
import { LOCALES } from '../src/content/types.ts';
import { exportFileName, writeExport } from '../src/export/formats.ts';
import { EMPTY_SETTINGS } from '../src/content/school.ts';
import { convertToPdf, deckProblems } from '../tests/support/pptx-check.ts';

const { library } = loadLessons(process.env.MAMORU_LESSONS || LESSONS_DIR);
if (!library) throw new Error('the lessons have problems; run npm run check');
const work = mkdtempSync(path.join(tmpdir(), 'mamoru-check-pptx-'));
const decks: string[] = [];
for (const lesson of library.lessons) {
  for (const locale of LOCALES) {
    const file = path.join(work, exportFileName(lesson.id, locale, 'pptx'));
    writeFileSync(
      file,
      await writeExport('pptx', { lesson, content: lesson, catalogue: library, locale, school: EMPTY_SETTINGS }),
    );
    decks.push(file);
  }
}
const started = performance.now();
const pdfs = await convertToPdf(decks, path.join(work, 'pdf'));
console.log(`LibreOffice converted ${decks.length} decks in ${((performance.now() - started) / 1000).toFixed(1)} s`);
let failed = 0;
for (const [index, deck] of decks.entries()) {
  const problems = await deckProblems(deck, pdfs[index]);
  failed += problems.length ? 1 : 0;
  console.log(problems.length ? problems.join('\n') : `ok  ${path.basename(deck)}`);
}
console.log(`${decks.length - failed} passed, ${failed} failed`);
if (process.env.KEEP_PDF) console.log(`PDFs kept in ${path.join(work, 'pdf')}`);
else rmSync(work, { recursive: true, force: true });
process.exit(failed ? 1 : 0);
