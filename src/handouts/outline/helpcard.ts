// Help cards: only verified help prints here (a card has no room to say "check before use"). What
// each card holds is chosen in ../help-card-resources.ts; the sheet's geometry is the renderer's.
import { shownContact } from '../../content/help';
import type { HandoutInput } from '../handout-input';
import { planHelpCard } from '../help-card-resources';
import type { Block } from './blocks';
import { translator } from './translator';

export function helpcardOutline(input: HandoutInput): Block[] {
  const t = translator(input.locale);
  const { locale } = input;
  const plan = planHelpCard(input, input.school.schoolName || t('shared.schoolContacts'));
  return [
    {
      type: 'helpCard',
      title: t('handout.cardTitle'),
      intro: `${t('handout.notYourFault')} ${t('shared.helpTitle')}${locale === 'ja' ? '：' : ':'}`,
      school: plan.school,
      resources: plan.resources.map((resource) => ({
        id: resource.id,
        name: resource.name[locale].text,
        contact: shownContact(resource, locale),
      })),
      textSize: plan.textSize,
      asOf: t('handout.asOf', { date: input.factsChecked }),
      footer: `${t('shared.kitName')} · ${t('handout.kindHelpcard')} · ${t('handout.cutHere')} · ${input.lesson.title[locale].text}`,
    },
  ];
}
