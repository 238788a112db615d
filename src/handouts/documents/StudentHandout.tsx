// The student handout (one A4 page without the school's contacts, one sheet with them): key
// points, what to do, and verified help with labelled QR codes and the school's contacts. No
// teacher caveats and no internal ids: the footer says when the information was checked.
import { handoutSteps, type HandoutInput } from '../handout-input';
import {
  Box,
  Dense,
  DocumentHeading,
  Furigana,
  H2,
  HandoutPage,
  HelpSection,
  JText,
  List,
  styles,
  translator,
} from './parts';

export function StudentHandout({ input }: { input: HandoutInput }) {
  const t = translator(input.locale);
  const { lesson, locale } = input;
  const steps = handoutSteps(input);
  return (
    <HandoutPage input={input}>
      <Dense.Provider value>
        <DocumentHeading
          kicker={`${t('shared.kitName')} · ${t('handout.kindStudent')} · ${t('handout.studentKicker')}`}
          title={lesson.title[locale].text}
        />
        <H2>{t('handout.keyPoints')}</H2>
        {/* Furigana where the slides and quiz have them (UX report L7). */}
        <Furigana.Provider value={locale === 'ja'}>
          <List items={lesson.handout.student.map((point) => point[locale])} />
        </Furigana.Provider>
        {steps.length > 0 && (
          <Box>
            <JText style={[styles.h3, { marginTop: 0 }]} runs={[{ text: t('handout.ifItHappens'), bold: true }]} />
            <List items={steps} />
          </Box>
        )}
        <HelpSection input={input} t={t} readers="students" />
      </Dense.Provider>
    </HandoutPage>
  );
}
