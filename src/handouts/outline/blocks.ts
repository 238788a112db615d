// The outline of a handout: what it says, in reading order, as plain data. One outline per kind
// (student.ts, guardian.ts, teacher.ts, helpcard.ts) is drawn by two thin renderers: react-pdf
// (../documents) and the DOM (../HandoutHtml.tsx), so each handout is written once. Blocks carry
// runs of text, never JSX or HTML; how a block looks (sizes, columns, QR codes) is the renderer's.
import type { RichText, Run } from '../../content/types';
import type { Readers } from '../handout-input';

export type { Run };

export type Block =
  /** The document's heading: a small line saying what it is, then the title. */
  | { type: 'title'; kicker: string; title: string }
  | { type: 'heading'; level: 2 | 3; text: string }
  | { type: 'paragraph'; runs: Run[] }
  /** Small print (the age band and length, for example). */
  | { type: 'note'; text: string }
  /** A bulleted or numbered list; a heading given here never sits alone at a page's foot. */
  | { type: 'list'; items: Run[][]; numbered?: boolean; heading?: string }
  /** A framed box with a title (the steps to take, responding to a disclosure). */
  | { type: 'box'; title: string; blocks: Block[] }
  /** Blocks kept together on one page (a heading and the paragraph under it). */
  | { type: 'keep'; blocks: Block[] }
  | TableBlock
  /** One slide's speaker notes. */
  | { type: 'slide'; number: number; title: string; paragraphs: Run[][] }
  /** Questions students are likely to ask, each with its answer. */
  | { type: 'questions'; heading: string; items: { question: Run[]; answer: Run[] }[] }
  | HelpBlock
  | SourcesBlock
  /** A school letter's head: the date and the sender at the right, the addressee at the left. */
  | { type: 'letterHead'; date: string; greeting: string; sender: string[] }
  /** A letter's subject line. */
  | { type: 'subject'; text: string }
  /** "Continued overleaf" on paper: what follows starts the back of the sheet. */
  | { type: 'overleaf'; text: string }
  /** A letter's closing word (以上), at the right. */
  | { type: 'closing'; text: string }
  | HelpCardBlock;

/** A table with a header row; a column with a width (points) is as narrow as its content allows. */
export interface TableBlock {
  type: 'table';
  heading: string;
  columns: { label: string; width?: number }[];
  rows: Run[][][];
}

/** One help line as printed: the name and number, who it serves, and what a reader must know. */
export interface HelpItem {
  id: string;
  /** Printed bold, followed by the contact when the name does not already contain it. */
  name: Run[];
  contact?: string;
  /** Who it serves, its hours and cost, joined with " · ". */
  details: string;
  /** "Check before use" and how: only on help that is not verified, only for teachers. */
  caution?: string;
  /** "Checked on …": only for teachers. */
  checked?: string;
  /** A web address to print as a labelled QR code (verified help only). */
  qr?: { url: string; label: string };
}

export interface HelpBlock {
  type: 'help';
  readers: Readers;
  heading: string;
  /** The school's own contacts, when set. */
  school?: { title: string; lines: string[] };
  /** Verified help, stated as fact. */
  entries: HelpItem[];
  /** The rest, under "check before use": the teacher guide only. */
  unverified?: { heading: string; entries: HelpItem[] };
  /** How the entries were checked: the teacher guide only. */
  note?: string;
}

/** The facts a handout states, numbered, each citing its documents by number; then the documents. */
export interface SourcesBlock {
  type: 'sources';
  heading: string;
  intro: string;
  /** Each fact as its printed lines; the first line starts with its number and badge (bold). */
  facts: { id: string; lines: Run[][] }[];
  referencesHeading: string;
  references: string[];
}

/** The wallet help card, printed eight times on a sheet. */
export interface HelpCardBlock {
  type: 'helpCard';
  title: string;
  intro: string;
  school?: { title: string; lines: string[] };
  resources: { id: string; name: string; contact?: string }[];
  /** Text size in points that lets everything fit the card (see ../help-card-resources.ts). */
  textSize: number;
  asOf: string;
  /** The line under the sheet of cards. */
  footer: string;
}

/** Plain text as one run. */
export function plain(text: string): Run[] {
  return [{ text, bold: false }];
}

/** Lesson text (one paragraph) as the runs the loader made of it. */
export function runsOf(text: RichText): Run[] {
  return text.runs;
}

/** The same runs, all bold. */
export function bold(runs: Run[]): Run[] {
  return runs.map((run) => ({ ...run, bold: true }));
}

/** The plain text of runs. */
export function textOf(runs: Run[]): string {
  return runs.map((run) => run.text).join('');
}

/** Every block, including those inside boxes and kept groups, in reading order. */
export function allBlocks(blocks: Block[]): Block[] {
  return blocks.flatMap((block) =>
    block.type === 'box' || block.type === 'keep' ? [block, ...allBlocks(block.blocks)] : [block],
  );
}

/** The blocks when the condition holds, else none (for spreading into an outline). */
export function onlyIf(condition: boolean, ...blocks: Block[]): Block[] {
  return condition ? blocks : [];
}
