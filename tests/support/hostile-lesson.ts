// A shipped lesson whose every text is replaced by hostile or awkward text, rendered through the
// kit's own Markdown renderer and sanitizer as a lesson's text would be: the sanitizer's corpus
// of hostile markup, every character the export formats treat specially, and Japanese punctuation.
// Exports must carry all of it as inert text.
import { renderBlock, renderInline } from '../../src/content/markdown/markdown';
import type { Lesson, LessonLibrary, LocalizedRichText } from '../../src/content/types';
import { HOSTILE } from './hostile-markup';
import { shippedLibrary } from './shipped-lessons';

/** Characters that mean something in GIFT, XML, CDATA, JavaScript and Markdown, and Japanese punctuation. */
export const SPECIAL_TEXT =
  '「証拠」、。！？・…（）【】〜 XML & < > " \' ]]> <!-- --> JS $\\{x\\} `tick` </script> \u2028 GIFT ~ = # : \\ -> } {';

/** Text a reader must find in every export of the hostile lesson (each text starts with the reading). */
export const SPECIAL_MARKERS = [
  '証拠（しょうこ）',
  '「証拠」、。！？・…（）【】〜',
  'XML & < > " \'',
  ']]>',
  'GIFT ~ = # :',
  '} {',
];

let count = 0;
function hostile(): LocalizedRichText {
  const [name, markup] = HOSTILE[count++ % HOSTILE.length];
  const source = `{証拠:しょうこ} ${name}: ${markup} ${SPECIAL_TEXT}`;
  const rendered = renderInline(source);
  const { html, text, runs } = rendered;
  return { ja: { html, text, runs }, en: { html, text, runs } };
}

function hostileBlock(): string {
  const [name, markup] = HOSTILE[count++ % HOSTILE.length];
  return renderBlock(
    `# {証拠:しょうこ} ${SPECIAL_TEXT}\n\n+ ${name}\n+ {証拠:しょうこ} ${SPECIAL_TEXT}\n\n${markup}\n`,
    1,
  ).html;
}

/** The library with one lesson (if-it-happens, which has every question type) made hostile throughout. */
export function hostileLibrary(): { library: LessonLibrary; lesson: Lesson } {
  count = 0;
  const library = shippedLibrary();
  const original = library.lessons.find((candidate) => candidate.id === 'if-it-happens')!;
  const lesson: Lesson = {
    ...original,
    title: hostile(),
    summary: hostile(),
    contentNote: hostile(),
    decks: {
      ja: original.decks.ja.map((slide) => ({ ...slide, html: hostileBlock(), notesHtml: hostileBlock() })),
      en: original.decks.en.map((slide) => ({ ...slide, html: hostileBlock(), notesHtml: hostileBlock() })),
    },
    quiz: original.quiz.map((question) => {
      const base = { ...question, prompt: hostile(), explanation: hostile() };
      if (base.type === 'scenario')
        return {
          ...base,
          story: hostile(),
          options: base.options.map((option) => ({ ...option, text: hostile(), feedback: hostile() })),
        };
      if ('options' in base)
        return {
          ...base,
          options: base.options.map((option) => ({
            ...option,
            text: hostile(),
            ...(option.feedback ? { feedback: hostile() } : {}),
          })),
        } as typeof question;
      return base;
    }),
  };
  // The deck's quiz slides keep their markers, so the question and answer slides are made too.
  lesson.decks.ja = lesson.decks.ja.map((slide, index) => ({ ...slide, question: original.decks.ja[index].question }));
  lesson.decks.en = lesson.decks.en.map((slide, index) => ({ ...slide, question: original.decks.en[index].question }));
  return { library: { ...library, lessons: [lesson] }, lesson };
}
