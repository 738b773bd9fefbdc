// The simulation runs of a robustness analysis (DESIGN §4.0, §4.6): on every sampled point of the
// assumption space, every organisation runs the same simulated years — year j always uses the scenario's
// seed + j, whatever the point and the organisation (common random numbers), so a paired difference comes
// from the organisation and the assumptions, never from different draws. Samples are independent, so a pool
// of workers can run sample ranges a..b each and the merged values do not depend on how the work was split.
import type { Model } from '@/domain/model-schema';
import type { Scenario } from '@/domain/scenario-schema';
import { seedOfRun } from '@/simulation/monte-carlo';
import { prepareYear, runPreparedYear } from '@/simulation/run-year';
import type { HeadlineMeasure } from './headline-measures';
import type { ApplyPoint, SamplePoint } from './parameter-space';

/** Values laid out [sample][organisation][year][measure], row-major. */
export interface RunValues {
  samples: number;
  organisations: number;
  years: number;
  measures: number;
  values: Float64Array;
}

export function valueIndex(shape: Omit<RunValues, 'values'>, sample: number, organisation: number, year: number, measure: number): number {
  return ((sample * shape.organisations + organisation) * shape.years + year) * shape.measures + measure;
}

export interface SampleRangeOptions {
  /** Called after each sample with the year runs done so far and the total of this range. */
  onProgress?(done: number, total: number): void;
  /** Checked between samples; true stops early (the values then hold only the samples done). */
  shouldStop?(): boolean;
}

/** Samples from ≤ i < to of `points`: every organisation, years 0 … years − 1, every measure. */
export function runSampleRange(
  models: readonly Model[],
  scenario: Scenario,
  apply: ApplyPoint<Scenario>,
  points: readonly SamplePoint[],
  from: number,
  to: number,
  years: number,
  measures: readonly HeadlineMeasure[],
  options: SampleRangeOptions = {},
): RunValues {
  const samples = Math.max(0, Math.min(to, points.length) - from);
  const shape = { samples, organisations: models.length, years, measures: measures.length };
  const values = new Float64Array(samples * models.length * years * measures.length);
  const total = samples * models.length * years;
  let done = 0;
  let completed = 0;
  const seeds = Array.from({ length: years }, (_, j) => seedOfRun(scenario, j));
  for (let s = 0; s < samples; s++) {
    if (options.shouldStop?.()) break;
    const point = points[from + s] ?? {};
    const sampled = apply(scenario, point);
    models.forEach((model, o) => {
      const setup = prepareYear(model, sampled);
      for (let y = 0; y < years; y++) {
        const result = runPreparedYear(setup, seeds[y] ?? 0);
        const base = valueIndex(shape, s, o, y, 0);
        for (let k = 0; k < measures.length; k++) values[base + k] = measures[k]?.value(result) ?? Number.NaN;
      }
      done += years;
    });
    completed++;
    options.onProgress?.(done, total);
  }
  return completed === samples
    ? { ...shape, values }
    : { ...shape, samples: completed, values: values.slice(0, completed * models.length * years * measures.length) };
}

/** Joins ranges run in order of their samples (same organisations, years and measures). */
export function concatRunValues(parts: readonly RunValues[]): RunValues {
  const first = parts[0];
  if (first === undefined) return { samples: 0, organisations: 0, years: 0, measures: 0, values: new Float64Array(0) };
  const values = new Float64Array(parts.reduce((sum, part) => sum + part.values.length, 0));
  let offset = 0;
  for (const part of parts) {
    values.set(part.values, offset);
    offset += part.values.length;
  }
  return { ...first, samples: parts.reduce((sum, part) => sum + part.samples, 0), values };
}
