// Exposes the lesson library to the app as the virtual module `virtual:lessons`, loaded through
// the same loader as `npm run check`: the catalogue (every lesson without its slides and quiz)
// plus, per lesson, a loader for `virtual:lesson-content/<id>`, so that a page downloads only the
// slides and quiz it shows. In dev, editing a lesson reloads the page, and problems show
// in Vite's error overlay with file and line; in a build they stop it. Lesson images are served in
// dev and copied into the build under lesson-assets/.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { loadLessons, type LoadResult } from '../content/node/load.ts';
import { LessonProblemsError } from '../content/problems.ts';
import type { LessonCatalogue, LessonLibrary } from '../content/types.ts';
import { phrasesOf } from '../content/japanese-phrases.ts';
import { phrasedWords } from '../export/phrased-words.ts';
import { runsOf, withoutRuns, type HandoutRuns } from '../content/lesson-runs.ts';

const MODULE_ID = 'virtual:lessons';
const RESOLVED_ID = '\0virtual:lessons';
const CONTENT_PREFIX = 'virtual:lesson-content/';
/** The PDF handouts' runs, which the modules above leave out: `virtual:lesson-runs` and `…/<id>`. */
const RUNS_ID = 'virtual:lesson-runs';

/**
 * `only` keeps one lesson in the build (the portable single-file deck), after all lessons passed
 * their checks. `uncheckedLibrary` (tests only) serves a ready-made library as it is, without
 * reading or checking lessons: the hostile-corpus browser test shows that even text the check
 * refuses stays inert.
 */
export function lessonsPlugin(
  lessonsDir: string,
  { only, uncheckedLibrary }: { only?: string; uncheckedLibrary?: LessonLibrary } = {},
): Plugin & { api: { catalogue: () => LessonCatalogue | undefined } } {
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
    // The catalogue the pages get, for other build steps (the first slide's fonts).
    api: {
      catalogue: () => {
        const { library } = result ?? load();
        return library && catalogueOf(library);
      },
    },
    resolveId(id) {
      if (id === MODULE_ID || id.startsWith(CONTENT_PREFIX) || isRunsModule(id)) return `\0${id}`;
      return undefined;
    },
    load(id) {
      if (id === RESOLVED_ID) {
        const { library, problems, files } = load();
        for (const file of files) this.addWatchFile(file);
        if (!library) throw new LessonProblemsError(problems);
        const loaders = library.lessons.map(
          (lesson) => `${JSON.stringify(lesson.id)}: () => import(${JSON.stringify(CONTENT_PREFIX + lesson.id)})`,
        );
        return `export default ${jsonModule(catalogueOf(library))};\nexport const lessonContent = {${loaders.join(',')}};`;
      }
      if (id.startsWith(`\0${CONTENT_PREFIX}`)) {
        const lessonId = id.slice(CONTENT_PREFIX.length + 1);
        const { library, problems } = result ?? load();
        if (!library) throw new LessonProblemsError(problems);
        const lesson = library.lessons.find((candidate) => candidate.id === lessonId);
        if (!lesson) throw new Error(`no lesson ${lessonId}`);
        return `export default ${jsonModule({ decks: lesson.decks, quiz: lesson.quiz, check: lesson.check })};`;
      }
      if (id.startsWith('\0') && isRunsModule(id.slice(1))) {
        const { library, problems } = result ?? load();
        if (!library) throw new LessonProblemsError(problems);
        return runsModule(id.slice(1), library);
      }
      return undefined;
    },
    configureServer(devServer) {
      devServer.watcher.add(lessonsDir);
      const onChange = (file: string) => {
        if (!file.startsWith(lessonsDir)) return;
        for (const [id, module] of devServer.moduleGraph.idToModuleMap) {
          if (id === RESOLVED_ID || id.startsWith(`\0${CONTENT_PREFIX}`) || isRunsModule(id.slice(1)))
            devServer.moduleGraph.invalidateModule(module);
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

/** The library without its slides and quizzes (each lesson's own module has them), as the pages get it. */
function catalogueOf(library: LessonLibrary): LessonCatalogue {
  const lessons = library.lessons.map(({ decks: _decks, quiz: _quiz, check: _check, ...summary }) => summary);
  // The deck's own Japanese words, broken into phrases here as lesson text is (C9).
  return { ...library, lessons, phrasedWords: { ja: phrasedWords('ja', phrasesOf) } };
}

/**
 * A value as JSON.parse of its JSON text: browsers parse that faster than the same object written
 * as a JavaScript literal, and the catalogue (every lesson's summary, facts and help) is large.
 * The pages' modules leave out the runs, which only the PDF handouts read (see runsModule).
 */
function jsonModule(value: unknown, { keepRuns = false } = {}): string {
  return `JSON.parse(${JSON.stringify(JSON.stringify(keepRuns ? value : withoutRuns(value)))})`;
}

function isRunsModule(id: string): boolean {
  return id === RUNS_ID || id.startsWith(`${RUNS_ID}/`);
}

/**
 * The runs the pages' modules leave out, for the PDFs the handouts page makes
 * (src/handouts/handout-runs.ts puts them back): `virtual:lesson-runs` has a loader per lesson for
 * `virtual:lesson-runs/<id>`, which has what that lesson's handouts print.
 */
function runsModule(id: string, library: LessonLibrary): string {
  if (id === RUNS_ID) {
    const loaders = library.lessons.map(
      (lesson) => `${JSON.stringify(lesson.id)}: () => import(${JSON.stringify(`${RUNS_ID}/${lesson.id}`)})`,
    );
    return `export const lessonRuns = {${loaders.join(',')}};`;
  }
  const lessonId = id.slice(RUNS_ID.length + 1);
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
