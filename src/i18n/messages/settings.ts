// The school settings page.
import type { Messages } from '../translator';

export const settings = {
  settingsTitle: { ja: '学校の設定', en: 'School settings' },
  settingsIntro: {
    ja: 'ここに入力した内容は、このブラウザーの中だけに保存されます。スライドの最後の相談窓口と配布資料に表示されます。',
    en: 'What you enter is kept in this browser only. It appears on the closing help slide and on handouts.',
  },
  schoolName: { ja: '学校名', en: 'School name' },
  counsellor: { ja: '校内の相談先（スクールカウンセラー・養護教諭など）', en: 'School counsellor or nurse' },
  counsellorHint: {
    ja: '例：保健室 養護教諭 山田先生（内線 123）',
    en: 'For example: Ms Yamada, school nurse (ext. 123)',
  },
  localHelp: { ja: '地域の相談窓口（1行に1つ）', en: 'Local help lines (one per line)' },
  localHelpHint: {
    ja: '例：〇〇市子ども相談センター 0000-00-0000',
    en: 'For example: City children’s centre 0000-00-0000',
  },
  save: { ja: '保存する', en: 'Save' },
  saved: { ja: '保存しました。', en: 'Saved.' },
  clear: { ja: '消去する', en: 'Clear' },
  cleared: { ja: '消去しました。', en: 'Cleared.' },
  tooLong: { ja: '{max}文字以内で入力してください。', en: 'Please use at most {max} characters.' },
} satisfies Messages;
