// Every deck of every lesson, in both languages, opened once and walked once: what the deck as a
// whole must hold (opening and closing slides, notes, quiz slides, phrases, the font, body text size,
// verified help only) and what every slide must hold (it comes up with all its fragments shown and
// fits the 16:9 slide at 1280×720), checked in that one walk. Several files each opening every deck
// cost most of the browser suite's time; the rest of the deck's behaviour is in slides.test.ts.
import { describe, expect, inject, it } from 'vitest';
import { LOCALES } from '../../src/content/types';
import { SLIDE_HEIGHT, SLIDE_WIDTH } from '../../src/slides/deck-config';
import { textWithoutRuby, uncoveredJapanese, useChromium, watchedPage } from '../support/browser';
import { deckAddress, deckAxeViolations, openDeck, walkSlides } from '../support/deck';
import { shippedLessons } from '../support/shipped-lessons';

const kitUrl = inject('kitUrl');
const lessons = shippedLessons();
const browser = useChromium();

/** Help lines the facts could not verify: never on a closing slide. */
const UNVERIFIED_HELP = ['NPO法人ぱっぷす', 'PAPS (NPO)', 'NPO法人ライトハウス', 'Lighthouse (NPO)'];

describe('every deck, walked once', () => {
  // One test per lesson and language, so that a loaded machine does not push one long walk past its time.
  const cases = LOCALES.flatMap((locale) =>
    lessons.map(({ id, lesson }, index) => [id, locale, lesson, index === lessons.length - 1] as const),
  );
  it.each(cases)(
    '%s (%s): the deck holds together and every slide fits at 1280×720',
    async (id, locale, lesson, last) => {
      const watched = await watchedPage(browser(), kitUrl, { viewport: { width: 1280, height: 720 } });
      const { page } = watched;
      await openDeck(page, deckAddress(kitUrl, id, locale));

      // The deck as a whole (from slides.test.ts and lesson.test.ts).
      expect(await page.getAttribute('html', 'lang')).toBe(locale);
      const slides = page.locator('.reveal .slides > section');
      expect(await slides.count()).toBe(lesson.decks[locale].length + 2);
      expect(await slides.first().getAttribute('class')).toContain('opening');
      expect(await slides.last().getAttribute('class')).toContain('closing');
      expect(await slides.first().evaluate(textWithoutRuby)).toContain(lesson.contentNote[locale].text.slice(0, 20));
      const closing = (await slides.last().textContent()) ?? '';
      for (const notVerified of UNVERIFIED_HELP) expect(closing).not.toContain(notVerified);
      expect(lesson.help.jp.length).toBeGreaterThan(0);
      const withNotes = lesson.decks[locale].filter((slide) => slide.notesHtml).length;
      expect(await page.locator('.reveal .slides > section > aside.notes').count()).toBe(withNotes + 2);
      const quizSlides = lesson.decks[locale].filter((slide) => slide.question);
      expect(quizSlides.length, `${id} has a quiz slide`).toBeGreaterThan(0);
      expect(await page.locator('.reveal .quiz-slide').count()).toBe(quizSlides.length);
      const phraseBreaks = await page.locator('.reveal .slides h1 wbr, .reveal .slides li wbr').count();
      if (locale === 'ja') {
        expect(phraseBreaks, `${id}: Japanese headings and items break between phrases`).toBeGreaterThan(20);
        expect(
          await page
            .locator('.reveal .slides h1.phrases')
            .first()
            .evaluate((h1) => getComputedStyle(h1).wordBreak),
        ).toBe('keep-all');
        expect(await uncoveredJapanese(page)).toEqual([]);
      } else {
        expect(phraseBreaks).toBe(0);
      }
      // The classroom theme: body text 28px or more on the projector.
      const smallest = await page.evaluate(() => {
        const scale = Number(getComputedStyle(document.body).getPropertyValue('--slide-scale')) || 1;
        const sizes = [...document.querySelectorAll('.reveal .slides > section :is(p, li, td, th, blockquote)')].map(
          (element) => parseFloat(getComputedStyle(element).fontSize) * scale,
        );
        return Math.min(...sizes);
      });
      expect(smallest, `${id}: smallest body text on screen`).toBeGreaterThanOrEqual(28);
      // One deck a language through axe, as the deck page's test did (each run takes a second or more).
      if (last) {
        expect(await deckAxeViolations(page)).toEqual([]);
      }

      // Every slide, in its fullest state.
      const walked = await walkSlides(page);
      expect(walked.length).toBe(lesson.decks[locale].length + 2);
      const spills: string[] = [];
      for (const size of walked) {
        const where = `${id} (${locale}) slide ${size.index + 1}`;
        expect(size.shown, `${where}: shown after going to it`).toBe(true);
        // A slide that is not laid out (display: none) measures 0 and would pass unseen.
        expect(size.height, `${where}: laid out`).toBeGreaterThan(0);
        expect(size.hidden, `${where}: all fragments shown`).toBe(0);
        if (size.height > SLIDE_HEIGHT || size.width > SLIDE_WIDTH) {
          spills.push(
            `${where} "${size.title}" is ${size.width}×${size.height}px, more than ${SLIDE_WIDTH}×${SLIDE_HEIGHT}`,
          );
        }
      }
      expect(spills).toEqual([]);
      await watched.close();
    },
  );
});
