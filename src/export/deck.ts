// A lesson's deck in one language (shared by the slides page and the exports, so both say the same): the generated opening slide (content note, "you may step
// out", whom to talk to), the lesson's own slides, and the generated closing help slide. The
// opening and closing are made here, never hand-copied into lessons, so no deck can lack them.
import type { HelpResource, LessonCatalogue, LessonContent, LessonSummary, Locale, Slide } from '../content/types.ts';
import { escapeHtml, wordsHtml, type PhrasedWord } from './phrased-words.ts';
import { hasSchoolContacts, schoolContactLines, type SchoolSettings } from '../content/school-contacts.ts';
import { quizSlideHtml } from './quiz-slide.ts';
import { lessonHelp, shownContact, verifiedHelp } from '../content/help.ts';
import { translator } from '../i18n/translator.ts';
import { shared } from '../i18n/messages/shared.ts';
import { deck } from '../i18n/messages/deck.ts';

const translate = translator({ shared, deck });

export interface DeckSlide extends Pick<Slide, 'html' | 'notesHtml' | 'title'> {
  /** `quiz` is a lesson slide that shows one of the lesson's quiz questions. */
  kind: 'opening' | 'lesson' | 'quiz' | 'closing';
  /** The id of the question a quiz slide shows. */
  question?: string;
}

export function buildDeck(
  lesson: LessonSummary,
  content: LessonContent,
  catalogue: LessonCatalogue,
  locale: Locale,
  school: SchoolSettings,
): DeckSlide[] {
  const t = (key: Parameters<typeof translate>[1]) => translate(locale, key);
  const words = (key: PhrasedWord) => wordsHtml(catalogue, locale, key);
  const opening = openingSlide(lesson, catalogue, locale);
  const closing: DeckSlide = {
    kind: 'closing',
    title: t('deck.closingTitle'),
    html:
      `<h2>${words('deck.closingTitle')}</h2><p>${words('deck.closingNotYourFault')}</p>` +
      helpHtml(verifiedHelp(lessonHelp(lesson, catalogue)), locale),
    notesHtml: `<ol>${catalogue.safeguarding.disclosure.steps.map((step) => `<li>${step[locale].html}</li>`).join('')}</ol>`,
  };
  const own = content.decks[locale].map((slide): DeckSlide => {
    const question = slide.question ? content.quiz.find((candidate) => candidate.id === slide.question) : undefined;
    if (!question) return { kind: 'lesson', html: slide.html, notesHtml: slide.notesHtml, title: slide.title };
    return {
      kind: 'quiz',
      html: slide.html + quizSlideHtml(question, locale),
      notesHtml: slide.notesHtml,
      title: slide.title,
      question: question.id,
    };
  });
  return [opening, ...own, closing, ...schoolHelpSlides(school, locale)];
}

/** The generated first slide: needs only the catalogue, so the deck page can load its font early. */
export function openingSlide(lesson: LessonSummary, catalogue: LessonCatalogue, locale: Locale): DeckSlide {
  const words = (key: PhrasedWord) => wordsHtml(catalogue, locale, key);
  return {
    kind: 'opening',
    title: translate(locale, 'deck.openingTitle'),
    html:
      `<h1>${lesson.title[locale].html}</h1>` +
      `<h2>${words('deck.openingTitle')}</h2>` +
      `<p>${lesson.contentNote[locale].html}</p>` +
      `<ul><li>${words('deck.openingStepOut')}</li><li>${words('deck.openingTalk')}</li></ul>`,
    notesHtml: `<p>${catalogue.safeguarding.disclosure.intro[locale].html}</p>`,
  };
}

function helpHtml(resources: HelpResource[], locale: Locale): string {
  const items = resources.map((resource) => {
    const contact = shownContact(resource, locale);
    return `<li><strong>${resource.name[locale].html}</strong>${contact ? ` ${phonesKeptWhole(escapeHtml(contact))}` : ''}</li>`;
  });
  return `<ul class="help-slide">${items.join('')}</ul>`;
}

/** Lines of 33 full-width characters that fit under a slide's heading at the deck's 34px text. */
const SCHOOL_SLIDE_LINES = 10;
const LINE_CHARACTERS = 33;

/**
 * The school's own contacts, after the help slide: one item a contact
 * (the school name, the counsellor, each local line) under "your school", on as many slides as they need so that none overflows.
 */
export function schoolHelpSlides(school: SchoolSettings, locale: Locale): DeckSlide[] {
  if (!hasSchoolContacts(school)) return [];
  const title = translate(locale, 'shared.schoolContacts');
  const pages: string[][] = [[]];
  let used = 0;
  if (school.schoolName) {
    pages[0].push(`<li><strong>${escapeHtml(school.schoolName)}</strong></li>`);
    used += linesOf(school.schoolName);
  }
  for (const line of schoolContactLines(school)) {
    const lines = linesOf(line);
    if (used + lines > SCHOOL_SLIDE_LINES && pages.at(-1)!.length > 0) {
      pages.push([]);
      used = 0;
    }
    pages.at(-1)!.push(`<li>${phonesKeptWhole(escapeHtml(line))}</li>`);
    used += lines;
  }
  if (schoolContactLines(school).length === 0)
    pages[0].push(`<li>${escapeHtml(translate(locale, 'deck.schoolHelpAsk'))}</li>`);
  return pages.map((items, index) => {
    const heading = index === 0 ? title : `${title} ${translate(locale, 'deck.continued')}`;
    return {
      kind: 'closing',
      title: heading,
      html: `<h2>${escapeHtml(heading)}</h2><ul class="help-slide school-help">${items.join('')}</ul>`,
      notesHtml: `<p>${escapeHtml(translate(locale, 'deck.schoolHelpNotes'))}</p>`,
    };
  });
}

/** Lines a text takes on the slide: Japanese and full-width characters count 1, others about half. */
function linesOf(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u3000-\u9fff\uff00-\uffef]/.test(char) ? 1 : 0.55;
  return Math.max(1, Math.ceil(width / LINE_CHARACTERS));
}

/** A phone number (0120-45-7867, #8103, +81 3-1234-5678) never breaks inside on a slide. */
export function phonesKeptWhole(escapedHtml: string): string {
  return escapedHtml.replace(
    /(?:\+\d{1,3}[ -]?)?\d{2,5}(?:-\d{1,5}){1,3}|#\d{3,4}/g,
    (phone) => `<span class="phone">${phone}</span>`,
  );
}

export { escapeHtml };
