// Each page downloads only the lessons it shows: the catalogue none of their plans, slides or
// sources, a deck or a lesson page its own lesson and the library it cites, never another lesson's
// module (src/build/lessons-plugin.ts).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { useChromium, openPage, visit } from '../support/browser';
import { pageScripts } from '../support/page-scripts';
import { shippedLessons } from '../support/shipped-lessons';

const kitUrl = inject('kitUrl');
const distDir = inject('distDir');
const lessons = shippedLessons();
const browser = useChromium();

/** Each lesson's module file (assets/<id>-<hash>.js), and the library file they all import. */
function lessonFiles(): { byLesson: Map<string, string>; library: string } {
  const assets = readdirSync(path.join(distDir, 'assets'));
  const byLesson = new Map<string, string>();
  for (const { id } of lessons) {
    const file = assets.find((name) => new RegExp(`^${id}-[\\w-]+\\.js$`).test(name));
    if (!file) throw new Error(`no module for lesson ${id} in ${distDir}/assets`);
    byLesson.set(id, `assets/${file}`);
  }
  const imported = [...byLesson.values()].map((file) => {
    const code = readFileSync(path.join(distDir, file), 'utf8');
    return [...code.matchAll(/from\s*["']\.\/([^"']+\.js)["']/g)].map((match) => `assets/${match[1]}`);
  });
  const library = imported[0].find((file) => imported.every((files) => files.includes(file)));
  if (!library) throw new Error('the lesson modules import no shared library module');
  return { byLesson, library };
}

/** The kit's files a page asked for, as paths under dist/ (assets/…). */
async function requestedFiles(url: string, locale = 'ja-JP'): Promise<string[]> {
  const { page, context, consoleErrors } = await openPage(browser(), kitUrl, { locale });
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url().slice(kitUrl.length).split('?')[0]));
  await visit(page, url);
  // What the page shows once its lesson is here (or, on the catalogue, its cards).
  await page.waitForSelector('.lesson-card, .reveal .slides > section.present, main h2', { state: 'attached' });
  expect(consoleErrors).toEqual([]);
  await context.close();
  return requested;
}

describe('lesson modules', () => {
  const [shown, ...others] = lessons.map((lesson) => lesson.id);

  it('are not in the catalogue: its first scripts hold no lesson plan, slide or source', () => {
    const catalogue = pageScripts(distDir, 'index.html');
    const code = catalogue.files.map((file) => readFileSync(path.join(distDir, file), 'utf8')).join('\n');
    for (const { id, lesson } of lessons) {
      // Text only the heavy fields carry: a preparation step, a likely question, a slide's notes.
      const heavy = [
        lesson.preparation[0].ja.text,
        lesson.likelyQuestions[0]?.question.ja.text,
        lesson.decks.ja.find((slide) => slide.notesHtml)?.notesHtml.replace(/<[^>]+>/g, ''),
      ].filter((text): text is string => Boolean(text));
      for (const text of heavy) expect(code.includes(text.slice(0, 20)), `${id}: ${text.slice(0, 20)}`).toBe(false);
      // The card's own text is there: the catalogue shows it without loading anything else.
      expect(code).toContain(lesson.title.ja.text.slice(0, 8));
    }
  });

  it('the catalogue page requests none of them, nor the library they cite', async () => {
    const { byLesson, library } = lessonFiles();
    const requested = await requestedFiles(`${kitUrl}#/`);
    expect(requested.filter((file) => [...byLesson.values(), library].includes(file))).toEqual([]);
  });

  it('a deck requests its own lesson and the library, no other lesson', async () => {
    const { byLesson, library } = lessonFiles();
    const requested = await requestedFiles(`${kitUrl}present.html?lesson=${shown}&lang=ja`);
    expect(requested).toContain(byLesson.get(shown));
    expect(requested).toContain(library);
    expect(requested.filter((file) => others.some((id) => byLesson.get(id) === file))).toEqual([]);
  });

  it('a lesson page requests its own lesson, no other lesson', async () => {
    const { byLesson } = lessonFiles();
    const requested = await requestedFiles(`${kitUrl}#/lessons/${shown}?lang=en`, 'en-GB');
    expect(requested).toContain(byLesson.get(shown));
    expect(requested.filter((file) => others.some((id) => byLesson.get(id) === file))).toEqual([]);
  });
});
