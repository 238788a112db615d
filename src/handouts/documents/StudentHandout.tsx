// The student handout on paper: its outline (../outline/student.ts) set closely enough to fit one A4 page.
import type { HandoutInput } from '../handout-input';
import { studentOutline } from '../outline/student';
import { PdfBlocks } from './blocks';
import { HandoutPage } from './layout';
import { Dense } from './text';

export function StudentHandout({ input }: { input: HandoutInput }) {
  return (
    <HandoutPage input={input}>
      <Dense.Provider value>
        <PdfBlocks blocks={studentOutline(input)} />
      </Dense.Provider>
    </HandoutPage>
  );
}
