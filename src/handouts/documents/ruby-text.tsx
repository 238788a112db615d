// Text with furigana for the PDFs (UX report L7). react-pdf has no ruby, and its line breaker
// cannot keep a reading above its base, so a paragraph that has ruby is set here as a wrapping row
// of phrase boxes: the units ../line-breaking.ts breaks lines between (BudouX phrases joined by
// the JLREQ line-start and line-end rules; a phrase longer than the line cut where it may be), so
// kinsoku holds as in JText. Every box keeps a reading line on top, empty where it has no ruby, so
// the bases of a line share one baseline; a reading is centred over its base and may overhang it.
import { Text, View } from '@react-pdf/renderer';
import type { Style } from '@react-pdf/stylesheet';
import type { Run } from '../../content/types';
import { breakUnits, NEVER_BREAK_PENALTY } from '../line-breaking';

/** Readings are set at half the base size, as Japanese textbooks set furigana. */
const READING_SCALE = 0.5;

/**
 * The two lines a ruby paragraph's line is made of, in points: the reading's, and the base's
 * (the reading takes the room of the base's leading, so a line is only a little taller than JText's).
 */
export function rubyLines(fontSize: number, lineHeight: number): { reading: number; base: number } {
  const reading = fontSize * READING_SCALE * 1.1;
  return { reading, base: Math.max(fontSize * 1.2, lineHeight - reading + fontSize * 0.3) };
}

/** Whether runs have ruby, and so need this path instead of JText. */
export function hasRuby(runs: Run[]): boolean {
  return runs.some((run) => run.ruby !== undefined);
}

/** A run cut to one phrase; a ruby base is never cut. */
type Segment = Run;

/**
 * The runs cut into the units a line may break between. A unit boundary inside a ruby base is
 * dropped (the base and its reading stay together), which joins the two units around it.
 */
export function rubyPhrases(runs: Run[], maxChars = Infinity): Segment[][] {
  const full = runs.map((run) => run.text).join('');
  const boundaries = new Set<number>();
  let at = 0;
  for (const unit of breakUnits(full, maxChars)) boundaries.add((at += unit.length));
  const phrases: Segment[][] = [[]];
  let offset = 0;
  for (const run of runs) {
    if (run.ruby !== undefined) {
      phrases.at(-1)!.push(run);
    } else {
      let piece = '';
      for (let k = 0; k < run.text.length; k += 1) {
        piece += run.text[k];
        if (boundaries.has(offset + k + 1) && offset + k + 1 < full.length) {
          phrases.at(-1)!.push({ text: piece, bold: run.bold });
          phrases.push([]);
          piece = '';
        }
      }
      if (piece) phrases.at(-1)!.push({ text: piece, bold: run.bold });
    }
    offset += run.text.length;
    // A boundary right after a ruby base still ends the phrase.
    if (run.ruby !== undefined && boundaries.has(offset) && offset < full.length) phrases.push([]);
  }
  return phrases.filter((phrase) => phrase.length > 0);
}

/**
 * A paragraph with furigana. `fontSize` and `lineHeight` (points) are the base text's; `style`
 * is the paragraph's box (margins); `maxChars` is how many full-width characters fit its line.
 */
export function RubyText({
  runs,
  fontSize,
  lineHeight,
  maxChars,
  style,
}: {
  runs: Run[];
  fontSize: number;
  lineHeight: number;
  maxChars: number;
  style?: Style | Style[];
}) {
  const readingSize = fontSize * READING_SCALE;
  const { reading: readingLine, base: baseLine } = rubyLines(fontSize, lineHeight);
  const base: Style = { fontSize, lineHeight: `${baseLine.toFixed(2)}pt` };
  const reading: Style = { fontSize: readingSize, lineHeight: `${readingLine.toFixed(2)}pt`, textAlign: 'center' };
  return (
    <View
      style={[
        { flexDirection: 'row', flexWrap: 'wrap', alignItems: 'flex-end' },
        ...([] as Style[]).concat(style ?? []),
      ]}
    >
      {rubyPhrases(runs, maxChars).map((phrase, i) => (
        <View key={i} style={{ flexDirection: 'row', paddingTop: readingLine, flexShrink: 0 }} wrap={false}>
          {phrase.map((segment, j) => {
            // A space would be a break point (or be dropped at a line's end) inside react-pdf's text.
            const text = (
              <Text
                key={j}
                style={segment.bold ? [base, { fontWeight: 700 }] : base}
                hyphenationPenalty={NEVER_BREAK_PENALTY}
              >
                {segment.text.replace(/ /g, '\u00A0')}
              </Text>
            );
            if (segment.ruby === undefined) return text;
            // Wide enough for the reading however short the base: it overhangs both sides equally.
            const overhang = Math.max(0, (segment.ruby.length * readingSize - segment.text.length * fontSize) / 2) + 1;
            return (
              <View key={j}>
                <View style={{ position: 'absolute', top: -readingLine, left: -overhang, right: -overhang }}>
                  <Text style={reading} hyphenationPenalty={NEVER_BREAK_PENALTY}>
                    {segment.ruby}
                  </Text>
                </View>
                {text}
              </View>
            );
          })}
        </View>
      ))}
    </View>
  );
}
