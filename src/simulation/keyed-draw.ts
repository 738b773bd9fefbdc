// Counter-based random draws for the matter engine: the k-th draw of matter `key` in a run depends only on
// (seed, key, k), never on which other matters drew before it. So the order of meetings on one day or the
// model's order of bodies cannot change a matter's drafting times or its återremiss.
/** A 32-bit integer hash with good avalanche (lowbias32, C. Wellons). */
function mix32(value: number): number {
  let x = value >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  x ^= x >>> 16;
  return x >>> 0;
}

/**
 * The k-th uniform draw in [0, 1) of matter `key` in the run with `seed`: a counter-based draw, so a
 * matter's drafting times and återremiss do not depend on which other matters drew before it (the
 * order of meetings on one day, the model's order of bodies).
 */
export function keyedUniform(seed: number, key: number, k: number): number {
  return mix32(seed ^ mix32(Math.imul(key, 0x9e3779b1) ^ mix32(k + 0x632be5ab))) / 4294967296;
}
