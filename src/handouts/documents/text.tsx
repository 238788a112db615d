// Text on a handout: every text breaks Japanese lines only between phrases (../line-breaking.ts),
// which needs to know how wide its line is (the measure) and its size and line height.
import { Text } from '@react-pdf/renderer';
import type { Style } from '@react-pdf/stylesheet';
import { createContext, useContext, type ReactNode } from 'react';
import { typographicQuotes } from '../latin-font';
import { markRuns, NEVER_BREAK_PENALTY } from '../line-breaking';
import type { Run } from '../../content/types';
import { MARGIN, PAPER_POINTS } from './paper';
import { hasRuby, RubyText } from './ruby-text';

/** The body text size and line height (as a ratio) of every handout. */
export const BODY_SIZE = 10;
export const LINE_HEIGHT = 1.55;
export const DENSE_LINE_HEIGHT = 1.45;

/**
 * How wide a line of text can be where a text is, in points: the page's measure, narrowed by
 * list markers, boxes, QR codes, table columns and cards. A phrase longer than the line is the
 * only one that may be cut (see breakUnits).
 */
export const Measure = createContext(PAPER_POINTS.a4[0] - 2 * MARGIN);

/** Narrows the measure for what it contains. */
export function Narrow({ by, to, children }: { by?: number; to?: number; children: ReactNode }) {
  const measure = useContext(Measure);
  return <Measure.Provider value={to ?? measure - (by ?? 0)}>{children}</Measure.Provider>;
}

/**
 * A text style with its line height in points. react-pdf 4.9 misreads a unitless lineHeight set
 * on a Text (1.55 gave 28 pt lines at 10 pt), and one set on the page stops it drawing page
 * numbers, so every text gets its size and line height spelled out here.
 */
export function textStyle(style: Style | Style[] | undefined, lineHeight = LINE_HEIGHT): Style[] {
  const list = Array.isArray(style) ? style : style ? [style] : [];
  const flat: Style = Object.assign({}, ...list);
  const fontSize = typeof flat.fontSize === 'number' ? flat.fontSize : BODY_SIZE;
  const ratio = typeof flat.lineHeight === 'number' ? flat.lineHeight : lineHeight;
  return [...list, { fontSize, lineHeight: `${Number((fontSize * ratio).toFixed(2))}pt` }];
}

/**
 * Set closer (body lines at 1.45, list items 2 pt apart) for the sheets that must fit one page:
 * the student handout and the guardian letter.
 */
export const Dense = createContext(false);

/** Whether the text is English: its typewriter quotes are set as typographic ones (see latin-font.ts). */
export const English = createContext(false);

/**
 * Text that breaks lines only between phrases (see ../line-breaking.ts). Every handout text goes
 * through this component: plain strings or runs of plain and bold text.
 */
export function PhraseText({
  children,
  runs,
  style,
  fixed,
}: {
  children?: string;
  runs?: Run[];
  style?: Style | Style[];
  fixed?: boolean;
}) {
  return phraseText({
    runs: runs ?? [{ text: children ?? '', bold: false }],
    style,
    fixed,
    lineHeight: useContext(Dense) ? DENSE_LINE_HEIGHT : LINE_HEIGHT,
    english: useContext(English),
    measure: useContext(Measure),
  });
}

/**
 * PhraseText's element, from what it reads out of the contexts: for a page's layout template
 * (layout.tsx's footer), which react-pdf calls outside React, where hooks do not run.
 */
export function phraseText({
  runs,
  style,
  fixed,
  lineHeight,
  english,
  measure,
}: {
  runs: Run[];
  style?: Style | Style[];
  fixed?: boolean;
  lineHeight: number;
  english: boolean;
  measure: number;
}) {
  const resolved = textStyle(style, lineHeight);
  const fontSize = Object.assign({}, ...resolved).fontSize as number;
  const given = markRuns(
    english ? runs.map((run) => ({ ...run, text: typographicQuotes(run.text) })) : runs,
    Math.floor(measure / fontSize),
  );
  // An empty text would be set in react-pdf's default font (Helvetica, not embedded): give it a space.
  const marked = given.length ? given : [{ text: ' ', bold: false }];
  return (
    <Text style={resolved} fixed={fixed} hyphenationPenalty={NEVER_BREAK_PENALTY}>
      {marked.map((run, i) =>
        run.bold ? (
          <Text key={i} style={BOLD}>
            {run.text}
          </Text>
        ) : (
          run.text
        ),
      )}
    </Text>
  );
}

const BOLD: Style = { fontWeight: 700 };

/** A short label set like PhraseText (same size and line height), for list markers. */
export function Label({ children, style }: { children: string; style?: Style | Style[] }) {
  return <Text style={textStyle(style, useContext(Dense) ? DENSE_LINE_HEIGHT : LINE_HEIGHT)}>{children}</Text>;
}

/** Whether lesson text shows its ruby readings: the Japanese student handout (UX report L7). */
export const Furigana = createContext(false);

/** Lesson text as PhraseText, from the runs the loader made of it; with furigana where Furigana is on. */
export function RunsText({ runs, style }: { runs: Run[]; style?: Style | Style[] }) {
  const wanted = useContext(Furigana);
  const english = useContext(English);
  const lineHeight = useContext(Dense) ? DENSE_LINE_HEIGHT : LINE_HEIGHT;
  const measure = useContext(Measure);
  if (!(wanted && !english && hasRuby(runs))) return <PhraseText runs={runs} style={style} />;
  const flat: Style = Object.assign({}, ...textStyle(style, lineHeight));
  const fontSize = flat.fontSize as number;
  return (
    <RubyText
      runs={runs}
      fontSize={fontSize}
      lineHeight={parseFloat(String(flat.lineHeight))}
      maxChars={Math.floor(measure / fontSize)}
      style={style}
    />
  );
}
