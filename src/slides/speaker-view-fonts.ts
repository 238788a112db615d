// reveal.js's speaker view is a window the notes plugin opens blank and writes itself, in
// Helvetica: on a machine without a Japanese system font its notes would be empty boxes. When that
// window opens, it gets the deck page's @font-face rules for the bundled BIZ UDPGothic, a rule to
// use it, and the phrase line breaking of the slides. The plugin offers no hook, so window.open is wrapped while the deck lives.
import { useEffect } from 'react';

const SPEAKER_WINDOW = 'reveal.js - Notes';

export function useSpeakerViewFonts(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const open = window.open;
    window.open = function (this: Window, ...args: Parameters<typeof window.open>) {
      const opened = open.apply(this, args);
      // The plugin writes the window's page right after opening it: style it once that is done.
      if (opened && args[1] === SPEAKER_WINDOW) queueMicrotask(() => styleSpeakerView(opened));
      return opened;
    };
    return () => {
      window.open = open;
    };
  }, [enabled]);
}

function styleSpeakerView(speaker: Window): void {
  const head = speaker.document.head;
  if (!head || head.querySelector('[data-mamoru-fonts]')) return;
  const style = speaker.document.createElement('style');
  style.dataset.mamoruFonts = '';
  style.textContent = `${fontFaces().join('\n')}\nbody, .speaker-controls-notes .value { font-family: 'BIZ UDPGothic', sans-serif; }\n.phrases { word-break: keep-all; overflow-wrap: anywhere; }`;
  head.append(style);
}

/**
 * The deck page's @font-face rules with absolute addresses: the blank window's own address is
 * about:blank, against which the stylesheets' relative font paths would not resolve.
 */
function fontFaces(): string[] {
  const faces: string[] = [];
  for (const sheet of document.styleSheets) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue;
    }
    const base = sheet.href ?? document.baseURI;
    for (const rule of rules) {
      if (!(rule instanceof CSSFontFaceRule)) continue;
      faces.push(
        rule.cssText.replace(
          /url\((["']?)([^"')]+)\1\)/g,
          (_, quote: string, url: string) => `url(${quote}${new URL(url, base).href}${quote})`,
        ),
      );
    }
  }
  return faces;
}
