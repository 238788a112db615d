// The student handout on paper: its outline (../outline/student.ts) set closely enough to fit one A4 page.
import type { HandoutInput } from '../handout-input';
import { studentOutline } from '../outline/student';
import { PdfBlocks } from './blocks';
import { HandoutPage } from './layout';
import { Dense, Furigana } from './text';

export function StudentHandout({ input }: { input: HandoutInput }) {
  return (
    <HandoutPage input={input}>
      <Dense.Provider value>
        {/* Furigana where the slides and quiz have them (UX report L7): only lesson text carries readings. */}
        <Furigana.Provider value={input.locale === 'ja'}>
          <PdfBlocks blocks={studentOutline(input)} />
        </Furigana.Provider>
      </Dense.Provider>
    </HandoutPage>
  );
}
