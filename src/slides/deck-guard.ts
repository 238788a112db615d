// What another page may do to the deck. Speaker notes are for the teacher, and a projected deck must
// stay under the teacher's control: reveal.js takes any ?key=value in the address as a setting
// (?showNotes=true shows the notes to the class, ?controls=false&keyboard=false locks the teacher out),
// and answers postMessage calls from any window. The kit's speaker view (src/slides/speaker/) drives
// the deck with those calls, from the same origin only.

/** The query keys the deck page reads; every other key is dropped before reveal.js reads the address. */
const DECK_QUERY_KEYS = new Set(['lesson', 'lang', 'receiver', 'print-pdf']);

/** The settings the speaker view gives its previews (?receiver), with the only values it uses. */
export const RECEIVER_SETTINGS: Record<string, string> = {
  progress: 'false',
  history: 'false',
  transition: 'none',
  autoSlide: '0',
  backgroundTransition: 'none',
  scrollActivationWidth: 'false',
  postMessageEvents: 'true',
  controls: 'false',
};

/** The address's query with only the deck's own keys; notes on the page only in the print view. */
export function deckQuery(search: string): string {
  const query = new URLSearchParams(search);
  const kept = new URLSearchParams();
  const print = query.has('print-pdf');
  const receiver = query.has('receiver');
  for (const [key, value] of query) {
    const allowed =
      DECK_QUERY_KEYS.has(key) ||
      ((key === 'showNotes' || key === 'per-sheet') && print) ||
      (receiver && RECEIVER_SETTINGS[key] === value);
    if (allowed) kept.append(key, value);
  }
  // reveal.js looks for print-pdf and receiver as bare words, as its own links write them.
  const text = kept.toString().replace(/(^|&)(print-pdf|receiver)=(?=&|$)/g, '$1$2');
  return text ? `?${text}` : '';
}

/**
 * Whether a page of another origin holds this one in a frame. The kit frames its deck only in its
 * own speaker view (speaker.html, the deck's origin), whose document this page can read.
 */
export function framedByAnotherOrigin(view: Window = window): boolean {
  if (view.top === view.self) return false;
  // Opened from disk (the portable kit), every file is an origin of its own, so the speaker view's
  // previews cannot read their window; and no web site can frame a file:// page at all.
  if (view.location.protocol === 'file:') return false;
  try {
    return !view.top?.document;
  } catch {
    return true;
  }
}

/**
 * Run before reveal.js starts: strips foreign settings from the address, and lets through only
 * messages from the kit's own pages (the speaker view and its previews).
 */
export function guardDeckPage(view: Window = window): void {
  const search = deckQuery(view.location.search);
  if (search !== view.location.search)
    view.history.replaceState(view.history.state, '', `${view.location.pathname}${search}${view.location.hash}`);
  // Registered before reveal.js's own listeners and in the capture phase, so it runs first.
  view.addEventListener(
    'message',
    (event) => {
      if (event.origin !== view.location.origin && !fromAnotherFile(event, view)) event.stopImmediatePropagation();
    },
    true,
  );
}

/**
 * On a page opened from disk, the speaker view and its previews are files too, whose origin a
 * browser reports as "null" or "file://": a web site can neither open nor frame a file:// page,
 * so a message from such an origin comes from the kit's own files on this computer.
 */
function fromAnotherFile(event: MessageEvent, view: Window): boolean {
  return view.location.protocol === 'file:' && (event.origin === 'null' || event.origin === 'file://');
}
