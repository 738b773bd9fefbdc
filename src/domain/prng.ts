// The one seeded pseudo-random generator every random draw in the tool comes from (seat lots,
// simulation shocks, matter arrivals), so a result is reproducible from its seed in Node, browser and worker.
// Algorithm: SplitMix32 seeding into sfc32 ("Small Fast Counting" generator by Chris Doty-Humphrey,
// PractRand suite), 32-bit integer arithmetic only, so results are bit-identical on every JS engine.

export interface Prng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  /** Standard normal draw (Box–Muller, one value per call for simplicity of state). */
  normal(): number;
  /** Exponential draw with the given rate (events per unit). */
  exponential(rate: number): number;
  /** The seed this generator was created from. */
  readonly seed: number;
  /**
   * An independent generator for one stream (e.g. "shocks", "matters"), derived from this generator's
   * seed and the label only, so draws in one stream never shift another stream's numbers.
   */
  fork(label: string): Prng;
}

function splitmix32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** FNV-1a hash of a string, used to turn fork labels into seeds. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

export function createPrng(seedInput: number): Prng {
  const seed = Number.isFinite(seedInput) ? Math.trunc(seedInput) >>> 0 : 0;
  const init = splitmix32(seed);
  let a = init();
  let b = init();
  let c = init();
  let d = init();
  const nextUint32 = (): number => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t;
  };
  // Warm up so nearby seeds diverge.
  for (let i = 0; i < 12; i++) nextUint32();
  const next = (): number => nextUint32() / 4294967296;
  return {
    seed,
    next,
    int: (n) => Math.floor(next() * n),
    normal: () => {
      const u = 1 - next(); // (0, 1]
      const w = next();
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * w);
    },
    exponential: (rate) => -Math.log(1 - next()) / rate,
    fork: (label) => createPrng(splitmix32((seed ^ hashString(label)) >>> 0)()),
  };
}
