// Build-time (Vite): BudouX's package maps its Node DOM (linkedom) to the browser's own DOMParser
// through the package.json "browser" field, which Vite does not apply to the package's relative
// imports. Without this the deck bundle would pull in linkedom, which does not build for browsers.
import path from 'node:path';
import type { Plugin } from 'vite';

export function budouxBrowserPlugin(): Plugin {
  return {
    name: 'mamoru:budoux-browser',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source !== './dom.js' || !importer) return undefined;
      const dir = path.dirname(importer.split('?')[0]);
      if (!/[\\/]node_modules[\\/]budoux[\\/](module|dist)$/.test(dir)) return undefined;
      return path.join(dir, 'dom-browser.js');
    },
  };
}
