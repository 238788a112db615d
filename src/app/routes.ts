// Hash routes, so that dist/ works from any static host, a sub-path or a file share:
//   #/                         catalogue
//   #/lessons/<id>             lesson overview
//   #/lessons/<id>/quiz        quiz
//   #/lessons/<id>/handouts    handouts
//   #/settings                 school settings
//   #/join/<code>              a student's device in a live class (npm run classroom)
// A query inside the hash (#/lessons/<id>/quiz?lang=en) carries the language. The deck is its own
// page, present.html?lesson=<id>&lang=<ja|en>, because reveal.js owns the hash there.
// Every address the kit links to is built here; the pages import these, never the shell.

export type Route =
  | { page: 'catalogue' }
  | { page: 'overview' | 'quiz' | 'handouts'; lessonId: string }
  | { page: 'settings' }
  | { page: 'join'; code: string }
  | { page: 'not-found' };

export interface Location {
  route: Route;
  params: URLSearchParams;
}

export function parseHash(hash: string): Location {
  const [pathPart, query = ''] = hash.replace(/^#/, '').split('?', 2);
  const parts = pathPart.split('/').filter(Boolean).map(safeDecode);
  const params = new URLSearchParams(query);
  if (parts.length === 0) return { route: { page: 'catalogue' }, params };
  if (parts.length === 1 && parts[0] === 'settings') return { route: { page: 'settings' }, params };
  if (parts.length === 2 && parts[0] === 'join')
    return { route: { page: 'join', code: parts[1].toUpperCase() }, params };
  if (parts[0] === 'lessons' && parts.length === 2) return { route: { page: 'overview', lessonId: parts[1] }, params };
  if (parts[0] === 'lessons' && parts.length === 3 && (parts[2] === 'quiz' || parts[2] === 'handouts')) {
    return { route: { page: parts[2], lessonId: parts[1] }, params };
  }
  return { route: { page: 'not-found' }, params };
}

/** The hash for a route, e.g. #/lessons/sextortion-pattern/quiz. */
export function hrefFor(route: Route, params?: URLSearchParams): string {
  const query = params && [...params].length ? `?${params}` : '';
  switch (route.page) {
    case 'catalogue':
    case 'not-found':
      return `#/${query}`;
    case 'settings':
      return `#/settings${query}`;
    case 'join':
      return `#/join/${encodeURIComponent(route.code)}${query}`;
    case 'overview':
      return `#/lessons/${encodeURIComponent(route.lessonId)}${query}`;
    default:
      return `#/lessons/${encodeURIComponent(route.lessonId)}/${route.page}${query}`;
  }
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/**
 * The deck page's address for a lesson and language, optionally in the print view (with notes, or
 * 2 or 4 slides to a sheet as a handout); `page`: the deck's file.
 */
export function deckHref(
  lessonId: string,
  locale: string,
  print?: { notes: boolean; perSheet?: 1 | 2 | 4 },
  page = 'present.html',
): string {
  const base = `${encodeURI(page)}?lesson=${encodeURIComponent(lessonId)}&lang=${locale}`;
  if (!print) return base;
  const perSheet = print.perSheet && print.perSheet > 1 ? `&per-sheet=${print.perSheet}` : '';
  return `${base}&print-pdf${print.notes ? '&showNotes=separate-page' : ''}${perSheet}`;
}

/** The speaker view's address (speaker.html beside present.html) for a lesson and language. */
export function speakerHref(lessonId: string, locale: string): string {
  return `speaker.html?lesson=${encodeURIComponent(lessonId)}&lang=${locale}`;
}

/** An app page's address from the deck page, which is present.html beside the app's index.html. */
export function appHrefFromDeck(route: Route, locale?: string): string {
  return `./${hrefFor(route, locale ? new URLSearchParams({ lang: locale }) : undefined)}`;
}
