// The app's own words, both languages side by side like lesson text.
import type { Locale, Topic } from '../content/types';

type Pair = Record<Locale, string>;

export const messages = {
  kitName: { ja: 'まもる', en: 'mamoru' },
  kitTagline: { ja: 'ネットの性被害から子どもを守る授業キット', en: 'Online-safety lessons for schools' },
  skipToContent: { ja: '本文へ移動', en: 'Skip to content' },
  language: { ja: '言語', en: 'Language' },
  switchTo: { ja: 'English', en: '日本語' },
  switchToLabel: { ja: 'Switch to English', en: '日本語に切り替える' },
  navLessons: { ja: 'レッスン一覧', en: 'Lessons' },
  navSettings: { ja: '学校の設定', en: 'School settings' },
  catalogueTitle: { ja: 'レッスン一覧', en: 'Lessons' },
  catalogueIntro: {
    ja: '各レッスンは、授業用スライド、生徒用クイズ、配布資料がセットになっています。',
    en: 'Each lesson comes with classroom slides, a student quiz and printable handouts.',
  },
  filterAge: { ja: '対象年齢', en: 'Age band' },
  filterTopic: { ja: 'テーマ', en: 'Topic' },
  filterAll: { ja: 'すべて', en: 'All' },
  showing: { ja: '{n}件のレッスン', en: '{n} lessons' },
  noMatch: { ja: '条件に合うレッスンはありません。', en: 'No lessons match these filters.' },
  ageBand: { ja: '{n}歳以上', en: 'Ages {n}+' },
  minutes: { ja: '{n}分', en: '{n} min' },
  topics: { ja: 'テーマ', en: 'Topics' },
  present: { ja: 'スライドで授業する', en: 'Present slides' },
  quiz: { ja: 'クイズ', en: 'Quiz' },
  handouts: { ja: '配布資料', en: 'Handouts' },
  overview: { ja: 'レッスンの概要', en: 'Lesson overview' },
  backToLesson: { ja: 'レッスンの概要に戻る', en: 'Back to the lesson' },
  objectives: { ja: 'ねらい', en: 'Objectives' },
  contentNote: { ja: 'この授業で扱う内容', en: 'Content note' },
  plan: { ja: '50分の指導計画', en: 'Lesson plan' },
  planMinutes: { ja: '時間', en: 'Minutes' },
  planActivity: { ja: '活動', en: 'Activity' },
  planSlides: { ja: 'スライド', en: 'Slides' },
  preparation: { ja: '準備', en: 'Preparation' },
  discussion: { ja: '話し合いの問い', en: 'Discussion prompts' },
  likelyQuestions: { ja: 'よくある質問', en: 'Questions students may ask' },
  sources: { ja: '出典', en: 'Sources' },
  sourcesIntro: {
    ja: 'このレッスンが述べる事実と、その確認に使った資料です（{date}確認）。',
    en: 'The facts this lesson states, and where they were checked ({date}).',
  },
  reported: { ja: '報道による', en: 'reported' },
  checkLocally: { ja: '要確認', en: 'check before use' },
  helpTitle: { ja: '相談できるところ', en: 'Where to get help' },
  helpCheck: {
    ja: '印刷や掲示の前に、電話番号と受付時間を確認してください（最終確認 {date}）。',
    en: 'Check numbers and hours before printing or showing them (last verified {date}).',
  },
  helpUnverified: { ja: '確認してから使ってください', en: 'Check before use' },
  schoolContacts: { ja: '学校の相談窓口', en: 'Your school' },
  notFoundTitle: { ja: 'ページが見つかりません', en: 'Page not found' },
  notFoundBody: { ja: 'レッスン一覧からもう一度選んでください。', en: 'Please choose again from the list of lessons.' },
  lessonNotFound: { ja: 'レッスン「{id}」は見つかりません。', en: 'There is no lesson "{id}".' },
  quizComing: {
    ja: '生徒が自分の端末で答えるクイズです。答えは端末の外に送られません。',
    en: 'Students answer this quiz on their own device. Their answers never leave it.',
  },
  question: { ja: '問{n}', en: 'Question {n}' },
  loading: { ja: '読み込んでいます…', en: 'Loading…' },
  loadFailed: {
    ja: 'このレッスンを読み込めませんでした。ページを再読み込みしてください。',
    en: 'This lesson could not be loaded. Please reload the page.',
  },
  handoutsIntro: {
    ja: '生徒と保護者に伝える要点です。印刷用PDFはこのページから作れるようになります。',
    en: 'The points the student and guardian handouts make. Printable PDFs will be made from this page.',
  },
  handoutStudent: { ja: '生徒向け', en: 'For students' },
  handoutGuardian: { ja: '保護者向け', en: 'For parents and guardians' },
  print: { ja: '印刷する', en: 'Print' },
  settingsTitle: { ja: '学校の設定', en: 'School settings' },
  settingsIntro: {
    ja: 'ここに入力した内容は、このブラウザーの中だけに保存されます。スライドの最後の相談窓口と配布資料に表示されます。',
    en: 'What you enter is kept in this browser only. It appears on the closing help slide and on handouts.',
  },
  schoolName: { ja: '学校名', en: 'School name' },
  counsellor: { ja: '校内の相談先（スクールカウンセラー・養護教諭など）', en: 'School counsellor or nurse' },
  counsellorHint: { ja: '例：保健室 養護教諭 山田先生（内線 123）', en: 'For example: Ms Yamada, school nurse (ext. 123)' },
  localHelp: { ja: '地域の相談窓口（1行に1つ）', en: 'Local help lines (one per line)' },
  localHelpHint: { ja: '例：〇〇市子ども相談センター 0000-00-0000', en: 'For example: City children’s centre 0000-00-0000' },
  save: { ja: '保存する', en: 'Save' },
  saved: { ja: '保存しました。', en: 'Saved.' },
  clear: { ja: '消去する', en: 'Clear' },
  cleared: { ja: '消去しました。', en: 'Cleared.' },
  tooLong: { ja: '{max}文字以内で入力してください。', en: 'Please use at most {max} characters.' },
  presentTitle: { ja: 'スライド', en: 'Slides' },
  notes: { ja: '発表者ノート', en: 'Speaker notes' },
  slideOf: { ja: 'スライド {n} / {total}', en: 'Slide {n} of {total}' },
  openingTitle: { ja: 'この授業について', en: 'Before we start' },
  openingStepOut: {
    ja: 'つらくなったら、いつでも席を外してかまいません。',
    en: 'If this feels hard, you may step out at any time.',
  },
  openingTalk: {
    ja: '気になることがあれば、先生や保健室、下の相談窓口に話せます。',
    en: 'If anything worries you, you can talk to a teacher, the school nurse or the help lines at the end.',
  },
  closingTitle: { ja: 'ひとりで悩まないで', en: 'You are not alone' },
  closingNotYourFault: { ja: 'あなたは悪くありません。相談できるところがあります。', en: 'It is not your fault. There is help.' },
} satisfies Record<string, Pair>;

export type MessageKey = keyof typeof messages;

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

/** A message in the given language, with {name} placeholders filled in. */
export function translate(locale: Locale, key: MessageKey, values: Record<string, string | number> = {}): string {
  return messages[key][locale].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}
