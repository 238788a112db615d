// Exposes the lesson library to the app as virtual modules, loaded through the same loader as
// `npm run check`. Every page loads only the small catalogue; a lesson's pages load that lesson:
//   virtual:lessons          the catalogue: one card per lesson (title, summary, age, minutes, topics)
//   virtual:lesson-loaders   per lesson id, a loader for virtual:lesson/<id> (no lesson data itself)
//   virtual:lesson/<id>      one whole lesson: summary, slides, quiz; imports the library below
//   virtual:lesson-library   what all lessons share: help, facts, sources, safeguarding, the deck's words
//   virtual:lesson-runs[/<id>] the text runs only the PDF handouts read, which the modules above leave out
// In dev, editing a lesson reloads the page, and problems show in Vite's error overlay with file
// and line; in a build they stop it. Lesson images are served in dev and copied into the build
// under lesson-assets/.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { loadLessons, type LoadResult } from '../content/node/load.ts';
import { LessonProblemsError } from '../content/problems.ts';
import type { Lesson, LessonCard, LessonCatalogue, LessonIndex, LessonLibrary } from '../content/types.ts';
import { phrasesOf } from '../content/japanese-phrases.ts';
import { phrasedWords } from '../export/phrased-words.ts';
import { runsOf, withoutRuns, type HandoutRuns } from '../content/lesson-runs.ts';

const INDEX_ID = 'virtual:lessons';
const LOADERS_ID = 'virtual:lesson-loaders';
const LIBRARY_ID = 'virtual:lesson-library';
const LESSON_PREFIX = 'virtual:lesson/';
const RUNS_ID = 'virtual:lesson-runs';
// A lesson's runs module is `virtual:lesson-runs/runs-<id>`, so that its chunk file (runs-<id>-<hash>.js)
// is not taken for the lesson's own (<id>-<hash>.js).
const RUNS_FILE_PREFIX = 'runs-';
const isRunsModule = (id: string) => id === RUNS_ID || id.startsWith(`${RUNS_ID}/`);
const isOurs = (id: string) =>
  id === INDEX_ID || id === LOADERS_ID || id === LIBRARY_ID || id.startsWith(LESSON_PREFIX) || isRunsModule(id);

/**
 * `only` keeps one lesson in the build (the portable single-file deck), after all lessons passed
 * their checks. `uncheckedLibrary` (tests only) serves a ready-made library as it is, without
 * reading or checking lessons: the hostile-corpus browser test shows that even text the check
 * refuses stays inert.
 */
export function lessonsPlugin(
  lessonsDir: string,
  { only, uncheckedLibrary }: { only?: string; uncheckedLibrary?: LessonLibrary } = {},
): Plugin & { api: { library: () => LessonLibrary | undefined } } {
  let result: LoadResult | undefined;
  const load = () => {
    result = uncheckedLibrary
      ? { library: uncheckedLibrary, problems: [], files: [], assets: [] }
      : loadLessons(lessonsDir);
    if (only && result.library)
      result = {
        ...result,
        library: { ...result.library, lessons: result.library.lessons.filter((lesson) => lesson.id === only) },
      };
    return result;
  };

  return {
    name: 'mamoru:lessons',
    // The checked library, for other build steps (the first slide's fonts).
    api: {
      library: () => (result ?? load()).library,
    },
    resolveId(id) {
      return isOurs(id) ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith('\0') || !isOurs(id.slice(1))) return undefined;
      const moduleId = id.slice(1);
      // Read once; in dev a changed lesson file reads them again (configureServer below).
      const { library, problems, files } = result ?? load();
      for (const file of files) this.addWatchFile(file);
      if (!library) throw new LessonProblemsError(problems);
      if (isRunsModule(moduleId)) return runsModule(moduleId, library);
      if (moduleId === INDEX_ID) return `export default ${jsonModule(indexOf(library))};`;
      if (moduleId === LIBRARY_ID) return `export default ${jsonModule(sharedOf(library))};`;
      if (moduleId === LOADERS_ID) {
        const loaders = library.lessons.map(
          (lesson) => `${JSON.stringify(lesson.id)}: () => import(${JSON.stringify(LESSON_PREFIX + lesson.id)})`,
        );
        return `export const lessonLoaders = {${loaders.join(',')}};`;
      }
      const lessonId = moduleId.slice(LESSON_PREFIX.length);
      const lesson = library.lessons.find((candidate) => candidate.id === lessonId);
      if (!lesson) throw new Error(`no lesson ${lessonId}`);
      const { decks, quiz, check, ...summary } = lesson;
      return [
        `import library from ${JSON.stringify(LIBRARY_ID)};`,
        `const lesson = ${jsonModule({ lesson: summary, content: { decks, quiz, check } })};`,
        'export default { ...lesson, library };',
      ].join('\n');
    },
    configureServer(devServer) {
      devServer.watcher.add(lessonsDir);
      const onChange = (file: string) => {
        if (!file.startsWith(lessonsDir)) return;
        for (const [id, module] of devServer.moduleGraph.idToModuleMap) {
          if (id.startsWith('\0') && isOurs(id.slice(1))) devServer.moduleGraph.invalidateModule(module);
        }
        const { problems } = load();
        if (problems.length) {
          const error = new LessonProblemsError(problems);
          devServer.ws.send({ type: 'error', err: { message: error.message, stack: '', plugin: 'mamoru:lessons' } });
        } else {
          devServer.ws.send({ type: 'full-reload' });
        }
      };
      devServer.watcher.on('change', onChange).on('add', onChange).on('unlink', onChange);
      devServer.middlewares.use((request, response, next) => {
        const url = decodeURIComponent((request.url ?? '').split('?')[0]);
        const asset = (result ?? load()).assets.find((entry) => url.endsWith(`/${entry.url}`));
        if (!asset) return next();
        response.setHeader('Content-Type', contentType(asset.file));
        response.end(readFileSync(asset.file));
      });
    },
    generateBundle() {
      for (const asset of (result ?? load()).assets) {
        this.emitFile({ type: 'asset', fileName: asset.url, source: readFileSync(asset.file) });
      }
    },
  };
}

/** The catalogue's card of each lesson: only the fields the catalogue shows and routing needs. */
function cardOf({ id, order, title, summary, ageMin, minutes, topics }: Lesson): LessonCard {
  return { id, order, title, summary, ageMin, minutes, topics };
}

function indexOf(library: LessonLibrary): LessonIndex {
  return { lessons: library.lessons.map(cardOf) };
}

/** What every lesson's pages share: the library without its lessons, plus the deck's own words (the first slide's copy is built from it too). */
export function sharedOf({ lessons: _lessons, ...shared }: LessonLibrary): LessonCatalogue {
  // The deck's own Japanese words, broken into phrases here as lesson text is (C9).
  return { ...shared, phrasedWords: { ja: phrasedWords('ja', phrasesOf) } };
}

/**
 * A value as JSON.parse of its JSON text: browsers parse that faster than the same object written
 * as a JavaScript literal, and a lesson or the library is large. Every lesson value the browser
 * gets passes through here. The pages' modules leave out the runs, which only the PDF handouts
 * read (see runsModule).
 */
function jsonModule(value: unknown, { keepRuns = false } = {}): string {
  return `JSON.parse(${JSON.stringify(JSON.stringify(keepRuns ? value : withoutRuns(value)))})`;
}

/**
 * The runs the pages' modules leave out, for the PDFs the handouts page makes
 * (src/handouts/handout-runs.ts puts them back): `virtual:lesson-runs` has a loader per lesson for
 * `virtual:lesson-runs/<id>`, which has what that lesson's handouts print.
 */
function runsModule(id: string, library: LessonLibrary): string {
  if (id === RUNS_ID) {
    const loaders = library.lessons.map(
      (lesson) =>
        `${JSON.stringify(lesson.id)}: () => import(${JSON.stringify(`${RUNS_ID}/${RUNS_FILE_PREFIX}${lesson.id}`)})`,
    );
    return `export const lessonRuns = {${loaders.join(',')}};`;
  }
  const lessonId = id.slice(`${RUNS_ID}/${RUNS_FILE_PREFIX}`.length);
  const lesson = library.lessons.find((candidate) => candidate.id === lessonId);
  if (!lesson) throw new Error(`no lesson ${lessonId}`);
  const { decks, quiz: _quiz, check: _check, ...summary } = lesson;
  const runs: HandoutRuns = {
    lesson: runsOf(summary),
    notes: { ja: decks.ja.map((slide) => slide.notesParagraphs), en: decks.en.map((slide) => slide.notesParagraphs) },
    help: Object.fromEntries(Object.values(library.help).flatMap((list) => list.map((r) => [r.id, runsOf(r)]))),
    safeguarding: runsOf(library.safeguarding),
    guardianNotice: runsOf(library.guardianNotice),
  };
  return `export default ${jsonModule(runs, { keepRuns: true })};`;
}

function contentType(file: string): string {
  const types: Record<string, string> = {
    '.png': 'image/png',
    '.jpg': 'image/jpeg',
    '.jpeg': 'image/jpeg',
    '.svg': 'image/svg+xml',
    '.webp': 'image/webp',
    '.gif': 'image/gif',
  };
  return types[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}
