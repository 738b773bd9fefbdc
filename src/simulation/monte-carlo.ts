// Monte Carlo runs and one-parameter sweeps (DESIGN §4.5): many seeds per scenario, shown as a median
// with a 10–90 % band, never as one falsely precise number. Work is split by seed ranges, so a pool of
// workers can run seeds a..b each and the merged result does not depend on how the work was split:
// run i always uses seed (scenario.seed + i) mod 2³², and each run is a pure function of its seed.
import type { Model } from '@/domain/model-schema';
import type { Scenario } from '@/domain/scenario-schema';
import { applySettings, ledgerParameter, type LedgerValue } from './assumption-ledger';
import { quantileOfSorted } from './quantile';
import { prepareYear, runPreparedYear, type YearResult, type YearSetup } from './run-year';

/** The numbers of one run that Monte Carlo summarises (money in MSEK, time in days). */
export const METRIC_KEYS = [
  'frameSetting.demandedMsek',
  'frameSetting.revenueMsek',
  'frameSetting.overDemandRatio',
  'frameSetting.allocativeLossMsek',
  'frameSetting.rounds',
  'frameSetting.calendarDays',
  'budgetYear.resultMsek',
  'budgetYear.netCostMsek',
  'budgetYear.trappedSurplusMsek',
  'budgetYear.decisions',
  'budgetYear.daysToCoverMedian',
  'budgetYear.daysToCoverP90',
  'budgetYear.neverCovered',
  'budgetYear.deviations',
  'budgetYear.benefitLostMsek',
  'budgetYear.supplementaryAppropriationsMsek',
  'budgetYear.supplementaryAppropriations',
  'budgetYear.reserveGrantedMsek',
  'budgetYear.reallocatedMsek',
  'matters.count',
  'matters.decided',
  'matters.leadTimeMedianDays',
  'matters.leadTimeP90Days',
  'matters.handovers',
  'matters.handoversPerMatter',
  'matters.referredBack',
  'matters.reports',
  'concentration.decisionsByCount',
  'concentration.decisionsByMoney',
  'concentration.positions',
  'executiveBoard.mattersPerMeeting',
  'executiveBoard.carriedOver',
  'representation.positions',
  'representation.persons',
  'representation.meetingCostMsek',
] as const;
export type MetricKey = (typeof METRIC_KEYS)[number];
const METRIC_COUNT = METRIC_KEYS.length;

export interface Summary {
  median: number;
  p10: number;
  p90: number;
}

/**
 * Median and 10th/90th percentiles (Hyndman & Fan type 7). Values that are not finite — a run with no
 * deviation has no days-to-cover — are left out; with none left every figure is 0.
 */
export function summarise(values: ArrayLike<number>): Summary {
  const finite: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? Number.NaN;
    if (Number.isFinite(value)) finite.push(value);
  }
  const sorted = Float64Array.from(finite).sort();
  return {
    median: quantileOfSorted(sorted, 0.5),
    p10: quantileOfSorted(sorted, 0.1),
    p90: quantileOfSorted(sorted, 0.9),
  };
}

/** The metrics of one run, in METRIC_KEYS order, written into `into` at `offset`. */
export function writeMetrics(result: YearResult, into: Float64Array, offset: number): void {
  const { frameSetting: f, budgetYear: b, matters: m, concentration: c, executiveBoardWorkload: w, representation: r } =
    result;
  const values = [
    f.demandedMsek,
    f.revenueMsek,
    f.overDemandRatio,
    f.allocativeLossMsek,
    f.rounds,
    f.calendarDays,
    b.resultMsek,
    b.netCostMsek,
    b.trappedSurplusMsek,
    b.decisions,
    b.daysToCover.median ?? Number.NaN,
    b.daysToCover.p90 ?? Number.NaN,
    b.daysToCover.neverCovered,
    b.deviations.length,
    b.benefitLostMsek,
    b.supplementaryAppropriations.totalMsek,
    b.supplementaryAppropriations.count,
    b.reserve.grantedMsek,
    b.reallocatedMsek,
    m.count,
    m.decided,
    m.leadTime.median,
    m.leadTime.p90,
    m.handovers,
    m.handoversPerMatter,
    m.referredBack,
    m.reports,
    c.decisionsByCount,
    c.decisionsByMoney,
    c.positions,
    w.mattersPerMeeting,
    w.carriedOver,
    r.positions,
    r.persons,
    r.meetingCostMsek,
  ];
  for (let k = 0; k < METRIC_COUNT; k++) into[offset + k] = values[k] ?? Number.NaN;
}

/** Metrics of consecutive runs of one model: row r (run seedIndexFrom + r) holds METRIC_KEYS in order. */
export interface MetricsBlock {
  modelId: string;
  /** Index of the first run (run i uses seed scenario.seed + i). */
  runFrom: number;
  runs: number;
  values: Float64Array;
}

export interface SeedRangeOptions {
  /** Called after each run with the runs done so far and the total of this range (over all models). */
  onProgress?(done: number, total: number): void;
  /** Checked between runs; true stops the range early (the blocks then hold only the runs done). */
  shouldStop?(): boolean;
  /** Setups prepared before, one per model in order (saves preparing them again per chunk). */
  setups?: readonly YearSetup[];
}

/** The seed of run `index` of a scenario. */
export function seedOfRun(scenario: Scenario, index: number): number {
  return (scenario.seed + index) >>> 0;
}

/** Runs `runFrom ≤ i < runTo` of every model; one block per model. */
export function runSeedRange(
  models: readonly Model[],
  scenario: Scenario,
  runFrom: number,
  runTo: number,
  options: SeedRangeOptions = {},
): MetricsBlock[] {
  const setups = options.setups ?? models.map((model) => prepareYear(model, scenario));
  const runs = Math.max(0, runTo - runFrom);
  const total = runs * models.length;
  let done = 0;
  const blocks: MetricsBlock[] = [];
  for (const setup of setups) {
    const values = new Float64Array(runs * METRIC_COUNT);
    let completed = 0;
    for (let r = 0; r < runs; r++) {
      if (options.shouldStop?.()) break;
      writeMetrics(runPreparedYear(setup, seedOfRun(scenario, runFrom + r)), values, r * METRIC_COUNT);
      completed++;
      done++;
      options.onProgress?.(done, total);
    }
    blocks.push({
      modelId: setup.model.id,
      runFrom,
      runs: completed,
      values: completed === runs ? values : values.slice(0, completed * METRIC_COUNT),
    });
  }
  return blocks;
}

export type MetricSummaries = Record<MetricKey, Summary>;

export interface ModelSummary {
  modelId: string;
  runs: number;
  metrics: MetricSummaries;
}

/** Merges blocks (in any order) per model, in run order, and summarises each metric. */
export function summariseBlocks(blocks: readonly MetricsBlock[]): ModelSummary[] {
  const byModel = new Map<string, MetricsBlock[]>();
  for (const block of blocks) byModel.set(block.modelId, [...(byModel.get(block.modelId) ?? []), block]);
  return [...byModel.entries()].map(([modelId, list]) => {
    const ordered = [...list].sort((a, b) => a.runFrom - b.runFrom);
    const runs = ordered.reduce((sum, block) => sum + block.runs, 0);
    const column = new Float64Array(runs);
    const metrics = {} as MetricSummaries;
    METRIC_KEYS.forEach((key, k) => {
      let row = 0;
      for (const block of ordered) {
        for (let r = 0; r < block.runs; r++) column[row++] = block.values[r * METRIC_COUNT + k] ?? Number.NaN;
      }
      metrics[key] = summarise(column);
    });
    return { modelId, runs, metrics };
  });
}

/** The values of one metric over the runs of one model, in run order (for histograms). */
export function metricValues(blocks: readonly MetricsBlock[], modelId: string, key: MetricKey): number[] {
  const k = METRIC_KEYS.indexOf(key);
  return blocks
    .filter((block) => block.modelId === modelId)
    .sort((a, b) => a.runFrom - b.runFrom)
    .flatMap((block) => Array.from({ length: block.runs }, (_, r) => block.values[r * METRIC_COUNT + k] ?? Number.NaN));
}

export interface MonteCarloOptions {
  runs: number;
  onProgress?(done: number, total: number): void;
  /** An AbortSignal or anything with `aborted`; checked between runs. */
  signal?: { readonly aborted: boolean };
}

/** Monte Carlo on the calling thread (the worker pools split the same work by seed ranges). */
export function runMonteCarlo(models: readonly Model[], scenario: Scenario, options: MonteCarloOptions): ModelSummary[] {
  const blocks = runSeedRange(models, scenario, 0, Math.max(0, Math.floor(options.runs)), {
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    shouldStop: () => options.signal?.aborted === true,
  });
  return summariseBlocks(blocks);
}

// ---- sweeps ---------------------------------------------------------------------------------------

/**
 * Assumptions a one-parameter sweep can vary: κ, ω, the shocks' size, the volatility, and every
 * structural choice of DESIGN §4.0 (calendar, lag, paper deadline, threshold and its basis, process
 * order, remedies, delegation, agenda capacity and use, in-year ω), each over its ledger range.
 */
export const SWEEP_PARAMETERS = [
  'kappa',
  'omega',
  'shockScale',
  'volatilityScale',
  'omegaInYear',
  'budgetProcess',
  'meetingDayOfMonth',
  'chainStepDays',
  'closeLagDays',
  'paperDeadlineDays',
  'deviationThresholdBasis',
  'deviationThresholdMsek',
  'remedyReserve',
  'remedyReallocation',
  'remedyCarryOver',
  'budgetDelegation',
  'agendaCapacity',
  'reportItemWeight',
] as const;
export type SweepParameter = (typeof SWEEP_PARAMETERS)[number];

/**
 * The value of a swept parameter as the ledger setting it stands for: a number as it is (within the
 * ledger's range), a yes/no as 0/1, a choice as its index in the ledger's choices.
 */
export function sweepSetting(parameter: SweepParameter, value: number): LedgerValue {
  const entry = ledgerParameter(parameter);
  if (entry === undefined) return value;
  if (entry.kind === 'boolean') return value >= 0.5;
  if (entry.kind === 'choice') {
    const choices = entry.choices ?? [];
    return choices[Math.min(choices.length - 1, Math.max(0, Math.round(value)))] ?? entry.default;
  }
  const clamped = Math.min(entry.max ?? value, Math.max(entry.min ?? value, value));
  return entry.kind === 'integer' ? Math.round(clamped) : clamped;
}

/** The scenario with one parameter set (through the ledger, validated); unchanged if the value is refused. */
export function withParameter(scenario: Scenario, parameter: SweepParameter, value: number): Scenario {
  const result = applySettings(scenario, { [parameter]: sweepSetting(parameter, value) });
  return result.ok ? result.scenario : scenario;
}

export interface SweepPoint {
  value: number;
  models: ModelSummary[];
}

export interface SweepOptions extends MonteCarloOptions {
  parameter: SweepParameter;
  values: readonly number[];
}

/**
 * One parameter varied over `values`; at each value every model runs the same seeds (common random
 * numbers), so differences along the series come from the parameter, not from the draws.
 */
export function sweep(models: readonly Model[], scenario: Scenario, options: SweepOptions): SweepPoint[] {
  const total = options.values.length * models.length * Math.max(0, Math.floor(options.runs));
  let before = 0;
  const points: SweepPoint[] = [];
  for (const value of options.values) {
    if (options.signal?.aborted === true) break;
    const blocks = runSeedRange(models, withParameter(scenario, options.parameter, value), 0, options.runs, {
      onProgress: (done) => options.onProgress?.(before + done, total),
      shouldStop: () => options.signal?.aborted === true,
    });
    before += blocks.reduce((sum, block) => sum + block.runs, 0);
    points.push({ value, models: summariseBlocks(blocks) });
  }
  return points;
}

/** The series of one metric along a sweep, per model: [{ value, median, p10, p90 }]. */
export function sweepSeries(
  points: readonly SweepPoint[],
  modelId: string,
  key: MetricKey,
): ({ value: number } & Summary)[] {
  return points.flatMap((point) => {
    const summary = point.models.find((m) => m.modelId === modelId)?.metrics[key];
    return summary === undefined ? [] : [{ value: point.value, ...summary }];
  });
}
