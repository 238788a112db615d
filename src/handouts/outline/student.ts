// The student handout (one A4 page without the school's contacts, one sheet with them): key
// points, what to do, and verified help with labelled QR codes and the school's contacts. No
// teacher caveats and no internal ids: the footer says when the information was checked.
import { handoutSteps, type HandoutInput } from '../handout-input';
import { onlyIf, plain, runsOf, type Block } from './blocks';
import { helpBlock } from './help';
import { translator } from './translator';

export function studentOutline(input: HandoutInput): Block[] {
  const t = translator(input.locale);
  const { lesson, locale } = input;
  const steps = handoutSteps(input);
  return [
    {
      type: 'title',
      kicker: `${t('shared.kitName')} · ${t('handout.kindStudent')} · ${t('handout.studentKicker')}`,
      title: lesson.title[locale].text,
    },
    { type: 'heading', level: 2, text: t('handout.keyPoints') },
    { type: 'list', items: lesson.handout.student.map((point) => runsOf(point[locale])) },
    ...onlyIf(steps.length > 0, {
      type: 'box',
      title: t('handout.ifItHappens'),
      blocks: [{ type: 'list', items: steps.map(plain) }],
    }),
    helpBlock(input, 'students'),
  ];
}
