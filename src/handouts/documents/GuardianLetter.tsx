// The guardian letter on paper: its outline (../outline/guardian.ts) set closely enough to fit one
// sheet, the safety steps and help on the back when the lesson teaches steps.
import type { HandoutInput } from '../handout-input';
import { guardianOutline } from '../outline/guardian';
import { PdfBlocks } from './blocks';
import { HandoutPage } from './layout';
import { Dense } from './text';

export function GuardianLetter({ input }: { input: HandoutInput }) {
  return (
    <HandoutPage input={input}>
      <Dense.Provider value>
        <PdfBlocks blocks={guardianOutline(input)} />
      </Dense.Provider>
    </HandoutPage>
  );
}
