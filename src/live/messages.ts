// The live class's words, both languages side by side: the student page, the projector overlay
// and the teacher's controls. Every message the server can refuse with has a sentence here.
import type { Locale } from '../content/types';
import { fillPlaceholders } from '../i18n/messages';
import type { LiveError } from '../protocol/live';

export const liveMessages = {
  // Student page
  joinTitle: { ja: 'ライブ授業に参加する', en: 'Join the live class' },
  joinIntro: {
    ja: '名前やアカウントは要りません。先生のスクリーンに出ている「合言葉」を入れてください。',
    en: 'No name or account needed. Type the check word shown on the teacher’s screen.',
  },
  codeLabel: { ja: '参加コード', en: 'Class code' },
  checkWordLabel: { ja: '合言葉（4けたの数字）', en: 'Check word (4 digits)' },
  joinButton: { ja: '参加する', en: 'Join' },
  joining: { ja: '参加しています…', en: 'Joining…' },
  joinPrivacy: {
    ja: '先生のパソコンに送られるのは、この端末の答えだけです。名前は送られず、授業が終わると答えは消されます。',
    en: 'Only this device’s answers go to the teacher’s computer: no name. They are deleted when the class ends.',
  },
  waiting: { ja: '参加しました。先生が問題を出すまで待ってください。', en: 'You have joined. Wait for the teacher to show a question.' },
  liveQuestion: { ja: '問題', en: 'Question' },
  checkRoundBefore: { ja: '授業のはじめに：今の考えで答えてください', en: 'Before the lesson: answer with what you think now' },
  checkRoundAfter: { ja: '授業のおわりに：もう一度答えてください', en: 'After the lesson: answer once more' },
  sendAnswer: { ja: '答えを送る', en: 'Send answer' },
  changeAnswer: { ja: '答えを変えて送る', en: 'Send changed answer' },
  answerSent: { ja: '答えを送りました。先生がしめきるまで変えられます。', en: 'Answer sent. You can change it until the teacher closes the question.' },
  roundClosed: { ja: 'この問題はしめきりました。スクリーンを見てください。', en: 'This question is closed. Look at the screen.' },
  sessionEnded: { ja: 'ライブ授業は終わりました。答えは消されました。ありがとうございました。', en: 'The live class has ended and its answers are deleted. Thank you.' },
  reconnecting: { ja: '先生のパソコンにつなぎなおしています…', en: 'Reconnecting to the teacher’s computer…' },
  notClassroom: {
    ja: 'このページは、先生のパソコンで「ライブ授業」が動いているときに使えます。先生のスクリーンのQRコードから開いてください。',
    en: 'This page works while the teacher’s computer runs a live class. Open it from the QR code on the teacher’s screen.',
  },
  // Refusals, in the student's language
  'error-invalid-message': { ja: '送った内容を読み取れませんでした。ページを読みこみなおしてください。', en: 'That could not be read. Please reload the page.' },
  'error-unknown-session': { ja: 'この参加コードのライブ授業はありません（終わったのかもしれません）。', en: 'There is no live class with this code (it may have ended).' },
  'error-wrong-check-word': { ja: '合言葉がちがいます。スクリーンの4けたの数字を入れてください。', en: 'That check word is not right. Type the 4 digits on the screen.' },
  'error-not-joined': { ja: 'まだ参加していません。もう一度参加してください。', en: 'You have not joined yet. Please join again.' },
  'error-not-allowed': { ja: 'この操作は、授業を始めた先生の画面からしかできません。', en: 'Only the screen that started the class can do this.' },
  'error-unknown-round': { ja: 'この問題は今は出ていません。', en: 'This question is not being asked now.' },
  'error-round-closed': { ja: 'この問題はしめきりました。', en: 'This question is closed.' },
  'error-invalid-answer': { ja: 'この答えは受け付けられません。選びなおしてください。', en: 'That answer cannot be taken. Please choose again.' },
  'error-rate-limited': { ja: '送る回数が多すぎます。少し待ってから、もう一度ためしてください。', en: 'Too many tries. Wait a moment, then try again.' },
  'error-server-busy': { ja: '今は参加できません（人数がいっぱいか、先生のパソコンが混んでいます）。先生に伝えてください。', en: 'You cannot join now (the class is full or the teacher’s computer is busy). Tell your teacher.' },
  // Projector and teacher controls
  liveClass: { ja: 'ライブ授業', en: 'Live class' },
  startLive: { ja: 'ライブ授業を始める (L)', en: 'Start live class (L)' },
  liveControls: { ja: 'ライブ授業の操作', en: 'Live class controls' },
  joinAt: { ja: 'タブレットで参加：QRコードを読むか、このアドレスを開く', en: 'Join on your device: scan the QR code or open this address' },
  joinQrAlt: { ja: '参加用のQRコード', en: 'QR code to join' },
  code: { ja: 'コード', en: 'Code' },
  checkWord: { ja: '合言葉', en: 'Check word' },
  joined: { ja: '{n}人が参加', en: '{n} joined' },
  answered: { ja: '回答 {answered} / {joined}', en: 'Answered {answered} / {joined}' },
  notEnough: { ja: '回答が5人未満のため、結果は表示しません。', en: 'Not enough answers to show (fewer than 5).' },
  notEnoughPairs: { ja: '両方に答えた人が10人未満のため、変化は表示しません。', en: 'Not enough to show the change (fewer than 10 answered both).' },
  results: { ja: 'クラスの答え', en: 'How the class answered' },
  rightAnswerMark: { ja: '正解', en: 'right answer' },
  rightOrder: { ja: '正しい順番', en: 'in the right order' },
  otherOrder: { ja: 'ちがう順番', en: 'in another order' },
  share: { ja: '{n}人（{p}%）', en: '{n} ({p}%)' },
  openQuestion: { ja: '問題を出す', en: 'Open question' },
  closeQuestion: { ja: 'しめきる', en: 'Close' },
  reveal: { ja: '結果を見せる', en: 'Reveal' },
  skip: { ja: 'とばす', en: 'Skip' },
  askBefore: { ja: 'ふりかえり問題（授業前）を出す', en: 'Ask the check questions (before)' },
  askAfter: { ja: 'ふりかえり問題（授業後）を出す', en: 'Ask the check questions again (after)' },
  showJoin: { ja: '参加方法を表示', en: 'Show how to join' },
  hideJoin: { ja: '参加方法をかくす', en: 'Hide how to join' },
  endSession: { ja: 'ライブ授業を終える', en: 'End live class' },
  endConfirm: { ja: 'ライブ授業を終えて、すべての答えを消しますか？', en: 'End the live class and delete every answer?' },
  downloadCsv: { ja: 'まとめ (CSV)', en: 'Summary (CSV)' },
  downloadPdf: { ja: 'まとめ (PDF)', en: 'Summary (PDF)' },
  change: { ja: 'クラスの変化（授業前 → 授業後）', en: 'How the class changed (before → after)' },
  changeLine: { ja: '正解 {before}% → {after}%（{n}人）', en: 'Right {before}% → {after}% ({n} answered both)' },
  summaryTitle: { ja: 'ライブ授業のまとめ', en: 'Live class summary' },
  summaryNote: {
    ja: 'クラス全体の数だけを記録しています。一人ひとりの答えや名前はふくまれません。回答が5人未満の問題は数を出していません。',
    en: 'Class totals only: no one’s own answers and no names. Questions with fewer than 5 answers show no counts.',
  },
  liveStartFailed: { ja: 'ライブ授業を始められませんでした。', en: 'The live class could not start.' },
} satisfies Record<string, Record<Locale, string>>;

export type LiveMessageKey = keyof typeof liveMessages;

export function translateLive(locale: Locale, key: LiveMessageKey, values: Record<string, string | number> = {}): string {
  return fillPlaceholders(liveMessages[key][locale], values);
}

export function liveErrorText(locale: Locale, error: LiveError): string {
  return translateLive(locale, `error-${error}`);
}
