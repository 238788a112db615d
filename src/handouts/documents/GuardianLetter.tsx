// The letter to parents and guardians (one A4 sheet), set as a Japanese school letter: the date and
// the sender (school, class teacher with a line to sign on) at the head, the subject, the opening
// greeting; then what the class learned (in the past tense: the letter goes home after the
// lesson), what families can do, the steps taught (on the back), help, and 以上.
import { View } from '@react-pdf/renderer';
import { handoutSteps, letterDate, quotedTitle, WRITE_HERE, type HandoutInput } from '../handout-input';
import { Box, Dense, H2, HandoutPage, HelpSection, JText, List, RichText, styles, translator } from './parts';

const right = { textAlign: 'right' } as const;

export function GuardianLetter({ input }: { input: HandoutInput }) {
  const t = translator(input.locale);
  const { lesson, locale, school } = input;
  const steps = handoutSteps(input);
  const title = quotedTitle(input);
  const learned = lesson.handout.learned;
  // A lesson that teaches safety steps has too much for one side: the steps and help go on the
  // back, as a side a family can keep, and the front says so.
  const twoSided = steps.length > 0;
  return (
    <HandoutPage input={input}>
      <Dense.Provider value>
        <JText style={right}>{letterDate(input)}</JText>
        <JText>{t('handout.guardianGreeting')}</JText>
        <View style={{ marginBottom: 6 }}>
          <JText style={right}>{school.schoolName || WRITE_HERE}</JText>
          <JText style={right}>{t('handout.letterTeacher', { name: WRITE_HERE })}</JText>
        </View>
        <JText
          style={[styles.title, { fontSize: 13.5, textAlign: 'center', marginBottom: 6 }]}
          runs={[{ text: t('handout.letterTitle', { title }), bold: true }]}
        />
        <JText style={styles.paragraph}>{`${t('handout.guardianOpening')}${locale === 'ja' ? '' : ' '}${t(
          'handout.guardianIntro',
          { title },
        )}`}</JText>
        <H2>{t(learned ? 'handout.whatWeLearned' : 'handout.lessonContent')}</H2>
        <RichText text={(learned ?? lesson.summary)[locale]} style={styles.paragraph} />
        <H2>{t('handout.whyItMatters')}</H2>
        <List items={lesson.handout.guardian.map((point) => point[locale])} />
        {twoSided && <JText style={[right, styles.small, { marginTop: 6 }]}>{t('handout.seeOverleaf')}</JText>}
        {steps.length > 0 && <View break={twoSided} />}
        {steps.length > 0 && (
          <Box>
            <JText style={[styles.h3, { marginTop: 0 }]} runs={[{ text: t('handout.stepsTaught'), bold: true }]} />
            <List items={steps} />
          </Box>
        )}
        <HelpSection input={input} t={t} readers="families" />
        <JText style={[right, { marginTop: 4 }]}>{t('handout.letterEnd')}</JText>
      </Dense.Provider>
    </HandoutPage>
  );
}
