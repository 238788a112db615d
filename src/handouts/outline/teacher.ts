// The teacher guide: objectives, the timed plan, preparation, each slide's speaker notes,
// discussion prompts, likely questions, responding to a disclosure, help, and the bibliography.
import { factBadge, factText } from '../../content/facts-view';
import { deckSlideRange } from '../../content/plan';
import { guardianNoticeParagraphs, statedFactIds, type HandoutInput } from '../handout-input';
import { bold, onlyIf, plain, runsOf, type Block, type SourcesBlock } from './blocks';
import { helpBlock } from './help';
import { translator, type T } from './translator';

/** The plan table's narrow columns, in points: the minutes and the slide numbers. */
const TIME_COLUMN = 52;
const SLIDES_COLUMN = 56;

export function teacherOutline(input: HandoutInput): Block[] {
  const t = translator(input.locale);
  const { lesson, locale, safeguarding } = input;
  const slides: Block[] = input.slides.map((slide, i) => ({
    type: 'slide',
    // Slide 1 is the deck's opening slide; the lesson's own slides follow it.
    number: i + 2,
    title: slide.title,
    paragraphs: slide.notesParagraphs,
  }));
  const opening: Block = { type: 'slide', number: 1, title: t('handout.openingSlide'), paragraphs: [] };
  const closing: Block = {
    type: 'slide',
    number: input.slides.length + 2,
    title: t('handout.closingSlide'),
    paragraphs: [],
  };
  return [
    {
      type: 'title',
      kicker: `${t('shared.kitName')} · ${t('handout.kindTeacher')} · ${t('handout.teacherKicker')}`,
      title: lesson.title[locale].text,
    },
    {
      type: 'note',
      text: `${t('shared.ageBand', { n: lesson.ageMin })} · ${t('shared.minutes', { n: lesson.minutes })}`,
    },
    {
      type: 'keep',
      blocks: [
        { type: 'heading', level: 2, text: t('shared.contentNote') },
        { type: 'paragraph', runs: runsOf(lesson.contentNote[locale]) },
      ],
    },
    { type: 'list', heading: t('shared.objectives'), items: lesson.objectives.map((item) => runsOf(item[locale])) },
    {
      type: 'keep',
      blocks: [
        { type: 'heading', level: 2, text: t('shared.inochiEducation') },
        { type: 'paragraph', runs: runsOf(lesson.inochiEducation[locale]) },
      ],
    },
    {
      type: 'table',
      heading: t('shared.plan', { n: lesson.minutes }),
      columns: [
        { label: t('shared.planMinutes'), width: TIME_COLUMN },
        { label: t('shared.planActivity') },
        { label: t('shared.planSlides'), width: SLIDES_COLUMN },
      ],
      rows: lesson.plan.map((step) => [
        plain(t('shared.minutes', { n: step.minutes })),
        runsOf(step.activity[locale]),
        plain(step.slides ? deckSlideRange(step.slides) : ''),
      ]),
    },
    { type: 'list', heading: t('shared.preparation'), items: lesson.preparation.map((item) => runsOf(item[locale])) },
    {
      type: 'box',
      title: `${t('handout.guardianNoticeTemplate')}: ${input.guardianNotice.title[locale].text}`,
      blocks: guardianNoticeParagraphs(input).map((text) => ({ type: 'paragraph', runs: plain(text) })),
    },
    {
      type: 'box',
      title: safeguarding.disclosure.title[locale].text,
      blocks: [
        { type: 'paragraph', runs: runsOf(safeguarding.disclosure.intro[locale]) },
        { type: 'list', numbered: true, items: safeguarding.disclosure.steps.map((step) => runsOf(step[locale])) },
      ],
    },
    // The heading stays with the opening slide and the first of the lesson's.
    {
      type: 'keep',
      blocks: [{ type: 'heading', level: 2, text: t('handout.speakerNotes') }, opening, ...slides.slice(0, 1)],
    },
    ...slides.slice(1),
    closing,
    { type: 'list', heading: t('shared.discussion'), items: lesson.discussion.map((item) => runsOf(item[locale])) },
    ...onlyIf(lesson.likelyQuestions.length > 0, {
      type: 'questions',
      heading: t('shared.likelyQuestions'),
      items: lesson.likelyQuestions.map((item) => ({
        question: bold(runsOf(item.question[locale])),
        answer: runsOf(item.answer[locale]),
      })),
    }),
    helpBlock(input, 'teachers'),
    sourcesBlock(input, t),
  ];
}

/**
 * The facts the guide states and the documents behind them, numbered as a reader cites them: no
 * internal ids. Each fact ends with the numbers of its documents; help lines are named as printed.
 */
function sourcesBlock(input: HandoutInput, t: T): SourcesBlock {
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
  return {
    type: 'sources',
    heading: t('shared.sources'),
    intro: t('handout.sourcesIntro'),
    facts: facts.map((fact, i) => {
      const badgeKey = factBadge(fact);
      const badge = badgeKey ? `［${t(badgeKey)}］` : '';
      const help = input.help.find((resource) => resource.id === fact.id);
      // Advice facts are numbered steps, one a line: each line is printed as its own text.
      const text = help ? help.name[locale].text : withoutIds(factText(fact, locale) ?? '');
      const [first = '', ...rest] = text.split('\n');
      const sources = cite(fact.sources);
      return {
        id: fact.id,
        lines: [
          [
            { text: `${i + 1}. ${badge}`, bold: true },
            { text: `${first}${rest.length ? '' : sources}`, bold: false },
          ],
          ...rest.map((line, k) => plain(`${line}${k === rest.length - 1 ? sources : ''}`)),
        ],
      };
    }),
    referencesHeading: t('handout.references'),
    references: documents.map(
      (entry, i) =>
        `${i + 1}. ${[entry.publisher, entry.title, entry.date && readOn(entry.date, t), entry.url]
          .filter(Boolean)
          .join(locale === 'ja' ? '　' : '. ')}`,
    ),
  };
}

/** A document's date; "read 2026-12-01" (the day a web page was read) in the reader's language. */
function readOn(date: string, t: T): string {
  const read = /^read (\d{4}-\d{2}-\d{2})$/.exec(date);
  return read ? t('handout.readOn', { date: read[1] }) : date;
}
