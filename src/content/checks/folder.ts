// A lesson's id is its folder's name, so that addresses and handout file names can be found on disk.
import type { ParsedLibrary } from '../parse.ts';
import type { Problem } from '../problems.ts';

export function checkIdMatchesFolder(library: ParsedLibrary): Problem[] {
  return library.lessons.flatMap(({ folder, meta: { value, source } }) =>
    value && source && value.id !== folder
      ? [
          {
            file: source.file,
            ...source.locate(['id']),
            message: `id ${value.id} must match the folder name ${folder}`,
          },
        ]
      : [],
  );
}
