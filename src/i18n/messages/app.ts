// The app's shell (header, language switch, not-found page) and its first page, the lesson catalogue.
import type { Messages } from '../translator';

export const app = {
  kitTagline: { ja: 'ネットの性被害から子どもを守る授業キット', en: 'Online-safety lessons for schools' },
  skipToContent: { ja: '本文へ移動', en: 'Skip to content' },
  switchTo: { ja: 'English', en: '日本語' },
  switchToLabel: { ja: 'Switch to English', en: '日本語に切り替える' },
  navSettings: { ja: '学校の設定', en: 'School settings' },
  catalogueTitle: { ja: 'レッスン一覧', en: 'Lessons' },
  catalogueIntro: {
    ja: '各レッスンは、授業用スライド、生徒用クイズ、配布資料がセットになっています。',
    en: 'Each lesson comes with classroom slides, a student quiz and printable handouts.',
  },
  filterAge: { ja: '生徒の年齢', en: "Students' age" },
  filterGrade: { ja: '学年', en: 'School year' },
  filters: { ja: 'レッスンの絞り込み', en: 'Filter the lessons' },
  ageYears: { ja: '{n}歳', en: '{n}' },
  filterSuitableFrom: {
    ja: '学年や年齢を選ぶと、その学年・年齢から使えるレッスンをすべて表示します。',
    en: 'A school year or age shows every lesson that is suitable from that age, not only lessons for exactly that age.',
  },
  filterTopic: { ja: 'テーマ', en: 'Topic' },
  filterAll: { ja: 'すべて', en: 'All' },
  showing: { ja: '{n}件のレッスン', en: '{n} lessons' },
  noMatch: { ja: '条件に合うレッスンはありません。', en: 'No lessons match these filters.' },
  topics: { ja: 'テーマ', en: 'Topics' },
  quiz: { ja: 'クイズ', en: 'Quiz' },
  handouts: { ja: '配布資料', en: 'Handouts' },
  notFoundBody: {
    ja: 'レッスン一覧からもう一度選んでください。',
    en: 'Please choose again from the list of lessons.',
  },
} satisfies Messages;
