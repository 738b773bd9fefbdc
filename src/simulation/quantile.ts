// Sample quantiles for the simulation's outputs (medians, 10th and 90th percentiles).
// Method: linear interpolation between order statistics, Hyndman & Fan (1996) definition 7 — the default
// of R's quantile() and NumPy's percentile() — so figures can be checked with either tool.

/** The q-quantile (0 ≤ q ≤ 1) of values already sorted ascending; 0 for an empty list. */
export function quantileOfSorted(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return 0;
  const position = (n - 1) * Math.min(1, Math.max(0, q));
  const lower = Math.floor(position);
  const upper = Math.min(n - 1, lower + 1);
  const low = sorted[lower] ?? 0;
  const high = sorted[upper] ?? 0;
  return low + (high - low) * (position - lower);
}

/** The q-quantile of unsorted values (the input is not changed); 0 for an empty list. */
export function quantile(values: ArrayLike<number>, q: number): number {
  const sorted = Float64Array.from(values as ArrayLike<number>).sort();
  return quantileOfSorted(sorted, q);
}
