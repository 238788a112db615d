// The built pages carry a Content Security Policy that lets them load only their own files: the
// kit sends nothing to another host, and lesson markup could not run a script even if one got
// past the sanitizer. Dev pages go without it, since Vite's hot reload injects inline scripts.
import path from 'node:path';
import type { Plugin } from 'vite';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/**
 * What a `<meta>` CSP cannot say: no other site may frame the kit (and so drive the deck or read
 * its speaker notes). Every server the kit runs sends these with each response (`npm start`,
 * `npm run preview`, `npm run classroom`), and README "Hosting" shows them for other servers.
 */
export const FRAME_HEADERS = {
  'Content-Security-Policy': "frame-ancestors 'self'",
  'X-Frame-Options': 'SAMEORIGIN',
} as const;

/**
 * `extraScripts` adds script sources to one page's policy only, by page file name, read when the
 * page is written (the deck page's inline first script, by its hash: src/build/first-slide-plugin.ts).
 */
export function contentSecurityPolicyPlugin(extraScripts: Record<string, () => string[]> = {}): Plugin {
  return {
    name: 'mamoru:content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (_html, context) => {
        const extra = extraScripts[path.basename(context.filename)]?.() ?? [];
        const policy = extra.length
          ? CONTENT_SECURITY_POLICY.replace("script-src 'self'", `script-src 'self' ${extra.join(' ')}`)
          : CONTENT_SECURITY_POLICY;
        return [
          {
            tag: 'meta',
            attrs: { 'http-equiv': 'Content-Security-Policy', content: policy },
            injectTo: 'head-prepend',
          },
        ];
      },
    },
  };
}
