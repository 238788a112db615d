import { describe, expect, it } from 'vitest';
import { checkIdMatchesFolder } from '../../../../src/content/checks/folder';
import { lines, MINIMAL, parsedLibrary } from '../../../support/inline-lessons';

describe('content/checks/folder', () => {
  it('accepts an id equal to the folder name and reports any other', () => {
    expect(checkIdMatchesFolder(parsedLibrary())).toEqual([]);
    const library = parsedLibrary({ 'lesson.yaml': MINIMAL.lesson.replace('id: minimal-lesson', 'id: other-lesson') });
    expect(lines(checkIdMatchesFolder(library))).toEqual([
      'lessons/minimal-lesson/lesson.yaml:1:5 id other-lesson must match the folder name minimal-lesson',
    ]);
  });
});
