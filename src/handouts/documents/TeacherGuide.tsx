// The teacher guide: objectives, the timed plan, preparation, each slide's speaker notes,
// discussion prompts, likely questions, responding to a disclosure, help, and the bibliography.
import { View } from '@react-pdf/renderer';
import type { Run } from '../../content/types';
import { deckSlideRange } from '../../content/plan';
import { factBadge, factText } from '../../content/facts-view';
import { guardianNoticeParagraphs, statedFactIds, type HandoutInput } from '../handout-input';
import {
  Box,
  DocumentHeading,
  H2,
  H3,
  HandoutPage,
  HelpSection,
  JText,
  KeepWithNext,
  List,
  Narrow,
  RichText,
  styles,
  translator,
  type T,
} from './parts';

const cell = { padding: 4, borderRightWidth: 0.5, borderRightColor: '#777' } as const;
const TIME_COLUMN = 52;
const SLIDES_COLUMN = 56;

export function TeacherGuide({ input }: { input: HandoutInput }) {
  const t = translator(input.locale);
  const { lesson, locale, safeguarding } = input;
  return (
    <HandoutPage input={input}>
      <DocumentHeading
        kicker={`${t('shared.kitName')} · ${t('handout.kindTeacher')} · ${t('handout.teacherKicker')}`}
        title={lesson.title[locale].text}
      />
      <JText
        style={styles.small}
      >{`${t('shared.ageBand', { n: lesson.ageMin })} · ${t('shared.minutes', { n: lesson.minutes })}`}</JText>
      <KeepWithNext>
        <H2>{t('shared.contentNote')}</H2>
        <RichText text={lesson.contentNote[locale]} style={styles.paragraph} />
      </KeepWithNext>
      <List
        heading={<H2>{t('shared.objectives')}</H2>}
        items={lesson.objectives.map((objective) => objective[locale])}
      />
      <KeepWithNext>
        <H2>{t('shared.inochiEducation')}</H2>
        <RichText text={lesson.inochiEducation[locale]} style={styles.paragraph} />
      </KeepWithNext>

      <View wrap={false} minPresenceAhead={90}>
        <H2>{t('shared.plan', { n: lesson.minutes })}</H2>
      </View>
      <View style={{ borderWidth: 0.75, borderColor: '#000' }}>
        <View style={{ flexDirection: 'row', borderBottomWidth: 0.75, borderBottomColor: '#000' }} fixed>
          <Narrow to={TIME_COLUMN - 8}>
            <JText style={[cell, { width: TIME_COLUMN, fontWeight: 700 }]}>{t('shared.planMinutes')}</JText>
          </Narrow>
          <View style={[cell, { flex: 1 }]}>
            <Narrow by={TIME_COLUMN + SLIDES_COLUMN + 10}>
              <JText style={{ fontWeight: 700 }}>{t('shared.planActivity')}</JText>
            </Narrow>
          </View>
          <Narrow to={SLIDES_COLUMN - 8}>
            <JText style={[cell, { width: SLIDES_COLUMN, fontWeight: 700, borderRightWidth: 0 }]}>
              {t('shared.planSlides')}
            </JText>
          </Narrow>
        </View>
        {lesson.plan.map((step, i) => (
          <View
            key={i}
            style={{
              flexDirection: 'row',
              borderBottomWidth: i === lesson.plan.length - 1 ? 0 : 0.5,
              borderBottomColor: '#777',
            }}
            wrap={false}
          >
            <Narrow to={TIME_COLUMN - 8}>
              <JText style={[cell, { width: TIME_COLUMN }]}>{t('shared.minutes', { n: step.minutes })}</JText>
            </Narrow>
            <View style={[cell, { flex: 1 }]}>
              <Narrow by={TIME_COLUMN + SLIDES_COLUMN + 10}>
                <RichText text={step.activity[locale]} />
              </Narrow>
            </View>
            <Narrow to={SLIDES_COLUMN - 8}>
              <JText style={[cell, { width: SLIDES_COLUMN, borderRightWidth: 0 }]}>
                {step.slides ? deckSlideRange(step.slides) : ''}
              </JText>
            </Narrow>
          </View>
        ))}
      </View>

      <List heading={<H2>{t('shared.preparation')}</H2>} items={lesson.preparation.map((item) => item[locale])} />

      <Box>
        <JText
          style={[styles.h3, { marginTop: 0 }]}
          runs={[
            { text: `${t('handout.guardianNoticeTemplate')}: ${input.guardianNotice.title[locale].text}`, bold: true },
          ]}
        />
        {guardianNoticeParagraphs(input).map((paragraph, i) => (
          <JText key={i} style={styles.paragraph}>
            {paragraph}
          </JText>
        ))}
      </Box>

      <Box>
        <JText
          style={[styles.h3, { marginTop: 0 }]}
          runs={[{ text: safeguarding.disclosure.title[locale].text, bold: true }]}
        />
        <RichText text={safeguarding.disclosure.intro[locale]} style={styles.paragraph} />
        <List numbered items={safeguarding.disclosure.steps.map((step) => step[locale])} />
      </Box>

      <KeepWithNext>
        <H2>{t('handout.speakerNotes')}</H2>
        <SlideNotes number={1} title={t('handout.openingSlide')} paragraphs={[]} />
        {input.slides.slice(0, 1).map((slide) => (
          <SlideNotes key={0} number={2} title={slide.title} paragraphs={slide.notesParagraphs} />
        ))}
      </KeepWithNext>
      {input.slides.slice(1).map((slide, i) => (
        <SlideNotes key={i} number={i + 3} title={slide.title} paragraphs={slide.notesParagraphs} />
      ))}
      <SlideNotes number={input.slides.length + 2} title={t('handout.closingSlide')} paragraphs={[]} />

      <List heading={<H2>{t('shared.discussion')}</H2>} items={lesson.discussion.map((prompt) => prompt[locale])} />

      {lesson.likelyQuestions.map((item, i) => (
        <View key={i} style={{ marginBottom: 5 }} wrap={false}>
          {i === 0 && <H2>{t('shared.likelyQuestions')}</H2>}
          <JText runs={item.question[locale].runs.map((run) => ({ ...run, bold: true }))} />
          <RichText text={item.answer[locale]} />
        </View>
      ))}

      <HelpSection input={input} t={t} readers="teachers" />

      <Sources input={input} t={t} />
    </HandoutPage>
  );
}

/**
 * The facts the guide states and the documents behind them, numbered as a reader cites them: no
 * internal ids. Each fact ends with the numbers of its documents; help lines are named as printed.
 */
function Sources({ input, t }: { input: HandoutInput; t: T }) {
  const { locale } = input;
  const documents = Object.values(input.bibliography);
  const number = new Map(documents.map((entry, i) => [entry.id, i + 1]));
  const cite = (ids: string[]) => {
    const numbers = ids.flatMap((id) => number.get(id) ?? []);
    if (numbers.length === 0) return '';
    return locale === 'ja' ? `〔${numbers.join('、')}〕` : ` [${numbers.join(', ')}]`;
  };
  const facts = statedFactIds(input).flatMap((id) => input.facts[id] ?? []);
  // A fact's text may name another fact by id (from the shared facts): print its number instead.
  const factNumber = new Map(facts.map((fact, i) => [fact.id, i + 1]));
  const withoutIds = (text: string) =>
    text.replace(/(:\s*)?\b([a-z]+\.[a-z0-9-]+)\b/g, (whole, _colon, id: string) => {
      if (!input.facts[id]) return whole;
      const n = factNumber.get(id);
      if (n === undefined) return '';
      return locale === 'ja' ? `（${n}を参照）` : ` (see ${n})`;
    });
  return (
    <View>
      <View wrap={false} minPresenceAhead={60}>
        <H2>{t('shared.sources')}</H2>
        <JText style={[styles.small, { marginBottom: 3 }]}>{t('handout.sourcesIntro')}</JText>
      </View>
      {facts.map((fact, i) => {
        const badgeKey = factBadge(fact);
        const badge = badgeKey ? `［${t(badgeKey)}］` : '';
        const help = input.help.find((resource) => resource.id === fact.id);
        // Advice facts are numbered steps, one a line: each line is its own text.
        const [first = '', ...rest] = (help ? help.name[locale].text : withoutIds(factText(fact, locale) ?? '')).split(
          '\n',
        );
        const sources = cite(fact.sources);
        return (
          <View key={fact.id} style={{ marginBottom: 3 }} wrap={false}>
            <JText
              style={styles.small}
              runs={[
                { text: `${i + 1}. ${badge}`, bold: true },
                { text: `${first}${rest.length ? '' : sources}`, bold: false },
              ]}
            />
            {rest.map((line, k) => (
              <JText key={k} style={styles.small}>{`${line}${k === rest.length - 1 ? sources : ''}`}</JText>
            ))}
          </View>
        );
      })}
      <View wrap={false} minPresenceAhead={30}>
        <H3>{t('handout.references')}</H3>
      </View>
      {documents.map((entry, i) => (
        <JText key={entry.id} style={[styles.small, { marginBottom: 2 }]}>
          {`${i + 1}. ${[entry.publisher, entry.title, entry.date && readOn(entry.date, t), entry.url]
            .filter(Boolean)
            .join(locale === 'ja' ? '　' : '. ')}`}
        </JText>
      ))}
    </View>
  );
}

/** A document's date; "read 2026-12-01" (the day a web page was read) in the reader's language. */
function readOn(date: string, t: T): string {
  const read = /^read (\d{4}-\d{2}-\d{2})$/.exec(date);
  return read ? t('handout.readOn', { date: read[1] }) : date;
}

function SlideNotes({ number, title, paragraphs }: { number: number; title: string; paragraphs: Run[][] }) {
  return (
    <View style={{ marginBottom: 4 }}>
      <KeepWithNext>
        <JText style={styles.h3} runs={[{ text: `${number}. ${title}`, bold: true }]} />
        {paragraphs.slice(0, 1).map((runs, i) => (
          <JText key={i} runs={runs} style={styles.paragraph} />
        ))}
      </KeepWithNext>
      {paragraphs.slice(1).map((runs, i) => (
        <JText key={i} runs={runs} style={styles.paragraph} />
      ))}
    </View>
  );
}
