// The letter to parents and guardians (one A4 sheet), set as a Japanese school letter: the date and
// the sender (school, class teacher with a line to sign on) at the head, the subject, the opening
// greeting; then what the class learned (in the past tense: the letter goes home after the
// lesson), what families can do, the steps taught (on the back), help, and 以上.
import { handoutSteps, letterDate, quotedTitle, WRITE_HERE, type HandoutInput } from '../handout-input';
import { onlyIf, plain, runsOf, type Block } from './blocks';
import { helpBlock } from './help';
import { translator } from './translator';

export function guardianOutline(input: HandoutInput): Block[] {
  const t = translator(input.locale);
  const { lesson, locale, school } = input;
  const steps = handoutSteps(input);
  const title = quotedTitle(input);
  const learned = lesson.handout.learned;
  const space = locale === 'ja' ? '' : ' ';
  return [
    {
      type: 'letterHead',
      date: letterDate(input),
      greeting: t('handout.guardianGreeting'),
      sender: [school.schoolName || WRITE_HERE, t('handout.letterTeacher', { name: WRITE_HERE })],
    },
    { type: 'subject', text: t('handout.letterTitle', { title }) },
    {
      type: 'paragraph',
      runs: plain(`${t('handout.guardianOpening')}${space}${t('handout.guardianIntro', { title })}`),
    },
    { type: 'heading', level: 2, text: t(learned ? 'handout.whatWeLearned' : 'handout.lessonContent') },
    { type: 'paragraph', runs: runsOf((learned ?? lesson.summary)[locale]) },
    { type: 'heading', level: 2, text: t('handout.whyItMatters') },
    { type: 'list', items: lesson.handout.guardian.map((point) => runsOf(point[locale])) },
    // A lesson that teaches safety steps has too much for one side: the steps and help go on the
    // back, as a side a family can keep, and the front says so.
    ...onlyIf(
      steps.length > 0,
      { type: 'overleaf', text: t('handout.seeOverleaf') },
      { type: 'box', title: t('handout.stepsTaught'), blocks: [{ type: 'list', items: steps.map(plain) }] },
    ),
    helpBlock(input, 'families'),
    { type: 'closing', text: t('handout.letterEnd') },
  ];
}
