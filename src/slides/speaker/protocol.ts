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

/**
 * deck → speaker: where the deck is now, and when the period started (ms since 1970). The deck
 * window keeps that start, so closing and reopening the speaker window does not restart the timers.
 */
export interface DeckPosition {
  namespace: typeof SPEAKER_NAMESPACE;
  type: 'position';
  state: RevealState;
  periodStartedAt?: number;
}

/** speaker → deck: the teacher restarted the period's timers at `startedAt`. */
export interface SpeakerPeriod {
  namespace: typeof SPEAKER_NAMESPACE;
  type: 'period';
  startedAt: number;
}

/** speaker → deck (reveal.js's postMessage API): a call the deck's reveal.js runs. */
export interface RevealCall {
  method: 'next' | 'prev' | 'slide' | 'setState' | 'togglePause';
  args?: unknown[];
}

export type SpeakerMessage = SpeakerHello | DeckPosition | SpeakerPeriod;

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
  const message = data as {
    namespace?: unknown;
    type?: unknown;
    state?: unknown;
    periodStartedAt?: unknown;
    startedAt?: unknown;
  };
  if (message.namespace !== SPEAKER_NAMESPACE) return undefined;
  if (message.type === 'hello') return { namespace: SPEAKER_NAMESPACE, type: 'hello' };
  if (message.type === 'position' && isRevealState(message.state))
    return {
      namespace: SPEAKER_NAMESPACE,
      type: 'position',
      state: message.state,
      ...(isTime(message.periodStartedAt) ? { periodStartedAt: message.periodStartedAt } : {}),
    };
  if (message.type === 'period' && isTime(message.startedAt))
    return { namespace: SPEAKER_NAMESPACE, type: 'period', startedAt: message.startedAt };
  return undefined;
}

/** A moment (ms since 1970) that is not in the future: a start time. */
export function isTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 && value <= Date.now();
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
