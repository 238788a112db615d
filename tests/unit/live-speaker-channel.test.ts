// The live channel between the deck window and its speaker window: what the deck accepts as a
// command (every field checked; anything else is dropped), and which controls a round offers.
import { describe, expect, it } from 'vitest';
import { roundActionLabel, roundActions } from '../../src/live/round-actions';
import { LIVE_CHANNEL, readDeckToSpeaker, readSpeakerToDeck } from '../../src/live/speaker-channel';

const command = (body: unknown) => ({ namespace: LIVE_CHANNEL, type: 'command', command: body });

describe('the deck reads a speaker window’s messages', () => {
  it('takes hello and each command with its fields', () => {
    expect(readSpeakerToDeck({ namespace: LIVE_CHANNEL, type: 'hello' })).toEqual({
      namespace: LIVE_CHANNEL,
      type: 'hello',
    });
    for (const body of [
      { command: 'start' },
      { command: 'toggle-join' },
      { command: 'end' },
      { command: 'open', roundId: 'before' },
      { command: 'close', roundId: 'after' },
      { command: 'reveal', roundId: 'quiz-q4' },
      { command: 'skip', roundId: 'quiz-q-12' },
      { command: 'summary', requestId: 3 },
    ])
      expect(readSpeakerToDeck(command(body))).toEqual(command(body));
  });

  it('keeps only the fields it knows: a secret or a round definition sent along is not passed on', () => {
    expect(readSpeakerToDeck(command({ command: 'end', secret: 'f'.repeat(64) }))).toEqual(command({ command: 'end' }));
    expect(
      readSpeakerToDeck(command({ command: 'open', roundId: 'quiz-q1', round: { id: 'quiz-q1', questions: [] } })),
    ).toEqual(command({ command: 'open', roundId: 'quiz-q1' }));
  });

  it.each([
    ['a JSON string (reveal.js’s own calls)', JSON.stringify(command({ command: 'end' }))],
    ['null', null],
    ['another namespace', { namespace: 'mamoru-speaker', type: 'command', command: { command: 'end' } }],
    ['no namespace', { type: 'hello' }],
    ['an unknown type', { namespace: LIVE_CHANNEL, type: 'view' }],
    ['no command', { namespace: LIVE_CHANNEL, type: 'command' }],
    ['an unknown command', command({ command: 'delete-everything' })],
    ['a command that is not a string', command({ command: ['end'] })],
    ['a round command without its round', command({ command: 'reveal' })],
    ['a round id of another shape', command({ command: 'reveal', roundId: 'quiz-Q4; drop' })],
    ['a round id that is not a string', command({ command: 'close', roundId: 4 })],
    ['a summary request without a number', command({ command: 'summary', requestId: '1' })],
    ['a summary request with a fraction', command({ command: 'summary', requestId: 1.5 })],
  ])('drops %s', (_name, data) => {
    expect(readSpeakerToDeck(data)).toBeUndefined();
  });
});

describe('the speaker window reads its deck’s messages', () => {
  it('takes a view and a summary reply, and nothing else', () => {
    const view = { namespace: LIVE_CHANNEL, type: 'view', view: { available: false } };
    expect(readDeckToSpeaker(view)).toEqual(view);
    const summary = { namespace: LIVE_CHANNEL, type: 'summary', requestId: 2, summary: null };
    expect(readDeckToSpeaker(summary)).toEqual(summary);
    expect(readDeckToSpeaker({ namespace: LIVE_CHANNEL, type: 'view', view: 'x' })).toBeUndefined();
    expect(readDeckToSpeaker({ namespace: LIVE_CHANNEL, type: 'summary', requestId: 'x' })).toBeUndefined();
    expect(readDeckToSpeaker({ namespace: 'other', type: 'view', view: {} })).toBeUndefined();
    expect(readDeckToSpeaker('{"namespace":"mamoru-live"}')).toBeUndefined();
  });
});

describe('the controls a round offers', () => {
  it('a quiz round: open; then close, reveal, skip; once closed, reveal; then nothing', () => {
    expect(roundActions('quiz', null)).toEqual(['open']);
    expect(roundActions('quiz', 'open')).toEqual(['close', 'reveal', 'skip']);
    expect(roundActions('quiz', 'closed')).toEqual(['reveal']);
    expect(roundActions('quiz', 'revealed')).toEqual([]);
    expect(roundActions('quiz', 'skipped')).toEqual([]);
  });

  it('the check sets are asked and closed, never revealed or skipped', () => {
    for (const kind of ['before', 'after'] as const) {
      expect(roundActions(kind, null)).toEqual(['open']);
      expect(roundActions(kind, 'open')).toEqual(['close']);
      expect(roundActions(kind, 'closed')).toEqual([]);
    }
    expect(roundActionLabel('before', 'open')).toBe('askBefore');
    expect(roundActionLabel('after', 'open')).toBe('askAfter');
    expect(roundActionLabel('quiz', 'open')).toBe('openQuestion');
    expect(roundActionLabel('quiz', 'close')).toBe('closeQuestion');
    expect(roundActionLabel('quiz', 'reveal')).toBe('reveal');
  });
});
