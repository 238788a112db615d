// The letter to parents and guardians (1–2 pages): what the class learned and why, signs to notice,
// how to respond if their child tells them, and help.
import { handoutSteps, type HandoutInput } from '../handout-input';
import {
  Box,
  DocumentHeading,
  H2,
  HandoutPage,
  HelpSection,
  JText,
  List,
  RichText,
  SourceLine,
  styles,
  translator,
} from './parts';

export function GuardianLetter({ input }: { input: HandoutInput }) {
  const t = translator(input.locale);
  const { lesson, locale, school } = input;
  const steps = handoutSteps(input);
  return (
    <HandoutPage input={input}>
      <DocumentHeading
        kicker={`${t('shared.kitName')} · ${t('handout.kindGuardian')}`}
        title={lesson.title[locale].text}
      />
      <JText style={styles.paragraph}>{t('handout.guardianGreeting')}</JText>
      <JText style={styles.paragraph}>{t('handout.guardianIntro', { title: lesson.title[locale].text })}</JText>
      <H2>{t('handout.whatWeLearned')}</H2>
      <RichText html={lesson.summary[locale].html} style={styles.paragraph} />
      <H2>{t('handout.whyItMatters')}</H2>
      <List items={lesson.handout.guardian.map((point) => point[locale])} />
      {steps.length > 0 && (
        <Box>
          <JText style={[styles.h3, { marginTop: 0 }]} runs={[{ text: t('handout.stepsTaught'), bold: true }]} />
          <List items={steps} />
        </Box>
      )}
      <HelpSection input={input} t={t} compact />
      <JText style={[styles.paragraph, { marginTop: 4, textAlign: 'right' }]}>
        {school.schoolName || t('handout.guardianSignOffDefault')}
      </JText>
      <SourceLine input={input} t={t} />
    </HandoutPage>
  );
}
