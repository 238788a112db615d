// The student handout (1–2 A4 pages): key points, what to do in order, help with QR codes, the
// school's contacts, and where the facts come from.
import { handoutSteps, type HandoutInput } from '../handout-input';
import {
  Box,
  H2,
  HandoutPage,
  DocumentHeading,
  HelpSection,
  JText,
  List,
  SourceLine,
  styles,
  translator,
} from './parts';

export function StudentHandout({ input }: { input: HandoutInput }) {
  const t = translator(input.locale);
  const { lesson, locale } = input;
  const steps = handoutSteps(input);
  return (
    <HandoutPage input={input}>
      <DocumentHeading
        kicker={`${t('shared.kitName')} · ${t('handout.kindStudent')} · ${t('handout.studentKicker')}`}
        title={lesson.title[locale].text}
      />
      <H2>{t('handout.keyPoints')}</H2>
      <List items={lesson.handout.student.map((point) => point[locale])} />
      {steps.length > 0 && (
        <Box>
          <JText style={[styles.h3, { marginTop: 0 }]} runs={[{ text: t('handout.ifItHappens'), bold: true }]} />
          <List items={steps} />
        </Box>
      )}
      <HelpSection input={input} t={t} />
      <SourceLine input={input} t={t} />
    </HandoutPage>
  );
}
