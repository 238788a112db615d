// The app shell's view of the address: the current route, re-read on every hash change.
import { useSyncExternalStore } from 'react';
import { parseHash, type Location } from './routes';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The current location, re-rendering on every hash change. */
export function useLocation(): Location {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseHash(hash);
}
