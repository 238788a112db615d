// The teacher guide on paper: its outline (../outline/teacher.ts), several pages at the body size.
import type { HandoutInput } from '../handout-input';
import { teacherOutline } from '../outline/teacher';
import { PdfBlocks } from './blocks';
import { HandoutPage } from './layout';

export function TeacherGuide({ input }: { input: HandoutInput }) {
  return (
    <HandoutPage input={input}>
      <PdfBlocks blocks={teacherOutline(input)} />
    </HandoutPage>
  );
}
