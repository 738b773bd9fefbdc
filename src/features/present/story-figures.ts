// The numbers a story quotes, computed at show time from the simulator's own output (DESIGN §7, §4.0):
// derived facts of a model file; many simulated years, paired across organisations (story-runs.ts,
// paired-years.ts) in the step's scenario with its κ and ω; and the example matter's journey in the
// example year — the year whose paired difference is closest to the median, never a lucky seed.
// Pure apart from the caches; the same inputs give the same numbers in Node (tests) and the browser.
import { budgetHolderShares, deriveFacts } from '@/domain/derived-facts';
import type { Model, ValueStatus } from '@/domain/model-schema';
import { combineStatuses, figureStatuses, valueStatus } from '@/domain/value-status';
import type { Scenario } from '@/domain/scenario-schema';
import { wholeBudgetBodySeats } from '@/domain/seat-distribution';
import { narrationParts, parseFigureRef, refModels, STORY_FIGURES, type FigureFormat, type FigureRef } from '@/domain/story-figure-names';
import type { StepState, StoryStep } from '@/domain/story-schema';
import { traceMatterJourney, type JourneyKind, type MatterJourney } from '@/simulation/matter-journey';
import { runYear, type YearResult } from '@/simulation/run-year';
import { exampleYearIndex, pairedYears, yearsSummary } from './paired-years';
import { FIGURE_METRICS, requestRobustness, requestYears, seedOfYear, STORY_RUNS, sweepSetting, SWEEP_VALUES, yearsOf, type RunSetting } from './story-runs';

/** The scenario a step's simulated figures are computed in when it names none. */
export const DEFAULT_STORY_SCENARIO = 'baseline';
const MAX_CACHED = 200;

export interface FigureWorld {
  models: ReadonlyMap<string, Model>;
  scenarios: ReadonlyMap<string, Scenario>;
}

/** The scenario of a step: its named scenario with its κ and ω in place of the scenario's. */
export function stepScenario(state: StepState | undefined, world: FigureWorld): Scenario | undefined {
  const base = world.scenarios.get(state?.scenario ?? DEFAULT_STORY_SCENARIO);
  if (base === undefined) return undefined;
  return { ...base, kappa: state?.kappa ?? base.kappa, omega: state?.omega ?? base.omega };
}

export function stepSeed(state: StepState | undefined, scenario: Scenario): number {
  return state?.seed ?? scenario.seed;
}

const years = new Map<string, YearResult>();
const journeys = new Map<string, MatterJourney>();

function remember<T>(cache: Map<string, T>, key: string, make: () => T): T {
  const found = cache.get(key);
  if (found !== undefined) return found;
  const value = make();
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(key, value);
  return value;
}

const runKey = (model: Model, scenario: Scenario, seed: number): string =>
  `${model.id}|${scenario.id}|${seed}|${scenario.kappa}|${scenario.omega}`;

/** One simulated year of `model`, cached. */
export function yearOf(model: Model, scenario: Scenario, seed: number): YearResult {
  return remember(years, runKey(model, scenario, seed), () => runYear(model, scenario, seed));
}

/** The example matter's journey through `model` (cross-area unless told), cached. */
export function journeyOf(model: Model, scenario: Scenario, seed: number, kind: JourneyKind = 'crossArea'): MatterJourney {
  return remember(journeys, `${runKey(model, scenario, seed)}|${kind}`, () => traceMatterJourney({ model, scenario, seed, kind }));
}

function modelFigure(model: Model, figure: FigureRef['figure']): number | undefined {
  const facts = deriveFacts(model);
  const board = model.bodies.find((body) => body.kind === 'executiveBoard');
  switch (figure) {
    case 'bodies':
      return facts.bodies.total;
    case 'seats':
      return facts.seats.total;
    case 'members':
      return facts.seats.ordinary;
    case 'substitutes':
      return facts.seats.substitute;
    case 'councilSeats':
      return facts.councilSeats.ordinary;
    case 'persons':
      return facts.persons.total;
    case 'budgetHolders':
      return facts.budgetHolders.length;
    case 'nEff':
      return facts.effectiveBudgetHolders;
    case 'interfaces':
      return facts.interfaces.count;
    case 'meetings':
      return facts.meetings.perYear;
    case 'netCost':
      return facts.totalNetCostMsek;
    case 'committees':
      return facts.bodies.byKind.committee;
    case 'subcommittees':
      return facts.bodies.byKind.subcommittee;
    case 'ksMembers':
      return board?.members;
    case 'ksSubstitutes':
      return board?.substitutes;
    case 'wholeBudgetSeats':
      // As the Compare view counts it: KF's ordinary seats plus every seat with a view of the whole budget.
      return facts.councilSeats.ordinary + wholeBudgetBodySeats(model);
    case 'ksBudgetShare':
      return board === undefined ? 0 : (budgetHolderShares(model).get(board.id) ?? 0);
    default:
      return undefined;
  }
}

function journeyFigure(journey: MatterJourney, figure: FigureRef['figure']): number | undefined {
  switch (figure) {
    case 'crossAreaDays':
      return journey.leadTimeDays;
    case 'crossAreaHandovers':
      return journey.routable ? journey.handovers : undefined;
    case 'crossAreaMeetings':
      return journey.routable ? journey.meetings : undefined;
    default:
      return undefined;
  }
}

/** The many-year setting of a step: its scenario (κ, ω applied) and the story's number of years. */
export function stepSetting(state: StepState | undefined, world: FigureWorld): RunSetting | undefined {
  const scenario = stepScenario(state, world);
  return scenario === undefined ? undefined : { scenario, runs: STORY_RUNS };
}

/** Every figure reference a step quotes (takeaway, narration, notes, contested notes, key figures). */
export function stepRefs(step: StoryStep): FigureRef[] {
  const texts = [step.takeaway.sv, step.narration.sv, step.notes.sv, ...(step.contested ?? []).map((c) => c.note.sv)];
  const refs = texts.flatMap((text) => narrationParts(text).flatMap((part) => (part.kind === 'figure' ? [part.ref] : [])));
  for (const text of step.figures ?? []) {
    const parsed = parseFigureRef(text);
    if (parsed.ok) refs.push(parsed.ref);
  }
  return refs;
}

/** The organisations whose years a step needs: the ones it shows and the ones it quotes. */
export function stepRunModels(step: StoryStep, world: FigureWorld): Model[] {
  const ids = new Set(step.state?.models ?? []);
  for (const ref of stepRefs(step)) for (const id of refModels(ref)) ids.add(id);
  return [...ids].flatMap((id) => {
    const model = world.models.get(id);
    return model === undefined ? [] : [model];
  });
}

/** The sweep a step's chart draws: the swept assumption and one setting per value. */
export function stepSweep(step: StoryStep, world: FigureWorld): { parameter: NonNullable<StepState['sweep']>; points: { value: number; setting: RunSetting }[] } | undefined {
  if (step.chart !== 'sweep') return undefined;
  const scenario = stepScenario(step.state, world);
  if (scenario === undefined) return undefined;
  const parameter = step.state?.sweep ?? 'kappa';
  return { parameter, points: (SWEEP_VALUES[parameter] ?? []).map((value) => ({ value, setting: sweepSetting(scenario, parameter, value) })) };
}

/** The headline figure of a step's chart (its first metric; the trapped surplus by default). */
export const headlineFigure = (step: StoryStep): NonNullable<StepState['metrics']>[number] => step.state?.metrics?.[0] ?? 'trappedSurplus';

/**
 * The seed of the step's example year: the year whose paired difference (first against second model) in
 * the headline figure is closest to the median; with one model, the year closest to its median.
 * Undefined until the years are run.
 */
export function exampleSeed(step: StoryStep, world: FigureWorld): number | undefined {
  const setting = stepSetting(step.state, world);
  const key = FIGURE_METRICS[headlineFigure(step)];
  const [first, second] = step.state?.models ?? [];
  if (setting === undefined || key === undefined || first === undefined) return undefined;
  const a = yearsOf(setting, first, key);
  if (a === undefined) return undefined;
  const b = second === undefined ? Float64Array.from(a, () => yearsSummary(a).median) : yearsOf(setting, second, key);
  if (b === undefined) return undefined;
  const index = exampleYearIndex(a, b);
  return index === undefined ? undefined : seedOfYear(setting, index);
}

/** A many-year figure: the median (or band end) of one model, or the paired difference / share of years. */
function runsFigure(ref: FigureRef, setting: RunSetting): number | undefined {
  const key = FIGURE_METRICS[ref.figure];
  if (key === undefined) return undefined;
  const a = yearsOf(setting, ref.modelId, key);
  if (a === undefined) return undefined;
  if (ref.vsModelId === undefined) {
    const summary = yearsSummary(a);
    const value = ref.stat === 'p10' ? summary.p10 : ref.stat === 'p90' ? summary.p90 : summary.median;
    // Over-demand is quoted as the share asked above what revenue allows.
    return ref.figure === 'overDemand' ? Math.max(0, value - 1) : value;
  }
  const b = yearsOf(setting, ref.vsModelId, key);
  if (b === undefined) return undefined;
  const paired = pairedYears(a, b, STORY_FIGURES[ref.figure].better);
  switch (ref.stat) {
    case 'better':
      return paired.better;
    case 'worse':
      return paired.worse;
    case 'ties':
      return paired.ties;
    case 'p10':
      return paired.p10;
    case 'p90':
      return paired.p90;
    default:
      return paired.median;
  }
}

/**
 * The status of one fact of a model file (value-status.ts): as documented as the values it is computed
 * from. Undefined for a simulated figure, which is a result rather than a value of the file: the slide
 * names its scenario, seed and contested assumptions instead. Undefined, too, when the model is unknown.
 */
export function figureStatus(ref: FigureRef, world: FigureWorld): ValueStatus | undefined {
  const model = world.models.get(ref.modelId);
  if (model === undefined) return undefined;
  if (STORY_FIGURES[ref.figure].source !== 'model') return undefined;
  const statuses = figureStatuses(model);
  const board = model.bodies.find((body) => body.kind === 'executiveBoard');
  switch (ref.figure) {
    case 'bodies':
    case 'committees':
    case 'subcommittees':
      return statuses.bodies;
    case 'seats':
    case 'members':
    case 'substitutes':
      return statuses.seats;
    case 'councilSeats':
      return statuses.councilSeats;
    case 'persons':
      return statuses.persons;
    case 'budgetHolders':
      return statuses.budgetHolders;
    case 'nEff':
      return statuses.effectiveBudgetHolders;
    case 'interfaces':
      return statuses.interfaces;
    case 'meetings':
      return statuses.meetings;
    case 'netCost':
      return statuses.totalNetCostMsek;
    case 'ksMembers':
      return board === undefined ? undefined : valueStatus(model, board, 'members');
    case 'ksSubstitutes':
      return board === undefined ? undefined : valueStatus(model, board, 'substitutes');
    case 'wholeBudgetSeats':
      return combineStatuses([statuses.councilSeats, statuses.seats]);
    case 'ksBudgetShare':
      return combineStatuses([statuses.budgetHolders, statuses.totalNetCostMsek]);
    default:
      return undefined;
  }
}


/** The value of one figure in a step's setting; undefined while its years run or when it cannot be computed. */
export function figureValue(ref: FigureRef, state: StepState | undefined, world: FigureWorld, seed?: number): number | undefined {
  const model = world.models.get(ref.modelId);
  if (model === undefined) return undefined;
  const source = STORY_FIGURES[ref.figure].source;
  try {
    if (source === 'model') return modelFigure(model, ref.figure);
    const setting = stepSetting(state, world);
    if (setting === undefined) return undefined;
    if (source === 'runs') return runsFigure(ref, setting);
    if (seed === undefined) return undefined;
    return journeyFigure(journeyOf(model, setting.scenario, seed), ref.figure);
  } catch {
    // The engine does not throw on a valid model; if it ever does, the figure shows as unknown.
    return undefined;
  }
}

/** Formats a value the way the story's reader writes numbers. */
export function formatFigure(
  value: number | undefined,
  format: FigureFormat,
  number: (value: number, fractionDigits?: number) => string,
): string {
  if (value === undefined || !Number.isFinite(value)) return '–';
  switch (format) {
    case 'count':
    case 'days':
      return number(value, 0);
    case 'decimal1':
    case 'msek1':
      return number(value, 1);
    case 'decimal2':
      return number(value, 2);
    case 'msek0':
      return number(value, 0);
    case 'signedMsek1': {
      const text = number(Math.abs(value), 1);
      if (Number(Math.abs(value).toFixed(1)) === 0) return text;
      return `${value > 0 ? '+' : '−'}${text}`;
    }
    case 'percent':
      return `${number(value * 100, 0)} %`;
    case 'signedPercent':
      return signed(value * 100, 0, number, ' %');
    case 'signedCount':
      return signed(value, 0, number);
    case 'signedDecimal1':
      return signed(value, 1, number);
  }
}

function signed(value: number, digits: number, number: (value: number, fractionDigits?: number) => string, unit = ''): string {
  const text = number(Math.abs(value), digits);
  if (Number(Math.abs(value).toFixed(digits)) === 0) return `${text}${unit}`;
  return `${value > 0 ? '+' : '−'}${text}${unit}`;
}

/**
 * Asks for every simulated year a step needs (its organisations in its setting, and a sweep's points);
 * `first` puts them before the years asked for other steps.
 */
export function requestStepYears(step: StoryStep, world: FigureWorld, first = false): void {
  const setting = stepSetting(step.state, world);
  const models = stepRunModels(step, world);
  if (setting === undefined || models.length === 0) return;
  const sweep = stepSweep(step, world);
  // Sweep points go in value order behind the step's own years, each moved to the front when asked first.
  if (sweep !== undefined) for (const point of [...sweep.points].reverse()) requestYears(models.slice(0, 2), point.setting, first);
  requestYears(models, setting, first);
  const pair = models.slice(0, 2);
  if (pair.length === 2 && (step.statement !== undefined || step.chart === 'influence' || step.chart === 'map')) requestRobustness(pair, setting.scenario);
}

/** Computes ahead what the step's chart draws from the example year (its years must have arrived). */
export function warmStep(step: StoryStep, world: FigureWorld): void {
  const seed = exampleSeed(step, world);
  const setting = stepSetting(step.state, world);
  if (seed === undefined || setting === undefined) return;
  for (const id of step.state?.models ?? []) {
    const model = world.models.get(id);
    if (model === undefined) continue;
    try {
      yearOf(model, setting.scenario, seed);
      if (step.view === 'process' || step.chart === 'swimlane') journeyOf(model, setting.scenario, seed, JOURNEY_OF_MATTER[step.state?.matter ?? 'cross-area']);
    } catch {
      // Drawn (or reported) when the step is shown.
    }
  }
}

const JOURNEY_OF_MATTER: Record<NonNullable<StepState['matter']>, JourneyKind> = {
  'single-area': 'singleArea',
  'cross-area': 'crossArea',
  deviation: 'deviation',
  council: 'council',
};
