// The JavaScript a built page loads before it runs: its scripts, the chunks it preloads and,
// through them, every chunk imported statically, read from the built dist/. Chunks imported
// with import() (a lesson's slides, the live class) are listed apart: a page loads them later.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageScripts {
  /** Files under dist/ (assets/…js) the page loads up front. */
  files: string[];
  /** Files imported with import() by those, which the page may load later. */
  later: string[];
  /** The up-front files' and inline scripts' size, gzipped at level 9 (what a server sends compressed), in bytes. */
  gzipBytes: number;
}

const STATIC_IMPORT = /(?:\bfrom\s*|\bimport\s*)["'](\.\/[^"']+\.js)["']/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'`](\.\/[^"'`]+\.js)["'`]\s*\)/g;

export function pageScripts(distDir: string, page: string): PageScripts {
  const html = readFileSync(path.join(distDir, page), 'utf8');
  const entries = [
    ...html.matchAll(/<script[^>]*\ssrc="\.\/([^"]+)"/g),
    ...html.matchAll(/<link rel="modulepreload"[^>]*\shref="\.\/([^"]+)"/g),
  ].map((match) => match[1]);
  if (entries.length === 0) throw new Error(`${page} in ${distDir} loads no module script: is it a built page?`);
  const files = new Set<string>();
  const later = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const code = readFileSync(path.join(distDir, file), 'utf8');
    const dir = path.posix.dirname(file);
    for (const [, spec] of code.matchAll(STATIC_IMPORT)) visit(path.posix.join(dir, spec));
    for (const [, spec] of code.matchAll(DYNAMIC_IMPORT)) later.add(path.posix.join(dir, spec));
  };
  entries.forEach(visit);
  // Scripts inline in the page count too (the deck page's first script).
  const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1]);
  const gzipBytes = [...[...files].map((file) => readFileSync(path.join(distDir, file))), ...inline].reduce(
    (sum: number, code) => sum + gzipSync(code, { level: 9 }).length,
    0,
  );
  return { files: [...files].sort(), later: [...later].filter((file) => !files.has(file)).sort(), gzipBytes };
}
