// The teacher guide: objectives, the timed plan, preparation, each slide's speaker notes,
// discussion prompts, likely questions, responding to a disclosure, help, and the bibliography.
import { View } from '@react-pdf/renderer';
import { deckSlideRange } from '../../content/plan';
import { factBadge, factText } from '../../content/facts-view';
import { guardianNoticeParagraphs, statedFactIds, type HandoutInput } from '../handout-input';
import { blockParagraphs } from '../rich-text';
import {
  Box,
  DocumentHeading,
  H2,
  H3,
  HandoutPage,
  HelpSection,
  JText,
  List,
  Narrow,
  RichText,
  SourceLine,
  styles,
  translator,
} from './parts';

const cell = { padding: 4, borderRightWidth: 0.5, borderRightColor: '#777' } as const;
const TIME_COLUMN = 52;
const SLIDES_COLUMN = 56;

export function TeacherGuide({ input }: { input: HandoutInput }) {
  const t = translator(input.locale);
  const { lesson, locale, safeguarding } = input;
  const ids = statedFactIds(input);
  return (
    <HandoutPage input={input}>
      <DocumentHeading
        kicker={`${t('shared.kitName')} · ${t('handout.kindTeacher')} · ${t('handout.teacherKicker')}`}
        title={lesson.title[locale].text}
      />
      <JText
        style={styles.small}
      >{`${t('shared.ageBand', { n: lesson.ageMin })} · ${t('shared.minutes', { n: lesson.minutes })}`}</JText>
      <H2>{t('shared.contentNote')}</H2>
      <RichText html={lesson.contentNote[locale].html} style={styles.paragraph} />
      <H2>{t('shared.objectives')}</H2>
      <List items={lesson.objectives.map((objective) => objective[locale])} />
      <H2>{t('shared.inochiEducation')}</H2>
      <RichText html={lesson.inochiEducation[locale].html} style={styles.paragraph} />

      <H2>{t('shared.plan', { n: lesson.minutes })}</H2>
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
                <RichText html={step.activity[locale].html} />
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

      <H2>{t('shared.preparation')}</H2>
      <List items={lesson.preparation.map((item) => item[locale])} />

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
        <RichText html={safeguarding.disclosure.intro[locale].html} style={styles.paragraph} />
        <List numbered items={safeguarding.disclosure.steps.map((step) => step[locale])} />
      </Box>

      <H2>{t('handout.speakerNotes')}</H2>
      <SlideNotes number={1} title={t('handout.openingSlide')} paragraphs={[]} />
      {input.slides.map((slide, i) => (
        <SlideNotes key={i} number={i + 2} title={slide.title} paragraphs={blockParagraphs(slide.notesHtml)} />
      ))}
      <SlideNotes number={input.slides.length + 2} title={t('handout.closingSlide')} paragraphs={[]} />

      <H2>{t('shared.discussion')}</H2>
      <List items={lesson.discussion.map((prompt) => prompt[locale])} />

      {lesson.likelyQuestions.length > 0 && <H2>{t('shared.likelyQuestions')}</H2>}
      {lesson.likelyQuestions.map((item, i) => (
        <View key={i} style={{ marginBottom: 5 }} wrap={false}>
          <RichText html={`<strong>${item.question[locale].html}</strong>`} />
          <RichText html={item.answer[locale].html} />
        </View>
      ))}

      <HelpSection input={input} t={t} />

      <H2>{t('shared.sources')}</H2>
      {ids.map((id) => {
        const fact = input.facts[id];
        if (!fact) return null;
        const badgeKey = factBadge(fact);
        const badge = badgeKey ? ` [${t(badgeKey)}]` : '';
        // Advice facts are numbered steps, one a line: each line is its own text.
        const [first = '', ...rest] = (factText(fact, locale) ?? fact.details.name ?? '').split('\n');
        const sources = ` [${fact.sources.join(', ')}]`;
        return (
          <View key={id} style={{ marginBottom: 3 }} wrap={false}>
            <JText
              style={styles.small}
              runs={[
                { text: `${id}${badge}`, bold: true },
                { text: ` ${first}${rest.length ? '' : sources}`, bold: false },
              ]}
            />
            {rest.map((line, i) => (
              <JText key={i} style={styles.small}>{`${line}${i === rest.length - 1 ? sources : ''}`}</JText>
            ))}
          </View>
        );
      })}
      <H3>{t('shared.sources')}</H3>
      {Object.values(input.bibliography).map((entry) => (
        <JText key={entry.id} style={[styles.small, { marginBottom: 2 }]}>
          {[`[${entry.id}]`, entry.publisher, entry.title, entry.date, entry.url].filter(Boolean).join('. ')}
        </JText>
      ))}
      <SourceLine input={input} ids={ids} t={t} />
    </HandoutPage>
  );
}

function SlideNotes({
  number,
  title,
  paragraphs,
}: {
  number: number;
  title: string;
  paragraphs: ReturnType<typeof blockParagraphs>;
}) {
  return (
    <View style={{ marginBottom: 4 }}>
      <View wrap={false} minPresenceAhead={24}>
        <JText style={styles.h3} runs={[{ text: `${number}. ${title}`, bold: true }]} />
      </View>
      {paragraphs.map((runs, i) => (
        <JText key={i} runs={runs} style={[styles.paragraph, styles.small]} />
      ))}
    </View>
  );
}
