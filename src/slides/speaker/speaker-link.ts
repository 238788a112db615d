// The deck window's side of the speaker view: S (or the deck tools' button) opens the kit's speaker
// page in its own window; the deck then tells that window where it is after every move. The
// speaker window says hello when it loads (also after a reload), which is how the deck finds it again.
// The deck window keeps when the period started (in this tab's sessionStorage): a speaker window
// closed by mistake and opened again goes on counting from the same start.
import type { RevealApi } from 'reveal.js';
import { useEffect, useRef, useState } from 'react';
import type { Locale } from '../../content/types';
import { speakerHref } from '../../app/routes';
import { readStored, writeStored } from '../../ui/storage';
import { periodStartKey, tabStorage } from './period-start';
import { isTime, readSpeakerMessage, send, SPEAKER_NAMESPACE, SPEAKER_WINDOW_NAME } from './protocol';

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

export interface SpeakerLink {
  /** Opens (or brings up) the speaker window. */
  open: () => void;
  /** The browser refused to open the window (a pop-up blocker): the deck offers a link instead. */
  blocked: boolean;
  /** Clears `blocked` (the teacher used the link or dismissed the notice). */
  dismissBlocked: () => void;
}

/**
 * Links a ready deck to its speaker window. `keyDescription` is what reveal.js's help overlay (?)
 * lists for S.
 */
export function useSpeakerLink(
  deck: RevealApi | null,
  lessonId: string,
  locale: Locale,
  keyDescription: string,
): SpeakerLink {
  const speaker = useRef<Window | null>(null);
  const open = useRef<() => void>(() => undefined);
  const [blocked, setBlocked] = useState(false);

  useEffect(() => {
    if (!deck) return;
    const origin = window.location.origin;
    const startKey = periodStartKey(lessonId);
    const tell = () => {
      const target = speaker.current;
      const started = Number(readStored(startKey, tabStorage()));
      if (target && !target.closed)
        send(
          target,
          {
            namespace: SPEAKER_NAMESPACE,
            type: 'position',
            state: deck.getState(),
            ...(isTime(started) ? { periodStartedAt: started } : {}),
          },
          origin,
        );
    };
    open.current = () => {
      // The period starts the first time the speaker view is opened in this tab.
      if (!isTime(Number(readStored(startKey, tabStorage())))) writeStored(startKey, String(Date.now()), tabStorage());
      const opened = window.open(speakerHref(lessonId, locale), SPEAKER_WINDOW_NAME, 'popup,width=1280,height=800');
      if (opened) {
        speaker.current = opened;
        setBlocked(false);
        opened.focus();
      } else setBlocked(true);
    };
    const onMessage = (event: MessageEvent) => {
      const message = readSpeakerMessage(event, origin);
      // The source is a window of another realm: `instanceof Window` would be false for it.
      const source = event.source as Window | null;
      if (!message || !source || source === window || !('closed' in source)) return;
      if (message.type === 'period') writeStored(startKey, String(message.startedAt), tabStorage());
      if (message.type !== 'hello') return;
      speaker.current = source;
      setBlocked(false);
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

  return { open: () => open.current(), blocked, dismissBlocked: () => setBlocked(false) };
}
