// C9: Japanese lesson text is broken into BudouX phrases when the lessons are built (<wbr> between
// phrases, the `phrases` class on their block), so no page runs a phrase pass before it paints.
import { describe, expect, it } from 'vitest';
import { renderBlock, renderInline } from '../../src/content/markdown/markdown';
import { phrasesOf } from '../../src/content/japanese-phrases';
import { buildDeck, openingSlide } from '../../src/export/deck';
import { phrasedHtml, phrasedWords } from '../../src/export/phrased-words';
import { EMPTY_SETTINGS } from '../../src/content/school';
import { translate } from '../../src/i18n/messages';
import { shippedLibrary } from '../support/shipped-lessons';

/** The text between the <wbr>s of some HTML, tags and readings left out. */
function piecesOf(html: string): string[] {
  return html
    .replace(/<rt>[\s\S]*?<\/rt>/g, '')
    .split('<wbr />')
    .map((piece) => piece.replace(/<[^>]+>/g, '').replace(/\n/g, ''));
}

describe('Japanese phrases at build time', () => {
  it('puts a <wbr> exactly between BudouX phrases and the class on the paragraph, leaving the text as it was', () => {
    const sentence = '相手は写真を送るように何度も言ってきますが、送らなくていいのです。';
    const { html, text } = renderBlock(sentence, 1, undefined, 'ja');
    expect(html.startsWith('<p class="phrases">')).toBe(true);
    expect(piecesOf(html)).toEqual(phrasesOf(sentence));
    expect(phrasesOf(sentence).length).toBeGreaterThan(3);
    expect(text).toBe(sentence);
  });

  it('breaks headings, list items (tight lists on the item), table cells and quotes', () => {
    const { html } = renderBlock(
      '# なぜ要求がふえるのでしょうか\n\n- 一つ目の大事なことを話します\n- 二つ目はSNSで知り合った人です\n\n' +
        '| 見出しです | 説明の文です |\n|---|---|\n| 110番に電話する | すぐに相談してください |\n\n> 日給はふつうの何倍も\n> 経験・面接なし\n',
      1,
      undefined,
      'ja',
    );
    expect(html).toMatch(/<h1 class="phrases">なぜ[^<]*<wbr \/>/);
    expect(html.match(/<li class="phrases">/g)).toHaveLength(2);
    expect(html).not.toMatch(/<p class="phrases">一つ/);
    expect(html).toMatch(/<td class="phrases">110番に<wbr \/>電話する<\/td>/);
    // A quoted line break starts a new run: no <wbr> is needed right after <br />.
    expect(html).toMatch(/<blockquote>\n<p class="phrases">日給は<wbr \/>[\s\S]*<br \/>\n経験/);
  });

  it('keeps ruby bases whole, never reads a reading, and leaves code and Latin words alone', () => {
    const { html, text } = renderBlock(
      '{脅迫:きょう|はく}された**「証拠」**を`keep-this`残すTrust and safety teamに相談する',
      1,
      undefined,
      'ja',
    );
    expect(html).toContain('<ruby>脅<rt>きょう</rt>迫<rt>はく</rt></ruby>');
    expect(html).toContain('<code>keep-this</code>');
    expect(html).toContain('Trust and safety team');
    expect(html).not.toMatch(/<rt>[^<]*<wbr/);
    expect(html.split('<wbr />').length).toBeGreaterThan(2);
    expect(text).toBe('脅迫された「証拠」をkeep-this残すTrust and safety teamに相談する');
  });

  it('wraps inline Japanese (titles, quiz options) in a span that keeps phrases whole', () => {
    const { html, text } = renderInline('「やさしい人」が{脅:おど}す人に変わるとき', 'ja');
    expect(html).toBe(
      '<span class="phrases">「やさしい<wbr />人<span class="glue">」が</span><wbr /><ruby>脅<rt>おど</rt></ruby>す人に<wbr />変わる<wbr />とき</span>',
    );
    expect(text).toBe('「やさしい人」が脅す人に変わるとき');
    // A closing bracket inside a phrase is glued to what follows it (UX L2: no line starts with が).
    expect(renderInline('人身取引と「借金でしばる」手口 — サインに気づく', 'ja').html).toContain(
      '<span class="glue">」手</span>',
    );
    // One phrase needs no span and no break.
    expect(renderInline('相談', 'ja').html).toBe('相談');
  });

  it('changes nothing in English, or when no language is given (the lesson check renders that way too)', () => {
    expect(renderBlock('# Why do demands grow?\n\nThey ask again.', 1, undefined, 'en').html).toBe(
      '<h1>Why do demands grow?</h1>\n<p>They ask again.</p>\n',
    );
    expect(renderInline('**Call** [110](tel:110)', 'en').html).toBe('<strong>Call</strong> <a href="tel:110">110</a>');
    expect(renderBlock('これは日本語の文章です').html).toBe('<p>これは日本語の文章です</p>\n');
  });

  it('passes the sanitizer: a <wbr> an author writes is not refused, and a made-up class still is dropped', () => {
    const authored = renderBlock('長い<wbr>言葉', 3, undefined, 'ja');
    expect(authored.problems).toEqual([]);
    expect(authored.html).toContain('長い<wbr />言葉');
    expect(renderBlock('<p class="evil">テキストです</p>', 1, undefined, 'ja').html).not.toContain('evil');
  });

  it('breaks every shipped Japanese slide, title and quiz text, and no English one', () => {
    const library = shippedLibrary();
    for (const lesson of library.lessons) {
      const ja = lesson.decks.ja.map((slide) => slide.html + slide.notesHtml).join('');
      const en = lesson.decks.en.map((slide) => slide.html + slide.notesHtml).join('');
      expect(ja.split('<wbr />').length, lesson.id).toBeGreaterThan(lesson.decks.ja.length * 3);
      expect(en, lesson.id).not.toContain('<wbr');
      expect(lesson.title.ja.html, lesson.id).toMatch(/^<span class="phrases">.*<wbr \/>/);
      expect(lesson.quiz.some((question) => question.prompt.ja.html.includes('<wbr />'))).toBe(true);
    }
  });
});

describe("the deck's own words", () => {
  it('come broken into phrases from the build, and as plain text where there is no build (Node exports)', () => {
    const library = shippedLibrary();
    const lesson = library.lessons[0];
    const words = { ja: phrasedWords('ja', phrasesOf) };
    const built = openingSlide(lesson, { ...library, phrasedWords: words }, 'ja').html;
    const talk = translate('ja', 'deck.openingTalk');
    expect(built).toContain(`<li>${phrasedHtml(phrasesOf(talk))}</li>`);
    expect(phrasedHtml(phrasesOf(talk))).toMatch(/^<span class="phrases">.+<wbr \/>.+<\/span>$/);
    expect(openingSlide(lesson, library, 'ja').html).toContain(`<li>${talk}</li>`);
    const closing = buildDeck(lesson, lesson, { ...library, phrasedWords: words }, 'ja', EMPTY_SETTINGS).at(-1)!;
    expect(closing.html).toContain(phrasedHtml(phrasesOf(translate('ja', 'deck.closingNotYourFault'))));
  });

  it('escape what they print', () => {
    expect(phrasedHtml(['<b>と', 'き'])).toBe('<span class="phrases">&lt;b&gt;と<wbr />き</span>');
    expect(phrasedHtml(['one'])).toBe('one');
  });
});
