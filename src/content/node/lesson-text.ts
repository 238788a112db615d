// Reads one lesson file as text, or says in one problem why it cannot be used. Lesson folders come
// from teachers and other schools: a folder where a file should be, a link to nothing, a pipe, a
// file saved in another encoding or a huge paste must each end as a problem, never as a crash or a hang.
import { lstatSync, readFileSync, statSync } from 'node:fs';

/** Larger lesson files are refused: a whole lesson is about 30 KB, and the checks stay fast below this. */
export const MAX_FILE_BYTES = 1_000_000;
/** Longer lines are refused: no sentence is this long, and line-based checks stay linear below it. */
export const MAX_LINE_CHARS = 10_000;

export type LessonText = { text: string } | { problem: { line: number; col: number; message: string }; missing?: true };

export function readLessonText(file: string): LessonText {
  const kind = fileKind(file);
  if (kind === 'missing') return { problem: { line: 1, col: 1, message: 'file is missing' }, missing: true };
  if (kind !== 'file') return refuse(1, 1, `is ${kind}, not a file: lesson files are plain text files`);
  let bytes: Buffer;
  try {
    if (statSync(file).size > MAX_FILE_BYTES)
      return refuse(1, 1, `is larger than ${MAX_FILE_BYTES / 1_000_000} MB: split it, or move long text out of it`);
    bytes = readFileSync(file);
  } catch (error) {
    return refuse(1, 1, `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return refuse(1, 1, 'is saved as UTF-16: save it as UTF-8');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return refuse(1, 1, 'is saved as UTF-16: save it as UTF-8');
  return lessonTextOf(bytes.toString('utf8'));
}

/**
 * A decoded file's text as the loader uses it, or why it cannot be used: too large, lines too
 * long to check, bytes that are not text. Pure, for tests that load lessons from memory.
 */
export function lessonTextOf(decoded: string): LessonText {
  if (Buffer.byteLength(decoded) > MAX_FILE_BYTES)
    return refuse(1, 1, `is larger than ${MAX_FILE_BYTES / 1_000_000} MB: split it, or move long text out of it`);
  // A byte-order mark, as Windows Notepad writes it, is dropped rather than read as text.
  const text = decoded.replace(/^\uFEFF/, '');
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    const char = text[i];
    if (char === '\n' || i === text.length) {
      if (i - lineStart > MAX_LINE_CHARS)
        return refuse(
          line,
          1,
          `this line is ${i - lineStart} characters long: lines are at most ${MAX_LINE_CHARS}, break it into shorter lines or paragraphs`,
        );
      line++;
      lineStart = i + 1;
    } else if (char === '\0' || char === '\uFFFD') {
      return refuse(
        line,
        i - lineStart + 1,
        'holds a character that is not text (a NUL byte, or bytes that are not UTF-8): save the file as UTF-8 text',
      );
    }
  }
  return { text };
}

/** What is at a path, without opening it (a pipe would block) and telling a link to nothing from a missing file. */
export function fileKind(
  file: string,
): 'file' | 'a folder' | 'a link to nothing' | 'a pipe, socket or device' | 'missing' {
  let target;
  try {
    target = statSync(file, { throwIfNoEntry: false });
  } catch {
    // A loop of links, or no permission to look.
  }
  if (!target) return lstatSync(file, { throwIfNoEntry: false })?.isSymbolicLink() ? 'a link to nothing' : 'missing';
  if (target.isFile()) return 'file';
  if (target.isDirectory()) return 'a folder';
  return 'a pipe, socket or device';
}

function refuse(line: number, col: number, message: string): LessonText {
  return { problem: { line, col, message } };
}
