// Lesson text arrives as sanitized HTML (src/content/markdown). A PDF cannot show HTML, so this
// turns it into plain runs: ruby readings are dropped (the base text stays), <strong> and <b> stay
// bold, and block HTML (speaker notes) becomes paragraphs. Lesson text is never re-parsed as Markdown.

export interface Run {
  text: string;
  bold: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0' };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name[0] === '#')
      return String.fromCodePoint(
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10),
      );
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Inline HTML as runs of plain and bold text. */
export function inlineRuns(html: string): Run[] {
  const runs: Run[] = [];
  let bold = 0;
  const withoutReadings = html.replace(/<rt\b[^>]*>[\s\S]*?<\/rt>|<rp\b[^>]*>[\s\S]*?<\/rp>/gi, '');
  for (const part of withoutReadings.split(/(<[^>]+>)/)) {
    if (!part) continue;
    if (part.startsWith('<')) {
      const tag = /^<\s*(\/?)\s*(\w+)/.exec(part);
      if (tag && /^(strong|b)$/i.test(tag[2])) bold += tag[1] ? -1 : 1;
      continue;
    }
    const text = decode(part).replace(/\s+/g, ' ');
    const last = runs.at(-1);
    if (last && last.bold === bold > 0) last.text += text;
    else runs.push({ text, bold: bold > 0 });
  }
  return runs;
}

/** Block HTML (paragraphs, list items) as paragraphs of runs; list items keep a bullet. */
export function blockParagraphs(html: string): Run[][] {
  const blocks = html
    .replace(/<li\b[^>]*>/gi, '\n• ')
    .split(/<\/(?:p|li|h\d|blockquote|tr)>|<br\s*\/?>|\n(?=• )/i)
    .map((block) => inlineRuns(block.replace(/<\/?(?:ul|ol|p|h\d|blockquote|table|thead|tbody|tr)[^>]*>/gi, ' ')))
    .map((runs) => trimRuns(runs))
    .filter((runs) => runs.some((run) => run.text.trim() !== ''));
  return blocks;
}

function trimRuns(runs: Run[]): Run[] {
  if (runs.length === 0) return runs;
  const copy = runs.map((run) => ({ ...run }));
  copy[0].text = copy[0].text.trimStart();
  copy[copy.length - 1].text = copy[copy.length - 1].text.trimEnd();
  return copy.filter((run) => run.text !== '');
}

/** The plain text of runs. */
export function runsText(runs: Run[]): string {
  return runs.map((run) => run.text).join('');
}
