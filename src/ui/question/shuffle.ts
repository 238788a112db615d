// Option order for one attempt. Seeded, so that a reload shows the options in the same order as
// before; "try again" takes a new seed and so a new order.

/** A small deterministic generator (mulberry32): plenty for shuffling a few options. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The items in an order fixed by the seed and the key (a question id), Fisher–Yates. */
export function shuffled<T>(items: readonly T[], seed: number, key: string): T[] {
  let mixed = seed;
  for (const char of key) mixed = Math.imul(mixed ^ char.charCodeAt(0), 0x01000193);
  const next = random(mixed);
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [result[i], result[j]] = [result[j], result[i]];
  }
  return result;
}

/** An ordering question must not start out already solved: rotate if the shuffle left it in order. */
export function shuffledOutOfOrder<T>(items: readonly T[], seed: number, key: string): T[] {
  const result = shuffled(items, seed, key);
  const unchanged = result.every((item, index) => item === items[index]);
  return unchanged && items.length > 1 ? [...result.slice(1), result[0]] : result;
}

export function newSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0];
}
