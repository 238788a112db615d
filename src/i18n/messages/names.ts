// The names of the lessons' topics and of Japanese school years (src/catalogue/filters.ts), as a
// teacher names them.
import type { Topic } from '../../content/types';
import type { Pair } from '../translator';

export const topicNames: Record<Topic, Pair> = {
  sextortion: { ja: '性的脅迫（セクストーション）', en: 'Sextortion' },
  grooming: { ja: 'グルーミング', en: 'Grooming' },
  law: { ja: '法律', en: 'The law' },
  'help-seeking': { ja: '相談・助けを求める', en: 'Getting help' },
  'image-abuse': { ja: '画像による被害', en: 'Image abuse' },
  exploitation: { ja: '性的搾取', en: 'Exploitation' },
  trafficking: { ja: '人身取引', en: 'Trafficking' },
  bystander: { ja: 'まわりの人にできること', en: 'Bystanders' },
};

export const gradeNames: Record<'e5' | 'e6' | 'j1' | 'j2' | 'j3' | 'h1' | 'h2' | 'h3', Pair> = {
  e5: { ja: '小学5年', en: 'Elementary year 5 (age 10–11)' },
  e6: { ja: '小学6年', en: 'Elementary year 6 (age 11–12)' },
  j1: { ja: '中学1年', en: 'Junior high year 1 (age 12–13)' },
  j2: { ja: '中学2年', en: 'Junior high year 2 (age 13–14)' },
  j3: { ja: '中学3年', en: 'Junior high year 3 (age 14–15)' },
  h1: { ja: '高校1年', en: 'Senior high year 1 (age 15–16)' },
  h2: { ja: '高校2年', en: 'Senior high year 2 (age 16–17)' },
  h3: { ja: '高校3年', en: 'Senior high year 3 (age 17–18)' },
};
