// The class summary as a one-page PDF (react-pdf, the kit's fonts): totals per choice and the
// before/after change, with no row per student. Runs in a Web Worker (summary-pdf-worker.ts):
// react-pdf's layout engine is WebAssembly, which the page's Content Security Policy does not run.
import { Document, Page, StyleSheet, Text, View, pdf } from '@react-pdf/renderer';
import type { Locale, Question } from '../content/types';
import { FONT_STACK, registerFonts, type FontSources } from '../handouts/fonts';
import type { SessionSummary } from '../protocol/live';
import { translateLive } from './messages';
import { summaryRows } from './summary-table';

const styles = StyleSheet.create({
  page: { padding: 36, fontFamily: FONT_STACK, fontSize: 9 },
  title: { fontSize: 16, fontWeight: 700, marginBottom: 4 },
  note: { fontSize: 8, marginBottom: 10 },
  question: { fontWeight: 700, marginTop: 6, marginBottom: 2 },
  row: { flexDirection: 'row', borderBottomWidth: 0.5, borderBottomColor: '#999', paddingVertical: 1.5 },
  choice: { flex: 1 },
  count: { width: 80, textAlign: 'right' },
});

export interface SummaryPdfInput {
  summary: SessionSummary;
  quiz: Question[];
  locale: Locale;
  lessonTitle: string;
  date: string;
  fonts: FontSources;
}

export async function summaryPdf({
  summary,
  quiz,
  locale,
  lessonTitle,
  date,
  fonts,
}: SummaryPdfInput): Promise<Uint8Array> {
  registerFonts(fonts);
  const rows = summaryRows(summary, quiz, locale);
  const groups = rows.reduce<{ key: string; question: string; rows: typeof rows }[]>((all, row) => {
    const key = `${row.round}:${row.question}`;
    if (all.at(-1)?.key === key) all.at(-1)!.rows.push(row);
    else all.push({ key, question: row.question, rows: [row] });
    return all;
  }, []);
  const title = translateLive(locale, 'summaryTitle');
  const summaryDocument = (
    <Document title={`${title}: ${lessonTitle}`} language={locale} creator="mamoru" producer="mamoru (react-pdf)">
      <Page size="A4" style={styles.page}>
        <Text style={styles.title}>
          {title}: {lessonTitle}
        </Text>
        <Text style={styles.note}>
          {date} · {translateLive(locale, 'joined', { n: summary.joined })} · {translateLive(locale, 'summaryNote')}
        </Text>
        {groups.map((group) => (
          <View key={group.key} wrap={false}>
            <Text style={styles.question}>
              {group.rows[0].round === 'before → after' ? `${translateLive(locale, 'change')}: ` : ''}
              {group.question}
            </Text>
            {group.rows.map((row, index) => (
              <View key={index} style={styles.row}>
                <Text style={styles.choice}>
                  {row.correct ? `${row.choice} (${translateLive(locale, 'rightAnswerMark')})` : row.choice}
                </Text>
                <Text style={styles.count}>
                  {row.count === null || row.percent === null
                    ? ''
                    : translateLive(locale, 'share', { n: row.count, p: row.percent })}
                </Text>
              </View>
            ))}
          </View>
        ))}
      </Page>
    </Document>
  );
  return new Uint8Array(await (await pdf(summaryDocument).toBlob()).arrayBuffer());
}
