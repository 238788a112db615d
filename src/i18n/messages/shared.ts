// Words more than one page or document shows, worded once: the deck, the app's pages and the
// handouts all load this namespace.
import type { Messages } from '../translator';

export const shared = {
  ageBand: { ja: '{n}歳以上', en: 'Ages {n}+' },
  checkBeforeUse: { ja: '使う前に確認してください', en: 'Check before use' },
  trueLabel: { ja: '○ 正しい', en: 'True' },
  falseLabel: { ja: '× まちがい', en: 'False' },
  backToLesson: { ja: 'レッスンの概要に戻る', en: 'Back to the lesson' },
  checkLocally: { ja: '要確認', en: 'check locally' },
  plan: { ja: '{n}分の指導計画', en: 'Lesson plan ({n} minutes)' },
  planMinutes: { ja: '時間', en: 'Time' },
  kitName: { ja: 'まもる', en: 'mamoru' },
  minutes: { ja: '{n}分', en: '{n} min' },
  objectives: { ja: 'ねらい', en: 'Objectives' },
  inochiEducation: { ja: '生命（いのち）の安全教育との関係', en: 'How this fits 生命（いのち）の安全教育' },
  contentNote: { ja: 'この授業で扱う内容', en: 'Content note' },
  planActivity: { ja: '活動', en: 'Activity' },
  planSlides: { ja: 'スライド', en: 'Slides' },
  preparation: { ja: '準備', en: 'Preparation' },
  discussion: { ja: '話し合いの問い', en: 'Discussion prompts' },
  likelyQuestions: { ja: 'よくある質問', en: 'Questions students may ask' },
  sources: { ja: '出典', en: 'Sources' },
  reported: { ja: '報道による', en: 'reported' },
  helpTitle: { ja: '相談できるところ', en: 'Where to get help' },
  schoolContacts: { ja: '学校の相談窓口', en: 'Your school' },
  pageFailedTitle: { ja: 'このページを表示できませんでした', en: 'This page could not be shown' },
  pageFailedBody: {
    ja: 'この端末に保存された情報が壊れているか、ページの読み込みに失敗しました。「最初からやり直す」を押すと、このページで保存した情報を消して、もう一度表示します。',
    en: 'Something saved on this device is damaged, or the page did not load properly. “Start over” forgets what this page saved and shows it again.',
  },
  startOver: { ja: '最初からやり直す', en: 'Start over' },
  navLessons: { ja: 'レッスン一覧', en: 'Lessons' },
  overview: { ja: 'レッスンの概要', en: 'Lesson overview' },
  helpCheck: {
    ja: '印刷や掲示の前に、電話番号と受付時間を確認してください。確認した日は、確認ずみの窓口ごとに示しています。',
    en: 'Check numbers and hours before printing or showing them. Each verified entry shows when it was last checked.',
  },
  helpCheckedOn: { ja: '{date}確認', en: 'checked {date}' },
  notFoundTitle: { ja: 'ページが見つかりません', en: 'Page not found' },
  lessonNotFound: { ja: 'レッスン「{id}」は見つかりません。', en: 'There is no lesson "{id}".' },
  settingsUnreadable: {
    ja: 'この端末に保存された学校の設定を読み込めませんでした（壊れているか、別の版で保存されています）。もう一度入力して保存してください。',
    en: 'The school settings saved in this browser could not be read (they are damaged or were saved by another version). Please enter them again and save.',
  },
  loading: { ja: '読み込んでいます…', en: 'Loading…' },
  loadFailed: {
    ja: 'このレッスンを読み込めませんでした。ページを再読み込みしてください。',
    en: 'This lesson could not be loaded. Please reload the page.',
  },
} satisfies Messages;
