// Which step of the lesson plan a deck slide belongs to, and when that step is due in the period.
import { deckSlideRange, parseSlideRange } from '../../content/plan';
import type { Lesson } from '../../content/types';

type PlanStep = Lesson['plan'][number];

export interface CurrentStep {
  step: PlanStep;
  /** 1-based position in the plan. */
  number: number;
  /** Minutes into the period at which the step starts and ends, by the plan. */
  startsAt: number;
  endsAt: number;
}

/** The plan step covering the deck's slide `deckIndex` (0-based, as reveal.js counts), if any. */
export function planStepForSlide(plan: readonly PlanStep[], deckIndex: number): CurrentStep | undefined {
  const slideNumber = deckIndex + 1;
  let startsAt = 0;
  for (const [index, step] of plan.entries()) {
    const range = step.slides === undefined ? undefined : parseSlideRange(deckSlideRange(step.slides));
    if (range && slideNumber >= range.first && slideNumber <= range.last)
      return { step, number: index + 1, startsAt, endsAt: startsAt + step.minutes };
    startsAt += step.minutes;
  }
  return undefined;
}
