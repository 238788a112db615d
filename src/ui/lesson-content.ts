// One lesson's slides and quiz, loaded when a page needs them.
import { lessonContent } from 'virtual:lessons';
import { useEffect, useState } from 'react';
import type { LessonContent } from '../content/types';

export type LessonContentState =
  { status: 'loading' } | { status: 'ready'; content: LessonContent } | { status: 'failed' };

export function useLessonContent(lessonId: string): LessonContentState {
  const [state, setState] = useState<LessonContentState>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    // Another lesson: show 'loading' again rather than the previous lesson's content.
    // eslint-disable-next-line react-hooks/set-state-in-effect -- reset on a new lessonId
    setState({ status: 'loading' });
    const load = lessonContent[lessonId];
    if (!load) {
      setState({ status: 'failed' });
      return;
    }
    load().then(
      (module) => current && setState({ status: 'ready', content: module.default }),
      () => current && setState({ status: 'failed' }),
    );
    return () => {
      current = false;
    };
  }, [lessonId]);
  return state;
}
