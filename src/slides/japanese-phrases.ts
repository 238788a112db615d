// Japanese lines break between phrases, never inside a word: BudouX marks each phrase boundary
// with <wbr>, and the `phrases` class sets `word-break: keep-all`, which Chromium and Safari both
// honour (`word-break: auto-phrase` alone would be Chromium-only).
import { HTMLProcessingParser, jaModel } from 'budoux';

let parser: HTMLProcessingParser | undefined;

function phraseParser(): HTMLProcessingParser {
  parser ??= new HTMLProcessingParser(jaModel, { separator: document.createElement('wbr'), className: 'phrases' });
  return parser;
}

/** The HTML with a <wbr> at every phrase boundary; ruby readings and code are left alone. */
export function withPhraseBreaks(html: string): string {
  const template = document.createElement('template');
  template.innerHTML = html;
  phraseParser().applyToElement(template.content);
  return template.innerHTML;
}

/** The same, on elements already in the page (text already broken into phrases is left as it is). */
export function addPhraseBreaks(elements: Iterable<HTMLElement>): void {
  for (const element of elements) phraseParser().applyToElement(element);
}
