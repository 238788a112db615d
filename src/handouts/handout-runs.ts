// The runs the PDF handouts print (lesson text as plain, bold and ruby pieces). The pages' lesson
// modules leave them out to stay small (src/build/lessons-plugin.ts); just before a PDF is made,
// the handouts page loads this file and the lesson's runs module, and puts the runs back into the
// handout's input. Nothing here weighs on a page until then.
import { lessonRuns } from 'virtual:lesson-runs';
import { withRuns, type HandoutRuns } from '../content/lesson-runs';
import type { HandoutInput } from './handout-input';

/** The input with the runs of its lesson text, help, safeguarding and speaker notes put back. */
export async function withHandoutRuns(input: HandoutInput): Promise<HandoutInput> {
  const load = lessonRuns[input.lesson.id];
  if (!load) throw new Error(`the kit has no handout text for lesson ${input.lesson.id}: rebuild it`);
  return addHandoutRuns(input, (await load()).default);
}

export function addHandoutRuns(input: HandoutInput, runs: HandoutRuns): HandoutInput {
  const notes = runs.notes[input.locale];
  return {
    ...input,
    lesson: withRuns(input.lesson, runs.lesson),
    help: input.help.map((resource) => withRuns(resource, runs.help[resource.id])),
    safeguarding: withRuns(input.safeguarding, runs.safeguarding),
    guardianNotice: withRuns(input.guardianNotice, runs.guardianNotice),
    slides: input.slides.map((slide, i) => ({ ...slide, notesParagraphs: notes[i] ?? [] })),
  };
}
