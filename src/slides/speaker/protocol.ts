// How the deck window and its speaker window talk. Both are pages of the kit on the same origin,
// and every message is checked for that origin on arrival (the deck's guard in ../deck-guard.ts drops
// the rest before reveal.js sees them). The speaker window drives the deck with reveal.js's own
// postMessage API ({"method":"next"}, {"method":"setState","args":[state]}); the deck tells the
// speaker window where it is with its reveal.js state (getState()) after every move.
import type { RevealState } from 'reveal.js';

export const SPEAKER_NAMESPACE = 'mamoru-speaker';

/** The window name the deck opens its speaker view under: pressing S again brings the same window up. */
export const SPEAKER_WINDOW_NAME = 'mamoru-speaker-view';

/** speaker → deck: "I am (still) here, tell me where you are". */
export interface SpeakerHello {
  namespace: typeof SPEAKER_NAMESPACE;
  type: 'hello';
}

/** deck → speaker: where the deck is now. */
export interface DeckPosition {
  namespace: typeof SPEAKER_NAMESPACE;
  type: 'position';
  state: RevealState;
}

/** speaker → deck (reveal.js's postMessage API): a call the deck's reveal.js runs. */
export interface RevealCall {
  method: 'next' | 'prev' | 'slide' | 'setState' | 'togglePause';
  args?: unknown[];
}

export type SpeakerMessage = SpeakerHello | DeckPosition;

/** A message of the kit's speaker protocol, or undefined for anything else (other JSON, other origins). */
export function readSpeakerMessage(event: MessageEvent, origin: string): SpeakerMessage | undefined {
  if (event.origin !== origin || typeof event.data !== 'string') return undefined;
  let data: unknown;
  try {
    data = JSON.parse(event.data);
  } catch {
    return undefined;
  }
  if (typeof data !== 'object' || data === null) return undefined;
  const message = data as { namespace?: unknown; type?: unknown; state?: unknown };
  if (message.namespace !== SPEAKER_NAMESPACE) return undefined;
  if (message.type === 'hello') return { namespace: SPEAKER_NAMESPACE, type: 'hello' };
  if (message.type === 'position' && isRevealState(message.state))
    return { namespace: SPEAKER_NAMESPACE, type: 'position', state: message.state };
  return undefined;
}

function isRevealState(value: unknown): value is RevealState {
  if (typeof value !== 'object' || value === null) return false;
  const state = value as Record<string, unknown>;
  return (
    Number.isInteger(state.indexh) &&
    (state.indexf === undefined || state.indexf === null || Number.isInteger(state.indexf)) &&
    typeof state.paused === 'boolean'
  );
}

export function send(target: Window, message: SpeakerMessage | RevealCall, origin: string): void {
  target.postMessage(JSON.stringify(message), origin);
}
