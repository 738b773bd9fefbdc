// Which organisation comes out ahead at each value of a swept assumption (DESIGN §9, robustness): on one
// output, the organisation whose median is best wins at that value, unless the runner-up is within the
// output's tolerance or 5 % of the larger median — then it is too close to call. Consecutive values with
// the same verdict are merged into ranges, which the view turns into sentences. Pure.
import type { SweepPoint } from '@/simulation/monte-carlo';
import type { OutputMetric } from './outputs';

export const RELATIVE_TOLERANCE = 0.05;

/** Index (in `modelIds`) of the organisation ahead at each point, or undefined when too close to call. */
export function leadersAlong(points: readonly SweepPoint[], modelIds: readonly string[], output: OutputMetric): (number | undefined)[] {
  return points.map((point) => {
    const medians = modelIds.map((id) => point.models.find((m) => m.modelId === id)?.metrics[output.key].median ?? Number.NaN);
    const ranked = medians
      .map((median, index) => ({ median, index }))
      .filter((entry) => Number.isFinite(entry.median))
      .sort((a, b) => (output.better === 'higher' ? b.median - a.median : a.median - b.median));
    const best = ranked[0];
    const second = ranked[1];
    if (best === undefined || second === undefined) return undefined;
    const gap = Math.abs(best.median - second.median);
    const tolerance = Math.max(output.tolerance, RELATIVE_TOLERANCE * Math.max(Math.abs(best.median), Math.abs(second.median)));
    return gap > tolerance ? best.index : undefined;
  });
}

export interface LeaderRange {
  leader: number | undefined;
  from: number;
  to: number;
}

/** Consecutive values with the same verdict, as ranges of the swept value. */
export function leaderRanges(values: readonly number[], leaders: readonly (number | undefined)[]): LeaderRange[] {
  const ranges: LeaderRange[] = [];
  values.forEach((value, i) => {
    const leader = leaders[i];
    const last = ranges[ranges.length - 1];
    if (last !== undefined && last.leader === leader) last.to = value;
    else ranges.push({ leader, from: value, to: value });
  });
  return ranges;
}

/** The values a sweep runs over for each assumption: the whole range in even steps. */
export const SWEEP_VALUES = {
  kappa: [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1],
  omega: [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1],
  shockScale: [0, 0.25, 0.5, 0.75, 1, 1.25, 1.5, 1.75, 2],
  volatilityScale: [0, 0.25, 0.5, 0.75, 1, 1.25, 1.5, 1.75, 2],
} as const;

/** Runs per value of a sweep: enough for a stable median, few enough to finish in seconds. */
export const SWEEP_RUNS = 100;
