// One handout as PDF bytes: the same documents in Node (CLI, build, tests) and in the browser's
// Web Worker. Fonts must be registered first (registerFonts).
import { Document, pdf } from '@react-pdf/renderer';
import type { ReactElement } from 'react';
import { GuardianLetter } from './documents/GuardianLetter';
import { HelpCards } from './documents/HelpCards';
import { StudentHandout } from './documents/StudentHandout';
import { TeacherGuide } from './documents/TeacherGuide';
import { HANDOUT_TITLE_KEYS, type HandoutInput } from './handout-input';
import { translator } from './outline/translator';

/** The document's title as its metadata and the page show it. */
export function handoutTitle(input: Pick<HandoutInput, 'kind' | 'locale' | 'lesson'>): string {
  return `${translator(input.locale)(HANDOUT_TITLE_KEYS[input.kind])}: ${input.lesson.title[input.locale].text}`;
}

export function HandoutDocument({ input }: { input: HandoutInput }): ReactElement {
  const Body = { student: StudentHandout, guardian: GuardianLetter, teacher: TeacherGuide, helpcard: HelpCards }[
    input.kind
  ];
  return (
    <Document
      title={handoutTitle(input)}
      subject={input.lesson.summary[input.locale].text}
      language={input.locale}
      author={input.school.schoolName || translator(input.locale)('shared.kitName')}
      creator="mamoru"
      producer="mamoru (react-pdf)"
      keywords={input.lesson.topics.join(', ')}
    >
      <Body input={input} />
    </Document>
  );
}

/** The handout's PDF. Its footer's page numbers are set by the page's layout template (documents/layout.tsx). */
export async function renderHandout(input: HandoutInput): Promise<Uint8Array> {
  const blob = await pdf(<HandoutDocument input={input} />).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
