// What a page shows while its lesson or code loads: nothing for a moment (a lesson from the cache
// or a fast network arrives before anyone would notice), then a "loading" line, so a quick load
// never flashes a message.
import { useEffect, useState } from 'react';

export const LOADING_MESSAGE_DELAY_MS = 400;

export function DelayedLoading({ label, className }: { label: string; className?: string }) {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setShown(true), LOADING_MESSAGE_DELAY_MS);
    return () => clearTimeout(timer);
  }, []);
  // The status region is there from the start, so a screen reader hears the line when it appears.
  return (
    <p className={className} role="status">
      {shown ? label : ''}
    </p>
  );
}
