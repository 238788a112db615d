// The speaker view (speaker.html).
import type { Messages } from '../translator';

export const speaker = {
  title: { ja: '発表者ビュー', en: 'Speaker view' },
  current: { ja: 'いまのスライド', en: 'Current slide' },
  next: { ja: '次', en: 'Next' },
  nextIsEnd: { ja: '最後のスライドです', en: 'This is the last slide' },
  notes: { ja: 'ノート', en: 'Notes' },
  noNotes: { ja: 'このスライドにノートはありません。', en: 'No notes for this slide.' },
  slideOf: { ja: 'スライド {n} / {total}', en: 'Slide {n} of {total}' },
  planStep: { ja: '指導計画', en: 'Lesson plan' },
  planStepOf: { ja: 'ステップ {n} / {total}（{minutes}分）', en: 'Step {n} of {total} ({minutes} min)' },
  planStepWhen: { ja: '予定 {from}〜{to}分', en: 'Planned at {from}–{to} min' },
  noPlanStep: { ja: 'このスライドは指導計画の外です。', en: 'This slide is outside the lesson plan.' },
  clock: { ja: '時刻', en: 'Time' },
  elapsed: { ja: '経過', en: 'Elapsed' },
  remaining: { ja: '残り', en: 'Remaining' },
  over: { ja: '超過', en: 'Over' },
  restartTimer: { ja: 'タイマーを0に戻す', en: 'Restart the timer' },
  previous: { ja: '前へ', en: 'Previous' },
  forward: { ja: '次へ', en: 'Next' },
  keysHint: {
    ja: '→・スペース・PageDown で次へ、←・PageUp で前へ。スライドのウィンドウも一緒に動きます。',
    en: '→, Space or PageDown: next; ← or PageUp: previous. The slides window moves with you.',
  },
  noDeck: {
    ja: 'スライドのウィンドウが見つかりません。スライドを開いて S キーを押してください。',
    en: 'The slides window is not open. Open the slides and press S.',
  },
  liveControls: { ja: 'ライブ授業', en: 'Live class' },
} satisfies Messages;
