// What in a piece of HTML could run script, load something from elsewhere or take over the page:
// the scan behind "every vector of the hostile corpus is refused or inert".
import { parseHTML } from 'linkedom';

const DANGEROUS_TAGS = new Set([
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'base',
  'meta',
  'link',
  'style',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'svg',
  'math',
  'template',
  'noscript',
  'xmp',
  'plaintext',
  'noembed',
  'noframes',
  'title',
  'bgsound',
  'portal',
]);
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'data',
  'background',
  'dynsrc',
  'lowsrc',
  'ping',
  'poster',
  'srcset',
  'srcdoc',
]);
/** A link is safe when its scheme, as a browser's URL parser reads it, is one of these, or it has none (relative). */
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);

function schemeOf(value: string): string | undefined {
  // The URL standard drops leading and trailing C0 controls and spaces, and tabs and newlines anywhere.
  const url = value.replace(/^[\p{Cc} ]+|[\p{Cc} ]+$/gu, '').replace(/[\t\n\r]/g, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
}

export function dangerousMarkup(html: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`);
  const found: string[] = [];
  for (const element of document.querySelectorAll('*')) {
    const tag = element.tagName.toLowerCase();
    if (['html', 'head', 'body'].includes(tag)) continue;
    if (DANGEROUS_TAGS.has(tag)) found.push(`<${tag}>`);
    for (const { name, value } of [...element.attributes]) {
      const attribute = name.toLowerCase();
      const scheme = schemeOf(value);
      if (attribute.startsWith('on')) found.push(`${tag} ${attribute}`);
      else if (attribute === 'style' && /url\(|expression|position|@import/i.test(value))
        found.push(`${tag} style=${value}`);
      else if (tag === 'img' && attribute === 'src') {
        if (scheme !== undefined || !value.startsWith('lesson-assets/')) found.push(`img src=${value}`);
      } else if (attribute === 'href') {
        if (scheme !== undefined && !SAFE_SCHEMES.has(scheme)) found.push(`${tag} href=${value}`);
      } else if (URL_ATTRIBUTES.has(attribute)) found.push(`${tag} ${attribute}=${value}`);
    }
  }
  return found;
}
