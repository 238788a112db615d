// The lesson overview page.
import type { Messages } from '../translator';

export const overview = {
  present: { ja: 'スライドで授業する', en: 'Present slides' },
  sourcesIntro: {
    ja: 'このレッスンが述べる事実と、その確認に使った資料です（{date}確認）。',
    en: 'The facts this lesson states, and where they were checked ({date}).',
  },
  factSourcesLabel: { ja: '出典：', en: 'Sources: ' },
  factHelpLine: { ja: '相談窓口「{name}」の連絡先と受付時間', en: 'The contact details and hours of {name}' },
} satisfies Messages;
