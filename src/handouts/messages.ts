// The handouts' own words (page and documents), both languages side by side like lesson text.
import type { Locale } from '../content/types';
import { fillPlaceholders } from '../i18n/messages';

export const handoutMessages = {
  // The handouts page
  pageIntro: {
    ja: '授業で使う4つの資料です。PDFは印刷用（A4）、下の文章は画面で読むため・そのまま印刷するための版です。学校の設定に入力した連絡先が入ります。',
    en: 'The four documents for this lesson. The PDFs are for printing (A4); the text below each is the same document to read on screen or print from the browser. Your school settings are included.',
  },
  paper: { ja: '用紙', en: 'Paper' },
  paperA4: { ja: 'A4', en: 'A4' },
  paperLetter: { ja: 'US レター', en: 'US Letter' },
  makePdf: { ja: 'PDFを作る', en: 'Make the PDF' },
  making: { ja: 'PDFを作っています…', en: 'Making the PDF…' },
  download: { ja: 'PDFをダウンロード', en: 'Download PDF' },
  ready: { ja: 'PDFができました（{pages}ページ、{size}）。', en: 'The PDF is ready ({pages} pages, {size}).' },
  failed: { ja: 'PDFを作れませんでした。ページを再読み込みしてもう一度ためしてください。', en: 'The PDF could not be made. Please reload the page and try again.' },
  prebuilt: {
    ja: 'ブラウザーでPDFを作れないときは、学校の連絡先が入っていない印刷用PDFを使えます：',
    en: 'If your browser cannot make the PDF, a printable version without your school details is here:',
  },
  printHtml: { ja: 'この版を印刷する', en: 'Print this version' },
  showPreview: { ja: '内容を見る', en: 'Show the text' },
  schoolIncluded: { ja: '学校の連絡先（{school}）が入ります。', en: 'Includes your school contacts ({school}).' },
  schoolMissing: { ja: '学校の連絡先は未設定です。', en: 'No school contacts are set.' },
  settingsLink: { ja: '学校の設定', en: 'School settings' },

  // The four documents
  kindStudent: { ja: '生徒用プリント', en: 'Student handout' },
  kindGuardian: { ja: '保護者の方へのお便り', en: 'Letter to parents and guardians' },
  kindTeacher: { ja: '教師用ガイド', en: 'Teacher guide' },
  kindHelpcard: { ja: '相談先カード', en: 'Help cards' },
  aboutStudent: { ja: '授業の要点、もしものときの順番、相談先（QRコードつき）。1〜2ページ。', en: 'Key points, what to do in order, where to get help (with QR codes). 1–2 pages.' },
  aboutGuardian: { ja: '授業で学んだこと、気づきたいサイン、打ち明けられたときの対応、相談先。1〜2ページ。', en: 'What the class learned, signs to notice, how to respond if your child tells you, help. 1–2 pages.' },
  aboutTeacher: { ja: 'ねらい、50分の指導計画、準備、スライドごとの発表者ノート、問い、よくある質問、打ち明けられたときの対応、出典。', en: 'Objectives, the 50-minute plan, preparation, speaker notes per slide, prompts, likely questions, responding to a disclosure, sources.' },
  aboutHelpcard: { ja: '財布に入る大きさのカード。1枚のA4に8枚、切り取り線つき。', en: 'Wallet-size cards, eight to an A4 sheet, with cut marks.' },

  // Shared parts of documents
  kitName: { ja: 'まもる', en: 'mamoru' },
  asOf: { ja: '{date}時点の情報です', en: 'Information as of {date}' },
  sourceIds: { ja: '出典ID', en: 'Source ids' },
  page: { ja: '{n} / {total}', en: '{n} / {total}' },
  checkBeforeUse: { ja: '使う前に確認してください', en: 'Check before use' },
  checkNumbers: {
    ja: '番号と受付時間は{date}に確認しました。変わることがあります。',
    en: 'Numbers and hours were checked in {date} and may change.',
  },
  helpTitle: { ja: '相談できるところ', en: 'Where to get help' },
  schoolContacts: { ja: '学校の相談窓口', en: 'Your school' },
  notYourFault: { ja: 'あなたは悪くありません。', en: 'It is not your fault.' },
  scanToOpen: { ja: 'QRコードで開けます', en: 'Scan to open' },

  // Student handout
  studentKicker: { ja: '授業のあとに読むプリント', en: 'To keep after the lesson' },
  keyPoints: { ja: '覚えておきたいこと', en: 'Key points' },
  ifItHappens: { ja: 'もしものときは、この順番で', en: 'If it happens: in this order' },
  step1: { ja: '止まる。はらわない、もう送らない、返信しない。', en: 'Stop. Do not pay, do not send more, stop replying.' },
  step2: { ja: '先に証拠を残す（スクショ、アカウント名、URL、日時）。消さない。', en: 'Save the evidence first (screenshots, account names, URLs, dates). Do not delete it.' },
  step3: { ja: 'それからブロックし、サービスに通報する。', en: 'Then block and report to the platform.' },
  step4: { ja: '信頼できるおとなに話し、警察に相談する。', en: 'Tell a trusted adult and contact the police.' },
  step5: { ja: '画像の削除を手伝ってもらう。', en: 'Get help to have images removed.' },

  // Guardian letter
  guardianGreeting: { ja: '保護者の皆さまへ', en: 'Dear parents and guardians,' },
  guardianIntro: {
    ja: '本日の授業「{title}」で、お子さんは次のことを学びました。ご家庭でも話題にしていただければ幸いです。',
    en: 'Today your child\'s class had the lesson "{title}". This letter tells you what they learned and how you can help at home.',
  },
  whatWeLearned: { ja: '授業で学んだこと', en: 'What the class learned' },
  whyItMatters: { ja: 'お伝えしたいこと', en: 'What we would like you to know' },
  ifYourChildTells: { ja: 'お子さんから打ち明けられたら', en: 'If your child tells you' },
  guardianStep1: { ja: '落ち着いて、最後まで話を聞いてください。', en: 'Stay calm and listen to the end.' },
  guardianStep2: { ja: '責めないでください。「話してくれてありがとう」「あなたは悪くない」と伝えてください。', en: 'Do not blame. Say "thank you for telling me" and "it is not your fault".' },
  guardianStep3: { ja: '証拠（画面、アカウント名、URL、日時）を消さずに残してください。お金をはらったり要求に応じたりしないでください。', en: 'Keep the evidence (screens, account names, URLs, dates); do not delete it. Do not pay or comply.' },
  guardianStep4: { ja: '警察と学校に相談してください。危ないときは110番です。', en: 'Report to the police and contact the school. In danger, call 110.' },
  guardianSignOff: { ja: '{school}', en: '{school}' },
  guardianSignOffDefault: { ja: '担任', en: 'Your child\'s teacher' },

  // Teacher guide
  teacherKicker: { ja: '授業の前の日に読むガイド', en: 'To read the night before' },
  ages: { ja: '{n}歳以上', en: 'Ages {n}+' },
  minutes: { ja: '{n}分', en: '{n} min' },
  contentNote: { ja: 'この授業で扱う内容', en: 'Content note' },
  objectives: { ja: 'ねらい', en: 'Objectives' },
  plan: { ja: '指導計画', en: 'Lesson plan' },
  planMinutes: { ja: '時間', en: 'Time' },
  planActivity: { ja: '活動', en: 'Activity' },
  planSlides: { ja: 'スライド', en: 'Slides' },
  preparation: { ja: '準備', en: 'Preparation' },
  speakerNotes: { ja: 'スライドと発表者ノート', en: 'Slides and speaker notes' },
  slideNumber: { ja: 'スライド{n}', en: 'Slide {n}' },
  openingSlide: { ja: 'この授業について（自動で作られるスライド）', en: 'About this lesson (generated slide)' },
  closingSlide: { ja: '相談できるところ（自動で作られるスライド）', en: 'Where to get help (generated slide)' },
  discussion: { ja: '話し合いの問い', en: 'Discussion prompts' },
  likelyQuestions: { ja: 'よくある質問', en: 'Questions students may ask' },
  sources: { ja: '出典', en: 'Sources' },
  reported: { ja: '報道による', en: 'reported' },
  checkLocally: { ja: '要確認', en: 'check locally' },

  // Help cards
  cardTitle: { ja: 'ひとりでなやまないで', en: 'You are not alone' },
  cutHere: { ja: '点線の角に合わせて切り取ってください', en: 'Cut along the marks' },
} satisfies Record<string, Record<Locale, string>>;

export type HandoutMessageKey = keyof typeof handoutMessages;

/** A handout message in one language, with {name} placeholders filled in. */
export function translateHandout(locale: Locale, key: HandoutMessageKey, values: Record<string, string | number> = {}): string {
  return fillPlaceholders(handoutMessages[key][locale], values);
}
