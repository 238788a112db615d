// The runs the PDF handouts print (lesson text as plain, bold and ruby pieces). The pages' lesson
// modules leave them out to stay small; the handouts page loads them here, once, with the code
// that puts them back into the catalogue and the lesson's content, so that neither weighs on the
// catalogue's own JavaScript.
import { useEffect, useState } from 'react';
import type { LessonCatalogue, LessonContent } from '../content/types';

type WithHandoutRuns = (
  catalogue: LessonCatalogue,
  content: LessonContent | undefined,
) => { catalogue: LessonCatalogue; content: LessonContent | undefined };

export type HandoutRunsState =
  { status: 'loading' } | { status: 'ready'; withRuns: WithHandoutRuns } | { status: 'failed' };

export function useHandoutRuns(lessonId: string): HandoutRunsState {
  const [state, setState] = useState<HandoutRunsState>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- reset on a new lessonId
    setState({ status: 'loading' });
    Promise.all([import('virtual:lesson-runs'), import('../content/lesson-runs')])
      .then(async ([runs, { withRuns }]) => {
        const load = runs.lessonRuns[lessonId];
        if (!load) throw new Error(`no runs for lesson ${lessonId}`);
        const lesson = (await load()).default;
        const apply: WithHandoutRuns = (catalogue, content) => ({
          catalogue: withRuns(catalogue, runs.default),
          content: content && withRuns(content, lesson),
        });
        if (current) setState({ status: 'ready', withRuns: apply });
      })
      .catch(() => current && setState({ status: 'failed' }));
    return () => {
      current = false;
    };
  }, [lessonId]);
  return state;
}
