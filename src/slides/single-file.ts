// The single-file deck (npm run portable -- --lesson ID --single) is opened by double-click, with
// no ?lesson=…&lang=… in its address: a <meta name="mamoru-deck"> written at build time names them.

/** The lesson and language the single-file deck was built for, or null on any other deck page. */
export function singleFileDeck(doc: Document = document): URLSearchParams | null {
  const content = doc.querySelector<HTMLMetaElement>('meta[name="mamoru-deck"]')?.content;
  return content ? new URLSearchParams(content) : null;
}

/** The deck page's query, with the single file's lesson and language where the address names none. */
export function deckParams(search: string, doc: Document = document): URLSearchParams {
  const query = new URLSearchParams(search);
  const single = singleFileDeck(doc);
  for (const key of ['lesson', 'lang']) {
    const value = single?.get(key);
    if (value && !query.has(key)) query.set(key, value);
  }
  return query;
}

/** The file this deck page is, for links to itself (print view): the single file has its own name. */
export function deckPageFile(view: Window = window): string {
  if (!singleFileDeck(view.document)) return 'present.html';
  return decodeURIComponent(view.location.pathname.split('/').pop() ?? 'present.html');
}
