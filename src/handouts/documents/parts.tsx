// The pieces every handout is made of: the page (paper, copier-safe margins, the footer with
// "information as of" and page numbers), Japanese-safe text, headings, lists, help and QR codes.
// Greyscale only: black text, grey rules, no meaning carried by colour.
import { Page, Path, StyleSheet, Svg, Text, View } from '@react-pdf/renderer';
import type { Style } from '@react-pdf/stylesheet';
import QRCode from 'qrcode';
import { createContext, useContext, type ReactNode } from 'react';
import type { HelpResource, Locale, Run } from '../../content/types';
import { hasSchoolContacts, schoolContactLines, type SchoolSettings } from '../../content/school';
import { handoutFontStack, typographicQuotes } from '../latin-font';
import { type HandoutInput, type Paper, type Readers } from '../handout-input';
import { checkedDate, shownContact, unverifiedHelp, verifiedHelp } from '../../content/help';
import { BREAK_MARK, markLineBreaks, NEVER_BREAK_PENALTY } from '../line-breaking';
import { translate, type MessageKey } from '../../i18n/messages';
import { hasRuby, rubyLines, RubyText } from './ruby-text';

/** 15 mm: inside what school copiers and printers keep (most lose 4–6 mm at each edge). */
export const MARGIN = 42.5;
export const PAPER_SIZE: Record<Paper, 'A4' | 'LETTER'> = { a4: 'A4', letter: 'LETTER' };
/** Width and height in points. */
export const PAPER_POINTS: Record<Paper, [number, number]> = { a4: [595.28, 841.89], letter: [612, 792] };

/** The body text size and line height (as a ratio) of every handout. */
const BODY_SIZE = 10;
const LINE_HEIGHT = 1.55;

export const styles = StyleSheet.create({
  page: {
    fontSize: BODY_SIZE,
    color: '#000',
    paddingTop: MARGIN,
    paddingBottom: MARGIN + 6,
    paddingHorizontal: MARGIN,
  },
  kicker: { fontSize: 9, color: '#333', marginBottom: 2 },
  title: { fontSize: 17, fontWeight: 700, lineHeight: 1.35, marginBottom: 6 },
  rule: { borderBottomWidth: 1.5, borderBottomColor: '#000', marginBottom: 8 },
  h2: {
    fontSize: 12.5,
    fontWeight: 700,
    lineHeight: 1.4,
    marginTop: 8,
    marginBottom: 4,
    paddingBottom: 2,
    borderBottomWidth: 0.75,
    borderBottomColor: '#777',
  },
  h3: { fontSize: 10.5, fontWeight: 700, lineHeight: 1.4, marginTop: 6, marginBottom: 2 },
  paragraph: { marginBottom: 4 },
  item: { flexDirection: 'row', marginBottom: 3 },
  marker: { width: 16, fontWeight: 700 },
  itemBody: { flex: 1 },
  small: { fontSize: 8.5, lineHeight: 1.45, color: '#222' },
  box: { borderWidth: 1, borderColor: '#000', borderRadius: 3, padding: 8, marginTop: 6, marginBottom: 4 },
  footerRule: {
    position: 'absolute',
    left: MARGIN,
    right: MARGIN,
    bottom: MARGIN - 2,
    borderTopWidth: 0.5,
    borderTopColor: '#777',
  },
  footerRight: {
    position: 'absolute',
    right: MARGIN,
    width: 60,
    bottom: MARGIN - 14,
    fontSize: 7.5,
    color: '#333',
    textAlign: 'right',
  },
  footerLeft: {
    position: 'absolute',
    left: MARGIN,
    right: MARGIN + 50,
    bottom: MARGIN - 14,
    fontSize: 7.5,
    lineHeight: 1.3,
    color: '#333',
  },
});

export type T = (key: MessageKey, values?: Record<string, string | number>) => string;

export function translator(locale: Locale): T {
  return (key, values) => translate(locale, key, values);
}

/**
 * How wide a line of text can be where a text is, in points: the page's measure, narrowed by
 * list markers, boxes, QR codes, table columns and cards. A phrase longer than the line is the
 * only one that may be cut (see breakUnits).
 */
const Measure = createContext(PAPER_POINTS.a4[0] - 2 * MARGIN);

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
const DENSE_LINE_HEIGHT = 1.45;

/**
 * Text that breaks lines only between phrases (see ../line-breaking.ts). Every handout text goes
 * through this component: plain strings or runs from lesson HTML.
 */
export function JText({
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
  const resolved = textStyle(style, useContext(Dense) ? DENSE_LINE_HEIGHT : LINE_HEIGHT);
  const fontSize = Object.assign({}, ...resolved).fontSize as number;
  const english = useContext(English);
  const source = runs ?? [{ text: children ?? '', bold: false }];
  const given = markRuns(
    english ? source.map((run) => ({ ...run, text: typographicQuotes(run.text) })) : source,
    Math.floor(useContext(Measure) / fontSize),
  );
  // An empty text would be set in react-pdf's default font (Helvetica, not embedded): give it a space.
  const marked = given.length ? given : [{ text: ' ', bold: false }];
  return (
    <Text style={resolved} fixed={fixed} hyphenationPenalty={NEVER_BREAK_PENALTY}>
      {marked.map((run, i) =>
        run.bold ? (
          <Text key={i} style={{ fontWeight: 700 }}>
            {run.text}
          </Text>
        ) : (
          run.text
        ),
      )}
    </Text>
  );
}

/** A short label set like JText (same size and line height), for list markers. */
function Label({ children, style }: { children: string; style?: Style | Style[] }) {
  return <Text style={textStyle(style, useContext(Dense) ? DENSE_LINE_HEIGHT : LINE_HEIGHT)}>{children}</Text>;
}

/** Whether lesson text shows its ruby readings: the Japanese student handout (UX report L7). */
export const Furigana = createContext(false);

/** Lesson text as JText, from the runs the loader made of it; with furigana where Furigana is on. */
export function RichText({ text, style }: { text: { runs: Run[] }; style?: Style | Style[] }) {
  const wanted = useContext(Furigana);
  const english = useContext(English);
  const furigana = wanted && !english && hasRuby(text.runs);
  const lineHeight = useContext(Dense) ? DENSE_LINE_HEIGHT : LINE_HEIGHT;
  const measure = useContext(Measure);
  if (!furigana) return <JText runs={text.runs} style={style} />;
  const flat: Style = Object.assign({}, ...textStyle(style, lineHeight));
  const fontSize = flat.fontSize as number;
  return (
    <RubyText
      runs={text.runs}
      fontSize={fontSize}
      lineHeight={parseFloat(String(flat.lineHeight))}
      maxChars={Math.floor(measure / fontSize)}
      style={style}
    />
  );
}

/** Break marks for the whole text (phrases need their context), handed back to each run. */
export function markRuns(runs: Run[], maxChars = Infinity): Run[] {
  // A newline would start a new paragraph inside react-pdf's text, in its default font: texts
  // that need separate lines are separate JTexts.
  const clean = runs.map((run) => ({ ...run, text: run.text.replaceAll(BREAK_MARK, '').replace(/\s*\n\s*/g, ' ') }));
  const full = clean.map((run) => run.text).join('');
  const marked = markLineBreaks(full, maxChars);
  if (marked === full) return clean;
  const owner: number[] = [];
  clean.forEach((run, index) => {
    for (let k = 0; k < run.text.length; k += 1) owner.push(index);
  });
  const out = clean.map((run) => ({ ...run, text: '' }));
  let position = 0;
  // A mark stays with the character before it: a run that began with one would be set in
  // react-pdf's default font, since font substitution skips the mark.
  for (let k = 0; k < marked.length; k += 1) {
    const unit = marked[k];
    if (unit === BREAK_MARK) {
      out[owner[Math.max(0, position - 1)]].text += unit;
    } else {
      out[owner[position]].text += unit;
      position += 1;
    }
  }
  return out.filter((run) => run.text !== '');
}

export function H2({ children }: { children: string }) {
  const dense = useContext(Dense);
  return <JText style={[styles.h2, dense ? { marginTop: 5 } : {}]} runs={[{ text: children, bold: true }]} />;
}

export function H3({ children }: { children: string }) {
  return <JText style={styles.h3} runs={[{ text: children, bold: true }]} />;
}

/**
 * A bulleted or numbered list; items are lesson text (runs) or plain strings. A heading given here
 * stays on the page of the first item: it never sits alone at a page's foot (react-pdf's
 * minPresenceAhead does not hold inside nested views, so the two are one unbreakable view).
 */
export function List({
  items,
  numbered = false,
  heading,
}: {
  items: ({ runs: Run[] } | string)[];
  numbered?: boolean;
  heading?: ReactNode;
}) {
  const dense = useContext(Dense);
  const wantFurigana = useContext(Furigana);
  const english = useContext(English);
  const furigana = wantFurigana && !english;
  // Beside an item with furigana the marker stands on the first line's base, under its reading line.
  const lines = rubyLines(BODY_SIZE, BODY_SIZE * (dense ? DENSE_LINE_HEIGHT : LINE_HEIGHT));
  const besideRuby = { marginTop: lines.reading, lineHeight: lines.base / BODY_SIZE };
  const rendered = items.map((item, i) => (
    <View key={i} style={[styles.item, dense ? { marginBottom: 2 } : {}]} wrap={false}>
      <Label
        style={furigana && typeof item !== 'string' && hasRuby(item.runs) ? [styles.marker, besideRuby] : styles.marker}
      >
        {numbered ? `${i + 1}.` : '•'}
      </Label>
      <View style={styles.itemBody}>
        <Narrow by={16}>{typeof item === 'string' ? <JText>{item}</JText> : <RichText text={item} />}</Narrow>
      </View>
    </View>
  ));
  if (!heading) return <View>{rendered}</View>;
  return (
    <View>
      <View wrap={false}>
        {heading}
        {rendered[0]}
      </View>
      {rendered.slice(1)}
    </View>
  );
}

/** A heading kept on the page of the block after it (a paragraph, a table's first rows). */
export function KeepWithNext({ children }: { children: ReactNode }) {
  return <View wrap={false}>{children}</View>;
}

/** A page of a handout: paper size, margins, and the footer on every page. */
export function HandoutPage({ input, children }: { input: HandoutInput; children: ReactNode }) {
  const t = translator(input.locale);
  return (
    <Page size={PAPER_SIZE[input.paper]} style={[styles.page, { fontFamily: handoutFontStack(input.locale) }]}>
      <English.Provider value={input.locale === 'en'}>
        <Narrow to={PAPER_POINTS[input.paper][0] - 2 * MARGIN}>
          <View>{children}</View>
        </Narrow>
        <View style={styles.footerRule} fixed />
        <Text
          style={styles.footerRight}
          fixed
          render={({ pageNumber, totalPages }) => t('handout.page', { n: pageNumber, total: totalPages })}
        />
        <Narrow to={PAPER_POINTS[input.paper][0] - 2 * MARGIN - 50}>
          <JText
            style={styles.footerLeft}
            fixed
          >{`${t('shared.kitName')} · ${input.lesson.title[input.locale].text} · ${t('handout.asOf', { date: input.factsChecked })}`}</JText>
        </Narrow>
      </English.Provider>
    </Page>
  );
}

/** A framed box (the steps to take, the school's contacts, responding to a disclosure). */
export function Box({ children }: { children: ReactNode }) {
  return (
    <View style={styles.box} wrap={false}>
      <Narrow by={18}>{children}</Narrow>
    </View>
  );
}

/** The document's heading: a small line saying what it is, the title, and a rule. */
export function DocumentHeading({ kicker, title }: { kicker: string; title: string }) {
  return (
    <View>
      <JText style={styles.kicker}>{kicker}</JText>
      <JText style={[styles.title, useContext(Dense) ? { fontSize: 15.5 } : {}]} runs={[{ text: title, bold: true }]} />
      <View style={styles.rule} />
    </View>
  );
}

/** A QR code drawn as vector squares: generated here, crisp at any size, no image file. */
export function QrCode({ url, size = 54 }: { url: string; size?: number }) {
  const qr = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const count = qr.modules.size;
  const quiet = 2;
  // One rectangle per horizontal run of dark modules: a far shorter path than one per module.
  let d = '';
  for (let row = 0; row < count; row += 1) {
    for (let col = 0; col < count; col += 1) {
      if (!qr.modules.get(row, col)) continue;
      let end = col;
      while (end + 1 < count && qr.modules.get(row, end + 1)) end += 1;
      const run = end - col + 1;
      d += `M${col + quiet} ${row + quiet}h${run}v1h-${run}z`;
      col = end;
    }
  }
  const box = count + quiet * 2;
  return (
    <Svg width={size} height={size} viewBox={`0 0 ${box} ${box}`}>
      <Path d={d} fill="#000" />
    </Svg>
  );
}

/** The school's own contacts, when set. */
export function SchoolContacts({ school, t }: { school: SchoolSettings; t: T }) {
  if (!hasSchoolContacts(school)) return null;
  const lines = schoolContactLines(school);
  return (
    <Box>
      <JText
        style={[styles.h3, { marginTop: 0 }]}
        runs={[{ text: school.schoolName || t('shared.schoolContacts'), bold: true }]}
      />
      {lines.map((line, i) => (
        <JText key={i}>{line}</JText>
      ))}
    </Box>
  );
}

/** One help resource: name and contact, who it serves, hours; a QR code when it has a web address. */
export function HelpEntry({
  resource,
  locale,
  t,
  qr = true,
}: {
  resource: HelpResource;
  locale: Locale;
  t: T;
  qr?: boolean;
}) {
  const name = resource.name[locale];
  const contact = shownContact(resource, locale);
  const details = [resource.serves[locale].text, resource.hours?.[locale].text, resource.cost?.[locale].text]
    .filter(Boolean)
    .join(' · ');
  const showQr = qr && resource.url !== undefined && resource.status === 'verified';
  return (
    <View style={{ flexDirection: 'row', marginBottom: 5 }} wrap={false}>
      <View style={{ flex: 1 }}>
        <Narrow by={showQr ? 66 : 0}>
          <JText
            runs={[
              ...name.runs.map((run) => ({ ...run, bold: true })),
              ...(contact ? [{ text: `  ${contact}`, bold: true }] : []),
            ]}
          />
          <JText style={styles.small}>{details}</JText>
          {resource.status !== 'verified' && (
            <JText
              style={styles.small}
              runs={[{ text: `${t('shared.checkBeforeUse')}: ${resource.verify?.[locale].text ?? ''}`, bold: true }]}
            />
          )}
          {checkedDate(resource) && (
            <JText style={styles.small}>{t('handout.checkedOn', { date: checkedDate(resource)! })}</JText>
          )}
        </Narrow>
      </View>
      {showQr && <LabelledQr url={resource.url!} size={54} />}
    </View>
  );
}

/**
 * Help: the school first, then verified help as fact. Teachers also get the rest, each with
 * "check before use", and how the entries were checked. Students and families get only verified
 * help and none of those caveats (a frightened student must not read "check this number before you
 * use it"; the school checks before it prints), in two columns with labelled QR codes.
 */
export function HelpSection({ input, t, readers }: { input: HandoutInput; t: T; readers: Readers }) {
  const verified = verifiedHelp(input.help);
  const others = readers === 'teachers' ? unverifiedHelp(input.help) : [];
  const heading = <H2>{t('shared.helpTitle')}</H2>;
  const school = <SchoolContacts school={input.school} t={t} />;
  const entries =
    readers === 'teachers'
      ? verified.map((resource) => <HelpEntry key={resource.id} resource={resource} locale={input.locale} t={t} />)
      : [<HelpColumns key="columns" resources={verified} locale={input.locale} />];
  // The heading stays on the page of what follows it: the school's contacts, or else the first
  // entry (minPresenceAhead does not hold inside nested views). The students' columns fit their page.
  const first = hasSchoolContacts(input.school) ? school : readers === 'teachers' ? entries.shift() : null;
  return (
    <View>
      <View wrap={false} minPresenceAhead={40}>
        {heading}
        {first}
      </View>
      {first !== school && school}
      {entries}
      {others.length > 0 && (
        <View>
          <H3>{t('shared.checkBeforeUse')}</H3>
          {others.map((resource) => (
            <HelpEntry key={resource.id} resource={resource} locale={input.locale} t={t} qr={false} />
          ))}
        </View>
      )}
      {readers === 'teachers' && <JText style={styles.small}>{t('handout.checkNumbers')}</JText>}
    </View>
  );
}

const QR_STUDENT = 38;

/** Verified help in two columns (the student handout): name and number, who it is for, and a labelled QR code. */
function HelpColumns({ resources, locale }: { resources: HelpResource[]; locale: Locale }) {
  const measure = useContext(Measure);
  const column = (measure - 12) / 2;
  return (
    <View style={{ flexDirection: 'row', flexWrap: 'wrap', justifyContent: 'space-between' }}>
      {resources.map((resource) => {
        const contact = shownContact(resource, locale);
        // No "checked on" dates here: the footer's "information as of" is the date a student needs.
        const details = [resource.serves[locale].text, resource.hours?.[locale].text, resource.cost?.[locale].text]
          .filter(Boolean)
          .join(' · ');
        const qr = resource.url !== undefined;
        return (
          <View key={resource.id} style={{ width: column, flexDirection: 'row', marginBottom: 3 }} wrap={false}>
            <View style={{ flex: 1 }}>
              <Narrow to={column - (qr ? QR_STUDENT + 6 : 0)}>
                <JText
                  runs={[
                    ...resource.name[locale].runs.map((run) => ({ ...run, bold: true })),
                    ...(contact ? [{ text: `  ${contact}`, bold: true }] : []),
                  ]}
                />
                <JText style={styles.small}>{details}</JText>
              </Narrow>
            </View>
            {qr && <LabelledQr url={resource.url!} size={QR_STUDENT} />}
          </View>
        );
      })}
    </View>
  );
}

/** Where a QR code leads, as a reader would type it: the address without https:// or a trailing slash. */
export function qrTarget(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/$/, '');
}

/** A QR code with a label under it saying where it leads. */
export function LabelledQr({ url, size }: { url: string; size: number }) {
  const width = Math.max(size, 60);
  return (
    <View style={{ width, alignItems: 'center', marginLeft: 6 }}>
      <QrCode url={url} size={size} />
      <Narrow to={width}>
        <JText style={[styles.small, { fontSize: 6, lineHeight: 1.3, textAlign: 'center' }]}>
          {`QR: ${qrTarget(url)}`}
        </JText>
      </Narrow>
    </View>
  );
}
