// Help cards: eight wallet-size cards (85 × 55 mm, a bank card) on one sheet, centred, with cut
// marks outside the grid and dashed cut lines on every card edge. What a card says:
// ../outline/helpcard.ts (only verified help: a card has no room to say "check before use").
import { Page, View } from '@react-pdf/renderer';
import type { HandoutInput } from '../handout-input';
import type { HelpCardBlock } from '../outline/blocks';
import { helpcardOutline } from '../outline/helpcard';
import { handoutFontStack } from '../latin-font';
import { styles } from './layout';
import { PAPER_POINTS, PAPER_SIZE } from './paper';
import { English, Narrow, PhraseText } from './text';

const MM = 72 / 25.4;
export const CARD_WIDTH = 85 * MM;
export const CARD_HEIGHT = 55 * MM;
export const CARD_COLUMNS = 2;
export const CARD_ROWS = 4;
const MARK = 12;
const MARK_GAP = 4;

/** Cut lines: black dashes thick enough (1 pt) to survive a black-and-white office printer. */
export const CUT_LINE_WIDTH = 1;
const CUT_LINE = { position: 'absolute', borderColor: '#000', borderStyle: 'dashed' } as const;

export function HelpCards({ input }: { input: HandoutInput }) {
  const [card] = helpcardOutline(input) as [HelpCardBlock];
  const [width, height] = PAPER_POINTS[input.paper];
  const left = (width - CARD_WIDTH * CARD_COLUMNS) / 2;
  const top = (height - CARD_HEIGHT * CARD_ROWS) / 2;
  const xs = Array.from({ length: CARD_COLUMNS + 1 }, (_, i) => left + i * CARD_WIDTH);
  const ys = Array.from({ length: CARD_ROWS + 1 }, (_, i) => top + i * CARD_HEIGHT);
  const mark = { position: 'absolute', backgroundColor: '#000' } as const;
  const half = CUT_LINE_WIDTH / 2;
  return (
    <Page
      size={PAPER_SIZE[input.paper]}
      style={[styles.page, { padding: 0, fontFamily: handoutFontStack(input.locale) }]}
    >
      <English.Provider value={input.locale === 'en'}>
        {xs.map((x, i) => (
          <View key={`v${i}`}>
            <View style={[mark, { left: x - half, top: top - MARK_GAP - MARK, width: CUT_LINE_WIDTH, height: MARK }]} />
            <View
              style={[mark, { left: x - half, top: ys[CARD_ROWS] + MARK_GAP, width: CUT_LINE_WIDTH, height: MARK }]}
            />
            <View
              style={[
                CUT_LINE,
                { left: x - half, top, height: CARD_HEIGHT * CARD_ROWS, borderLeftWidth: CUT_LINE_WIDTH },
              ]}
            />
          </View>
        ))}
        {ys.map((y, i) => (
          <View key={`h${i}`}>
            <View
              style={[mark, { top: y - half, left: left - MARK_GAP - MARK, height: CUT_LINE_WIDTH, width: MARK }]}
            />
            <View
              style={[mark, { top: y - half, left: xs[CARD_COLUMNS] + MARK_GAP, height: CUT_LINE_WIDTH, width: MARK }]}
            />
            <View
              style={[
                CUT_LINE,
                { top: y - half, left, width: CARD_WIDTH * CARD_COLUMNS, borderTopWidth: CUT_LINE_WIDTH },
              ]}
            />
          </View>
        ))}
        {ys.slice(0, CARD_ROWS).flatMap((y, row) =>
          xs.slice(0, CARD_COLUMNS).map((x, column) => (
            <View
              key={`${row}-${column}`}
              style={{ position: 'absolute', left: x, top: y, width: CARD_WIDTH, height: CARD_HEIGHT, padding: 9 }}
            >
              <Narrow to={CARD_WIDTH - 18}>
                <Card card={card} />
              </Narrow>
            </View>
          )),
        )}
        <PhraseText
          style={[styles.small, { position: 'absolute', left, right: left, top: ys[CARD_ROWS] + MARK_GAP + MARK + 6 }]}
        >
          {card.footer}
        </PhraseText>
      </English.Provider>
    </Page>
  );
}

function Card({ card }: { card: HelpCardBlock }) {
  const text = { fontSize: card.textSize, lineHeight: 1.35 };
  return (
    <View style={{ flex: 1 }}>
      <PhraseText
        style={{ fontSize: 11, fontWeight: 700, lineHeight: 1.3 }}
        runs={[{ text: card.title, bold: true }]}
      />
      <PhraseText style={[text, { marginBottom: 3 }]}>{card.intro}</PhraseText>
      {card.school && (
        <>
          <PhraseText style={text} runs={[{ text: card.school.title, bold: true }]} />
          {card.school.lines.map((line, index) => (
            <PhraseText key={index} style={[text, { marginLeft: 6 }]}>
              {line}
            </PhraseText>
          ))}
        </>
      )}
      {card.resources.map((resource) => (
        <PhraseText
          key={resource.id}
          style={text}
          runs={[
            { text: resource.name, bold: true },
            { text: resource.contact ? `  ${resource.contact}` : '', bold: true },
          ]}
        />
      ))}
      <PhraseText style={{ fontSize: 6, lineHeight: 1.3, color: '#333', position: 'absolute', bottom: 0, left: 0 }}>
        {card.asOf}
      </PhraseText>
    </View>
  );
}
