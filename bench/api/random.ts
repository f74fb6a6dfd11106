// Seeded randomness for the synthetic graph. Every entity draws from its own stream, seeded by
// (graph seed, entity kind, index), so entity i is the same whatever the batch size or the
// order of generation: a rerun, or a resumed run, writes identical rows.

export type Random = () => number;

/** mulberry32: small, fast, and good enough for shaping test data (not for cryptography). */
function mulberry32(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a of a short string: turns a stream name into a seed component. */
function hashText(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The random stream of entity `index` of `kind` in the graph seeded by `seed`. */
export function streamOf(seed: number, kind: string, index: number): Random {
  const mixed = Math.imul(hashText(kind) ^ seed, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b);
  const random = mulberry32(mixed);
  random(); // the first output of a fresh mulberry32 state correlates with the seed
  return random;
}

export const intBetween = (random: Random, min: number, max: number): number =>
  min + Math.floor(random() * (max - min + 1));

export const pick = <T>(random: Random, list: readonly T[]): T =>
  list[Math.floor(random() * list.length)]!;

/** Picks a key of `weights` with probability proportional to its weight. */
export function pickWeighted<K extends string>(random: Random, weights: Record<K, number>): K {
  const entries = Object.entries(weights) as [K, number][];
  let rest = random() * entries.reduce((sum, [, w]) => sum + w, 0);
  for (const [key, weight] of entries) {
    rest -= weight;
    if (rest < 0) return key;
  }
  return entries[entries.length - 1]![0];
}

/**
 * Draws indexes 0..n-1 with probability proportional to `weight(i)`, by binary search over the
 * cumulative weights: the skewed degree of real event data (a few hub countries in most events).
 */
export class WeightedIndex {
  private readonly cumulative: Float64Array;

  constructor(weights: readonly number[]) {
    this.cumulative = new Float64Array(weights.length);
    let sum = 0;
    weights.forEach((w, i) => (this.cumulative[i] = sum += w));
  }

  draw(random: Random): number {
    const target = random() * this.cumulative[this.cumulative.length - 1]!;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cumulative[mid]! > target) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  /** `count` distinct indexes (count ≤ n), drawn by weight. */
  drawDistinct(random: Random, count: number): number[] {
    const chosen = new Set<number>();
    while (chosen.size < count) chosen.add(this.draw(random));
    return [...chosen];
  }
}
