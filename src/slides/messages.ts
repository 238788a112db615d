// The deck page's own words, both languages side by side (the app's shared words stay in src/i18n).
import type { Locale } from '../content/types';

export const deckMessages = {
  deckTools: { ja: 'スライドの操作', en: 'Deck tools' },
  backToLesson: { ja: 'レッスンに戻る', en: 'Back to the lesson' },
  printSlides: { ja: 'スライドを印刷', en: 'Print slides' },
  highContrast: { ja: '高コントラスト', en: 'High contrast' },
  speakerView: { ja: '発表者ビュー (S)', en: 'Speaker view (S)' },
  printNow: { ja: '印刷する', en: 'Print' },
  printWithNotes: { ja: 'ノートつきで印刷', en: 'Print with notes' },
  printWithoutNotes: { ja: 'ノートなしで印刷', en: 'Print without notes' },
  backToDeck: { ja: 'スライドに戻る', en: 'Back to the slides' },
  printHint: {
    ja: '1ページに1枚のスライド（1項目ずつ表示する部分は1ページずつ）。PDFに保存するときは、印刷先で「PDFに保存」を選びます。',
    en: 'One slide per page (each step of a slide on its own page). To keep a PDF, choose “Save as PDF” as the printer.',
  },
  quizLabel: { ja: 'クイズ', en: 'Quiz' },
  quizAnswer: { ja: '答え', en: 'Answer' },
  quizTrue: { ja: '○ 正しい', en: 'True' },
  quizFalse: { ja: '× まちがい', en: 'False' },
  quizOrder: { ja: '正しい順番', en: 'The right order' },
  quizChooseAll: { ja: 'あてはまるものをすべて', en: 'Choose all that apply' },
} satisfies Record<string, Record<Locale, string>>;

export type DeckMessageKey = keyof typeof deckMessages;

export function translateDeck(locale: Locale, key: DeckMessageKey): string {
  return deckMessages[key][locale];
}
