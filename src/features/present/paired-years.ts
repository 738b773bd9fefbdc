// The many-year figures a story quotes (DESIGN §4.0), in the words of a slide: for one organisation the
// median over the simulated years and its 10–90 % band; for two, the paired difference year by year
// (first minus second) and the share of years in which the first does better, the same or worse — read
// from the engine's paired comparison (simulation/paired-difference.ts), so the slide and the Simulate view
// agree. The example year is the year whose paired difference is closest to the median, never "seed 1".
import type { FigureBetter } from '@/domain/story-figure-names';
import { summarise, type Summary } from '@/simulation/monte-carlo';
import { exampleYearIndex as engineExampleYear, pairedMetric } from '@/simulation/paired-difference';

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

/** The paired comparison of `a` against `b` (difference a − b); with no direction, "better" is "higher". */
export function pairedYears(a: ArrayLike<number>, b: ArrayLike<number>, better: FigureBetter): PairedYears {
  // The engine reports b − a with "B better"; asking it about (b, a) gives a − b and "a better".
  const m = pairedMetric(b, a, better === 'lower' ? 'lower' : 'higher');
  return { median: m.medianDifference, p10: m.p10, p90: m.p90, years: m.years, better: m.shareBBetter, ties: m.shareTied, worse: m.shareABetter };
}

/** The year (index) whose paired difference is closest to the median difference; undefined with none. */
export function exampleYearIndex(a: ArrayLike<number>, b: ArrayLike<number>): number | undefined {
  const index = engineExampleYear(a, b);
  return index < 0 ? undefined : index;
}
