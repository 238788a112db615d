// A deck's Markdown split into slides, reveal.js style: a line of `---` between slides, and
// everything after a line starting `Note:` is the speaker's notes for that slide.

export interface SlideSource {
  /** 1-based line in the file where the slide's content starts. */
  line: number;
  body: string;
  notes: string;
  /** 1-based line where the notes start (the line after `Note:`), or 0 when there are none. */
  notesLine: number;
}

const SEPARATOR = /^---\s*$/;
const NOTE = /^\s*notes?:\s?(.*)$/i;
const FENCE = /^\s*(```|~~~)/;

export function splitSlides(markdown: string): SlideSource[] {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const slides: SlideSource[] = [];
  let body: string[] = [];
  let notes: string[] | undefined;
  let start = 1;
  let notesLine = 0;
  let inFence = false;

  const finish = () => {
    const text = body.join('\n');
    if (text.trim() !== '' || (notes ?? []).join('').trim() !== '') {
      slides.push({ line: start, body: text, notes: (notes ?? []).join('\n').trimEnd(), notesLine });
    }
  };

  lines.forEach((line, index) => {
    if (FENCE.test(line)) inFence = !inFence;
    if (!inFence && SEPARATOR.test(line)) {
      finish();
      body = [];
      notes = undefined;
      notesLine = 0;
      start = index + 2;
      return;
    }
    const note = notes === undefined && !inFence ? NOTE.exec(line) : null;
    if (note) {
      notes = note[1] ? [note[1]] : [];
      notesLine = note[1] ? index + 1 : index + 2;
      return;
    }
    if (notes !== undefined) notes.push(line);
    else body.push(line);
  });
  finish();
  return slides;
}
