// The live class (src/live/): the student page, the projector and the teacher's controls, the
// server's refusals; and what the lesson overview says about the live class and privacy.
import type { Messages } from '../translator';

export const live = {
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
  waiting: {
    ja: '参加しました。先生が問題を出すまで待ってください。',
    en: 'You have joined. Wait for the teacher to show a question.',
  },
  liveQuestion: { ja: '問題', en: 'Question' },
  checkRoundBefore: {
    ja: '授業のはじめに：今の考えで答えてください',
    en: 'Before the lesson: answer with what you think now',
  },
  checkRoundAfter: { ja: '授業のおわりに：もう一度答えてください', en: 'After the lesson: answer once more' },
  sendAnswer: { ja: '答えを送る', en: 'Send answer' },
  changeAnswer: { ja: '答えを変えて送る', en: 'Send changed answer' },
  answerSent: {
    ja: '答えを送りました。先生がしめきるまで変えられます。',
    en: 'Answer sent. You can change it until the teacher closes the question.',
  },
  roundClosed: {
    ja: 'この問題はしめきりました。スクリーンを見てください。',
    en: 'This question is closed. Look at the screen.',
  },
  sessionEnded: {
    ja: 'ライブ授業は終わりました。答えは消されました。ありがとうございました。',
    en: 'The live class has ended and its answers are deleted. Thank you.',
  },
  reconnecting: { ja: '先生のパソコンにつなぎなおしています…', en: 'Reconnecting to the teacher’s computer…' },
  notClassroom: {
    ja: 'このページは、先生のパソコンで「ライブ授業」が動いているときに使えます。先生のスクリーンのQRコードから開いてください。',
    en: 'This page works while the teacher’s computer runs a live class. Open it from the QR code on the teacher’s screen.',
  },
  // Refusals, in the student's language
  'error-invalid-message': {
    ja: '送った内容を読み取れませんでした。ページを読みこみなおしてください。',
    en: 'That could not be read. Please reload the page.',
  },
  'error-unknown-session': {
    ja: 'この参加コードのライブ授業はありません（終わったのかもしれません）。',
    en: 'There is no live class with this code (it may have ended).',
  },
  'error-wrong-check-word': {
    ja: '合言葉がちがいます。スクリーンの4けたの数字を入れてください。',
    en: 'That check word is not right. Type the 4 digits on the screen.',
  },
  'error-not-joined': {
    ja: 'まだ参加していません。もう一度参加してください。',
    en: 'You have not joined yet. Please join again.',
  },
  'error-not-allowed': {
    ja: 'この操作は、授業を始めた先生の画面からしかできません。',
    en: 'Only the screen that started the class can do this.',
  },
  'error-unknown-round': { ja: 'この問題は今は出ていません。', en: 'This question is not being asked now.' },
  'error-round-closed': { ja: 'この問題はしめきりました。', en: 'This question is closed.' },
  'error-invalid-answer': {
    ja: 'この答えは受け付けられません。選びなおしてください。',
    en: 'That answer cannot be taken. Please choose again.',
  },
  'error-rate-limited': {
    ja: '送る回数が多すぎます。少し待ってから、もう一度ためしてください。',
    en: 'Too many tries. Wait a moment, then try again.',
  },
  'error-server-busy': {
    ja: '今は参加できません（人数がいっぱいか、先生のパソコンが混んでいます）。先生に伝えてください。',
    en: 'You cannot join now (the class is full or the teacher’s computer is busy). Tell your teacher.',
  },
  // Projector and teacher controls
  liveClass: { ja: 'ライブ授業', en: 'Live class' },
  startLive: { ja: 'ライブ授業を始める (L)', en: 'Start live class (L)' },
  liveControls: { ja: 'ライブ授業の操作', en: 'Live class controls' },
  joinAt: {
    ja: 'タブレットで参加：QRコードを読むか、このアドレスを開く',
    en: 'Join on your device: scan the QR code or open this address',
  },
  joinQrAlt: { ja: '参加用のQRコード', en: 'QR code to join' },
  code: { ja: 'コード', en: 'Code' },
  checkWord: { ja: '合言葉', en: 'Check word' },
  joined: { ja: '{n}人が参加', en: '{n} joined' },
  answered: { ja: '回答 {answered} / {joined}', en: 'Answered {answered} / {joined}' },
  notEnough: { ja: '回答が5人未満のため、結果は表示しません。', en: 'Not enough answers to show (fewer than 5).' },
  notEnoughPairs: {
    ja: '両方に答えた人が10人未満のため、変化は表示しません。',
    en: 'Not enough to show the change (fewer than 10 answered both).',
  },
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
  endConfirm: {
    ja: 'ライブ授業を終えて、すべての答えを消しますか？',
    en: 'End the live class and delete every answer?',
  },
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
  // The teacher's panel in the speaker view
  speakerWaiting: { ja: 'スライドのウィンドウとつないでいます…', en: 'Connecting to the slides window…' },
  speakerNeedsClassroom: {
    ja: 'ライブ授業は、npm run classroom で開いたスライドから始められます。',
    en: 'A live class runs from slides opened with npm run classroom.',
  },
  roundNotAsked: { ja: 'このスライドの問題：まだ出していません', en: 'This slide’s question: not asked yet' },
  roundOpen: { ja: 'このスライドの問題：回答を受付中', en: 'This slide’s question: taking answers' },
  roundClosedNow: { ja: 'このスライドの問題：しめきりました', en: 'This slide’s question: closed' },
  roundRevealed: { ja: 'このスライドの問題：結果を表示中', en: 'This slide’s question: results shown' },
  roundSkipped: { ja: 'このスライドの問題：とばしました', en: 'This slide’s question: skipped' },
  noRoundHere: { ja: 'このスライドに問題はありません。', en: 'No question on this slide.' },
  summaryFailed: {
    ja: 'まとめを作れませんでした。もう一度ためしてください。',
    en: 'The summary could not be made. Please try again.',
  },
  storeDown: {
    ja: 'サーバーが授業の記録（Redis）につながっていません。つながるまで、回答と操作は受け付けられません。自動でつなぎなおしています。',
    en: 'The server has lost the class’s store (Redis). Answers and controls are refused until it is back; it is reconnecting by itself.',
  },
  sessionExpired: {
    ja: 'このライブ授業は、長い時間使われなかったので終わりました。答えは消されました。続けるときは、ライブ授業を新しく始めてください。',
    en: 'This live class has ended: nobody used it for a long time, so it and its answers were deleted. Start a new live class to go on.',
  },
  // What the lesson overview tells the teacher about the live class and privacy.
  privacyTitle: { ja: 'ライブ授業とプライバシー', en: 'Live class and privacy' },
  privacyHow: {
    ja: 'npm run classroom で開くと、生徒は学校のネットワークで自分の端末から参加し、スライドのクイズに答えられます。スクリーンにはクラス全体の結果だけが出ます（5人以上が答えたときだけ。授業前後の変化は、両方に答えた人が10人以上のときだけ）。',
    en: 'Opened with npm run classroom, students join from their own devices on the school network and answer the quiz slides. The screen shows class totals only (only when 5 or more have answered; the before/after change only when 10 or more answered both).',
  },
  privacyKeeps: {
    ja: '先生のパソコンが記録するもの：授業ごとに、問題のIDと選択肢ごとの人数。端末ごとに、その授業のためだけに端末が作った乱数（ハッシュにして保存）と、しめきり前の問題へのその端末の答え（しめきると人数だけが残ります）。「ライブ授業を終える」と、すべて消えます。だれも使わないまま3時間たった授業も消えます。',
    en: 'What the teacher’s computer keeps: per session, the question ids and how many chose each option; per device, a random number the device made for this session only (stored hashed) and its answer to the question still open (when a question closes only the counts remain). “End live class” deletes all of it, and so does 3 hours without use.',
  },
  privacyNever: {
    ja: '記録しないもの：名前、アカウント、端末のID、IPアドレス（ログにも残しません）。授業前と授業後の答えを結びつけるのは生徒の端末の中だけで、先生のパソコンには「前に正解だったか・今は正解か」だけが届きます。解析ツールや外部のサービスは使いません。',
    en: 'What it never keeps: names, accounts, device ids, IP addresses (not in logs either). A student’s before and after answers are linked only on their own device; the teacher’s computer receives only “right before / right now”. No analytics, no third party.',
  },
} satisfies Messages;
