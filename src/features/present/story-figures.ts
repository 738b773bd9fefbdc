// The numbers a story quotes, computed at show time from the simulator's own output (DESIGN §7): derived
// facts of a model file, one simulated year (run-year.ts) and the example cross-area matter's journey
// (matter-journey.ts), in the step's scenario and seed with its κ and ω if it sets them. Results are
// cached per (model, scenario, seed, κ, ω), so stepping back and forth does not run a year again.
// Pure apart from the cache; the same inputs give the same numbers in Node (tests) and the browser.
import { budgetHolderShares, deriveFacts } from '@/domain/derived-facts';
import type { Model, ValueStatus } from '@/domain/model-schema';
import { combineStatuses, figureStatuses, valueStatus } from '@/domain/value-status';
import type { Scenario } from '@/domain/scenario-schema';
import { wholeBudgetBodySeats } from '@/domain/seat-distribution';
import { STORY_FIGURES, type FigureFormat, type FigureRef } from '@/domain/story-figure-names';
import type { StepState } from '@/domain/story-schema';
import { traceMatterJourney, type JourneyKind, type MatterJourney } from '@/simulation/matter-journey';
import { runYear, type YearResult } from '@/simulation/run-year';

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

function yearFigure(result: YearResult, figure: FigureRef['figure']): number | undefined {
  const year = result.budgetYear;
  switch (figure) {
    case 'trappedSurplus':
      return year.trappedSurplusMsek;
    case 'yearResult':
      return year.resultMsek;
    case 'daysToCover':
      return year.daysToCover.median ?? undefined;
    case 'deviations':
      return year.daysToCover.count;
    case 'appropriations':
      return year.supplementaryAppropriations.count;
    case 'appropriationsMsek':
      return year.supplementaryAppropriations.totalMsek;
    case 'budgetDecisions':
      return year.decisions;
    case 'benefitLost':
      return year.benefitLostMsek;
    case 'overDemand':
      return Math.max(0, result.frameSetting.overDemandRatio - 1);
    case 'allocativeLoss':
      return result.frameSetting.allocativeLossMsek;
    case 'negotiationRounds':
      return result.frameSetting.rounds;
    case 'ksShareOfDecisions':
      return result.concentration.decisionsByCount;
    case 'ksShareOfMoney':
      return result.concentration.decisionsByMoney;
    case 'ksShareOfPositions':
      return result.concentration.positions;
    case 'ksMattersPerMeeting':
      return result.executiveBoardWorkload.mattersPerMeeting;
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

/** The value of one figure in a step's setting; undefined when it cannot be computed (shown as "–"). */
export function figureValue(ref: FigureRef, state: StepState | undefined, world: FigureWorld): number | undefined {
  const model = world.models.get(ref.modelId);
  if (model === undefined) return undefined;
  const source = STORY_FIGURES[ref.figure].source;
  try {
    if (source === 'model') return modelFigure(model, ref.figure);
    const scenario = stepScenario(state, world);
    if (scenario === undefined) return undefined;
    const seed = stepSeed(state, scenario);
    if (source === 'year') return yearFigure(yearOf(model, scenario, seed), ref.figure);
    return journeyFigure(journeyOf(model, scenario, seed), ref.figure);
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
  }
}
