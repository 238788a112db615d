// One lesson's slides and quiz, loaded when a page needs them.
import { lessonContent } from 'virtual:lessons';
import { useEffect, useState } from 'react';
import type { LessonContent } from '../content/types';

export type LessonContentState = { status: 'loading' } | { status: 'ready'; content: LessonContent } | { status: 'failed' };

export function useLessonContent(lessonId: string): LessonContentState {
  const [state, setState] = useState<LessonContentState>({ status: 'loading' });
  useEffect(() => {
    let current = true;
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
