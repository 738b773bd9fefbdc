// The simulated years behind a story's figures, computed at show time (DESIGN §7, §4.0): every
// organisation a step names runs the same many years (1,000 in a story; run i uses seed scenario.seed + i,
// so organisations run separately still pair year by year), in the step's scenario with its κ and ω; a
// sweep runs fewer years at each value of the swept assumption. Runs go to Web Workers off the main
// thread, one job at a time in the order asked (the current step first, then the next, then the rest), and
// are kept per (organisation, scenario setting), so stepping back and forth never runs a year twice.
// React reads the store through `useStoryRuns` (useSyncExternalStore): a slide redraws when its years arrive.
import { useSyncExternalStore } from 'react';
import type { Model } from '@/domain/model-schema';
import type { Scenario } from '@/domain/scenario-schema';
import type { StoryFigureName } from '@/domain/story-figure-names';
import { createBrowserRobustnessPool } from '@/analysis/browser-robustness-pool';
import { applyLedgerPoint, LEDGER_PARAMETER_SPACE } from '@/analysis/ledger-parameter-space';
import { runRobustness, type RobustnessRequest, type RobustnessResult } from '@/analysis/robustness-design';
import type { RobustnessPool } from '@/analysis/robustness-pool';
import { createBrowserWorkerPool } from '@/simulation/browser-worker-pool';
import { METRIC_KEYS, runSeedRange, seedOfRun, withParameter, type MetricKey, type MetricsBlock, type SweepParameter } from '@/simulation/monte-carlo';
import type { SimulationPool } from '@/simulation/simulation-pool';

/** Years per organisation in a story (DESIGN §4.0: 1,000 in stories). */
export const STORY_RUNS = 1000;
/** Years per value of a swept assumption (nine values: 9 × 250 years per organisation). */
export const SWEEP_RUNS = 250;
/** The values a sweep of κ or ω visits. */
export const SWEEP_VALUES: Readonly<Partial<Record<SweepParameter, readonly number[]>>> = {
  kappa: [0, 0.125, 0.25, 0.375, 0.5, 0.625, 0.75, 0.875, 1],
  omega: [0, 0.125, 0.25, 0.375, 0.5, 0.625, 0.75, 0.875, 1],
  shockScale: [0, 0.25, 0.5, 0.75, 1, 1.25, 1.5, 1.75, 2],
  volatilityScale: [0, 0.25, 0.5, 0.75, 1, 1.25, 1.5, 1.75, 2],
};

/** The simulated figure each story figure reads. */
export const FIGURE_METRICS: Partial<Record<StoryFigureName, MetricKey>> = {
  trappedSurplus: 'budgetYear.trappedSurplusMsek',
  yearResult: 'budgetYear.resultMsek',
  daysToCover: 'budgetYear.daysToCoverMedian',
  deviations: 'budgetYear.deviations',
  appropriations: 'budgetYear.supplementaryAppropriations',
  appropriationsMsek: 'budgetYear.supplementaryAppropriationsMsek',
  budgetDecisions: 'budgetYear.decisions',
  benefitLost: 'budgetYear.benefitLostMsek',
  overDemand: 'frameSetting.overDemandRatio',
  allocativeLoss: 'frameSetting.allocativeLossMsek',
  negotiationRounds: 'frameSetting.rounds',
  ksShareOfDecisions: 'concentration.decisionsByCount',
  ksShareOfMoney: 'concentration.decisionsByMoney',
  ksShareOfPositions: 'concentration.positions',
  ksMattersPerMeeting: 'executiveBoard.mattersPerMeeting',
  leadTime: 'matters.leadTimeMedianDays',
  handoversPerMatter: 'matters.handoversPerMatter',
};

/** One scenario setting the years are run in: the scenario (with κ, ω or a swept value applied) and how many years. */
export interface RunSetting {
  scenario: Scenario;
  runs: number;
}

export const settingKey = (setting: RunSetting): string => {
  const s = setting.scenario;
  return `${s.id}|${s.seed}|${s.kappa}|${s.omega}|${s.volatilityScale}|${JSON.stringify(s.shocks)}|${setting.runs}`;
};

/** The setting of a sweep point: the step's scenario with the swept assumption at `value`. */
export function sweepSetting(scenario: Scenario, parameter: SweepParameter, value: number): RunSetting {
  return { scenario: withParameter(scenario, parameter, value), runs: SWEEP_RUNS };
}

/** The seed of year `index` in a setting (for the example year's pipes and journey). */
export const seedOfYear = (setting: RunSetting, index: number): number => seedOfRun(setting.scenario, index);

/**
 * The robustness analysis a story step quotes (DESIGN §4.6): every contested assumption of the ledger
 * sampled together, the two organisations paired on each point. Smaller than the Simulate view's default
 * so a story's analyses finish while the first slides are shown; the slide says how large it is.
 */
export const STORY_ROBUSTNESS: Omit<RobustnessRequest, 'seed'> = { samples: 128, years: 10 };

export const robustnessKey = (models: readonly Model[], scenario: Scenario): string =>
  `${models.map((m) => m.id).join('~')}|${settingKey({ scenario, runs: STORY_ROBUSTNESS.samples * STORY_ROBUSTNESS.years })}`;

/** Runs one robustness analysis of a pair of organisations in a scenario. */
export type RobustnessRunner = (models: readonly Model[], scenario: Scenario) => Promise<RobustnessResult>;

const requestFor = (scenario: Scenario): RobustnessRequest => ({ ...STORY_ROBUSTNESS, seed: scenario.seed });

export const robustnessOnThisThread: RobustnessRunner = (models, scenario) =>
  Promise.resolve(runRobustness(models, scenario, LEDGER_PARAMETER_SPACE, applyLedgerPoint, requestFor(scenario)));

let robustnessPool: RobustnessPool | undefined;
const robustnessWorkers: RobustnessRunner = (models, scenario) => {
  if (typeof Worker === 'undefined') return robustnessOnThisThread(models, scenario);
  robustnessPool ??= createBrowserRobustnessPool();
  return robustnessPool.analyse(models, scenario, LEDGER_PARAMETER_SPACE, requestFor(scenario));
};

/** Runs the years of some models in one setting; resolves with one block per model. */
export type YearsRunner = (models: readonly Model[], setting: RunSetting) => Promise<MetricsBlock[]>;

/** Runs on the calling thread (Node tests, and a browser without workers). */
export const runOnThisThread: YearsRunner = (models, setting) =>
  Promise.resolve(runSeedRange(models, setting.scenario, 0, setting.runs));

let pool: SimulationPool | undefined;
const workerRunner: YearsRunner = async (models, setting) => {
  if (typeof Worker === 'undefined') return runOnThisThread(models, setting);
  pool ??= createBrowserWorkerPool();
  const result = await pool.runMonteCarlo(models, setting.scenario, { runs: setting.runs });
  return result.blocks;
};

type Job = { kind: 'years'; setting: RunSetting; models: Model[] } | { kind: 'robustness'; key: string; models: Model[]; scenario: Scenario };

/** Kept years: per setting key, per model id, the block of all its years. */
const years = new Map<string, Map<string, MetricsBlock[]>>();
const analyses = new Map<string, RobustnessResult | 'failed'>();
const asked = new Set<string>();
const failed = new Set<string>();
let queue: Job[] = [];
let running = false;
let version = 0;
let runner: YearsRunner = workerRunner;
let robustnessRunner: RobustnessRunner = robustnessWorkers;
const listeners = new Set<() => void>();

function changed(): void {
  version++;
  for (const listener of listeners) listener();
}

/** Replaces the runners (tests run on this thread); forgets every kept year and analysis. */
export function setYearsRunner(next: YearsRunner, nextRobustness: RobustnessRunner = robustnessOnThisThread): void {
  runner = next;
  robustnessRunner = nextRobustness;
  years.clear();
  analyses.clear();
  asked.clear();
  failed.clear();
  queue = [];
  changed();
}

const modelKey = (setting: RunSetting, model: Model): string => `${settingKey(setting)}#${model.id}`;

async function pump(): Promise<void> {
  if (running) return;
  running = true;
  try {
    for (let job = queue.shift(); job !== undefined; job = queue.shift()) {
      if (job.kind === 'robustness') {
        try {
          analyses.set(job.key, await robustnessRunner(job.models, job.scenario));
        } catch {
          analyses.set(job.key, 'failed');
        }
        changed();
        continue;
      }
      const key = settingKey(job.setting);
      try {
        const blocks = await runner(job.models, job.setting);
        const kept = years.get(key) ?? new Map<string, MetricsBlock[]>();
        for (const block of blocks) kept.set(block.modelId, [...(kept.get(block.modelId) ?? []), block]);
        years.set(key, kept);
      } catch {
        for (const model of job.models) failed.add(modelKey(job.setting, model));
      }
      changed();
    }
  } finally {
    running = false;
    changed();
  }
}

/**
 * Asks for the years of `models` in `setting`. Already kept or asked ones are skipped; `first` puts the
 * job before every waiting one (the step on the screen goes before the steps prepared ahead).
 */
export function requestYears(models: readonly Model[], setting: RunSetting, first = false): void {
  const missing = models.filter((model) => !asked.has(modelKey(setting, model)));
  if (missing.length === 0) {
    if (first) {
      // Move a waiting job for this setting to the front.
      const key = settingKey(setting);
      const at = queue.findIndex((job) => job.kind === 'years' && settingKey(job.setting) === key);
      if (at > 0) queue.unshift(...queue.splice(at, 1));
    }
    return;
  }
  for (const model of missing) asked.add(modelKey(setting, model));
  const job: Job = { kind: 'years', setting, models: missing };
  if (first) queue.unshift(job);
  else queue.push(job);
  void pump();
}

/** Asks for the robustness analysis of a pair in a scenario (once; after the years already asked for). */
export function requestRobustness(models: readonly Model[], scenario: Scenario): void {
  const key = robustnessKey(models, scenario);
  if (asked.has(key)) return;
  asked.add(key);
  queue.push({ kind: 'robustness', key, models: [...models], scenario });
  void pump();
}

/** The analysis of a pair in a scenario; undefined until it has run, 'failed' if it could not. */
export function robustnessOf(models: readonly Model[], scenario: Scenario): RobustnessResult | 'failed' | undefined {
  return analyses.get(robustnessKey(models, scenario));
}

/** The values of one metric over the years of `modelId` in `setting`, in year order; undefined until run. */
export function yearsOf(setting: RunSetting, modelId: string, key: MetricKey): Float64Array | undefined {
  const blocks = years.get(settingKey(setting))?.get(modelId);
  if (blocks === undefined) return undefined;
  const k = METRIC_KEYS.indexOf(key);
  const width = METRIC_KEYS.length;
  const ordered = [...blocks].sort((a, b) => a.runFrom - b.runFrom);
  const total = ordered.reduce((sum, block) => sum + block.runs, 0);
  const out = new Float64Array(total);
  let row = 0;
  for (const block of ordered) for (let r = 0; r < block.runs; r++) out[row++] = block.values[r * width + k] ?? Number.NaN;
  return out;
}

/** Whether the years of every model are kept (or failed, so waiting is over). */
export function yearsSettled(setting: RunSetting, modelIds: readonly string[]): boolean {
  const kept = years.get(settingKey(setting));
  return modelIds.every((id) => kept?.has(id) === true || failed.has(`${settingKey(setting)}#${id}`));
}

export function yearsFailed(setting: RunSetting, modelId: string): boolean {
  return failed.has(`${settingKey(setting)}#${modelId}`);
}

/** Resolves when no job is waiting or running (the handout waits for every figure). */
export function whenIdle(): Promise<void> {
  return new Promise((resolve) => {
    const check = (): void => {
      if (!running && queue.length === 0) {
        listeners.delete(check);
        resolve();
      }
    };
    listeners.add(check);
    check();
  });
}

const subscribe = (listener: () => void): (() => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** A number that changes whenever years arrive; components that read the store call it to redraw. */
export function useStoryRuns(): number {
  return useSyncExternalStore(subscribe, () => version, () => version);
}
