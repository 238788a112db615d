// The slides page (present.html) and the deck's own opening and closing slides, which the exports
// (src/export/deck.ts) assemble too.
import type { Messages } from '../translator';

export const deck = {
  deckTools: { ja: 'スライドの操作', en: 'Deck tools' },
  printSlides: { ja: 'スライドを印刷', en: 'Print slides' },
  highContrast: { ja: '高コントラスト', en: 'High contrast' },
  schoolHelpAsk: { ja: '先生や保健室の先生に話せます。', en: 'You can talk to a teacher or the school nurse.' },
  continued: { ja: '（つづき）', en: '(continued)' },
  schoolHelpNotes: {
    ja: '学校の中で相談できる人と窓口です（学校の設定から）。それぞれの人がどこにいて、いつ話せるかを伝えます。授業のあとに話しに来てもよいこと、友だちのことでもよいことも伝えます。',
    en: 'The people and lines students can ask at school (from the school settings). Say where each person can be found and when; add that students may come after the lesson, and may ask about a friend too.',
  },
  speakerView: { ja: '発表者ビュー (S)', en: 'Speaker view (S)' },
  printNow: { ja: '印刷する', en: 'Print' },
  printWithNotes: { ja: 'ノートつきで印刷', en: 'Print with notes' },
  backToDeck: { ja: 'スライドに戻る', en: 'Back to the slides' },
  printHint: {
    ja: '1ページに1枚のスライド（最後まで表示した状態）。PDFに保存するときは、印刷先で「PDFに保存」を選びます。',
    en: 'One slide per page, each with every step shown. To keep a PDF, choose “Save as PDF” as the printer.',
  },
  printLayout: { ja: '印刷のレイアウト', en: 'Print layout' },
  printOnePerPage: { ja: '1ページに1枚', en: '1 per page' },
  printTwoPerSheet: { ja: '配布用（1枚に2スライド）', en: 'Handout: 2 per sheet' },
  printFourPerSheet: { ja: '配布用（1枚に4スライド）', en: 'Handout: 4 per sheet' },
  printHintTwo: {
    ja: 'A4縦1枚に2スライドずつ。印刷の設定で用紙をA4、倍率を「既定」にしてください。',
    en: 'Two slides on each A4 portrait sheet. In the print settings, choose A4 paper and the default scale.',
  },
  printHintFour: {
    ja: 'A4横1枚に4スライドずつ。印刷の設定で用紙をA4、倍率を「既定」にしてください。',
    en: 'Four slides on each A4 landscape sheet. In the print settings, choose A4 paper and the default scale.',
  },
  printHintNotes: {
    ja: 'スライド1枚ごとに、そのノートを次のページに印刷します。',
    en: 'Each slide, with its speaker notes on the page after it.',
  },
  resume: { ja: 'スライドに戻る', en: 'Resume presentation' },
  jumpToSlide: { ja: 'スライド番号を入力', en: 'Jump to slide' },
  keyboardHelp: { ja: 'キーボード操作', en: 'Keyboard shortcuts' },
  keyColumn: { ja: 'キー', en: 'Key' },
  actionColumn: { ja: '操作', en: 'Action' },
  keyNext: { ja: '次へ', en: 'Next slide' },
  keyPrevious: { ja: '前へ', en: 'Previous slide' },
  keyLeft: { ja: '左へ', en: 'Navigate left' },
  keyRight: { ja: '右へ', en: 'Navigate right' },
  keyUp: { ja: '上へ', en: 'Navigate up' },
  keyDown: { ja: '下へ', en: 'Navigate down' },
  keyWithoutFragments: { ja: '項目を飛ばして移動', en: 'Navigate without fragments' },
  keyFirstLast: { ja: '最初・最後のスライドへ', en: 'Jump to first/last slide' },
  keyPause: { ja: '画面を暗くする（一時停止）', en: 'Pause' },
  keyFullscreen: { ja: '全画面表示', en: 'Fullscreen' },
  keyJump: { ja: '番号でスライドへ移動', en: 'Jump to slide' },
  keyOverview: { ja: 'スライド一覧', en: 'Slide overview' },
  quizAnswer: { ja: '答え', en: 'Answer' },
  quizChooseAll: { ja: 'あてはまるものをすべて', en: 'Choose all that apply' },
  speakerBlocked: {
    ja: 'ブラウザーがポップアップを止めたため、発表者ビューを開けませんでした。下のリンクから開くか、アドレスバーのポップアップの表示でこのサイトを許可してください。',
    en: 'The browser blocked the pop-up, so the speaker view did not open. Open it with the link below, or allow pop-ups for this site from the address bar.',
  },
  speakerBlockedLink: { ja: '発表者ビューを開く', en: 'Open the speaker view' },
  speakerBlockedClose: { ja: '閉じる', en: 'Close' },
  framedElsewhere: {
    ja: 'このスライドは、ほかのサイトの中では表示できません。mamoru のページから直接開いてください。',
    en: 'These slides cannot be shown inside another site. Open them from mamoru directly.',
  },
  presentTitle: { ja: 'スライド', en: 'Slides' },
  openingTitle: { ja: 'この授業について', en: 'Before we start' },
  openingStepOut: {
    ja: 'つらくなったら、いつでも席を外してかまいません。',
    en: 'If this feels hard, you may step out at any time.',
  },
  openingTalk: {
    ja: '気になることがあれば、先生や保健室、最後のスライドの相談窓口に話せます。',
    en: 'If anything worries you, you can talk to a teacher, the school nurse or the help lines at the end.',
  },
  closingTitle: { ja: 'ひとりで悩まないで', en: 'You are not alone' },
  closingNotYourFault: {
    ja: 'あなたは悪くありません。相談できるところがあります。',
    en: 'It is not your fault. There is help.',
  },
} satisfies Messages;
