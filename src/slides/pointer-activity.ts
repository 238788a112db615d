// The deck tools show while the teacher moves the pointer (and for a moment after the deck opens),
// then fade so that nothing but the slide is on the projector.
import { useEffect, useState } from 'react';

export function usePointerActivity(idleMs = 2500, firstMs = 4000): boolean {
  const [active, setActive] = useState(true);
  useEffect(() => {
    let timer = setTimeout(() => setActive(false), firstMs);
    const onMove = () => {
      setActive(true);
      clearTimeout(timer);
      timer = setTimeout(() => setActive(false), idleMs);
    };
    window.addEventListener('pointermove', onMove, { passive: true });
    return () => {
      clearTimeout(timer);
      window.removeEventListener('pointermove', onMove);
    };
  }, [idleMs, firstMs]);
  return active;
}
