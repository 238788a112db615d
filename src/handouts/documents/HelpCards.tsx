// Help cards: eight wallet-size cards (85 × 55 mm, a bank card) on one sheet, centred, with cut
// marks outside the grid and dashed cut lines on every card edge. Only verified help prints here:
// a card has no room to say "check before use". What each card holds: ../help-card-resources.ts.
import { Page, View } from '@react-pdf/renderer';
import type { Locale } from '../../content/types';
import { shownContact } from '../../content/help';
import { planHelpCard, type CardPlan } from '../help-card-resources';
import type { HandoutInput } from '../handout-input';
import { English, JText, Narrow, PAPER_POINTS, PAPER_SIZE, styles, translator, type T } from './parts';
import { handoutFontStack } from '../latin-font';

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
  const t = translator(input.locale);
  const [width, height] = PAPER_POINTS[input.paper];
  const left = (width - CARD_WIDTH * CARD_COLUMNS) / 2;
  const top = (height - CARD_HEIGHT * CARD_ROWS) / 2;
  const xs = Array.from({ length: CARD_COLUMNS + 1 }, (_, i) => left + i * CARD_WIDTH);
  const ys = Array.from({ length: CARD_ROWS + 1 }, (_, i) => top + i * CARD_HEIGHT);
  const mark = { position: 'absolute', backgroundColor: '#000' } as const;
  const half = CUT_LINE_WIDTH / 2;
  const plan = planHelpCard(input, input.school.schoolName || t('shared.schoolContacts'));
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
                <Card input={input} t={t} locale={input.locale} plan={plan} />
              </Narrow>
            </View>
          )),
        )}
        <JText
          style={[styles.small, { position: 'absolute', left, right: left, top: ys[CARD_ROWS] + MARK_GAP + MARK + 6 }]}
        >{`${t('shared.kitName')} · ${t('handout.kindHelpcard')} · ${t('handout.cutHere')} · ${input.lesson.title[input.locale].text}`}</JText>
      </English.Provider>
    </Page>
  );
}

function Card({ input, t, locale, plan }: { input: HandoutInput; t: T; locale: Locale; plan: CardPlan }) {
  const text = { fontSize: plan.textSize, lineHeight: 1.35 };
  return (
    <View style={{ flex: 1 }}>
      <JText
        style={{ fontSize: 11, fontWeight: 700, lineHeight: 1.3 }}
        runs={[{ text: t('handout.cardTitle'), bold: true }]}
      />
      <JText
        style={[text, { marginBottom: 3 }]}
      >{`${t('handout.notYourFault')} ${t('shared.helpTitle')}${input.locale === 'ja' ? '：' : ':'}`}</JText>
      {plan.school && (
        <>
          <JText style={text} runs={[{ text: plan.school.title, bold: true }]} />
          {plan.school.lines.map((line, index) => (
            <JText key={index} style={[text, { marginLeft: 6 }]}>
              {line}
            </JText>
          ))}
        </>
      )}
      {plan.resources.map((resource) => {
        const contact = shownContact(resource, locale);
        return (
          <JText
            key={resource.id}
            style={text}
            runs={[
              { text: resource.name[locale].text, bold: true },
              { text: contact ? `  ${contact}` : '', bold: true },
            ]}
          />
        );
      })}
      <JText style={{ fontSize: 6, lineHeight: 1.3, color: '#333', position: 'absolute', bottom: 0, left: 0 }}>
        {t('handout.asOf', { date: input.factsChecked })}
      </JText>
    </View>
  );
}
