// What a student's device remembers of a live session, in this browser only: its random token (to
// stay in the session across reloads), the check word it joined with, its answers, and its own
// "before" answers, so that the before/after change is worked out here and never on the server.
import * as z from 'zod/mini';
import { liveAnswer, type LiveAnswer } from '../protocol/live';
import { randomToken } from './connection';

const memory = z.object({
  token: z.string(),
  checkWord: z.string(),
  /** round id → question id → answer */
  answers: z.record(z.string(), z.record(z.string(), liveAnswer)),
  seed: z.number(),
});
export type DeviceMemory = z.infer<typeof memory>;

const key = (code: string) => `mamoru.live.${code}`;

export function loadDeviceMemory(code: string): DeviceMemory | undefined {
  try {
    const parsed = memory.safeParse(JSON.parse(window.localStorage.getItem(key(code)) ?? 'null'));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export function newDeviceMemory(checkWord: string): DeviceMemory {
  return { token: randomToken(), checkWord, answers: {}, seed: crypto.getRandomValues(new Uint32Array(1))[0] };
}

export function saveDeviceMemory(code: string, value: DeviceMemory): void {
  try {
    window.localStorage.setItem(key(code), JSON.stringify(value));
  } catch {
    // Storage off (private mode, school policy): the device still takes part until a reload.
  }
}

export function forgetDevice(code: string): void {
  try {
    window.localStorage.removeItem(key(code));
  } catch {
    // Nothing was kept.
  }
}

export function withAnswers(value: DeviceMemory, roundId: string, answers: Record<string, LiveAnswer>): DeviceMemory {
  return { ...value, answers: { ...value.answers, [roundId]: answers } };
}
