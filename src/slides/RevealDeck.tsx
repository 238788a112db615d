// reveal.js in React, as much of it as the kit uses: one deck made once per page (also under
// StrictMode's mount, unmount and mount again), handed out when ready, destroyed with the page.
// It replaces @revealjs/react, whose bundle carries a whole Markdown parser (marked) that the
// kit never uses and that no bundler can leave out: a fifth of the deck page's script.
import Reveal, { type RevealApi, type RevealConfig, type RevealPluginFactory } from 'reveal.js';
import { useEffect, useRef, type ReactNode, type RefObject } from 'react';

/**
 * The deck element and its slides. `config` and `plugins` are read once, when the deck is made;
 * the slides (children) must not change after that: reveal.js owns their classes from then on.
 */
export function RevealDeck({
  config,
  plugins,
  deckRef,
  onReady,
  className,
  children,
}: {
  config: RevealConfig;
  plugins: RevealPluginFactory[];
  deckRef: RefObject<RevealApi | null>;
  onReady: (deck: RevealApi) => void;
  className: string;
  children: ReactNode;
}) {
  const element = useRef<HTMLDivElement>(null);
  const made = useRef<RevealApi | null>(null);
  /** Counts mounts and unmounts: odd while mounted. */
  const mounts = useRef(0);
  const initial = useRef({ config, plugins, onReady, deckRef });

  useEffect(() => {
    mounts.current += 1;
    const { config, plugins, onReady, deckRef } = initial.current;
    const ready = (deck: RevealApi) => {
      if (mounts.current % 2 === 0 || made.current !== deck) return;
      deckRef.current = deck;
      onReady(deck);
    };
    if (made.current) {
      // StrictMode mounted us again before the deck was destroyed: keep it (if it is still
      // initializing, its own promise below hands it out). Handed out after this effect: the
      // receiver may commit at once (flushSync), which React refuses inside an effect.
      const deck = made.current;
      if (deck.isReady()) queueMicrotask(() => ready(deck));
    } else {
      const deck = new Reveal(element.current!, { ...config, plugins });
      made.current = deck;
      void deck.initialize().then(() => ready(deck));
    }
    return () => {
      const deck = made.current;
      const unmount = ++mounts.current;
      deckRef.current = null;
      // Destroy only if no mount follows at once (StrictMode's test mount is followed by the real one).
      void Promise.resolve().then(() => {
        if (mounts.current !== unmount || made.current !== deck || !deck) return;
        try {
          deck.destroy();
        } catch {
          // A deck that failed to initialize has nothing to undo.
        }
        made.current = null;
      });
    };
  }, []);

  return (
    <div className={`reveal ${className}`} ref={element}>
      <div className="slides">{children}</div>
    </div>
  );
}
