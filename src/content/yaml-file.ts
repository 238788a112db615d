// YAML files read with their positions kept, so that a schema problem at a path such as
// questions.3.answer can be reported at the line and column where an author fixes it.
import { isMap, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import type { Problem } from './problems.ts';

export interface YamlFile {
  file: string;
  data: unknown;
  problems: Problem[];
  /** Line and column of the value at a path, or of the nearest ancestor that exists. */
  locate(path: readonly PropertyKey[]): { line: number; col: number };
  /** The source, its parsed document and line positions, for checks that compare text with source. */
  text: string;
  doc: Document;
  position(offset: number): { line: number; col: number };
  /** The node at a path, when it exists. */
  node(path: readonly PropertyKey[]): Node | undefined;
}

export function parseYamlFile(file: string, text: string): YamlFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const unclosed = unclosedQuote(text);
  // An unclosed quote swallows the rest of the file, so the parser only notices it at the end
  // (with knock-on errors there): report the one place an author has to fix.
  const problems: Problem[] =
    unclosed && doc.errors.some((error) => error.code === 'MISSING_CHAR')
      ? [
          {
            file,
            ...unclosed,
            message: 'YAML: this quote is never closed: add the closing quote at the end of the text',
          },
        ]
      : [...doc.errors, ...doc.warnings].map((error) => {
          const { line, col } = lineCounter.linePos(error.pos[0]);
          return { file, line, col, message: `YAML: ${firstLine(error.message)}` };
        });
  const locate = (path: readonly PropertyKey[]) => {
    const offset = offsetOf(doc, path);
    return offset === undefined ? { line: 1, col: 1 } : lineCounter.linePos(offset);
  };
  const position = (offset: number) => lineCounter.linePos(offset);
  const node = (path: readonly PropertyKey[]) => (doc.hasIn(path) ? (doc.getIn(path, true) as Node) : undefined);
  return { file, data: doc.errors.length ? undefined : doc.toJS(), problems, locate, text, doc, position, node };
}

/** The first line with an odd number of double quotes, outside comments: where a quote was left open. */
function unclosedQuote(text: string): { line: number; col: number } | undefined {
  const lines = text.split('\n');
  for (const [index, line] of lines.entries()) {
    const code = line.replace(/\\"/g, '').replace(/(^|\s)#.*$/, '');
    const quotes = [...code.matchAll(/"/g)];
    if (quotes.length % 2 === 1) return { line: index + 1, col: (quotes.at(-1)!.index ?? 0) + 1 };
  }
  return undefined;
}

function offsetOf(doc: Document, path: readonly PropertyKey[]): number | undefined {
  let node: unknown = doc.contents;
  let offset = (node as Node | null)?.range?.[0];
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => String((item.key as { value?: unknown })?.value) === String(key));
      if (!pair) break;
      offset = (pair.key as Node).range?.[0] ?? offset;
      node = pair.value;
      if ((node as Node | null)?.range) offset = (node as Node).range![0];
    } else if (isSeq(node) && typeof key === 'number' && node.items[key]) {
      node = node.items[key];
      offset = (node as Node).range?.[0] ?? offset;
    } else break;
  }
  return offset;
}

/** Turns zod issues into problems at the lines their paths point to. */
export function schemaProblems(source: YamlFile, error: z.ZodError): Problem[] {
  return error.issues.map((issue) => {
    const at = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]] : issue.path;
    const { line, col } = source.locate(at);
    const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
    return { file: source.file, line, col, message: `${where}${describeIssue(issue)}` };
  });
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')} (check the spelling against lessons/README.md)`;
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    const hint = MISSING_HINTS[String(issue.path.at(-1))];
    return `is missing${hint ? `: ${hint}` : ` (${issue.expected} expected)`}`;
  }
  return issue.message;
}

const MISSING_HINTS: Record<string, string> = {
  contentNote: 'every deck opens with a content note, {ja: …, en: …}, saying what the lesson covers',
  help: 'every deck closes with help resources, like help: {jp: [help.110, help.9110]}',
  en: 'write the English text beside the Japanese, {ja: …, en: …}',
  ja: 'write the Japanese text beside the English, {ja: …, en: …}',
};

function firstLine(message: string): string {
  return message.split('\n')[0];
}
