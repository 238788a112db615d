// reveal.js writes its own few words in English: the jump-to-slide box (G), the resume button of the
// paused (B) screen and the keyboard help (?). This puts them in the deck's language. reveal.js has
// no setting for these words, so they are replaced in its DOM: once for what exists when the deck is
// ready, and by a MutationObserver for what it adds later (the jump box and the help are added on demand).
import type { RevealApi } from 'reveal.js';
import type { Locale } from '../content/types';
import { translator } from '../i18n/translator';
import { deck } from '../i18n/messages/deck';

const translate = translator({ deck });

/** reveal.js's keyboard help entries (navigationMode "default"), by the key text reveal.js shows. */
const SHORTCUTS = {
  'N  ,  SPACE': 'deck.keyNext',
  'P  ,  Shift SPACE': 'deck.keyPrevious',
  '&#8592;  ,  H': 'deck.keyLeft',
  '&#8594;  ,  L': 'deck.keyRight',
  '&#8593;  ,  K': 'deck.keyUp',
  '&#8595;  ,  J': 'deck.keyDown',
  'Alt + &#8592;/&#8593/&#8594;/&#8595;': 'deck.keyWithoutFragments',
  'Shift + &#8592;/&#8593/&#8594;/&#8595;': 'deck.keyFirstLast',
  'B  ,  .': 'deck.keyPause',
  F: 'deck.keyFullscreen',
  G: 'deck.keyJump',
  'ESC, O': 'deck.keyOverview',
} as const;

/** Puts reveal.js's own words in the deck's language until the returned function is called. */
export function speakDeckLanguage(deck: RevealApi, locale: Locale): () => void {
  const root = deck.getRevealElement();
  if (!root) return () => undefined;
  for (const [key, message] of Object.entries(SHORTCUTS))
    deck.registerKeyboardShortcut(key, translate(locale, message));
  const relabel = () => {
    const resume = root.querySelector<HTMLButtonElement>('.pause-overlay .resume-button');
    if (resume && resume.textContent !== translate(locale, 'deck.resume'))
      resume.textContent = translate(locale, 'deck.resume');
    const jump = root.querySelector<HTMLInputElement>('.jump-to-slide-input');
    if (jump && jump.placeholder !== translate(locale, 'deck.jumpToSlide')) {
      jump.placeholder = translate(locale, 'deck.jumpToSlide');
      jump.setAttribute('aria-label', translate(locale, 'deck.jumpToSlide'));
    }
    const help = root.querySelector('.r-overlay-help');
    const title = help?.querySelector('.title');
    if (help && title && title.textContent !== translate(locale, 'deck.keyboardHelp')) {
      title.textContent = translate(locale, 'deck.keyboardHelp');
      const [key, action] = help.querySelectorAll('th');
      if (key) key.textContent = translate(locale, 'deck.keyColumn');
      if (action) action.textContent = translate(locale, 'deck.actionColumn');
    }
  };
  relabel();
  const observer = new MutationObserver(relabel);
  observer.observe(root, { childList: true, subtree: true });
  return () => observer.disconnect();
}
