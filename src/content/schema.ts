// The lesson format, as zod schemas. These are the single source of the lesson types: the loader
// validates files against them and the app, deck, quiz and handouts use the inferred types.
import { z } from 'zod';
import { joinFoldedJapanese } from './japanese-text.ts';
import { renderInline } from './markdown/markdown.ts';
import { LOCALES, TOPICS, type Locale, type Topic } from './vocabulary.ts';
import type { Run } from './types.ts';

export { LOCALES, TOPICS, type Locale, type Topic };

const FACT_ID = /^(law|event|fig|case|help|advice)\.[a-z0-9][a-z0-9.-]*$/;
const LESSON_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const nonEmpty = z.string().trim().min(1, 'must not be empty');

/**
 * Inline text rendered from Markdown: sanitized HTML for pages, plain text for titles, and runs
 * (bold, ruby) for the PDFs. The pages' modules leave the runs out (src/content/lesson-runs.ts).
 */
export interface RichText {
  html: string;
  text: string;
  runs: Run[];
}
export type LocalizedRichText = Record<Locale, RichText>;

/**
 * A string written in both languages side by side, so the two cannot drift apart. Each side is
 * inline Markdown (emphasis, links, ruby as {漢字:かんじ}), rendered and sanitized here.
 */
export const localizedText = z
  .strictObject({ ja: nonEmpty, en: nonEmpty }, { error: 'must have both ja and en text, like {ja: …, en: …}' })
  .transform((value, ctx): LocalizedRichText => {
    const rendered = {} as LocalizedRichText;
    for (const locale of LOCALES) {
      const source = locale === 'ja' ? joinFoldedJapanese(value.ja) : value[locale];
      const { html, text, runs, factRefs, problems } = renderInline(source, locale);
      for (const problem of problems) ctx.addIssue({ code: 'custom', path: [locale], message: problem.message });
      if (factRefs.length) {
        ctx.addIssue({
          code: 'custom',
          path: [locale],
          message: 'cite facts in the facts: list, not inline with [[…]]',
        });
      }
      rendered[locale] = { html, text, runs };
    }
    return rendered;
  });

const factId = z.string().regex(FACT_ID, 'is not a fact id (like law.penal-182-2023)');
const helpId = z.string().regex(/^help\.[a-z0-9-]+$/, 'is not a help id (like help.9110)');

export const planStep = z.strictObject({
  minutes: z.number().int().min(1).max(50),
  activity: localizedText,
  /** Slide numbers this step covers, e.g. "1-4", for the teacher's timing. */
  slides: z
    .string()
    .regex(/^\d+(-\d+)?$/, 'must be a slide number or range like 3-5')
    .optional(),
  /** The step in which students answer the quiz's core questions in class (never as homework). */
  inClassQuiz: z.literal(true).optional(),
});

export const likelyQuestion = z.strictObject({
  question: localizedText,
  answer: localizedText,
});

/** lessons/<id>/lesson.yaml */
export const lessonFile = z.strictObject({
  id: z.string().regex(LESSON_ID, 'must be lower-case words joined by hyphens, like sextortion-pattern'),
  /** Position in the catalogue; lower comes first. */
  order: z.number().int().min(0),
  title: localizedText,
  summary: localizedText,
  /** Youngest age the lesson is written for: shown as an age band such as "12+". */
  ageMin: z.number().int().min(10).max(18),
  minutes: z.number().int().min(10).max(120),
  topics: z.array(z.enum(TOPICS)).min(1),
  objectives: z.array(localizedText).min(1),
  /** What the lesson covers, said before it starts; the deck's first slide. */
  contentNote: localizedText,
  /** Which aims of 生命（いのち）の安全教育 (MEXT and Cabinet Office, 2021) the lesson serves: overview, teacher guide, pre-notice. */
  inochiEducation: localizedText,
  /** Names of the fictional people harmed in this lesson's stories: no other lesson may use them for a victim. */
  victims: z.array(z.strictObject({ ja: nonEmpty, en: nonEmpty })).default([]),
  plan: z.array(planStep).min(1),
  preparation: z.array(localizedText).min(1),
  discussion: z.array(localizedText).min(1),
  likelyQuestions: z.array(likelyQuestion).default([]),
  handout: z.strictObject({
    student: z.array(localizedText).min(1),
    guardian: z.array(localizedText).min(1),
    /**
     * What the class learned, in the past tense, for the guardian letter sent home after the
     * lesson (the summary is written before it: 「…を学びます」). Without it the letter shows the
     * summary under a heading that does not say "learned".
     */
    learned: localizedText.optional(),
    /** Advice facts (like advice.sextortion) whose steps the student handout and guardian letter print. */
    steps: z.array(factId.regex(/^advice\./, 'must be an advice fact, like advice.sextortion')).default([]),
  }),
  /** Facts the lesson relies on beyond those cited inline in slides and quiz. */
  facts: z.array(factId).default([]),
  /** Help resources for the closing slide and handouts, by region. */
  help: z.strictObject({ jp: z.array(helpId).min(1, 'needs at least one help resource') }),
});
export type LessonMeta = z.output<typeof lessonFile>;

const optionId = z.string().regex(/^[a-z0-9-]+$/, 'must be a short id like a, b or save-evidence');

export const quizOption = z.strictObject({
  id: optionId,
  text: localizedText,
  /** Scenario questions give every option its own feedback. */
  feedback: localizedText.optional(),
});
export type QuizOption = z.output<typeof quizOption>;

const questionBase = {
  id: z.string().regex(/^[a-z0-9-]+$/, 'must be a short id like q1'),
  /** Not in the in-class core set: offered after it, if there is time. */
  optional: z.boolean().default(false),
  prompt: localizedText,
  explanation: localizedText,
  facts: z.array(factId).default([]),
};

export const question = z.discriminatedUnion(
  'type',
  [
    z.strictObject({
      ...questionBase,
      type: z.literal('single'),
      options: z.array(quizOption).min(2),
      answer: optionId,
    }),
    z.strictObject({
      ...questionBase,
      type: z.literal('multiple'),
      options: z.array(quizOption).min(2),
      answer: z.array(optionId).min(1),
    }),
    z.strictObject({
      ...questionBase,
      type: z.literal('truefalse'),
      answer: z.boolean(),
    }),
    z.strictObject({
      ...questionBase,
      type: z.literal('scenario'),
      /** The short fictional story the question asks about. */
      story: localizedText,
      options: z.array(quizOption.extend({ feedback: localizedText })).min(2),
      answer: optionId,
    }),
    z.strictObject({
      ...questionBase,
      type: z.literal('ordering'),
      /** Listed in the correct order; the quiz shuffles them. */
      options: z.array(quizOption).min(3),
      /**
       * Pairs [earlier, later] of option ids whose swap is the very mistake the lesson warns about
       * (block before saving the evidence): an answer with such a pair the wrong way round scores 0.
       */
      mustPrecede: z.array(z.tuple([optionId, optionId])).default([]),
    }),
  ],
  { error: 'type must be one of single, multiple, truefalse, scenario, ordering' },
);
export type Question = z.output<typeof question>;

/** lessons/<id>/quiz.yaml */
export const quizFile = z
  .strictObject({
    questions: z.array(question).min(1),
    /**
     * The check set: 2–4 question ids asked at the start and again at the end of a live class, so the
     * class sees its change. Optional.
     */
    check: z
      .array(z.string())
      .min(2, 'a check set has 2 to 4 questions')
      .max(4, 'a check set has 2 to 4 questions')
      .optional(),
  })
  .superRefine(({ questions, check }, ctx) => {
    const ids = questions.map((q) => q.id);
    check?.forEach((id, index) => {
      if (!ids.includes(id))
        ctx.addIssue({
          code: 'custom',
          path: ['check', index],
          message: `unknown question ${id}: the check set lists ids from questions (${ids.join(', ')})`,
        });
      else if (check.indexOf(id) !== index)
        ctx.addIssue({ code: 'custom', path: ['check', index], message: `lists ${id} twice` });
    });
    const seen = new Set<string>();
    questions.forEach((q, index) => {
      if (seen.has(q.id))
        ctx.addIssue({
          code: 'custom',
          path: ['questions', index, 'id'],
          message: `question id ${q.id} is used twice`,
        });
      seen.add(q.id);
      if (!('options' in q)) return;
      const ids = q.options.map((option) => option.id);
      ids.forEach((id, optionIndex) => {
        if (ids.indexOf(id) !== optionIndex) {
          ctx.addIssue({
            code: 'custom',
            path: ['questions', index, 'options', optionIndex, 'id'],
            message: `option id ${id} is used twice in ${q.id}`,
          });
        }
      });
      if (!('answer' in q)) return;
      const answers = Array.isArray(q.answer) ? q.answer : [q.answer];
      answers.forEach((answer, answerIndex) => {
        if (!ids.includes(answer)) {
          const path = Array.isArray(q.answer)
            ? ['questions', index, 'answer', answerIndex]
            : ['questions', index, 'answer'];
          ctx.addIssue({
            code: 'custom',
            path,
            message: `answer ${answer} is not one of the options (${ids.join(', ')})`,
          });
        }
      });
      if (Array.isArray(q.answer) && new Set(q.answer).size !== q.answer.length) {
        ctx.addIssue({ code: 'custom', path: ['questions', index, 'answer'], message: 'lists the same option twice' });
      }
    });
  });

/** lessons/help/<region>.yaml */
export const helpResource = z.strictObject({
  id: helpId,
  name: localizedText,
  /** Phone number, short code or web address, as people type or dial it. */
  contact: z.string().trim().min(1).optional(),
  url: z.url({ protocol: /^https$/ }).optional(),
  hours: localizedText.optional(),
  cost: localizedText.optional(),
  serves: localizedText,
  what: localizedText,
  status: z.enum(['verified', 'partial', 'verify-locally']),
  /** What a teacher should check before printing, when the facts file says so. */
  verify: localizedText.optional(),
  /** When this resource's contact was last checked; only a verified resource has one. */
  lastVerified: z
    .string()
    .regex(/^\d{4}-\d{2}(-\d{2})?$/, 'must be a date like 2026-11')
    .optional(),
});
export type HelpResource = z.output<typeof helpResource>;

export const helpFile = z.strictObject({
  region: z.string().regex(/^[a-z]{2}$/),
  resources: z.array(helpResource).min(1),
});

/** lessons/facts.yaml: generated from ../shared/facts/japan.yaml by `npm run facts`. */
export const fact = z.strictObject({
  id: z.string(),
  status: z.enum(['verified', 'partial', 'verify-locally']),
  text: z.strictObject({ ja: z.string().optional(), en: z.string().optional() }),
  /** Other fields the facts file gives, such as a help line's hours, cost or what to verify. */
  details: z.record(z.string(), z.string()).default({}),
  sources: z.array(z.string()),
});
export type Fact = z.infer<typeof fact>;

export const bibliographyEntry = z.strictObject({
  id: z.string(),
  title: z.string(),
  publisher: z.string().optional(),
  date: z.string().optional(),
  url: z.string().optional(),
});
export type BibliographyEntry = z.infer<typeof bibliographyEntry>;

export const factsFile = z.strictObject({
  /** The month the whole file was reviewed. */
  checked: z.string(),
  /** The month of the latest correction after that review (entries then carry their own dates). */
  updated: z.string().optional(),
  facts: z.array(fact),
  bibliography: z.array(bibliographyEntry),
});
export type FactsFile = z.infer<typeof factsFile>;

/** lessons/safeguarding.yaml: what a teacher does when a student discloses harm. */
export const safeguardingFile = z.strictObject({
  disclosure: z.strictObject({
    title: localizedText,
    intro: localizedText,
    steps: z.array(localizedText).min(1),
    facts: z.array(factId).min(1),
  }),
});
export type Safeguarding = z.output<typeof safeguardingFile>;

/** lessons/guardian-notice.yaml: the letter a school sends guardians before the lesson, with {placeholders} the kit fills. */
export const guardianNoticeFile = z.strictObject({
  title: localizedText,
  paragraphs: z.array(z.strictObject({ ja: nonEmpty, en: nonEmpty })).min(1),
});
export type GuardianNotice = z.output<typeof guardianNoticeFile>;

/** lessons/wording.yaml: wordings that blame the person harmed, refused anywhere in a lesson. */
export const wordingFile = z.strictObject({
  blaming: z.array(z.strictObject({ phrase: nonEmpty, why: nonEmpty })).min(1),
});
export type WordingRule = z.output<typeof wordingFile>['blaming'][number];
