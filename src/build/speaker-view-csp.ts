// Build-time (Node): the portable pages' speaker view is reveal.js's notes plugin (the kit's own
// speaker page cannot reach a deck opened from disk), a window the deck opens and writes with an
// inline <script>. That window inherits the deck page's Content Security Policy (script-src
// 'self'), so the portable deck page allows exactly that one script by its SHA-256 hash, read from
// the installed plugin: no other inline script can run, on this page or any other.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import vm from 'node:vm';

const WRITE_CALL = '.document.write(';

/** The speaker view's HTML, as the installed notes plugin writes it into its window. */
export function speakerViewHtml(
  pluginSource = readFileSync(createRequire(import.meta.url).resolve('reveal.js/plugin/notes'), 'utf8'),
): string {
  const at = pluginSource.indexOf(WRITE_CALL);
  if (at < 0)
    throw new Error(
      'reveal.js notes plugin: the speaker view template was not found; check the Content Security Policy for present.html',
    );
  const start = at + WRITE_CALL.length;
  const quote = pluginSource[start];
  let end = start + 1;
  while (end < pluginSource.length && pluginSource[end] !== quote) end += pluginSource[end] === '\\' ? 2 : 1;
  return String(vm.runInNewContext(pluginSource.slice(start, end + 1)));
}

/** CSP sources ('sha256-…') for every inline script in the speaker view. */
export function speakerViewScriptHashes(html = speakerViewHtml()): string[] {
  const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1]);
  if (scripts.length === 0) throw new Error('reveal.js notes plugin: the speaker view has no inline script to allow');
  return scripts.map((script) => `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`);
}
