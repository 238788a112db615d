// Runs (lesson text as plain, bold and ruby pieces) are for the PDF handouts only. The pages'
// modules leave them out, so that the deck and the catalogue download none of them
// (src/build/lessons-plugin.ts), and the handouts page loads a lesson's from a module of their
// own: trees of the same shape as the values, holding only the runs, put back with withRuns.
import type { Locale, Run } from './types.ts';

/** Only the runs of a value: the same keys down to each one, array positions as keys. */
export interface RunsTree {
  [key: string]: RunsTree | Run[] | Run[][];
}

/** One lesson's runs, as its handouts need them (src/handouts/handout-runs.ts puts them back). */
export interface HandoutRuns {
  /** The lesson's summary (title, key points, plan…). */
  lesson?: RunsTree;
  /** Each slide's speaker notes, in order, by language. */
  notes: Record<Locale, Run[][][]>;
  /** Help resources by id. */
  help: Record<string, RunsTree | undefined>;
  safeguarding?: RunsTree;
  guardianNotice?: RunsTree;
}

/** Where runs are: `runs` beside a rich text's `html`, `notesParagraphs` beside a slide's `notesHtml`. */
function isRunsKey(owner: Record<string, unknown>, key: string): boolean {
  return (key === 'runs' && 'html' in owner) || (key === 'notesParagraphs' && 'notesHtml' in owner);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** A copy of a JSON value without its runs. */
export function withoutRuns<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutRuns) as T;
  if (!isObject(value)) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) if (!isRunsKey(value, key)) copy[key] = withoutRuns(item);
  return copy as T;
}

/** The runs of a JSON value, as a tree of the same shape; undefined when it has none. */
export function runsOf(value: unknown): RunsTree | undefined {
  if (!isObject(value)) return undefined;
  const tree: RunsTree = {};
  for (const [key, item] of Object.entries(value)) {
    if (!Array.isArray(value) && isRunsKey(value, key)) tree[key] = item as Run[] | Run[][];
    else {
      const inner = runsOf(item);
      if (inner) tree[key] = inner;
    }
  }
  return Object.keys(tree).length ? tree : undefined;
}

/** The value with the runs of `tree` put back; it must be the value the tree was made from. */
export function withRuns<T>(value: T, tree: RunsTree | undefined, at = ''): T {
  if (!tree) return value;
  if (!isObject(value)) {
    throw new Error(`the handouts' lesson text does not match the lessons at ${at || 'the top'}: rebuild the kit`);
  }
  const copy = (Array.isArray(value) ? [...value] : { ...value }) as Record<string, unknown>;
  for (const [key, inner] of Object.entries(tree)) {
    if (Array.isArray(inner)) copy[key] = inner;
    else copy[key] = withRuns(copy[key], inner, `${at}/${key}`);
  }
  return copy as T;
}
