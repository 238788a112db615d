import { describe, expect, it } from 'vitest';
import { checkHelp } from '../../../../src/content/checks/help';
import { lines, MINIMAL, parsedLibrary } from '../../../support/inline-lessons';

describe('content/checks/help', () => {
  it('accepts the kit’s help file and a lesson that lists from it', () => {
    expect(checkHelp(parsedLibrary())).toEqual([]);
  });

  it('reports a lesson’s help id that the region’s file does not have', () => {
    const library = parsedLibrary({
      'lesson.yaml': MINIMAL.lesson.replace('[help.110, help.9110]', '[help.110, help.nothing]'),
    });
    expect(lines(checkHelp(library))).toEqual([
      'lessons/minimal-lesson/lesson.yaml:25:18 unknown help resource help.nothing: use an id from lessons/help/jp.yaml',
    ]);
  });

  it('reports a help resource whose status or check date disagrees with lessons/facts.yaml', () => {
    const library = parsedLibrary();
    const file = library.help[0].parsed.value!;
    file.resources[0] = {
      ...file.resources[0],
      status: file.resources[0].status === 'verified' ? 'partial' : 'verified',
      lastVerified: '1999-01',
    };
    expect(checkHelp(library).map((problem) => problem.message)).toEqual([
      expect.stringMatching(/^status must be (verified|partial|verify-locally), as in lessons\/facts.yaml$/),
      expect.stringMatching(/^lastVerified must be .+, as in lessons\/facts.yaml$/),
    ]);
  });
});
