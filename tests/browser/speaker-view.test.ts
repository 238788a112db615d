// The teacher presents from the built kit with the speaker view on the laptop and the deck on the
// projector: S opens the kit's own speaker page, which follows the deck and moves it.
import { createHash } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { LOCALES, type Locale } from '../../src/content/types';
import { planStepForSlide } from '../../src/slides/speaker/plan-step';
import { axeViolations, openPage, uncoveredJapanese, useChromium } from '../support/browser';
import { shippedLessons } from '../support/shipped-lessons';

const kitUrl = inject('kitUrl');
const lessons = shippedLessons();
const PROJECTOR = { width: 1280, height: 720 };
const browser = useChromium();
const { id, lesson } = lessons[0];

const deckAddress = (locale: Locale) => `${kitUrl}present.html?lesson=${id}&lang=${locale}`;

async function openDeck(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.locator('.reveal.ready').waitFor({ state: 'attached' });
  await page.locator('.deck-page[data-fonts="ready"]').waitFor({ state: 'attached' });
}

/** The slide (0-based) and the number of its fragments shown, in a deck page or a preview frame. */
interface DeckPosition {
  slide: number;
  fragments: number;
}

function deckPosition(page: Pick<Page, 'evaluate'>): Promise<DeckPosition> {
  return page.evaluate(() => {
    const slides = [...document.querySelectorAll('.reveal .slides > section')];
    const present = document.querySelector('.reveal .slides > section.present');
    return {
      slide: present ? slides.indexOf(present) : -1,
      fragments: present?.querySelectorAll('.fragment.visible').length ?? 0,
    };
  });
}

/** Text of an element with ruby readings and phrase breaks left out. */
function readable(page: Page, selector: string): Promise<string> {
  return page.locator(selector).evaluate((element) => {
    const copy = element.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('rt').forEach((rt) => rt.remove());
    return (copy.textContent ?? '').replace(/\s+/g, ' ');
  });
}

function plainText(html: string): string {
  return html
    .replace(/<rt>.*?<\/rt>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ');
}

/** Console errors of every page the context opens from now on (the speaker window included). */
function watchErrors(context: BrowserContext): string[] {
  const errors: string[] = [];
  context.on('page', (opened) => {
    opened.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    opened.on('pageerror', (error) => errors.push(error.message));
  });
  return errors;
}

const WORDS = {
  ja: { slide: (n: number, total: number) => `スライド ${n} / ${total}`, next: '次へ', planMinutes: '分）' },
  en: { slide: (n: number, total: number) => `Slide ${n} of ${total}`, next: 'Next', planMinutes: ' min)' },
} as const;

describe('the speaker view', () => {
  it.each(LOCALES)(
    'opens with S in %s: notes, next slide, plan step and timers in the deck’s language and font, in step with the deck',
    async (locale) => {
      const { page, context, foreignRequests, consoleErrors } = await openPage(browser(), kitUrl, {
        viewport: PROJECTOR,
        locale: locale === 'ja' ? 'ja-JP' : 'en-GB',
      });
      const speakerErrors = watchErrors(context);
      await openDeck(page, deckAddress(locale));
      await page.keyboard.press('ArrowRight');
      const opened = context.waitForEvent('page');
      await page.keyboard.press('s');
      const speaker = await opened;
      await speaker.setViewportSize({ width: 1280, height: 800 });
      await speaker.waitForLoadState('networkidle');
      expect(speaker.url()).toBe(`${kitUrl}speaker.html?lesson=${id}&lang=${locale}`);
      expect(await speaker.getAttribute('html', 'lang')).toBe(locale);

      const total = lesson.decks[locale].length + 2;
      await expect
        .poll(() => speaker.locator('.speaker-slide-number').innerText(), { timeout: 15_000 })
        .toBe(WORDS[locale].slide(2, total));
      // The notes of the deck's slide 2 (the lesson's own first slide), large, in the kit's font.
      await expect
        .poll(() => readable(speaker, '.speaker-notes-text'))
        .toContain(plainText(lesson.decks[locale][0].notesHtml!).slice(0, 30));
      const notesStyle = await speaker.locator('.speaker-notes-text').evaluate((element) => ({
        font: getComputedStyle(element).fontFamily,
        size: getComputedStyle(element).fontSize,
      }));
      expect(notesStyle.font).toContain('BIZ UDPGothic');
      expect(parseFloat(notesStyle.size)).toBeGreaterThanOrEqual(24);
      if (locale === 'ja') expect(await speaker.locator('.speaker-notes-text wbr').count()).toBeGreaterThan(5);

      // The plan step for this slide, with its minutes.
      const step = planStepForSlide(lesson.plan, 1)!;
      expect(step).toBeDefined();
      expect(await speaker.locator('.speaker-plan-step').innerText()).toContain(
        `${step.step.minutes}${WORDS[locale].planMinutes}`,
      );
      expect(await readable(speaker, '.speaker-plan-activity')).toBe(plainText(step.step.activity[locale].html));

      // A clock (24-hour in Japanese), elapsed and remaining time for the period.
      const clock = await speaker.locator('.speaker-timebox.clock .speaker-timebox-value').innerText();
      expect(clock).toMatch(locale === 'ja' ? /^([01]\d|2[0-3]):[0-5]\d$/ : /^\d{1,2}:[0-5]\d (AM|PM)$/);
      expect(await speaker.locator('.speaker-timebox.elapsed .speaker-timebox-value').innerText()).toMatch(/^0:\d\d$/);
      expect(await speaker.locator('.speaker-timebox.remaining .speaker-timebox-value').innerText()).toMatch(
        new RegExp(`^(${lesson.minutes}:00|${lesson.minutes - 1}:[0-5]\\d)$`),
      );

      // Both previews are the deck page as receivers: the current one where the deck is, the next one step ahead.
      const frames = speaker.locator('.speaker-preview iframe');
      expect(await frames.count()).toBe(2);
      const [current, next] = await Promise.all(
        [0, 1].map(async (nth) => (await frames.nth(nth).elementHandle())!.contentFrame()),
      );
      await expect.poll(() => deckPosition(current!), { timeout: 15_000 }).toEqual(await deckPosition(page));
      const now = await deckPosition(page);
      await expect
        .poll(async () => {
          const ahead = await deckPosition(next!);
          return ahead.slide > now.slide || ahead.fragments > now.fragments;
        })
        .toBe(true);
      expect(await next!.locator('.deck-tools').count()).toBe(0);

      // Japanese shows in the bundled font everywhere in the speaker view; axe finds nothing.
      if (locale === 'ja') expect(await uncoveredJapanese(speaker)).toEqual([]);
      expect(await axeViolations(speaker)).toEqual([]);

      // Moving in the speaker view moves the deck: keys and the button.
      await speaker.bringToFront();
      // Each step is awaited in the deck before the next: a position read while a step is still on
      // its way from the speaker window would be stale.
      const moved = async (from: DeckPosition) => {
        await expect.poll(() => deckPosition(page)).not.toEqual(from);
        return deckPosition(page);
      };
      const before = await deckPosition(page);
      await speaker.keyboard.press('ArrowRight');
      const afterRight = await moved(before);
      await speaker.keyboard.press('PageDown');
      const afterPageDown = await moved(afterRight);
      await speaker.getByRole('button', { name: `${WORDS[locale].next} →` }).click();
      const afterNext = await moved(afterPageDown);
      await speaker.keyboard.press('ArrowLeft');
      expect(await moved(afterNext)).toEqual(afterPageDown);
      await expect.poll(() => deckPosition(current!)).toEqual(afterPageDown);

      // Moving in the deck moves the speaker view: the last slide's notes.
      await page.bringToFront();
      await page.keyboard.press('End');
      await expect
        .poll(() => speaker.locator('.speaker-slide-number').innerText())
        .toBe(WORDS[locale].slide(total, total));
      await expect
        .poll(() => readable(speaker, '.speaker-notes-text'))
        .toContain((await readable(page, '.reveal .slides > section.closing aside.notes')).trim().slice(0, 20));
      expect(await speaker.locator('.speaker-next-end').count()).toBe(1);

      expect(foreignRequests).toEqual([]);
      expect(consoleErrors).toEqual([]);
      expect(speakerErrors).toEqual([]);
      await context.close();
    },
  );

  it('keeps the Content Security Policy strict: no inline script but the deck’s first, allowed by its hash', async () => {
    const { page, context } = await openPage(browser(), kitUrl);
    for (const file of ['present.html', 'speaker.html']) {
      // Only the page's own markup is read here: no need to wait for its previews' network to settle.
      await page.goto(`${kitUrl}${file}?lesson=${id}&lang=ja`, { waitUntil: 'load' });
      const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
      const scripts = policy!.split(';').find((part) => part.trim().startsWith('script-src'))!;
      // The deck page's first script (src/slides/first-slide/page-script.ts) shows the opening slide
      // before the deck's modules: that one script, by the hash of its text, and never 'unsafe-inline'.
      const inline = await page.locator('script:not([src])').allTextContents();
      const hashes = inline.map((text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`);
      expect(inline.length, file).toBe(file === 'present.html' ? 1 : 0);
      expect(scripts.trim(), file).toBe(["script-src 'self'", ...hashes].join(' '));
    }
    await context.close();
  });

  it('says so when it has no deck to follow, and when the lesson does not exist', async () => {
    const { page, context, consoleErrors } = await openPage(browser(), kitUrl, { locale: 'ja-JP' });
    await page.goto(`${kitUrl}speaker.html?lesson=${id}&lang=ja`, { waitUntil: 'networkidle' });
    await expect
      .poll(() => page.getByRole('alert').innerText())
      .toBe('スライドのウィンドウが見つかりません。スライドを開いて S キーを押してください。');
    expect(await page.getByRole('button', { name: '次へ →' }).isDisabled()).toBe(true);
    await page.goto(`${kitUrl}speaker.html?lesson=no-such-lesson&lang=en`, { waitUntil: 'networkidle' });
    await expect.poll(() => page.locator('main').innerText()).toContain('There is no lesson "no-such-lesson"');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('ignores position messages that do not come from its own deck window', async () => {
    const { page, context } = await openPage(browser(), kitUrl, { locale: 'en-GB' });
    const speakerErrors = watchErrors(context);
    await openDeck(page, deckAddress('en'));
    const opened = context.waitForEvent('page');
    await page.keyboard.press('s');
    const speaker = await opened;
    await expect
      .poll(() => speaker.locator('.speaker-slide-number').innerText(), { timeout: 15_000 })
      .toMatch(/^Slide 1 /);
    // The speaker window itself (not its deck) posts a position: it must not move.
    await speaker.evaluate(() =>
      window.postMessage(
        JSON.stringify({
          namespace: 'mamoru-speaker',
          type: 'position',
          state: { indexh: 5, indexf: 0, paused: false },
        }),
        '*',
      ),
    );
    await speaker.waitForTimeout(500);
    expect(await speaker.locator('.speaker-slide-number').innerText()).toMatch(/^Slide 1 /);
    expect(speakerErrors).toEqual([]);
    await context.close();
  });
});

describe('reveal.js’s own words in the deck’s language', () => {
  it('jump to slide, the paused screen and the keyboard help speak Japanese in a Japanese deck', async () => {
    const { page, context } = await openPage(browser(), kitUrl, { viewport: PROJECTOR });
    await openDeck(page, deckAddress('ja'));
    await page.keyboard.press('g');
    const jump = page.locator('.jump-to-slide-input');
    await expect.poll(() => jump.getAttribute('placeholder')).toBe('スライド番号を入力');
    expect(await jump.getAttribute('aria-label')).toBe('スライド番号を入力');
    expect(await jump.evaluate((element) => getComputedStyle(element).fontFamily)).toContain('BIZ UDPGothic');
    await page.keyboard.press('Escape');
    await page.keyboard.press('b');
    await expect.poll(() => page.locator('.pause-overlay .resume-button').innerText()).toBe('スライドに戻る');
    await page.locator('.pause-overlay .resume-button').click();
    await page.keyboard.press('Shift+?');
    const help = page.locator('.r-overlay-help');
    await expect.poll(() => help.locator('.title').innerText()).toBe('キーボード操作');
    const helpText = await help.innerText();
    expect(helpText).toContain('発表者ビュー');
    expect(helpText).not.toMatch(/Next slide|Jump to slide|Pause|Fullscreen|Slide overview|Speaker/);
    for (const selector of ['.r-overlay-help', '.pause-overlay .resume-button'])
      expect(
        await page.locator(selector).evaluate((element) => getComputedStyle(element).fontFamily),
        selector,
      ).toContain('BIZ UDPGothic');
    // The help's words come after the page's fonts: their faces load just after it shows.
    await expect.poll(() => uncoveredJapanese(page)).toEqual([]);
    await context.close();
  });
});
