// Addresses of other sites in lesson text. They are allowed (a lesson may point to a help site), but
// a school importing someone else's lesson pack must see every one: a look-alike "help" site is the
// easiest way to misuse a safeguarding lesson. `npm run check` lists them after its summary.

export interface ExternalLink {
  file: string;
  line: number;
  col: number;
  url: string;
}

const ADDRESS = /\bhttps?:\/\/[^\s<>"'`)\]}]+/gi;

/** Every http(s) address written in these files, in file and line order. */
export function externalLinks(files: { file: string; text: string }[]): ExternalLink[] {
  const links: ExternalLink[] = [];
  for (const { file, text } of files) {
    text.split('\n').forEach((line, index) => {
      for (const match of line.matchAll(ADDRESS)) {
        links.push({ file, line: index + 1, col: (match.index ?? 0) + 1, url: match[0].replace(/[.,;:!?。、]+$/, '') });
      }
    });
  }
  return links;
}
