// One assumption at a time, kept beside the joint analysis (DESIGN §4.5, §4.6): the assumption set to
// evenly spaced values over its range while every other assumption keeps the scenario's value (or the
// value the user fixed), every organisation running the same years at each value; per value the paired
// difference between two organisations — its median and 10–90 % band over the years, signed so that up
// favours the first — and the share of years each does better beyond the measure's margin. Pure.
import { quantileOfSorted } from '@/simulation/quantile';
import { levelCount, valueAt, type ParameterDimension, type PointValue, type SamplePoint } from './parameter-space';
import type { MeasureSpec } from './robustness-analysis';
import { valueIndex, type RunValues } from './robustness-runs';

export const SWEEP_STEPS = 11;
/** Paired years per value of a one-at-a-time sweep. */
export const SWEEP_YEARS = 100;

/** The values a sweep tries: 11 even steps for a number, every value of a short discrete dimension. */
export function sweepValues(dimension: ParameterDimension): PointValue[] {
  const levels = levelCount(dimension);
  if (levels <= SWEEP_STEPS) return Array.from({ length: levels }, (_, i) => valueAt(dimension, (i + 0.5) / levels));
  if (dimension.kind === 'integer') {
    const values = Array.from({ length: SWEEP_STEPS }, (_, i) => Math.round(dimension.min + ((dimension.max - dimension.min) * i) / (SWEEP_STEPS - 1)));
    return [...new Set(values)];
  }
  return Array.from({ length: SWEEP_STEPS }, (_, i) => dimension.min + ((dimension.max - dimension.min) * i) / (SWEEP_STEPS - 1));
}

export function sweepPoints(dimension: ParameterDimension, fixed: Readonly<Record<string, PointValue>>): SamplePoint[] {
  return sweepValues(dimension).map((value) => ({ ...fixed, [dimension.id]: value }));
}

export interface PairedSweepPoint {
  median: number;
  p10: number;
  p90: number;
  /** Shares of the years with a value in which each does better beyond the margin. */
  shareFirst: number;
  shareSecond: number;
  years: number;
}

export function pairedSweep(runs: RunValues, measureIndex: number, spec: MeasureSpec, first: number, second: number): PairedSweepPoint[] {
  const sign = spec.better === 'lower' ? -1 : 1;
  return Array.from({ length: runs.samples }, (_, s) => {
    const diffs: number[] = [];
    let a = 0;
    let b = 0;
    for (let y = 0; y < runs.years; y++) {
      const x1 = runs.values[valueIndex(runs, s, first, y, measureIndex)] ?? Number.NaN;
      const x2 = runs.values[valueIndex(runs, s, second, y, measureIndex)] ?? Number.NaN;
      if (!Number.isFinite(x1) || !Number.isFinite(x2)) continue;
      const d = sign * (x1 - x2);
      diffs.push(d);
      if (d > spec.margin) a++;
      else if (d < -spec.margin) b++;
    }
    const sorted = Float64Array.from(diffs).sort();
    const n = diffs.length;
    return {
      median: n > 0 ? quantileOfSorted(sorted, 0.5) : Number.NaN,
      p10: n > 0 ? quantileOfSorted(sorted, 0.1) : Number.NaN,
      p90: n > 0 ? quantileOfSorted(sorted, 0.9) : Number.NaN,
      shareFirst: n > 0 ? a / n : 0,
      shareSecond: n > 0 ? b / n : 0,
      years: n,
    };
  });
}
