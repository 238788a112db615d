// One handout as PDF bytes: the same documents in Node (CLI, build, tests) and in the browser's
// Web Worker. Fonts must be registered first (registerFonts).
import { Document, pdf } from '@react-pdf/renderer';
import type { ReactElement } from 'react';
import { GuardianLetter } from './documents/GuardianLetter';
import { HelpCards } from './documents/HelpCards';
import { StudentHandout } from './documents/StudentHandout';
import { TeacherGuide } from './documents/TeacherGuide';
import { OnePage } from './documents/layout';
import { HANDOUT_TITLE_KEYS, type HandoutInput } from './handout-input';
import { pdfPageCount } from './pdf-pages';
import { hasSchoolContacts } from '../content/school';
import { translator } from '../i18n/translator';
import { handout } from '../i18n/messages/handout';
import { shared } from '../i18n/messages/shared';

const translate = translator({ shared, handout });

/** The document's title as its metadata and the page show it. */
export function handoutTitle(input: Pick<HandoutInput, 'kind' | 'locale' | 'lesson'>): string {
  return `${translate(input.locale, HANDOUT_TITLE_KEYS[input.kind])}: ${input.lesson.title[input.locale].text}`;
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
      author={input.school.schoolName || translate(input.locale, 'shared.kitName')}
      creator="mamoru"
      producer="mamoru (react-pdf)"
      keywords={input.lesson.topics.join(', ')}
    >
      <Body input={input} />
    </Document>
  );
}

/**
 * Whether a handout is made to fill one page: the student handout without the school's contacts
 * (with them it fills a sheet, both sides). The guardian letter is one page or two by lesson.
 */
function expectedOnePage(input: HandoutInput): boolean {
  return input.kind === 'student' && !hasSchoolContacts(input.school);
}

async function renderPdf(input: HandoutInput, onePage: boolean): Promise<Uint8Array> {
  const blob = await pdf(
    <OnePage.Provider value={onePage}>
      <HandoutDocument input={input} />
    </OnePage.Provider>,
  ).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}

/**
 * The handout's PDF. One expected to fill one page is set with a plain "1 / 1" footer, which
 * spares react-pdf laying it out again for a page number (about a fifth of its time); should it
 * run over, it is set again with page numbers worked out per page.
 */
export async function renderHandout(input: HandoutInput): Promise<Uint8Array> {
  if (expectedOnePage(input)) {
    const bytes = await renderPdf(input, true);
    if (pdfPageCount(bytes) === 1) return bytes;
  }
  return renderPdf(input, false);
}
