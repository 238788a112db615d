// The deck window's side of the speaker view: S (or the deck tools' button) opens the kit's speaker
// page in its own window; the deck then tells that window where it is after every move. The
// speaker window says hello when it loads (also after a reload), which is how the deck finds it again.
import type { RevealApi } from 'reveal.js';
import { useEffect, useRef } from 'react';
import type { Locale } from '../../content/types';
import { speakerHref } from '../../app/routes';
import { readSpeakerMessage, send, SPEAKER_NAMESPACE, SPEAKER_WINDOW_NAME } from './protocol';

/** reveal.js's events after which the speaker view must show a new position. */
const MOVES = [
  'slidechanged',
  'fragmentshown',
  'fragmenthidden',
  'paused',
  'resumed',
  'overviewshown',
  'overviewhidden',
];

const S_KEY = 83;

/**
 * Links a ready deck to its speaker window; returns the function that opens that window.
 * `keyDescription` is what reveal.js's help overlay (?) lists for S.
 */
export function useSpeakerLink(
  deck: RevealApi | null,
  lessonId: string,
  locale: Locale,
  keyDescription: string,
): () => void {
  const speaker = useRef<Window | null>(null);
  const open = useRef<() => void>(() => undefined);

  useEffect(() => {
    if (!deck) return;
    const origin = window.location.origin;
    const tell = () => {
      const target = speaker.current;
      if (target && !target.closed)
        send(target, { namespace: SPEAKER_NAMESPACE, type: 'position', state: deck.getState() }, origin);
    };
    open.current = () => {
      const opened = window.open(speakerHref(lessonId, locale), SPEAKER_WINDOW_NAME, 'popup,width=1280,height=800');
      if (opened) {
        speaker.current = opened;
        opened.focus();
      }
    };
    const onMessage = (event: MessageEvent) => {
      const message = readSpeakerMessage(event, origin);
      // The source is a window of another realm: `instanceof Window` would be false for it.
      const source = event.source as Window | null;
      if (message?.type !== 'hello' || !source || source === window || !('closed' in source)) return;
      speaker.current = source;
      tell();
    };
    window.addEventListener('message', onMessage);
    for (const move of MOVES) deck.on(move, tell);
    deck.addKeyBinding({ keyCode: S_KEY, key: 'S', description: keyDescription }, () => open.current());
    return () => {
      window.removeEventListener('message', onMessage);
      for (const move of MOVES) deck.off(move, tell);
      deck.removeKeyBinding(S_KEY);
    };
  }, [deck, lessonId, locale, keyDescription]);

  return () => open.current();
}
