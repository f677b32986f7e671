/** A small seeded PRNG (mulberry32): the same seed gives the same splits on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `text` cut at up to `maxCuts` random offsets into pieces that join back to it. */
export function randomSplit(text: string, random: () => number, maxCuts = 8): string[] {
  const cuts = new Set<number>();
  const count = 1 + Math.floor(random() * maxCuts);
  for (let i = 0; i < count && text.length > 1; i++) cuts.add(1 + Math.floor(random() * (text.length - 1)));
  const offsets = [0, ...Array.from(cuts).sort((a, b) => a - b), text.length];
  const pieces: string[] = [];
  for (let i = 1; i < offsets.length; i++) pieces.push(text.slice(offsets[i - 1], offsets[i]));
  return pieces;
}
