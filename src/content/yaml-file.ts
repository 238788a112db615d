// YAML files read with their positions kept, so that a schema problem at a path such as
// questions.3.answer can be reported at the line and column where an author fixes it.
import { Document, isMap, isSeq, LineCounter, parseDocument, visit, type Node } from 'yaml';
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
  try {
    return parseYaml(file, text);
  } catch (error) {
    // Nothing in a lesson file may stop the loader (very deep nesting overflows the stack, for one).
    const message = readableYamlError(String((error as Error)?.message ?? error));
    return {
      file,
      data: undefined,
      problems: [{ file, line: 1, col: 1, message: `YAML: ${message}` }],
      locate: () => ({ line: 1, col: 1 }),
      text,
      doc: new Document(),
      position: () => ({ line: 1, col: 1 }),
      node: () => undefined,
    };
  }
}

function parseYaml(file: string, text: string): YamlFile {
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
          return { file, line, col, message: `YAML: ${readableYamlError(error.message)}` };
        });
  const locate = (path: readonly PropertyKey[]) => {
    const offset = offsetOf(doc, path);
    return offset === undefined ? { line: 1, col: 1 } : lineCounter.linePos(offset);
  };
  if (!problems.length)
    problems.push(
      ...anchorsAndAliases(doc, text).map((at) => ({ file, ...lineCounter.linePos(at.offset), message: at.message })),
    );
  const position = (offset: number) => lineCounter.linePos(offset);
  const node = (path: readonly PropertyKey[]) => (doc.hasIn(path) ? (doc.getIn(path, true) as Node) : undefined);
  if (problems.length) return { file, data: undefined, problems, locate, text, doc, position, node };
  return { file, data: doc.toJS({ maxAliasCount: 0 }), problems, locate, text, doc, position, node };
}

/**
 * Lesson files use no YAML anchors (&name) or aliases (*name). They are rarely meant: `en: *Never*`,
 * Markdown emphasis written as a whole value, is YAML for "the value anchored as Never*", and alias
 * trees can expand without limit. Refusing them keeps every value plain text.
 */
function anchorsAndAliases(doc: Document, text: string): { offset: number; message: string }[] {
  const found: { name: string; offset: number; message: string }[] = [];
  visit(doc, {
    Alias(_, node) {
      found.push({
        name: `*${node.source}`,
        offset: node.range?.[0] ?? 0,
        message: `YAML: *${node.source} is read as an alias, not as text: lesson files use no aliases. For emphasis or text that starts with *, put the whole value in quotes: '*${node.source.replace(/\*$/, '')}* …'`,
      });
    },
    Node(_, node) {
      if (node.anchor)
        found.push({
          name: `&${node.anchor}`,
          offset: anchorOffset(text, node),
          message: `YAML: the anchor &${node.anchor} is not used in lesson files: write the value out, or put text starting with & in quotes`,
        });
    },
  });
  // One problem per name is enough to fix it: a bomb has thousands of aliases of a few anchors.
  const seen = new Set<string>();
  return found
    .sort((a, b) => a.offset - b.offset)
    .filter(({ name }) => !seen.has(name) && Boolean(seen.add(name)))
    .map(({ offset, message }) => ({ offset, message }));
}

/** Where an anchor's `&name` is written: the last one before its node starts. */
function anchorOffset(text: string, node: Node & { anchor?: string }): number {
  const start = node.range?.[0] ?? 0;
  const at = text.lastIndexOf(`&${node.anchor}`, start);
  return at >= 0 ? at : start;
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

function readableYamlError(message: string): string {
  return /call stack/i.test(message)
    ? 'nested too deeply to read: use a few levels of lists and maps at most'
    : firstLine(message);
}

function firstLine(message: string): string {
  return message.split('\n')[0];
}
