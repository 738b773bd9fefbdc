// The assumption ledger (DESIGN §9): every parameter a simulated year depends on, with its unit, where its
// value comes from (an example value, the model file, a calibration, the organisation itself) and whether
// the working group treats it as agreed or contested. The Simulate view shows it beside the controls, the
// About page lists it in full. Labels, units and one-line explanations are in the message catalogue under
// `ledger.<id>.label|unit|help`. The fixed constants of the engine are listed with their values as the
// simulation code defines them, so the page can never drift from the code.
import { DEVIATION_THRESHOLD_SHARE, FOLLOW_UP_LAG_DAYS, FORECAST_CREDIBILITY_MONTHS } from '@/simulation/budget-year-outcome';
import { CONCESSION_PER_ROUND, MAX_NEGOTIATION_ROUNDS, TOP_DOWN_HOLDER_SHARE } from '@/simulation/frame-setting';
import { MATTER_FLOW_ASSUMPTIONS } from '@/simulation/matter-flow';

export type LedgerSource = 'example' | 'model' | 'calibration' | 'organisation' | 'choice';
export type LedgerStatus = 'agreed' | 'contested';

export interface LedgerEntry {
  id: string;
  source: LedgerSource;
  status: LedgerStatus;
}

/** Parameters of a scenario, editable in the Simulate view. */
export const SCENARIO_LEDGER = [
  { id: 'kappa', source: 'example', status: 'contested' },
  { id: 'omega', source: 'example', status: 'contested' },
  { id: 'shocks', source: 'example', status: 'contested' },
  { id: 'volatilityScale', source: 'example', status: 'contested' },
  { id: 'trend', source: 'example', status: 'agreed' },
  { id: 'surplusSpendShare', source: 'example', status: 'contested' },
  { id: 'matterRates', source: 'example', status: 'agreed' },
  { id: 'referBackProbability', source: 'example', status: 'agreed' },
  { id: 'agendaCapacity', source: 'example', status: 'agreed' },
  { id: 'budgetProcess', source: 'organisation', status: 'agreed' },
  { id: 'lambda', source: 'calibration', status: 'agreed' },
  { id: 'seed', source: 'choice', status: 'agreed' },
  { id: 'runs', source: 'choice', status: 'agreed' },
] as const satisfies readonly LedgerEntry[];

export type ScenarioLedgerId = (typeof SCENARIO_LEDGER)[number]['id'];

/** Values every model file gives per service area (status in the file; the shipped ones are examples). */
export const MODEL_LEDGER = [
  { id: 'netCost', source: 'model', status: 'agreed' },
  { id: 'priorityWeight', source: 'model', status: 'contested' },
  { id: 'flexibility', source: 'model', status: 'contested' },
  { id: 'volatility', source: 'model', status: 'contested' },
  { id: 'calendar', source: 'model', status: 'agreed' },
] as const satisfies readonly LedgerEntry[];

export interface EngineConstant extends LedgerEntry {
  /** The value as the code defines it, in the unit of `ledger.<id>.unit` (shares as per cent). */
  value: number;
}

/** Constants fixed in the simulation code (all example values). */
export const ENGINE_LEDGER = [
  { id: 'deviationThreshold', source: 'example', status: 'agreed', value: DEVIATION_THRESHOLD_SHARE * 100 },
  { id: 'followUpLag', source: 'example', status: 'agreed', value: FOLLOW_UP_LAG_DAYS },
  { id: 'forecastCredibility', source: 'example', status: 'contested', value: FORECAST_CREDIBILITY_MONTHS },
  { id: 'concessionPerRound', source: 'example', status: 'contested', value: CONCESSION_PER_ROUND * 100 },
  { id: 'maxRounds', source: 'example', status: 'agreed', value: MAX_NEGOTIATION_ROUNDS },
  { id: 'topDownShare', source: 'example', status: 'agreed', value: TOP_DOWN_HOLDER_SHARE * 100 },
  { id: 'preparationMin', source: 'example', status: 'agreed', value: MATTER_FLOW_ASSUMPTIONS.preparationMinDays.value },
  { id: 'preparationExtra', source: 'example', status: 'agreed', value: MATTER_FLOW_ASSUMPTIONS.preparationMeanExtraDays.value },
  { id: 'reworkMin', source: 'example', status: 'agreed', value: MATTER_FLOW_ASSUMPTIONS.reworkMinDays.value },
  { id: 'reworkExtra', source: 'example', status: 'agreed', value: MATTER_FLOW_ASSUMPTIONS.reworkMeanExtraDays.value },
] as const satisfies readonly EngineConstant[];

export type LedgerKey<Id extends string, Part extends 'label' | 'unit' | 'help'> = `ledger.${Id}.${Part}`;

/** The catalogue key of one part of an entry's text. */
export function ledgerKey<Id extends string, Part extends 'label' | 'unit' | 'help'>(id: Id, part: Part): LedgerKey<Id, Part> {
  return `ledger.${id}.${part}`;
}
