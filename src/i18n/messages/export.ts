// The lesson page's downloads in other tools' formats (src/export/).
import type { Messages } from '../translator';

export const exportWords = {
  title: { ja: 'ほかのツールで使う', en: 'Use it in other tools' },
  portableHint: {
    ja: 'サーバーやインターネットのない教室では、キットをフォルダーのまま使えます。ICT担当の方が「npm run portable」で作ったフォルダーをUSBメモリや共有フォルダーに入れ、index.html をダブルクリックすると、スライド・発表者ビュー・クイズ・配布資料が使えます（手順はキットの README ファイルにあります）。',
    en: 'Where there is no server or no internet, the kit runs as a folder: your IT staff make it with “npm run portable”; put it on a USB stick or a shared drive and double-click index.html for the slides, speaker view, quizzes and handouts (steps in the kit’s README, “From a USB stick”).',
  },
  intro: {
    ja: 'このレッスンを、学校で使っているツールの形式で保存します（{language}）。ファイルはこの端末の中で作られ、どこにも送られません。',
    en: 'Save this lesson in the formats of the tools your school uses ({language}). Files are made on this device and sent nowhere.',
  },
  language: { ja: '日本語', en: 'English' },
  pptx: { ja: 'PowerPoint（編集できるスライドとノート）', en: 'PowerPoint (editable slides and notes)' },
  forms: { ja: 'Google フォーム（Apps Script）', en: 'Google Forms (Apps Script)' },
  moodle: { ja: 'Moodle XML（クイズ）', en: 'Moodle XML (quiz)' },
  gift: { ja: 'GIFT（Moodle のクイズ）', en: 'GIFT (Moodle quiz)' },
  cc: { ja: 'Common Cartridge（Canvas・Moodle・Blackboard）', en: 'Common Cartridge (Canvas, Moodle, Blackboard)' },
  making: { ja: '{file} を作っています…', en: 'Making {file}…' },
  done: { ja: '{file} を保存しました。', en: 'Saved {file}.' },
  failed: {
    ja: '{file} を作れませんでした。もう一度ためしてください。',
    en: 'Could not make {file}. Please try again.',
  },
  formsHelp: {
    ja: 'Google フォーム: script.google.com で新しいプロジェクトを作り、ファイルの中身をはりつけて保存し、createQuiz を実行します。',
    en: 'Google Forms: create a new project at script.google.com, paste in the file, save, and run createQuiz.',
  },
  question: { ja: 'クイズ', en: 'Quiz' },
  rightOrder: { ja: '正しい順番', en: 'The right order' },
  explanation: { ja: '解説', en: 'Explanation' },
  continued: { ja: '（続き）', en: '(continued)' },
  image: { ja: '図', en: 'Image' },
} satisfies Messages;
