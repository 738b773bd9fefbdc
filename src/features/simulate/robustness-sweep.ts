// Which organisation comes out ahead at each value of a swept assumption (DESIGN §9, robustness): on one
// output, the organisation whose median is best wins at that value, unless the runner-up is within the
// output's tolerance or 5 % of the larger median — then they share the lead, and when all do it is too
// close to call. Consecutive values with
// the same verdict are merged into ranges, which the view turns into sentences. Pure.
import { ledgerParameter } from '@/simulation/assumption-ledger';
import { SWEEP_PARAMETERS, type SweepParameter, type SweepPoint } from '@/simulation/monte-carlo';
import type { OutputMetric } from './outputs';

export const RELATIVE_TOLERANCE = 0.05;

/**
 * The organisations ahead at each point, as indices into `modelIds`: the best one and any within the
 * tolerance of it (two organisations can share the lead over a third); undefined when every organisation
 * is within the tolerance of the best (too close to call).
 */
export function leadersAlong(points: readonly SweepPoint[], modelIds: readonly string[], output: OutputMetric): (number[] | undefined)[] {
  return points.map((point) => {
    const medians = modelIds.map((id) => point.models.find((m) => m.modelId === id)?.metrics[output.key].median ?? Number.NaN);
    const ranked = medians
      .map((median, index) => ({ median, index }))
      .filter((entry) => Number.isFinite(entry.median))
      .sort((a, b) => (output.better === 'higher' ? b.median - a.median : a.median - b.median));
    const best = ranked[0];
    if (best === undefined || ranked.length < 2) return undefined;
    const close = (other: { median: number }) =>
      Math.abs(best.median - other.median) <=
      Math.max(output.tolerance, RELATIVE_TOLERANCE * Math.max(Math.abs(best.median), Math.abs(other.median)));
    const ahead = ranked.filter(close).map((entry) => entry.index).sort((a, b) => a - b);
    return ahead.length === ranked.length ? undefined : ahead;
  });
}

export interface LeaderRange {
  leader: number[] | undefined;
  from: number;
  to: number;
}

/** Consecutive values with the same verdict, as ranges of the swept value. */
export function leaderRanges(values: readonly number[], leaders: readonly (number[] | undefined)[]): LeaderRange[] {
  const same = (a: number[] | undefined, b: number[] | undefined) => (a ?? []).join(',') === (b ?? []).join(',');
  const ranges: LeaderRange[] = [];
  values.forEach((value, i) => {
    const leader = leaders[i];
    const last = ranges[ranges.length - 1];
    if (last !== undefined && same(last.leader, leader)) last.to = value;
    else ranges.push({ leader, from: value, to: value });
  });
  return ranges;
}

/** The values a sweep runs over for each assumption: the whole ledger range in even steps. */
export const SWEEP_VALUES: Record<SweepParameter, readonly number[]> = Object.fromEntries(
  SWEEP_PARAMETERS.map((parameter) => [parameter, sweepValuesOf(parameter)]),
) as unknown as Record<SweepParameter, readonly number[]>;

function sweepValuesOf(parameter: SweepParameter): number[] {
  switch (parameter) {
    case 'kappa':
    case 'omega':
    case 'omegaInYear':
      return [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1];
    case 'shockScale':
    case 'volatilityScale':
      return [0, 0.25, 0.5, 0.75, 1, 1.25, 1.5, 1.75, 2];
    default: {
      const entry = ledgerParameter(parameter);
      if (entry === undefined) return [];
      if (entry.kind === 'boolean') return [0, 1];
      if (entry.kind === 'choice') return (entry.choices ?? []).map((_, i) => i);
      const min = entry.min ?? 0;
      const max = entry.max ?? 1;
      const steps = 8;
      const values = Array.from({ length: steps + 1 }, (_, i) => min + ((max - min) * i) / steps);
      return entry.kind === 'integer' ? [...new Set(values.map((v) => Math.round(v)))] : values.map((v) => Math.round(v * 1e6) / 1e6);
    }
  }
}

/** Runs per value of a sweep: enough for a stable median, few enough to finish in seconds. */
export const SWEEP_RUNS = 100;
