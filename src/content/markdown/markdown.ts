// Lesson Markdown → sanitized HTML, with the problems an author should fix reported by line.
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import { ruby } from '@mdit/plugin-ruby';
import cjkBreaks from 'markdown-it-cjk-breaks';
import cjkFriendly from 'markdown-it-cjk-friendly';
import { factRefsPlugin, type FactRef, type FactRefEnv } from './fact-refs.ts';
import { blockParagraphs, inlineRuns } from './runs.ts';
import type { Run } from '../types.ts';
import { fragmentsPlugin } from './fragments.ts';
import { quizSlidesPlugin, type QuizSlideEnv } from './quiz-slides.ts';
import { quotedLinesPlugin } from './quoted-lines.ts';
import { phrasesPlugin, type PhrasesEnv } from './phrases.ts';
import { PHRASES_CLASS } from '../japanese-text.ts';
import type { Locale } from '../vocabulary.ts';
import { ALLOWED_MARKUP_HINT, describeUnsafe, LESSON_ASSETS, sanitize } from './sanitize.ts';
import { ICON_SCHEME, iconNameOf, iconSvg, isKnownIcon, similarIcons } from './icons.ts';

/** A problem found in Markdown, at a 1-based line and column of the text that was rendered. */
export interface MarkdownProblem {
  line: number;
  col: number;
  message: string;
}

export interface Rendered {
  html: string;
  /** The text a reader sees, with ruby readings and markup left out: for titles, PDFs and search. */
  text: string;
  /** The text as runs of plain, bold and ruby text, for renderers that cannot show HTML (the PDFs). */
  runs: Run[];
  /** Fact citations ([[id]]), at their 1-based line and column in the file. */
  factRefs: FactRef[];
  problems: MarkdownProblem[];
}

interface RenderEnv extends FactRefEnv, QuizSlideEnv, PhrasesEnv {
  /** Folder under which a lesson's own images are published, e.g. lesson-assets/sextortion-pattern. */
  assetBase?: string;
  images?: string[];
  /** Icons met while rendering: a marker in the HTML, replaced by the icon's SVG after sanitizing. */
  icons?: { marker: string; svg: string }[];
}

// Icon SVG is the kit's own markup, not the author's, so it is put in after the sanitizer (which
// allows no SVG) in place of a marker no lesson text can contain: it changes every run.
const ICON_MARKER = `mamoru-icon-${Math.random().toString(36).slice(2)}${Date.now().toString(36)}-`;

function withIcons(html: string, env: RenderEnv): string {
  return (env.icons ?? []).reduce((result, icon) => result.split(icon.marker).join(icon.svg), html);
}

export { LESSON_ASSETS };

const md = new MarkdownIt({ html: true, linkify: false, typographer: false, breaks: false });
// Unsafe links are removed by the sanitizer and reported by the check; letting markdown-it keep
// them as links (instead of quietly printing them as text) is what lets the check see them.
md.validateLink = () => true;
// cjkFriendly: `**72.1%**が` is bold (CommonMark's flanking rule alone leaves the asterisks).
// quotedLines, then cjkBreaks: a line break in a quote stays; elsewhere a line break between two
// Japanese characters is not a space. phrases runs last, on the finished tokens.
md.use(ruby)
  .use(cjkFriendly)
  .use(quotedLinesPlugin)
  .use(cjkBreaks)
  .use(factRefsPlugin)
  .use(fragmentsPlugin)
  .use(quizSlidesPlugin)
  .use(phrasesPlugin);

const renderImage = md.renderer.rules.image!;
md.renderer.rules.image = (tokens, index, options, env: RenderEnv, self) => {
  const token = tokens[index];
  const src = token.attrGet('src') ?? '';
  const icon = iconNameOf(src);
  if (icon !== undefined) {
    // An unknown name renders nothing; the lesson check names it.
    if (!isKnownIcon(icon)) return '';
    const marker = `${ICON_MARKER}${(env.icons ??= []).length}-`;
    env.icons.push({ marker, svg: iconSvg(icon, self.renderInlineAsText(token.children ?? [], options, env).trim()) });
    return marker;
  }
  if (isLessonRelative(src) && env.assetBase) {
    (env.images ??= []).push(src);
    token.attrSet('src', `${env.assetBase}/${src.replace(/^\.\//, '')}`);
  }
  return renderImage(tokens, index, options, env, self);
};

function isLessonRelative(src: string): boolean {
  return src !== '' && !/^[a-z][a-z0-9+.-]*:|^\/|^\\|\.\./i.test(src);
}

/**
 * Renders a block of lesson Markdown (a slide, its notes). `firstLine` is where it starts in its file.
 * Japanese (`locale` ja) is broken into phrases: <wbr> between them, the `phrases` class on their block.
 */
export function renderBlock(
  source: string,
  firstLine = 1,
  assetBase?: string,
  locale?: Locale,
): Rendered & {
  /** The block's paragraphs as runs (a list item starts with its bullet), for the PDFs. */
  paragraphs: Run[][];
  images: string[];
  heading?: string;
  questions: { id: string; line: number; col: number }[];
} {
  const env: RenderEnv = { assetBase, phrases: locale === 'ja' };
  const tokens = md.parse(source, env);
  const problems = inspectTokens(tokens, firstLine, source);
  for (const problem of env.quizMarkerProblems ?? [])
    problems.push({ line: problem.line + firstLine, col: 1, message: problem.message });
  const lines = source.split('\n');
  const questions = (env.questions ?? []).map((question) => ({
    id: question.id,
    line: question.line + firstLine,
    col: (lines[question.line] ?? '').lastIndexOf(question.id) + 1,
  }));
  const html = withIcons(sanitize(md.renderer.render(tokens, md.options, env)), env);
  const headingAt = tokens.findIndex((token) => token.type === 'heading_open');
  const heading = headingAt >= 0 ? textOf([tokens[headingAt + 1]]) : undefined;
  const paragraphs = blockParagraphs(tokens, (html) => md.parseInline(html, {})[0]?.children ?? []);
  return {
    html,
    text: textOf(tokens),
    runs: paragraphs.flatMap((paragraph, i) => (i === 0 ? paragraph : [{ text: ' ', bold: false }, ...paragraph])),
    paragraphs,
    heading,
    factRefs: (env.factRefs ?? []).map((ref) => ({ ...ref, line: ref.line + firstLine })),
    problems,
    images: env.images ?? [],
    questions,
  };
}

/**
 * Renders one line of inline Markdown (emphasis, ruby, links), as used in lesson.yaml and quiz.yaml.
 * Japanese (`locale` ja) is broken into phrases, inside a <span class="phrases">.
 */
export function renderInline(source: string, locale?: Locale): Rendered {
  const env: RenderEnv = { phrases: locale === 'ja' };
  const tokens = md.parseInline(source, env);
  const problems = inspectTokens(tokens, 1, source);
  const rendered = md.renderer.render(tokens, md.options, env);
  const phrased = env.inlinePhrases ? `<span class="${PHRASES_CLASS}">${rendered}</span>` : rendered;
  const html = withIcons(sanitize(phrased), env);
  return {
    html,
    text: textOf(tokens),
    runs: inlineRuns(tokens),
    factRefs: (env.factRefs ?? []).map((ref) => ({ ...ref, line: ref.line + 1 })),
    problems,
  };
}

function inspectTokens(tokens: Token[], firstLine: number, source: string): MarkdownProblem[] {
  const problems: MarkdownProblem[] = [];
  // Split once: a block may hold thousands of problems.
  const lines = source.split('\n');
  const at = (token: Token, needle?: string): { line: number; col: number } => {
    const line = (token.map?.[0] ?? 0) + firstLine;
    const text = lines[line - firstLine] ?? '';
    const col = needle ? text.indexOf(needle) + 1 : 1;
    return { line, col: Math.max(col, 1) };
  };
  let lastBlock: Token | undefined;
  for (const token of tokens) {
    if (token.map) lastBlock = token;
    const where = (needle?: string) => at(token.map ? token : (lastBlock ?? token), needle);
    if (token.type === 'html_block') {
      const unsafe = describeUnsafe(token.content);
      if (unsafe) problems.push({ ...where(firstNeedle(unsafe)), message: unsafeMessage(unsafe) });
      if (/<img\b/i.test(token.content)) problems.push({ ...where('<img'), message: RAW_IMAGE });
      continue;
    }
    if (token.type !== 'inline') continue;
    if (token.children?.some((c) => c.type === 'html_inline' && /<img\b/i.test(c.content))) {
      problems.push({ ...where('<img'), message: RAW_IMAGE });
    }
    // Images are checked on their own below: alt text, and a file in the lesson folder.
    const withoutImages = (token.children ?? []).filter((child) => child.type !== 'image');
    const pieces = md.renderer.renderInline(withoutImages, md.options, {});
    const unsafe = describeUnsafe(pieces);
    if (unsafe) problems.push({ ...where(firstNeedle(unsafe)), message: unsafeMessage(unsafe) });
    const leftover = (token.children ?? []).find((child) => child.type === 'text' && child.content.includes('**'));
    if (leftover) problems.push({ ...where('**'), message: LEFTOVER_EMPHASIS });
    for (const child of token.children ?? []) {
      if (child.type !== 'image') continue;
      const src = child.attrGet('src') ?? '';
      const alt =
        child.children
          ?.map((c) => c.content)
          .join('')
          .trim() ?? '';
      if (!alt) {
        problems.push({
          ...where(`](${src}`),
          message: `image ${src} has no alt text: write what it shows between the brackets, ![like this](${src})`,
        });
      }
      const icon = iconNameOf(src);
      if (icon !== undefined) {
        if (!isKnownIcon(icon)) {
          const similar = similarIcons(icon);
          problems.push({
            ...where(src),
            message:
              `unknown icon "${icon}": use a Lucide icon name (lucide-static), like ${ICON_SCHEME}phone or ${ICON_SCHEME}shield-check` +
              (similar.length ? `; names like it: ${similar.join(', ')}` : ''),
          });
        }
      } else if (!isLessonRelative(src)) {
        problems.push({
          ...where(src),
          message: `image ${src} must be a file in the lesson folder (the kit loads nothing from other hosts)`,
        });
      }
    }
  }
  return problems;
}

const LEFTOVER_EMPHASIS =
  'emphasis markers (**) would show on the slide as they are: close them right after the words they mark, or write <strong>…</strong>';

const RAW_IMAGE =
  'write images as Markdown, ![what it shows](file.png), so they get alt text and a path the kit can publish';

function firstNeedle(description: string): string | undefined {
  const tag = /<([a-z0-9]+)>/.exec(description)?.[1];
  if (tag) return `<${tag}`;
  const attr = /the (on[a-z]+) attribute/.exec(description)?.[1];
  if (attr) return attr;
  const scheme = /a ([a-z]+): address/.exec(description)?.[1];
  return scheme ? `${scheme}:` : undefined;
}

function unsafeMessage(what: string): string {
  return `unsafe markup (${what}) is removed: ${ALLOWED_MARKUP_HINT}`;
}

function textOf(tokens: Token[]): string {
  const parts: string[] = [];
  const walk = (list: Token[]) => {
    let inRt = false;
    for (const token of list) {
      if (token.type === 'rt_open') inRt = true;
      else if (token.type === 'rt_close') inRt = false;
      else if (token.children) walk(token.children);
      else if ((token.type === 'text' || token.type === 'code_inline') && !inRt) parts.push(token.content);
      else if (token.type === 'softbreak' || token.type === 'hardbreak') parts.push(' ');
      else if (token.type.endsWith('_close') && token.block) parts.push(' ');
    }
  };
  walk(tokens);
  return parts.join('').replace(/\s+/g, ' ').trim();
}
