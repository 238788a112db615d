// The page and the shapes every handout is built from: the page (paper, copier-safe margins, the
// footer with "information as of" and page numbers), headings, lists, boxes. Greyscale only:
// black text, grey rules, no meaning carried by colour.
import { Page, StyleSheet, Text, View } from '@react-pdf/renderer';
import type { PageLayoutProps } from '@react-pdf/renderer';
import { useContext, type ReactNode } from 'react';
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
  phraseText,
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
 * A page of a handout: paper size, margins, and the footer on every page ("information as of",
 * page n / total). The footer is the page's layout template, which react-pdf's pagination engine
 * (experimentalPagination, implied by `layout`) draws around each page's share of the content:
 * the content is laid out once and packed into pages, and the totals are known when the footer is
 * drawn. The legacy engine laid the remaining content out again at every page split, and once
 * more for each render-prop page number (half of a teacher guide's time).
 */
export function HandoutPage({ input, children }: { input: HandoutInput; children: ReactNode }) {
  const t = translator(input.locale);
  const english = input.locale === 'en';
  const footnote = `${t('shared.kitName')} · ${input.lesson.title[input.locale].text} · ${t('handout.asOf', { date: input.factsChecked })}`;
  const footerMeasure = PAPER_POINTS[input.paper][0] - 2 * MARGIN - 50;
  // Called by react-pdf outside React for every page: no hooks, so no context, in here.
  const footer = ({ pageNumber, totalPages, children: content }: PageLayoutProps) => (
    <>
      {content}
      <View style={styles.footerRule} />
      <Text style={styles.footerRight}>{t('handout.page', { n: pageNumber ?? 1, total: totalPages ?? 1 })}</Text>
      {phraseText({
        runs: [{ text: footnote, bold: false }],
        style: styles.footerLeft,
        lineHeight: LINE_HEIGHT,
        english,
        measure: footerMeasure,
      })}
    </>
  );
  return (
    <Page
      size={PAPER_SIZE[input.paper]}
      style={[styles.page, { fontFamily: handoutFontStack(input.locale) }]}
      layout={footer}
    >
      <English.Provider value={english}>
        <Narrow to={PAPER_POINTS[input.paper][0] - 2 * MARGIN}>{children}</Narrow>
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
