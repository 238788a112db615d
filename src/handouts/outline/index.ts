// The outline of any handout, by its kind.
import type { HandoutInput, HandoutKind } from '../handout-input';
import type { Block } from './blocks';
import { guardianOutline } from './guardian';
import { helpcardOutline } from './helpcard';
import { studentOutline } from './student';
import { teacherOutline } from './teacher';

const OUTLINES: Record<HandoutKind, (input: HandoutInput) => Block[]> = {
  student: studentOutline,
  guardian: guardianOutline,
  teacher: teacherOutline,
  helpcard: helpcardOutline,
};

export function handoutOutline(input: HandoutInput): Block[] {
  return OUTLINES[input.kind](input);
}
