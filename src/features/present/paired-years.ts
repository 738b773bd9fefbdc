// The many-year figures a story quotes (DESIGN §4.0): for one organisation the median over the simulated
// years and its 10–90 % band; for two organisations the paired difference year by year (both ran the same
// years, common random numbers) with its median and band, and the share of years in which the first does
// better, the same or worse — ties counted apart. The example year is the year whose paired difference is
// closest to the median (never "seed 1"). Pure functions over the columns of per-year values.
import { summarise, type Summary } from '@/simulation/monte-carlo';
import type { FigureBetter } from '@/domain/story-figure-names';

/** Two years count as equal when their values differ by less than this (MSEK, days or shares). */
export const TIE_TOLERANCE = 1e-9;

export interface PairedYears extends Summary {
  /** Years compared: both values known (a year with no deviation has no days-to-cover). */
  years: number;
  /** Shares of `years` in which the first is better, equal, worse (sum 1; all 0 with no years). */
  better: number;
  ties: number;
  worse: number;
}

/** Median and 10–90 % band over the years (unknown years left out). */
export function yearsSummary(values: ArrayLike<number>): Summary {
  return summarise(values);
}

/** The differences a − b of the years where both are known, in year order, with their year index. */
function differences(a: ArrayLike<number>, b: ArrayLike<number>): { index: number; diff: number }[] {
  const n = Math.min(a.length, b.length);
  const out: { index: number; diff: number }[] = [];
  for (let i = 0; i < n; i++) {
    const x = a[i] ?? Number.NaN;
    const y = b[i] ?? Number.NaN;
    if (Number.isFinite(x) && Number.isFinite(y)) out.push({ index: i, diff: x - y });
  }
  return out;
}

/** The paired comparison of a against b; `better` says which direction is better for this figure. */
export function pairedYears(a: ArrayLike<number>, b: ArrayLike<number>, better: FigureBetter): PairedYears {
  const diffs = differences(a, b);
  const summary = summarise(diffs.map((d) => d.diff));
  let up = 0;
  let down = 0;
  let same = 0;
  for (const { diff } of diffs) {
    if (Math.abs(diff) < TIE_TOLERANCE) same++;
    else if (diff > 0) up++;
    else down++;
  }
  const years = diffs.length;
  const share = (count: number): number => (years === 0 ? 0 : count / years);
  // With no direction (a share of decisions, say) "better" is simply "higher".
  const [betterCount, worseCount] = better === 'lower' ? [down, up] : [up, down];
  return { ...summary, years, better: share(betterCount), ties: share(same), worse: share(worseCount) };
}

/** The year (index) whose paired difference is closest to the median difference; the first such year. */
export function exampleYearIndex(a: ArrayLike<number>, b: ArrayLike<number>): number | undefined {
  const diffs = differences(a, b);
  if (diffs.length === 0) return undefined;
  const { median } = summarise(diffs.map((d) => d.diff));
  let best = diffs[0];
  for (const d of diffs) {
    if (best === undefined || Math.abs(d.diff - median) < Math.abs(best.diff - median) - TIE_TOLERANCE) best = d;
  }
  return best?.index;
}
