// Paired comparison of two organisations over the same simulated years (DESIGN §4.0 "Many years,
// paired"): year i of A and year i of B share every random draw, so the difference b − a in year i comes
// from the organisations alone. The headline is the distribution of that difference: its median, its
// 10–90 % band and the share of years in which each organisation does better (ties counted apart).
// Years in which either value is missing (NaN: e.g. no deviation, so no days to cover) are left out and
// counted in `years` only when both exist.
import { quantileOfSorted } from './quantile';

export type Direction = 'lower' | 'higher';

export interface PairedMetric {
  /** Which way is better for this metric. */
  direction: Direction;
  /** Median of b − a over the paired years (0 when there are none). */
  medianDifference: number;
  p10: number;
  p90: number;
  /** Share of paired years in which B is better by more than the tolerance. */
  shareBBetter: number;
  shareABetter: number;
  shareTied: number;
  /** Years in which both values exist. */
  years: number;
}

/** Differences smaller than this count as a tie (the engine computes money to far below a krona). */
export const TIE_TOLERANCE = 1e-9;

/** The differences b − a of the years where both exist, in year order. */
export function pairedDifferences(a: ArrayLike<number>, b: ArrayLike<number>): Float64Array {
  const n = Math.min(a.length, b.length);
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const x = a[i] ?? Number.NaN;
    const y = b[i] ?? Number.NaN;
    if (Number.isFinite(x) && Number.isFinite(y)) out.push(y - x);
  }
  return Float64Array.from(out);
}

export function pairedMetric(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  direction: Direction,
  tolerance: number = TIE_TOLERANCE,
): PairedMetric {
  const differences = pairedDifferences(a, b);
  const years = differences.length;
  let bBetter = 0;
  let aBetter = 0;
  for (const d of differences) {
    if (Math.abs(d) <= tolerance) continue;
    if ((d > 0) === (direction === 'higher')) bBetter++;
    else aBetter++;
  }
  const sorted = differences.slice().sort();
  const share = (count: number): number => (years > 0 ? count / years : 0);
  return {
    direction,
    medianDifference: quantileOfSorted(sorted, 0.5),
    p10: quantileOfSorted(sorted, 0.1),
    p90: quantileOfSorted(sorted, 0.9),
    shareBBetter: share(bBetter),
    shareABetter: share(aBetter),
    shareTied: share(years - bBetter - aBetter),
    years,
  };
}

/**
 * The year (index) whose difference b − a is closest to the median difference: the example year of a
 * comparison, never "year 1". Ties go to the earliest year; −1 when no year has both values.
 */
export function exampleYearIndex(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const median = pairedMetric(a, b, 'higher').medianDifference;
  let best = -1;
  let bestDistance = Number.POSITIVE_INFINITY;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i] ?? Number.NaN;
    const y = b[i] ?? Number.NaN;
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    const distance = Math.abs(y - x - median);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = i;
    }
  }
  return best;
}
