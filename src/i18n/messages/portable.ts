// The portable folder and single-file deck (npm run portable), opened from disk.
import type { Messages } from '../translator';

export const portable = {
  blockedTitle: { ja: 'このページを開いています…', en: 'Opening this page…' },
  blockedBody: {
    ja: 'この表示が消えないときは、ブラウザーがファイルから開いたページのプログラムを止めています。Chrome・Edge・Firefoxの最新版で開いてください。Edgeの「Internet Explorerモード」や、メールやZIPの中から直接開いたときは動きません。フォルダーをパソコンにコピーし、ZIPは「すべて展開」してから index.html を開いてください。',
    en: 'If this message stays, the browser is refusing to run pages opened from a file. Open it in a current Chrome, Edge or Firefox. It does not run in Edge’s Internet Explorer mode, or opened straight from an email or from inside a ZIP: copy the folder to the computer (for a ZIP, “Extract all”) and open index.html.',
  },
  pdfFromFile: {
    ja: 'ファイルから開いたページでは、ブラウザーがPDFを作れません。下の「できあがったPDF」（A4、学校の情報なし）を使うか、「印刷用のページ」を印刷してください。',
    en: 'Opened from a file, the browser cannot make PDFs here. Use the ready PDF below (A4, without your school’s details), or print the printable page.',
  },
  readme: {
    ja: 'まもる（ネットの性被害から子どもを守る授業キット）のフォルダーです。サーバーもインターネットもいりません。\nindex.html をダブルクリックすると、レッスンの一覧が開きます（Chrome・Edge・Firefox）。\nスライド、発表者ビュー（Sキー）、クイズ、配布資料（handouts フォルダーのPDFと印刷用ページ）が使えます。\nZIPで受け取ったときは、先に「すべて展開」してください。フォルダーの中のファイルは動かさないでください。',
    en: 'This is the mamoru online-safety lesson kit. It needs no server and no internet.\nDouble-click index.html to open the lesson catalogue (Chrome, Edge, Firefox).\nSlides, the speaker view (S key), quizzes and handouts (PDFs in the handouts folder, and printable pages) all work.\nIf you received a ZIP, “Extract all” first. Keep the files in this folder together.',
  },
} satisfies Messages;
