// Lesson content is never code: every piece of HTML made from lesson Markdown passes through this
// allowlist before it reaches a page, a deck or a PDF.
import sanitizeHtml from 'sanitize-html';

/** Where a lesson's own images are published; the only images lesson HTML may show. */
export const LESSON_ASSETS = 'lesson-assets';

const ALLOWED_TAGS = [
  'h1',
  'h2',
  'h3',
  'h4',
  'p',
  'br',
  'hr',
  'blockquote',
  'ul',
  'ol',
  'li',
  'strong',
  'em',
  'b',
  'i',
  's',
  'small',
  'mark',
  'code',
  'pre',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'a',
  'img',
  'ruby',
  'rt',
  'rp',
  'span',
  'wbr',
];

const ALLOWED_SCHEMES = ['http', 'https', 'mailto', 'tel'];

// <wbr> is void: written `<wbr />`, never with an end tag (the phrase breaks put one between phrases).
const SELF_CLOSING = [...sanitizeHtml.defaults.selfClosing, 'wbr'];

const POLICY: sanitizeHtml.IOptions = {
  allowedTags: ALLOWED_TAGS,
  selfClosing: SELF_CLOSING,
  allowedAttributes: {
    a: ['href', 'title'],
    img: ['src', 'alt', 'title', 'width', 'height'],
    th: ['align', 'style'],
    td: ['align', 'style'],
    ol: ['start'],
    li: ['class'],
    '*': ['lang'],
  },
  // fragment: a `+` list item shown step by step; phrases: Japanese broken into phrases (phrases.ts).
  allowedClasses: {
    li: ['fragment', 'phrases'],
    span: ['phrases', 'glue'],
    ...Object.fromEntries(['p', 'h1', 'h2', 'h3', 'h4', 'td', 'th', 'blockquote'].map((tag) => [tag, ['phrases']])),
  },
  // markdown-it writes table alignment as inline style; nothing else may style content.
  allowedStyles: { th: { 'text-align': [/^(left|right|center)$/] }, td: { 'text-align': [/^(left|right|center)$/] } },
  allowedSchemes: ALLOWED_SCHEMES,
  allowedSchemesByTag: { img: [] },
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  // A lesson shows only its own pictures: any other path would make the page ask its host for it.
  exclusiveFilter: (frame) => frame.tag === 'img' && !String(frame.attribs.src ?? '').startsWith(`${LESSON_ASSETS}/`),
};

// The same serialiser with nothing filtered: a difference from POLICY's output means something was removed.
const PERMISSIVE: sanitizeHtml.IOptions = {
  allowedTags: false,
  allowedAttributes: false,
  selfClosing: SELF_CLOSING,
  allowVulnerableTags: true,
  allowedSchemes: ['http', 'https', 'mailto', 'tel', 'javascript', 'data', 'vbscript', 'file'],
  allowProtocolRelative: true,
  disallowedTagsMode: 'discard',
  parser: { lowerCaseAttributeNames: true },
};

/** Returns the HTML with everything outside the lesson-content allowlist removed. */
export function sanitize(html: string): string {
  return sanitizeHtml(html, POLICY);
}

/**
 * Describes what sanitize() would remove from this HTML, or returns undefined when it is clean.
 * Used by the lesson check to refuse unsafe markup with its file and line.
 */
export function describeUnsafe(html: string): string | undefined {
  const found = new Set<string>();
  const inspect: sanitizeHtml.IOptions = {
    ...PERMISSIVE,
    onOpenTag(name, attribs) {
      if (!ALLOWED_TAGS.includes(name)) found.add(`<${name}>`);
      for (const attr of Object.keys(attribs)) {
        if (attr.startsWith('on')) found.add(`the ${attr} attribute`);
        else if (attr === 'style' && name !== 'th' && name !== 'td') found.add('a style attribute');
        else if (attr === 'href' || attr === 'src') {
          const scheme = schemeOf(attribs[attr]);
          if (scheme && !ALLOWED_SCHEMES.includes(scheme)) found.add(`a ${scheme}: address`);
        }
      }
    },
  };
  const before = sanitizeHtml(html, inspect);
  const after = sanitizeHtml(html, POLICY);
  if (normalise(before) === normalise(after)) return undefined;
  if (found.size === 0) found.add('an attribute or address that is not allowed');
  return [...found].join(', ');
}

/** The scheme of a URL as a browser reads it (browsers ignore control characters and spaces in it). */
function schemeOf(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
  return /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\u0000-\u0020]/g, ''))?.[1]?.toLowerCase();
}

function normalise(html: string): string {
  return html.replace(/\s+/g, ' ').trim();
}

export const ALLOWED_MARKUP_HINT =
  'lesson content may use headings, lists, emphasis, tables, images with alt text, <ruby>/<rt>, ' +
  'and links to http(s), mailto or tel';
