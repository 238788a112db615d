// Step 1 of loading lessons: read the files. Everything that touches the disk is here; the rest
// (parse.ts, checks/) works on the texts, so it can be tested with inline strings.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { LessonFolder, LessonSources, SourceFile } from '../parse.ts';
import type { Problem } from '../problems.ts';
import { fileKind, readLessonText } from './lesson-text.ts';
import { LOCALES, type Locale } from '../vocabulary.ts';

export function readLessonSources(lessonsDir: string, projectRoot: string): LessonSources {
  const files: string[] = [];
  const problems: Problem[] = [];
  const shown = (file: string) => path.relative(projectRoot, file).split(path.sep).join('/');
  const read = (file: string): SourceFile => {
    files.push(file);
    const read = readLessonText(file);
    if ('text' in read) return { file: shown(file), text: read.text };
    return read.missing ? { file: shown(file) } : { file: shown(file), unusable: read.problem };
  };
  const helpDir = path.join(lessonsDir, 'help');
  const folders = listDir(lessonsDir).filter((name) => {
    const kind = fileKind(path.join(lessonsDir, name));
    if (kind === 'a link to nothing')
      problems.push({
        file: shown(path.join(lessonsDir, name)),
        line: 1,
        col: 1,
        message: 'is a link to nothing: remove it, or point it at a lesson folder',
      });
    return kind === 'a folder' && name !== 'help';
  });
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
    problems,
  };
}

function listDir(dir: string): string[] {
  try {
    return existsSync(dir) ? readdirSync(dir).sort() : [];
  } catch {
    return [];
  }
}

function listFiles(dir: string, prefix = ''): string[] {
  return listDir(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return fileKind(full) === 'a folder' ? listFiles(full, `${prefix}${name}/`) : [`${prefix}${name}`];
  });
}
