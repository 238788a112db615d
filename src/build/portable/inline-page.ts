// Turns a page Vite built into one that runs from disk (file://). Browsers refuse module scripts
// from files (they are fetched in CORS mode, and a file has no origin to allow), so the page's one
// script goes inline, and its Content Security Policy allows exactly that script by its SHA-256
// hash: no other inline script can run, as in the served kit. The stylesheet goes inline too, so
// that the speaker view, a blank window, can read its @font-face rules (a file's stylesheet is
// another origin to it).
import { createHash } from 'node:crypto';
import { CONTENT_SECURITY_POLICY } from '../csp-plugin.ts';

export interface BuiltPage {
  html: string;
  /** Reads a file the page refers to, by its path relative to the page (./assets/x.js). */
  read: (relativePath: string) => string;
  /** The page's own stylesheet, already rewritten (fonts); defaults to the file as built. */
  css?: (css: string) => string;
  /** More script sources for the policy (the speaker view's hash on the deck page). */
  extraScriptSources?: string[];
  /** <meta> tags to add to the head (the single-file deck's lesson). */
  extraHead?: string;
  /** What the page shows until its script runs, and keeps showing if a browser refuses it. */
  fallback: string;
}

const MODULE_SCRIPT = /<script type="module" crossorigin src="([^"]+)"><\/script>\s*/g;
const STYLESHEET = /<link rel="stylesheet" crossorigin href="([^"]+)">\s*/g;

/** A script's text made safe to stand between <script> and </script>. */
export function inlineScriptText(script: string): string {
  // The HTML parser ends a script at "</script" and changes state at "<!--" and "<script"; each
  // occurs only inside string, template or regular-expression literals in built code, where \x3C
  // reads as the same "<".
  return script.replace(/<(?=\/script|!--|script)/gi, '\\x3C');
}

export function scriptHash(script: string): string {
  return `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
}

/** The page with its scripts and stylesheets inline, the file:// notice replaced, and the policy hashed. */
export function inlinePage(page: BuiltPage): string {
  const hashes: string[] = [];
  let html = page.html
    // The served kit's notice ("open this from a web server") is what this page exists to avoid.
    .replace(/\s*<script src="[^"]*file-notice\.js"><\/script>/, '')
    .replace(/<link rel="modulepreload"[^>]*>\s*/g, '');
  const scripts: string[] = [];
  html = html.replace(MODULE_SCRIPT, (_tag, src: string) => {
    const text = inlineScriptText(page.read(src));
    hashes.push(scriptHash(text));
    scripts.push(`<script type="module">${text}</script>`);
    return '';
  });
  if (scripts.length === 0) throw new Error('portable build: the page has no module script to inline');
  html = html.replace(STYLESHEET, (_tag, href: string) => {
    const css = page.read(href);
    return `<style>${(page.css ?? ((text: string) => text))(css).replace(/<\/style/gi, '<\\/style')}</style>\n`;
  });
  if (/\s(src|href)="\.?\/?assets\//.test(html))
    throw new Error('portable build: the page still refers to a built file it should hold inline');
  const policy = CONTENT_SECURITY_POLICY.replace(
    "script-src 'self'",
    ["script-src 'self'", ...(page.extraScriptSources ?? []), ...hashes].join(' '),
  );
  // Replaced through functions: a replacement string would read "$&" and "$'" in the code as patterns.
  html = html.replace(
    '<head>',
    () => `<head>\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />${page.extraHead ?? ''}`,
  );
  // The scripts go last in the body, after the fallback they replace.
  html = html.replace('<div id="root"></div>', () => `<div id="root">${page.fallback}</div>`);
  return html.replace('</body>', () => `${scripts.join('\n')}\n</body>`);
}
