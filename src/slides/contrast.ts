// The high-contrast variant of the classroom theme, for washed-out projectors and bright rooms.
// The choice is kept in this browser, so the speaker view's previews and the next lesson match.
import { useCallback, useState } from 'react';
import { readStored, writeStored } from '../ui/storage';

export type Contrast = 'normal' | 'high';
const STORAGE_KEY = 'mamoru.deck-contrast';

function storedContrast(): Contrast {
  return readStored(STORAGE_KEY) === 'high' ? 'high' : 'normal';
}

export function useContrast(): [Contrast, (contrast: Contrast) => void] {
  const [contrast, setState] = useState<Contrast>(storedContrast);
  const set = useCallback((next: Contrast) => {
    setState(next);
    writeStored(STORAGE_KEY, next);
  }, []);
  return [contrast, set];
}
