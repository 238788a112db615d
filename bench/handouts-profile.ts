// `npx tsx bench/handouts-profile.ts [teacher|student|both] [N] [OUT.cpuprofile]`: renders the first
// lesson's Japanese teacher guide and/or student handout N times (default 5) after a warm-up (fonts
// read, code compiled) and prints each render's time, on the clock and in CPU (steadier on a busy
// machine). With OUT, the warm renders alone are CPU-profiled into OUT (open it in Chrome's
// DevTools, or sum it per function).
import '../src/handouts/node/production-mode.ts';
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { loadLessons } from '../src/content/node/load.ts';
import { LESSONS_DIR } from '../src/content/node/paths.ts';
import { EMPTY_SETTINGS } from '../src/content/school.ts';
import { pickFontSources } from '../src/handouts/font-choice.ts';
import { registerFonts } from '../src/handouts/fonts.ts';
import { handoutInput, type HandoutKind } from '../src/handouts/handout-input.ts';
import { registerLatinFont } from '../src/handouts/latin-font.ts';
import { handoutFontFiles } from '../src/handouts/node/font-subset.ts';
import { LATIN_FONT_FILES } from '../src/handouts/node/latin-font-files.ts';
import { renderHandout } from '../src/handouts/render.tsx';

const [which = 'both', count = '5', profileFile] = process.argv.slice(2);
const kinds: HandoutKind[] = which === 'both' ? ['teacher', 'student'] : [which as HandoutKind];
if (!kinds.every((kind) => kind === 'teacher' || kind === 'student') || !(Number(count) > 0))
  throw new Error('usage: handouts-profile.ts [teacher|student|both] [N > 0] [OUT.cpuprofile]');
const { library } = loadLessons(LESSONS_DIR);
if (!library) throw new Error('the lessons have problems: run npm run check');
const fonts = await handoutFontFiles();
registerLatinFont(LATIN_FONT_FILES);
const lesson = library.lessons[0];
const inputs = kinds.map((kind) =>
  handoutInput({ kind, locale: 'ja', paper: 'a4', school: EMPTY_SETTINGS }, lesson, library, lesson),
);
for (const input of inputs) {
  registerFonts(pickFontSources(input, fonts));
  await renderHandout(input);
}
const session = new Session();
if (profileFile) {
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
}
for (const input of inputs) {
  registerFonts(pickFontSources(input, fonts));
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < Number(count); i += 1) {
    const t = performance.now();
    const c = process.cpuUsage();
    await renderHandout(input);
    const used = process.cpuUsage(c);
    cpu.push(Math.round((used.user + used.system) / 1000));
    wall.push(Math.round(performance.now() - t));
  }
  console.log(`${input.kind}-ja: wall ${wall.join(' ')} ms; CPU ${cpu.join(' ')} ms`);
}
if (profileFile) {
  const { profile } = await session.post('Profiler.stop');
  writeFileSync(profileFile, JSON.stringify(profile));
  session.disconnect();
}
