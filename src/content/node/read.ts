// Step 1 of loading lessons: read the files. Everything that touches the disk is here; the rest
// (parse.ts, checks/) works on the texts, so it can be tested with inline strings.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { LessonFolder, LessonSources, SourceFile } from '../parse.ts';
import { LOCALES, type Locale } from '../vocabulary.ts';

export function readLessonSources(lessonsDir: string, projectRoot: string): LessonSources {
  const files: string[] = [];
  const read = (file: string): SourceFile => {
    files.push(file);
    const shown = path.relative(projectRoot, file).split(path.sep).join('/');
    return existsSync(file) ? { file: shown, text: readFileSync(file, 'utf8') } : { file: shown };
  };
  const helpDir = path.join(lessonsDir, 'help');
  const folders = listDir(lessonsDir).filter(
    (name) => statSync(path.join(lessonsDir, name)).isDirectory() && name !== 'help',
  );
  return {
    facts: read(path.join(lessonsDir, 'facts.yaml')),
    safeguarding: read(path.join(lessonsDir, 'safeguarding.yaml')),
    guardianNotice: read(path.join(lessonsDir, 'guardian-notice.yaml')),
    help: listDir(helpDir)
      .filter((name) => name.endsWith('.yaml'))
      .map((name) => ({ name, source: read(path.join(helpDir, name)) })),
    wording: read(path.join(lessonsDir, 'wording.yaml')),
    lessons: folders.map((folder) => {
      const dir = path.join(lessonsDir, folder);
      const contents = listFiles(dir);
      const lesson: LessonFolder = {
        folder,
        meta: read(path.join(dir, 'lesson.yaml')),
        quiz: read(path.join(dir, 'quiz.yaml')),
        slides: Object.fromEntries(
          LOCALES.map((locale) => [locale, read(path.join(dir, `slides.${locale}.md`))]),
        ) as Record<Locale, SourceFile>,
        contents,
      };
      for (const name of contents) if (!/\.(ya?ml|md)$/.test(name)) files.push(path.join(dir, name));
      return lesson;
    }),
    files,
  };
}

function listDir(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).sort() : [];
}

function listFiles(dir: string, prefix = ''): string[] {
  return listDir(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full, `${prefix}${name}/`) : [`${prefix}${name}`];
  });
}
