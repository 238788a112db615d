// Every word the kit itself shows or prints, both languages side by side like lesson text, in one
// table with a namespace per place: shared (words more than one place uses, worded once), app
// (the app's pages), deck (the slides page) and handout (the handouts page and the documents).
import type { Locale, Topic } from '../content/types';

type Pair = Record<Locale, string>;

export const messages = {
  shared: {
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
  },
  app: {
    kitTagline: { ja: 'ネットの性被害から子どもを守る授業キット', en: 'Online-safety lessons for schools' },
    skipToContent: { ja: '本文へ移動', en: 'Skip to content' },
    switchTo: { ja: 'English', en: '日本語' },
    switchToLabel: { ja: 'Switch to English', en: '日本語に切り替える' },
    navLessons: { ja: 'レッスン一覧', en: 'Lessons' },
    navSettings: { ja: '学校の設定', en: 'School settings' },
    catalogueTitle: { ja: 'レッスン一覧', en: 'Lessons' },
    catalogueIntro: {
      ja: '各レッスンは、授業用スライド、生徒用クイズ、配布資料がセットになっています。',
      en: 'Each lesson comes with classroom slides, a student quiz and printable handouts.',
    },
    filterAge: { ja: '生徒の年齢', en: "Students' age" },
    filterGrade: { ja: '学年', en: 'School year' },
    filters: { ja: 'レッスンの絞り込み', en: 'Filter the lessons' },
    ageYears: { ja: '{n}歳', en: '{n}' },
    filterSuitableFrom: {
      ja: '学年や年齢を選ぶと、その学年・年齢から使えるレッスンをすべて表示します。',
      en: 'A school year or age shows every lesson that is suitable from that age, not only lessons for exactly that age.',
    },
    filterTopic: { ja: 'テーマ', en: 'Topic' },
    filterAll: { ja: 'すべて', en: 'All' },
    showing: { ja: '{n}件のレッスン', en: '{n} lessons' },
    noMatch: { ja: '条件に合うレッスンはありません。', en: 'No lessons match these filters.' },
    topics: { ja: 'テーマ', en: 'Topics' },
    present: { ja: 'スライドで授業する', en: 'Present slides' },
    quiz: { ja: 'クイズ', en: 'Quiz' },
    handouts: { ja: '配布資料', en: 'Handouts' },
    overview: { ja: 'レッスンの概要', en: 'Lesson overview' },
    sourcesIntro: {
      ja: 'このレッスンが述べる事実と、その確認に使った資料です（{date}確認）。',
      en: 'The facts this lesson states, and where they were checked ({date}).',
    },
    helpCheck: {
      ja: '印刷や掲示の前に、電話番号と受付時間を確認してください。確認した日は、確認ずみの窓口ごとに示しています。',
      en: 'Check numbers and hours before printing or showing them. Each verified entry shows when it was last checked.',
    },
    helpCheckedOn: { ja: '{date}確認', en: 'checked {date}' },
    notFoundTitle: { ja: 'ページが見つかりません', en: 'Page not found' },
    notFoundBody: {
      ja: 'レッスン一覧からもう一度選んでください。',
      en: 'Please choose again from the list of lessons.',
    },
    lessonNotFound: { ja: 'レッスン「{id}」は見つかりません。', en: 'There is no lesson "{id}".' },
    quizPrivacy: {
      ja: '名前やアカウントは要りません。答えはこの端末の中だけに保存され、外には送られません。',
      en: 'No name or account needed. Your answers are kept on this device only and never sent anywhere.',
    },
    questionOf: { ja: '問{n}（全{total}問）', en: 'Question {n} of {total}' },
    optionalQuestion: {
      ja: 'ここからは、時間があるときのための問題です。',
      en: 'From here on, these questions are for when there is time.',
    },
    selectOne: { ja: '1つ選んでください。', en: 'Choose one answer.' },
    selectAll: { ja: 'あてはまるものをすべて選んでください。', en: 'Choose all that apply.' },
    chooseTrueFalse: { ja: '正しいか、まちがいかを選んでください。', en: 'Is this true or false?' },
    orderHint: {
      ja: '正しい順番に並べかえてください。「上へ」「下へ」のボタンで動かせます。',
      en: 'Put these in the right order. Use the Up and Down buttons to move a step.',
    },
    moveUp: { ja: '上へ', en: 'Up' },
    moveDown: { ja: '下へ', en: 'Down' },
    moveUpLabel: { ja: '「{item}」を上へ', en: 'Move “{item}” up' },
    moveDownLabel: { ja: '「{item}」を下へ', en: 'Move “{item}” down' },
    movedTo: { ja: '「{item}」を{n}番目に動かしました。', en: 'Moved “{item}” to position {n}.' },
    checkAnswer: { ja: '答え合わせをする', en: 'Check my answer' },
    chooseFirst: { ja: '答えを選んでから、答え合わせをしてください。', en: 'Choose an answer first, then check it.' },
    nextQuestion: { ja: '次の問題へ', en: 'Next question' },
    seeResults: { ja: '結果を見る', en: 'See my results' },
    verdictCorrect: { ja: '正解です！', en: 'That’s right!' },
    verdictPartly: { ja: 'おしい！ 一部が正解です。', en: 'Partly right.' },
    verdictWrong: { ja: 'ざんねん、ちがいます。いっしょに確かめましょう。', en: 'Not quite. Let’s look at why.' },
    rightAnswer: { ja: '正しい答え', en: 'The right answer' },
    yourAnswer: { ja: 'あなたの答え', en: 'Your answer' },
    rightOrder: { ja: '正しい順番', en: 'The right order' },
    aboutYourChoice: { ja: 'あなたが選んだ答えについて', en: 'About your choice' },
    explanation: { ja: '解説', en: 'Why' },
    questionSources: { ja: 'この問題の出典', en: 'Sources for this question' },
    resultsTitle: { ja: 'ふりかえり', en: 'Your results' },
    score: { ja: '{total}点中 {score}点', en: '{score} out of {total}' },
    reviewTitle: { ja: '問題ごとのふりかえり', en: 'Question by question' },
    resultCorrect: { ja: '正解', en: 'Right' },
    resultPartly: { ja: '一部正解', en: 'Partly right' },
    resultWrong: { ja: 'ちがう答え', en: 'Not right' },
    notAnswered: { ja: '（答えていません）', en: '(not answered)' },
    takeaways: { ja: '大切なこと', en: 'Key points' },
    tryAgain: { ja: 'もう一度やってみる', en: 'Try again' },
    quizRestarted: {
      ja: 'この端末に残っていた途中の答えが、いまのクイズと合わなかったので、最初から始めます。',
      en: 'The answers saved on this device did not fit this quiz (it may have changed), so it starts again from the beginning.',
    },
    settingsUnreadable: {
      ja: 'この端末に保存された学校の設定を読み込めませんでした（壊れているか、別の版で保存されています）。もう一度入力して保存してください。',
      en: 'The school settings saved in this browser could not be read (they are damaged or were saved by another version). Please enter them again and save.',
    },
    shareQuiz: { ja: 'クイズを生徒に共有', en: 'Share the quiz' },
    shareTitle: { ja: 'QRコードを読み取ってクイズを開きましょう', en: 'Scan the code to open the quiz' },
    shareOr: { ja: 'またはこのアドレスを開きます：', en: 'Or open this address:' },
    shareQrAlt: { ja: 'クイズのアドレスのQRコード', en: 'QR code for the quiz address' },
    fullScreen: { ja: '全画面で表示', en: 'Full screen' },
    close: { ja: '閉じる', en: 'Close' },
    loading: { ja: '読み込んでいます…', en: 'Loading…' },
    loadFailed: {
      ja: 'このレッスンを読み込めませんでした。ページを再読み込みしてください。',
      en: 'This lesson could not be loaded. Please reload the page.',
    },
    settingsTitle: { ja: '学校の設定', en: 'School settings' },
    settingsIntro: {
      ja: 'ここに入力した内容は、このブラウザーの中だけに保存されます。スライドの最後の相談窓口と配布資料に表示されます。',
      en: 'What you enter is kept in this browser only. It appears on the closing help slide and on handouts.',
    },
    schoolName: { ja: '学校名', en: 'School name' },
    counsellor: { ja: '校内の相談先（スクールカウンセラー・養護教諭など）', en: 'School counsellor or nurse' },
    counsellorHint: {
      ja: '例：保健室 養護教諭 山田先生（内線 123）',
      en: 'For example: Ms Yamada, school nurse (ext. 123)',
    },
    localHelp: { ja: '地域の相談窓口（1行に1つ）', en: 'Local help lines (one per line)' },
    localHelpHint: {
      ja: '例：〇〇市子ども相談センター 0000-00-0000',
      en: 'For example: City children’s centre 0000-00-0000',
    },
    save: { ja: '保存する', en: 'Save' },
    saved: { ja: '保存しました。', en: 'Saved.' },
    clear: { ja: '消去する', en: 'Clear' },
    cleared: { ja: '消去しました。', en: 'Cleared.' },
    tooLong: { ja: '{max}文字以内で入力してください。', en: 'Please use at most {max} characters.' },
    presentTitle: { ja: 'スライド', en: 'Slides' },
    notes: { ja: '発表者ノート', en: 'Speaker notes' },
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
  },
  deck: {
    deckTools: { ja: 'スライドの操作', en: 'Deck tools' },
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
    quizAnswer: { ja: '答え', en: 'Answer' },
    quizChooseAll: { ja: 'あてはまるものをすべて', en: 'Choose all that apply' },
    framedElsewhere: {
      ja: 'このスライドは、ほかのサイトの中では表示できません。mamoru のページから直接開いてください。',
      en: 'These slides cannot be shown inside another site. Open them from mamoru directly.',
    },
  },
  handout: {
    pageIntro: {
      ja: '授業で使う4つの資料です。PDFは印刷用（A4またはUSレター）、下の文章は画面で読むため・そのまま印刷するための版です。学校の設定に入力した連絡先が入ります。',
      en: 'The four documents for this lesson. The PDFs are for printing (A4 or US Letter); the text below each is the same document to read on screen or print from the browser. Your school settings are included.',
    },
    paper: { ja: '用紙', en: 'Paper' },
    paperA4: { ja: 'A4', en: 'A4' },
    paperLetter: { ja: 'US レター', en: 'US Letter' },
    makePdf: { ja: 'PDFを作る', en: 'Make the PDF' },
    making: { ja: 'PDFを作っています…', en: 'Making the PDF…' },
    download: { ja: 'PDFをダウンロード', en: 'Download PDF' },
    ready: { ja: 'PDFができました（{pages}ページ、{size}）。', en: 'The PDF is ready ({pages} pages, {size}).' },
    failed: {
      ja: 'PDFを作れませんでした。ページを再読み込みしてもう一度ためしてください。',
      en: 'The PDF could not be made. Please reload the page and try again.',
    },
    prebuilt: {
      ja: 'ブラウザーでPDFを作れないときは、学校の連絡先が入っていない印刷用PDFを使えます：',
      en: 'If your browser cannot make the PDF, a printable version without your school details is here:',
    },
    printHtml: { ja: 'この版を印刷する', en: 'Print this version' },
    showPreview: { ja: '内容を見る', en: 'Show the text' },
    schoolIncluded: { ja: '学校の連絡先（{school}）が入ります。', en: 'Includes your school contacts ({school}).' },
    schoolMissing: { ja: '学校の連絡先は未設定です。', en: 'No school contacts are set.' },
    settingsLink: { ja: '学校の設定', en: 'School settings' },
    kindStudent: { ja: '生徒用プリント', en: 'Student handout' },
    kindGuardian: { ja: '保護者の方へのお便り', en: 'Letter to parents and guardians' },
    kindTeacher: { ja: '教師用ガイド', en: 'Teacher guide' },
    kindHelpcard: { ja: '相談先カード', en: 'Help cards' },
    aboutStudent: {
      ja: '授業の要点、もしものときの順番、相談先（QRコードつき）。1〜2ページ。',
      en: 'Key points, what to do in order, where to get help (with QR codes). 1–2 pages.',
    },
    aboutGuardian: {
      ja: '授業で学んだこと、気づきたいサイン、打ち明けられたときの対応、相談先。1〜2ページ。',
      en: 'What the class learned, signs to notice, how to respond if your child tells you, help. 1–2 pages.',
    },
    aboutTeacher: {
      ja: 'ねらい、{n}分の指導計画、準備、スライドごとの発表者ノート、問い、よくある質問、打ち明けられたときの対応、出典。',
      en: 'Objectives, the {n}-minute plan, preparation, speaker notes per slide, prompts, likely questions, responding to a disclosure, sources.',
    },
    aboutHelpcard: {
      ja: '財布に入る大きさのカード。1枚のA4に8枚、切り取り線つき。',
      en: 'Wallet-size cards, eight to an A4 sheet, with cut marks.',
    },
    asOf: { ja: '{date}時点の情報です', en: 'Information as of {date}' },
    sourceIds: { ja: '出典ID', en: 'Source ids' },
    page: { ja: '{n} / {total}', en: '{n} / {total}' },
    checkNumbers: {
      ja: '番号と受付時間は変わることがあります。確認した日は、確認ずみの窓口ごとに示しています。',
      en: 'Numbers and hours may change. Each verified entry shows when it was last checked.',
    },
    checkedOn: { ja: '{date}確認', en: 'checked {date}' },
    stepsTaught: { ja: '授業で伝えた、もしものときの行動', en: 'What the class was told to do if it happens' },
    guardianNoticeTemplate: { ja: '保護者への事前のお知らせ（ひな形）', en: 'Guardian pre-notice (template)' },
    notYourFault: { ja: 'あなたは悪くありません。', en: 'It is not your fault.' },
    studentKicker: { ja: '授業のあとに読むプリント', en: 'To keep after the lesson' },
    keyPoints: { ja: '覚えておきたいこと', en: 'Key points' },
    ifItHappens: { ja: 'もしものときは', en: 'If it happens' },
    guardianGreeting: { ja: '保護者の皆さまへ', en: 'Dear parents and guardians,' },
    guardianIntro: {
      ja: '本日の授業「{title}」で、お子さんは次のことを学びました。ご家庭でも話題にしていただければ幸いです。',
      en: 'Today your child\'s class had the lesson "{title}". This letter tells you what they learned and how you can help at home.',
    },
    whatWeLearned: { ja: '授業で学んだこと', en: 'What the class learned' },
    whyItMatters: { ja: 'お伝えしたいこと', en: 'What we would like you to know' },
    guardianSignOffDefault: { ja: '担任', en: "Your child's teacher" },
    teacherKicker: { ja: '授業の前の日に読むガイド', en: 'To read the night before' },
    speakerNotes: { ja: 'スライドと発表者ノート', en: 'Slides and speaker notes' },
    openingSlide: { ja: 'この授業について（自動で作られるスライド）', en: 'About this lesson (generated slide)' },
    closingSlide: { ja: '相談できるところ（自動で作られるスライド）', en: 'Where to get help (generated slide)' },
    cardTitle: { ja: 'ひとりでなやまないで', en: 'You are not alone' },
    cutHere: { ja: '点線の角に合わせて切り取ってください', en: 'Cut along the marks' },
  },
  export: {
    title: { ja: 'ほかのツールで使う', en: 'Use it in other tools' },
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
  },
  /** The live class: the student page, the projector overlay and the teacher's controls (src/live). */
  live: {
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
  },
} satisfies Record<string, Record<string, Pair>>;

type Table = typeof messages;
/** A message's full name, e.g. 'shared.helpTitle' or 'handout.kindStudent'. */
export type MessageKey = { [N in keyof Table]: `${N & string}.${keyof Table[N] & string}` }[keyof Table];

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
/** Japanese school years (src/catalogue/filters.ts), as a teacher names them. */
export const gradeNames: Record<'e5' | 'e6' | 'j1' | 'j2' | 'j3' | 'h1' | 'h2' | 'h3', Pair> = {
  e5: { ja: '小学5年', en: 'Elementary year 5 (age 10–11)' },
  e6: { ja: '小学6年', en: 'Elementary year 6 (age 11–12)' },
  j1: { ja: '中学1年', en: 'Junior high year 1 (age 12–13)' },
  j2: { ja: '中学2年', en: 'Junior high year 2 (age 13–14)' },
  j3: { ja: '中学3年', en: 'Junior high year 3 (age 14–15)' },
  h1: { ja: '高校1年', en: 'Senior high year 1 (age 15–16)' },
  h2: { ja: '高校2年', en: 'Senior high year 2 (age 16–17)' },
  h3: { ja: '高校3年', en: 'Senior high year 3 (age 17–18)' },
};

export function translate(locale: Locale, key: MessageKey, values: Record<string, string | number> = {}): string {
  const [namespace, name] = key.split('.') as [keyof Table, string];
  return fillPlaceholders((messages[namespace] as Record<string, Pair>)[name][locale], values);
}

/** Fills {name} placeholders; one with no value is left as it is, so the gap shows. */
export function fillPlaceholders(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
