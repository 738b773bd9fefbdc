// One robustness analysis end to end (DESIGN §4.6): the user's request (samples, paired years, seed, any
// assumptions narrowed or fixed) → a Latin hypercube over the contested assumptions → paired runs of every
// organisation on every point → per measure the shares, the influence ranking and the PRIM boxes. The
// seed drives both the sample (its own PRNG stream) and the simulated years (seed + j for year j), so a
// result is reproducible from (organisations, scenario, request). Pure; the worker pools split the runs.
import type { Model } from '@/domain/model-schema';
import type { Scenario } from '@/domain/scenario-schema';
import { HEADLINE_MEASURES, type HeadlineMeasure } from './headline-measures';
import { sampleDesign, type SampleDesign } from './latin-hypercube';
import { narrowSpace, type ApplyPoint, type ParameterDimension, type ParameterSpace, type PointValue, type Restriction, type SamplePoint } from './parameter-space';
import { analyseRobustness, type MeasureAnalysis } from './robustness-analysis';
import { runSampleRange, type RunValues, type SampleRangeOptions } from './robustness-runs';

export interface RobustnessRequest {
  samples: number;
  years: number;
  seed: number;
  restrictions?: Readonly<Record<string, Restriction>>;
}

/** The default analysis: 256 points of the space × 20 paired years. */
export const ROBUSTNESS_DEFAULTS = { samples: 256, years: 20, seed: 1 } as const;
export const ROBUSTNESS_LIMITS = { samples: { min: 8, max: 4096 }, years: { min: 1, max: 1000 } } as const;

export interface RobustnessResult {
  organisations: string[];
  /** The dimensions sampled, in column order. */
  dimensions: ParameterDimension[];
  fixed: Record<string, PointValue>;
  samples: number;
  years: number;
  seed: number;
  points: SamplePoint[];
  /** Ids of the measures, in the order of the run values. */
  measures: string[];
  analyses: MeasureAnalysis[];
}

/** The scenario the runs use: the request's seed gives the years. */
export function seededScenario(scenario: Scenario, request: RobustnessRequest): Scenario {
  return { ...scenario, seed: request.seed >>> 0 };
}

export function designOf(space: ParameterSpace, request: RobustnessRequest): SampleDesign {
  const { sampled, fixed } = narrowSpace(space, request.restrictions ?? {});
  return sampleDesign(sampled, fixed, request.samples, request.seed);
}

export function analyseRuns(
  design: SampleDesign,
  organisations: readonly string[],
  runs: RunValues,
  request: RobustnessRequest,
  measures: readonly HeadlineMeasure[] = HEADLINE_MEASURES,
): RobustnessResult {
  const points = design.points.slice(0, runs.samples);
  return {
    organisations: [...organisations],
    dimensions: [...design.dimensions],
    fixed: { ...design.fixed },
    samples: runs.samples,
    years: runs.years,
    seed: request.seed,
    points,
    measures: measures.map((m) => m.id),
    analyses: analyseRobustness({ dimensions: design.dimensions, points, runs, measures, seed: request.seed }),
  };
}

/** The whole analysis on the calling thread (tests, small runs); the pools run the same steps in workers. */
export function runRobustness(
  models: readonly Model[],
  scenario: Scenario,
  space: ParameterSpace,
  apply: ApplyPoint<Scenario>,
  request: RobustnessRequest,
  options: SampleRangeOptions = {},
): RobustnessResult {
  const design = designOf(space, request);
  const runs = runSampleRange(models, seededScenario(scenario, request), apply, design.points, 0, design.points.length, request.years, HEADLINE_MEASURES, options);
  return analyseRuns(design, models.map((m) => m.id), runs, request);
}
