// The high-contrast variant of the classroom theme, for washed-out projectors and bright rooms.
// The choice is kept in this browser, so the speaker view's previews and the next lesson match.
import { useCallback, useState } from 'react';

export type Contrast = 'normal' | 'high';
const STORAGE_KEY = 'mamoru.deck-contrast';

function storedContrast(): Contrast {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === 'high' ? 'high' : 'normal';
  } catch {
    return 'normal';
  }
}

export function useContrast(): [Contrast, (contrast: Contrast) => void] {
  const [contrast, setState] = useState<Contrast>(storedContrast);
  const set = useCallback((next: Contrast) => {
    setState(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Storage can be off: the choice then lasts for this page only.
    }
  }, []);
  return [contrast, set];
}
