// Which controls a round offers, wherever the teacher's controls are shown (the speaker view, or the
// projector's bar when no speaker view is open).
import type { LiveRound, RoundState } from '../protocol/live';
import type { LiveMessageKey } from './messages';

export type RoundAction = 'open' | 'close' | 'reveal' | 'skip';

/** The controls of a round in state `shown` (null: not asked yet). Check sets are never revealed or skipped. */
export function roundActions(kind: LiveRound['kind'], shown: RoundState | null): RoundAction[] {
  const actions: RoundAction[] = [];
  if (shown === null) actions.push('open');
  if (shown === 'open') actions.push('close');
  if (kind === 'quiz' && (shown === 'open' || shown === 'closed')) actions.push('reveal');
  if (kind === 'quiz' && shown === 'open') actions.push('skip');
  return actions;
}

/** The words on a control's button. */
export function roundActionLabel(kind: LiveRound['kind'], action: RoundAction): LiveMessageKey {
  if (action === 'open') return kind === 'before' ? 'askBefore' : kind === 'after' ? 'askAfter' : 'openQuestion';
  return action === 'close' ? 'closeQuestion' : action;
}
