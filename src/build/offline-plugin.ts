// The kit works offline after one visit: vite-plugin-pwa (Workbox's generateSW) writes a service
// worker, sw.js, that precaches every page, script, style, lesson, screen font and the PDF maker's
// TTF fonts, so "ready offline" means every route works with the network off, PDFs made in the
// browser included. The pages register it from their own code (src/app/offline/), never with an
// injected inline script, so the Content Security Policy stays "script-src 'self'".
//
// The rule for what is precached: everything the kit needs to draw a page or make a PDF
// (PRECACHE_PATTERNS). The pre-made handout PDFs in handouts/ are not: they are copies of what
// the handouts page makes in the browser, and are cached the first time each one is opened.
import { getManifest } from 'workbox-build';
import { VitePWA } from 'vite-plugin-pwa';
import type { PluginOption } from 'vite';

export const SERVICE_WORKER_FILE = 'sw.js';
export const PRECACHE_PATTERNS = ['**/*.{html,js,css,svg,woff2,ttf,webmanifest}'];
/** Not precached: the service worker's own files (the browser keeps those) and the pre-made PDFs. */
export const PRECACHE_IGNORES = ['sw.js', 'workbox-*.js', 'handouts/**'];
/** The PDF maker's TTF fonts are over 4 MB each; Workbox skips files over 2 MB unless told. */
export const LARGEST_PRECACHED_FILE = 8 * 1024 * 1024;
/** The precache budget: all lessons in both languages, the app and its fonts (issue 15). */
export const PRECACHE_BUDGET_BYTES = 30 * 1024 * 1024;
export const HANDOUT_PDF_CACHE = 'mamoru-handout-pdfs';

export function offlinePlugin(): PluginOption {
  return VitePWA({
    registerType: 'prompt',
    // Registered by src/app/offline/service-worker.ts: an injected registration would be an
    // inline script, which the kit's CSP refuses.
    injectRegister: false,
    strategies: 'generateSW',
    filename: SERVICE_WORKER_FILE,
    manifest: {
      name: 'まもる mamoru',
      short_name: 'まもる',
      description: 'ネットの性被害から子どもを守る授業キット — Online-safety lessons for schools',
      lang: 'ja',
      // Relative to the manifest: the kit works from any sub-path.
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: '#f3f5f8',
      theme_color: '#0b5cad',
      icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
    },
    workbox: {
      globPatterns: PRECACHE_PATTERNS,
      globIgnores: PRECACHE_IGNORES,
      maximumFileSizeToCacheInBytes: LARGEST_PRECACHED_FILE,
      // present.html?lesson=…&lang=… and index.html?lang=… are the same precached files.
      ignoreURLParametersMatching: [/.*/],
      // The app routes by hash, so every page is a real file: no fallback page, which would
      // also answer a pre-made PDF opened in a tab with the catalogue.
      navigateFallback: null,
      // A new version waits until the teacher presses "Update now" (it sends SKIP_WAITING);
      // on a first visit the worker takes the open page at once, so its PDF worker is cached too.
      skipWaiting: false,
      clientsClaim: true,
      cleanupOutdatedCaches: true,
      runtimeCaching: [
        {
          urlPattern: ({ url, sameOrigin }) => sameOrigin && /\/handouts\/[^/]+\.pdf$/.test(url.pathname),
          handler: 'CacheFirst',
          options: { cacheName: HANDOUT_PDF_CACHE, expiration: { maxEntries: 200 } },
        },
      ],
    },
  });
}

export interface Precache {
  files: string[];
  bytes: number;
}

/** What the service worker of the kit built in `distDir` precaches: its files and their size. */
export async function precacheOf(distDir: string): Promise<Precache> {
  const { manifestEntries, size, warnings } = await getManifest({
    globDirectory: distDir,
    globPatterns: PRECACHE_PATTERNS,
    globIgnores: PRECACHE_IGNORES,
    maximumFileSizeToCacheInBytes: LARGEST_PRECACHED_FILE,
  });
  if (warnings.length) throw new Error(`the precache of ${distDir} is incomplete: ${warnings.join('; ')}`);
  return { files: (manifestEntries ?? []).map((entry) => entry.url).sort(), bytes: size };
}
