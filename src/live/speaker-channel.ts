// How the live class in the deck window and the teacher's panel in its speaker window talk.
// The deck window is the only holder of the session's control secret and of the connection to the
// classroom server; the speaker window is a remote control: it sends commands ("reveal the round
// quiz-q4") and the deck answers with what the teacher should see, never the secret. Messages are
// structured-cloned objects (not JSON strings, so reveal.js's own postMessage API ignores them),
// posted to the kit's own origin only; each side also checks which window sent them
// (deck-speaker-link.ts, SpeakerLivePanel.tsx).
import type { LiveError, RoundState, SessionSummary } from '../protocol/live';

export const LIVE_CHANNEL = 'mamoru-live';

/** The round that belongs to the deck's current slide, and where it stands (null: not asked yet). */
export interface SlideRoundView {
  id: string;
  kind: 'quiz' | 'before' | 'after';
  shown: RoundState | null;
}

/** What the speaker window is shown of the live class. */
export interface LiveView {
  /** The deck is served by a classroom server (`npm run classroom`): a live class can run. */
  available: boolean;
  /** The running session: its code and check word, as the projector shows them. */
  session: { code: string; checkWord: string } | null;
  connected: boolean;
  joined: number;
  /** Answers in for the slide's round, while it is the one open or just closed. */
  answered: number | null;
  round: SlideRoundView | null;
  /** The join card (QR, address, code, check word) is on the projector. */
  joinShown: boolean;
  error: LiveError | null;
  storeDown: boolean;
}

export type LiveCommand =
  | { command: 'start' }
  | { command: 'toggle-join' }
  | { command: 'end' }
  | { command: 'open' | 'close' | 'reveal' | 'skip'; roundId: string }
  /** The class totals, for the speaker window to save as CSV or PDF. */
  | { command: 'summary'; requestId: number };

/** speaker → deck */
export type SpeakerToDeck =
  | { namespace: typeof LIVE_CHANNEL; type: 'hello' }
  | { namespace: typeof LIVE_CHANNEL; type: 'command'; command: LiveCommand };

/** deck → speaker */
export type DeckToSpeaker =
  | { namespace: typeof LIVE_CHANNEL; type: 'view'; view: LiveView }
  | { namespace: typeof LIVE_CHANNEL; type: 'summary'; requestId: number; summary: SessionSummary | null };

const ROUND_COMMANDS = new Set(['open', 'close', 'reveal', 'skip']);
const ROUND_ID = /^(before|after|quiz-[a-z0-9][a-z0-9-]{0,63})$/;

const record = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;

/** A message from a speaker window, checked field by field; undefined for anything else. */
export function readSpeakerToDeck(data: unknown): SpeakerToDeck | undefined {
  const message = record(data);
  if (message?.namespace !== LIVE_CHANNEL) return undefined;
  if (message.type === 'hello') return { namespace: LIVE_CHANNEL, type: 'hello' };
  const command = record(message.command);
  if (message.type !== 'command' || !command || typeof command.command !== 'string') return undefined;
  const name = command.command;
  let checked: LiveCommand | undefined;
  if (name === 'start' || name === 'toggle-join' || name === 'end') checked = { command: name };
  else if (ROUND_COMMANDS.has(name) && typeof command.roundId === 'string' && ROUND_ID.test(command.roundId))
    checked = { command: name as 'open', roundId: command.roundId };
  else if (name === 'summary' && Number.isSafeInteger(command.requestId))
    checked = { command: 'summary', requestId: command.requestId as number };
  return checked && { namespace: LIVE_CHANNEL, type: 'command', command: checked };
}

/** A message from the deck window (already known to be this window's opener, same origin). */
export function readDeckToSpeaker(data: unknown): DeckToSpeaker | undefined {
  const message = record(data);
  if (message?.namespace !== LIVE_CHANNEL) return undefined;
  if (message.type === 'view' && record(message.view)) return message as unknown as DeckToSpeaker;
  if (message.type === 'summary' && Number.isSafeInteger(message.requestId)) return message as unknown as DeckToSpeaker;
  return undefined;
}

export function post(target: Window, message: SpeakerToDeck | DeckToSpeaker): void {
  target.postMessage(message, window.location.origin);
}
