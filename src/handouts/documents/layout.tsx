// The page and the shapes every handout is built from: the page (paper, copier-safe margins, the
// footer with "information as of" and page numbers), headings, lists, boxes. Greyscale only:
// black text, grey rules, no meaning carried by colour.
import { Page, StyleSheet, Text, View } from '@react-pdf/renderer';
import { createContext, useContext, type ReactNode } from 'react';
import { handoutFontStack } from '../latin-font';
import type { HandoutInput } from '../handout-input';
import type { Run } from '../../content/types';
import { translator } from '../outline/translator';
import { MARGIN, PAPER_POINTS, PAPER_SIZE } from './paper';
import { hasRuby, rubyLines } from './ruby-text';
import {
  BODY_SIZE,
  Dense,
  DENSE_LINE_HEIGHT,
  English,
  Furigana,
  Label,
  LINE_HEIGHT,
  Narrow,
  PhraseText,
  RunsText,
} from './text';

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

export function H2({ children }: { children: string }) {
  const dense = useContext(Dense);
  return <PhraseText style={[styles.h2, dense ? { marginTop: 5 } : {}]} runs={[{ text: children, bold: true }]} />;
}

export function H3({ children }: { children: string }) {
  return <PhraseText style={styles.h3} runs={[{ text: children, bold: true }]} />;
}

/** A box's title: an H3 at the top of the box. */
export function BoxTitle({ children }: { children: string }) {
  return <PhraseText style={[styles.h3, { marginTop: 0 }]} runs={[{ text: children, bold: true }]} />;
}

/**
 * A bulleted or numbered list. A heading given here stays on the page of the first item: it never
 * sits alone at a page's foot (react-pdf's minPresenceAhead does not hold inside nested views, so
 * the two are one unbreakable view).
 */
export function List({ items, numbered = false, heading }: { items: Run[][]; numbered?: boolean; heading?: string }) {
  const dense = useContext(Dense);
  const wanted = useContext(Furigana);
  const english = useContext(English);
  const furigana = wanted && !english;
  // Beside an item with furigana the marker stands on the first line's base, under its reading line.
  const lines = rubyLines(BODY_SIZE, BODY_SIZE * (dense ? DENSE_LINE_HEIGHT : LINE_HEIGHT));
  const besideRuby = { marginTop: lines.reading, lineHeight: lines.base / BODY_SIZE };
  const rendered = items.map((item, i) => (
    <View key={i} style={[styles.item, dense ? { marginBottom: 2 } : {}]} wrap={false}>
      <Label style={furigana && hasRuby(item) ? [styles.marker, besideRuby] : styles.marker}>
        {numbered ? `${i + 1}.` : '•'}
      </Label>
      <View style={styles.itemBody}>
        <Narrow by={16}>
          <RunsText runs={item} />
        </Narrow>
      </View>
    </View>
  ));
  if (!heading) return <View>{rendered}</View>;
  return (
    <View>
      <View wrap={false}>
        <H2>{heading}</H2>
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

/**
 * Set where the document is expected to fill one page (render.tsx checks, and sets it again
 * without): the footer then prints "1 / 1" as plain text. A page number drawn by a render prop
 * makes react-pdf lay the page out again for each page it splits and once more at the end.
 */
export const OnePage = createContext(false);

/** A page of a handout: paper size, margins, and the footer on every page. */
export function HandoutPage({ input, children }: { input: HandoutInput; children: ReactNode }) {
  const t = translator(input.locale);
  const onePage = useContext(OnePage);
  return (
    <Page size={PAPER_SIZE[input.paper]} style={[styles.page, { fontFamily: handoutFontStack(input.locale) }]}>
      <English.Provider value={input.locale === 'en'}>
        <Narrow to={PAPER_POINTS[input.paper][0] - 2 * MARGIN}>
          <View>{children}</View>
        </Narrow>
        <View style={styles.footerRule} fixed />
        {onePage ? (
          <Text style={styles.footerRight} fixed>
            {t('handout.page', { n: 1, total: 1 })}
          </Text>
        ) : (
          <Text
            style={styles.footerRight}
            fixed
            render={({ pageNumber, totalPages }) => t('handout.page', { n: pageNumber, total: totalPages })}
          />
        )}
        <Narrow to={PAPER_POINTS[input.paper][0] - 2 * MARGIN - 50}>
          <PhraseText
            style={styles.footerLeft}
            fixed
          >{`${t('shared.kitName')} · ${input.lesson.title[input.locale].text} · ${t('handout.asOf', { date: input.factsChecked })}`}</PhraseText>
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
      <PhraseText style={styles.kicker}>{kicker}</PhraseText>
      <PhraseText
        style={[styles.title, useContext(Dense) ? { fontSize: 15.5 } : {}]}
        runs={[{ text: title, bold: true }]}
      />
      <View style={styles.rule} />
    </View>
  );
}
