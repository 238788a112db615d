// The deck opened from disk: its speaker view's previews are files too (each its own origin to the
// browser), and the single-file deck names its lesson in a <meta> rather than in its address.
import { describe, expect, it } from 'vitest';
import { framedByAnotherOrigin, guardDeckPage } from '../../src/slides/deck-guard';
import { deckPageFile, deckParams } from '../../src/slides/single-file';

type Listener = (event: MessageEvent) => void;

/** A window as far as the guard reads it, framed by a page it cannot read, at `href`. */
function fakeWindow(href: string) {
  const url = new URL(href);
  let listener: Listener | undefined;
  const top = {
    get document(): Document {
      throw new DOMException('Blocked a frame from accessing a cross-origin frame', 'SecurityError');
    },
  };
  const view = {
    top,
    self: {},
    location: {
      protocol: url.protocol,
      origin: url.protocol === 'file:' ? 'file://' : url.origin,
      search: '',
      pathname: url.pathname,
      hash: '',
    },
    history: { state: null, replaceState: () => undefined },
    addEventListener: (_type: string, handler: Listener) => (listener = handler),
  };
  /** Whether a message from `origin` reaches reveal.js (the guard did not stop it). */
  const passes = (origin: string) => {
    let stopped = false;
    listener!({ origin, stopImmediatePropagation: () => (stopped = true) } as unknown as MessageEvent);
    return !stopped;
  };
  return { view: view as unknown as Window, passes };
}

describe('the deck guard on a page opened from disk', () => {
  it('lets the speaker view’s previews (files, each its own origin) run the deck', () => {
    expect(framedByAnotherOrigin(fakeWindow('file:///usb/mamoru/present.html').view)).toBe(false);
    // Served from a web server, a frame it cannot read is still another site's.
    expect(framedByAnotherOrigin(fakeWindow('https://kit.example/present.html').view)).toBe(true);
  });

  it('takes messages from other files only, and still none from a web site', () => {
    const file = fakeWindow('file:///usb/mamoru/present.html');
    guardDeckPage(file.view);
    expect(file.passes('null')).toBe(true);
    expect(file.passes('file://')).toBe(true);
    expect(file.passes('https://evil.example')).toBe(false);
    const served = fakeWindow('https://kit.example/present.html');
    guardDeckPage(served.view);
    expect(served.passes('https://kit.example')).toBe(true);
    expect(served.passes('null')).toBe(false);
  });
});

describe('the single-file deck', () => {
  const withMeta = (content: string | null) =>
    ({ querySelector: () => (content === null ? null : { content }) }) as unknown as Document;

  it('reads its lesson and language from its <meta> when the address names none', () => {
    const doc = withMeta('lesson=sextortion-pattern&lang=en');
    expect(Object.fromEntries(deckParams('', doc))).toEqual({ lesson: 'sextortion-pattern', lang: 'en' });
    expect(Object.fromEntries(deckParams('?receiver&lang=ja', doc))).toEqual({
      receiver: '',
      lang: 'ja',
      lesson: 'sextortion-pattern',
    });
    expect(Object.fromEntries(deckParams('?lesson=a&lang=ja', withMeta(null)))).toEqual({ lesson: 'a', lang: 'ja' });
  });

  it('links to itself by its own file name, the folder’s deck to present.html', () => {
    const view = (pathname: string, content: string | null) =>
      ({ location: { pathname }, document: withMeta(content) }) as unknown as Window;
    expect(deckPageFile(view('/mail/sextortion-pattern-ja.html', 'lesson=x&lang=ja'))).toBe(
      'sextortion-pattern-ja.html',
    );
    expect(deckPageFile(view('/usb/mamoru/present.html', null))).toBe('present.html');
  });
});
