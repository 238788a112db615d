// Text in XML, for the Moodle and Common Cartridge writers: entities for the five special
// characters, no control characters XML 1.0 forbids, and CDATA that cannot be closed early.

// Characters XML 1.0 does not allow at all, even escaped (C0 controls other than tab, LF and CR, and U+FFFE/U+FFFF).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** A CDATA section; a `]]>` inside the text is split across two sections so it cannot end it. */
export function cdata(text: string): string {
  return `<![CDATA[${text.replace(NOT_XML, '').replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
}

/** Plain text as HTML paragraphs, every character escaped: lesson text never becomes markup. */
export function paragraphsHtml(text: string): string {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => `<p>${escapeXml(line)}</p>`)
    .join('');
}
