// The assumption ledger (DESIGN §4.0, §9): every parameter a simulated year depends on, as data — its
// scenario key, kind, unit, range (min/max or choices), the value used when a scenario file does not give
// it, where the value comes from (an example, the model file, a calibration, a choice) and whether the
// working group could disagree about it (agreed/contested). The engine reads every assumption through
// `resolveAssumptions`, so no constant in the code decides an output without an entry here.
// `applySettings` sets `{ id: value }` on a scenario with validation (the CLI's `--set`, sweeps, the
// robustness analysis); `CONTESTED_PARAMETERS` is what a sweep or a Latin hypercube samples.
// Labels, units and one-line explanations are in the message catalogue under `ledger.<id>.label|unit|help`.
import type { Text } from '@/domain/model-schema';
import { DEFAULT_CALENDAR_RULE } from '@/domain/meeting-calendar';
import type { Scenario } from '@/domain/scenario-schema';
import { parseScenario } from './load-scenario';

export type LedgerSource = 'example' | 'model' | 'calibration' | 'organisation' | 'choice';
export type LedgerStatus = 'agreed' | 'contested';
export type LedgerKind = 'number' | 'integer' | 'boolean' | 'choice';
export type LedgerValue = number | boolean | string;

export interface LedgerEntry {
  id: string;
  source: LedgerSource;
  status: LedgerStatus;
}

/** One scalar scenario parameter. */
export interface LedgerParameter extends LedgerEntry {
  /** Dotted path of the value in a scenario file, e.g. "kappa" or "matterRates.individual". */
  scenarioKey: string;
  kind: LedgerKind;
  /** Unit in words (the catalogue's `ledger.<id>.unit` says the same in the UI's language). */
  unit: Text;
  /** Range of a number or integer (inclusive). */
  min?: number;
  max?: number;
  /** Values of a choice. */
  choices?: readonly string[];
  /** The value when a scenario does not give one. */
  default: LedgerValue;
  /**
   * A structural choice of DESIGN §4.0 (calendar, lag, paper deadline, threshold and basis, process order,
   * remedies, delegation, agenda capacity, in-year ω): the same for every organisation in a comparison,
   * and always contested.
   */
  structural: boolean;
}

/** The ledger's default closing lag, for drawings that show the follow-up without a scenario at hand. */
export const DEFAULT_CLOSE_LAG_DAYS = 10;

const u = (sv: string, en: string): Text => ({ sv, en });
const SHARE = u('andel 0–1', 'share 0–1');
const DAYS = u('dagar', 'days');
const MSEK = u('mnkr', 'MSEK');
const TIMES = u('gånger', 'times');
const CHOICE = u('val', 'choice');
const YESNO = u('ja/nej', 'yes/no');
const PER_YEAR = u('antal per år', 'per year');
const COUNT = u('antal', 'count');

type Spec = Omit<LedgerParameter, 'scenarioKey' | 'structural'> & { scenarioKey?: string; structural?: boolean };
const p = (spec: Spec): LedgerParameter => ({ scenarioKey: spec.id, structural: false, ...spec });
const structural = (spec: Omit<Spec, 'status'>): LedgerParameter => p({ ...spec, status: 'contested', structural: true });

/** Every scalar parameter of a scenario, in the order the About page lists them. */
export const LEDGER_PARAMETERS: readonly LedgerParameter[] = [
  // Frame setting (DESIGN §4.1)
  p({ id: 'kappa', kind: 'number', unit: SHARE, min: 0, max: 1, default: 0.8, source: 'example', status: 'contested' }),
  p({ id: 'omega', kind: 'number', unit: SHARE, min: 0, max: 1, default: 0.7, source: 'example', status: 'contested' }),
  p({ id: 'lambda', kind: 'number', unit: TIMES, min: 0.5, max: 2, default: 1, source: 'calibration', status: 'agreed' }),
  structural({ id: 'budgetProcess', kind: 'choice', unit: CHOICE, choices: ['bottomUp', 'topDown'], default: 'bottomUp', source: 'example' }),
  p({ id: 'revenueGrowth', kind: 'number', unit: SHARE, min: -0.02, max: 0.05, default: 0.02, source: 'example', status: 'contested' }),
  p({ id: 'maxBidIncrease', kind: 'number', unit: SHARE, min: 0.05, max: 1, default: 0.25, source: 'example', status: 'contested' }),
  p({ id: 'concessionPerRound', kind: 'number', unit: SHARE, min: 0.01, max: 0.2, default: 0.05, source: 'example', status: 'contested' }),
  p({ id: 'maxNegotiationRounds', kind: 'integer', unit: COUNT, min: 1, max: 8, default: 4, source: 'example', status: 'agreed' }),
  // Calendar and follow-up (DESIGN §4.2)
  structural({ id: 'meetingDayOfMonth', kind: 'integer', unit: u('dag i månaden, 0 = den 1:a', 'day of the month, 0 = the 1st'), min: 0, max: 20, default: DEFAULT_CALENDAR_RULE.meetingDayOfMonth, source: 'example' }),
  structural({ id: 'chainStepDays', kind: 'integer', unit: DAYS, min: 0, max: 14, default: DEFAULT_CALENDAR_RULE.chainStepDays, source: 'example' }),
  structural({ id: 'closeLagDays', kind: 'integer', unit: DAYS, min: 5, max: 25, default: DEFAULT_CLOSE_LAG_DAYS, source: 'example' }),
  structural({ id: 'paperDeadlineDays', kind: 'integer', unit: DAYS, min: 1, max: 14, default: 5, source: 'example' }),
  // Deviation rule
  structural({ id: 'deviationThresholdBasis', kind: 'choice', unit: CHOICE, choices: ['amount', 'share'], default: 'amount', source: 'example' }),
  structural({ id: 'deviationThresholdMsek', kind: 'number', unit: MSEK, min: 0.5, max: 8, default: 2, source: 'example' }),
  structural({ id: 'deviationThresholdShare', kind: 'number', unit: SHARE, min: 0.002, max: 0.02, default: 0.01, source: 'example' }),
  p({ id: 'forecastTrendSd', kind: 'number', unit: SHARE, min: 0.002, max: 0.05, default: 0.01, source: 'example', status: 'contested' }),
  // Costs and shocks
  p({ id: 'volatilityScale', kind: 'number', unit: TIMES, min: 0, max: 2, default: 1, source: 'example', status: 'contested' }),
  p({ id: 'trend', kind: 'number', unit: SHARE, min: -0.01, max: 0.02, default: 0.005, source: 'example', status: 'agreed' }),
  p({ id: 'shockScale', kind: 'number', unit: TIMES, min: 0, max: 2, default: 1, source: 'example', status: 'contested' }),
  // Remedies of the committee organisation and frictions of the board (DESIGN §4.0 fair counterfactual)
  structural({ id: 'remedyReserve', kind: 'boolean', unit: YESNO, default: true, source: 'example' }),
  structural({ id: 'reserveShare', kind: 'number', unit: SHARE, min: 0, max: 0.015, default: 0.005, source: 'example' }),
  structural({ id: 'remedyReallocation', kind: 'boolean', unit: YESNO, default: true, source: 'example' }),
  structural({ id: 'remedyCarryOver', kind: 'boolean', unit: YESNO, default: true, source: 'example' }),
  p({ id: 'surplusSpendShare', kind: 'number', unit: SHARE, min: 0, max: 1, default: 0.5, source: 'example', status: 'contested' }),
  structural({ id: 'omegaInYear', kind: 'number', unit: SHARE, min: 0, max: 1, default: 0.7, source: 'example' }),
  structural({ id: 'budgetDelegation', kind: 'choice', unit: CHOICE, choices: ['model', 'all', 'none'], default: 'model', source: 'model' }),
  // Matters (DESIGN §4.3)
  structural({ id: 'agendaCapacity', kind: 'integer', unit: COUNT, min: 8, max: 40, default: 20, source: 'example' }),
  structural({ id: 'reportItemWeight', kind: 'number', unit: SHARE, min: 0, max: 0.5, default: 0.1, source: 'example' }),
  structural({ id: 'followUpItems', kind: 'number', unit: COUNT, min: 0, max: 3, default: 1, source: 'example' }),
  p({ id: 'referBackProbability', kind: 'number', unit: SHARE, min: 0, max: 0.2, default: 0.05, source: 'example', status: 'agreed' }),
  p({ id: 'matterRates.singleArea', kind: 'number', unit: PER_YEAR, min: 0, max: 100, default: 30, source: 'example', status: 'agreed' }),
  p({ id: 'matterRates.crossArea', kind: 'number', unit: PER_YEAR, min: 0, max: 60, default: 20, source: 'example', status: 'agreed' }),
  p({ id: 'matterRates.council', kind: 'number', unit: PER_YEAR, min: 0, max: 60, default: 25, source: 'example', status: 'agreed' }),
  p({ id: 'matterRates.individual', kind: 'number', unit: PER_YEAR, min: 0, max: 1000, default: 300, source: 'example', status: 'agreed' }),
  p({ id: 'preparationMinDays', kind: 'integer', unit: DAYS, min: 0, max: 20, default: 5, source: 'example', status: 'agreed' }),
  p({ id: 'preparationMeanExtraDays', kind: 'number', unit: DAYS, min: 1, max: 40, default: 15, source: 'example', status: 'agreed' }),
  p({ id: 'reworkMinDays', kind: 'integer', unit: DAYS, min: 0, max: 20, default: 3, source: 'example', status: 'agreed' }),
  p({ id: 'reworkMeanExtraDays', kind: 'number', unit: DAYS, min: 1, max: 40, default: 10, source: 'example', status: 'agreed' }),
  // Runs
  p({ id: 'seed', kind: 'integer', unit: COUNT, min: 0, max: 4_294_967_295, default: 1, source: 'choice', status: 'agreed' }),
];

export type LedgerId = string;

const BY_ID = new Map(LEDGER_PARAMETERS.map((parameter) => [parameter.id, parameter]));

/** The entry of one parameter, or undefined for an unknown id. */
export function ledgerParameter(id: string): LedgerParameter | undefined {
  return BY_ID.get(id);
}

/** Every contested parameter with its range: what a sweep or a Latin hypercube samples (DESIGN §4.6). */
export const CONTESTED_PARAMETERS: readonly LedgerParameter[] = LEDGER_PARAMETERS.filter((e) => e.status === 'contested');

// ---- the resolved assumptions the engine reads ------------------------------------------------------

/** Every assumption of a run, each with a value (the scenario's, else the ledger's default). */
export interface Assumptions {
  kappa: number;
  omega: number;
  lambda: number;
  budgetProcess: 'bottomUp' | 'topDown';
  revenueGrowth: number;
  maxBidIncrease: number;
  concessionPerRound: number;
  maxNegotiationRounds: number;
  meetingDayOfMonth: number;
  chainStepDays: number;
  closeLagDays: number;
  paperDeadlineDays: number;
  deviationThresholdBasis: 'amount' | 'share';
  deviationThresholdMsek: number;
  deviationThresholdShare: number;
  forecastTrendSd: number;
  volatilityScale: number;
  trend: number;
  shockScale: number;
  remedyReserve: boolean;
  reserveShare: number;
  remedyReallocation: boolean;
  remedyCarryOver: boolean;
  surplusSpendShare: number;
  omegaInYear: number;
  budgetDelegation: 'model' | 'all' | 'none';
  agendaCapacity: number;
  reportItemWeight: number;
  followUpItems: number;
  referBackProbability: number;
  matterRates: { singleArea: number; crossArea: number; council: number; individual: number };
  preparationMinDays: number;
  preparationMeanExtraDays: number;
  reworkMinDays: number;
  reworkMeanExtraDays: number;
}

function readPath(object: unknown, path: string): unknown {
  let current: unknown = object;
  for (const key of path.split('.')) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** The value of a parameter in a scenario: the scenario's own, else the ledger's default. */
export function settingOf(scenario: Scenario, id: string): LedgerValue | undefined {
  const parameter = BY_ID.get(id);
  if (parameter === undefined) return undefined;
  const value = readPath(scenario, parameter.scenarioKey);
  return typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string' ? value : parameter.default;
}

const resolved = new WeakMap<Scenario, Assumptions>();

/** The assumptions of a scenario, defaults filled in from the ledger (cached per scenario object). */
export function resolveAssumptions(scenario: Scenario): Assumptions {
  const cached = resolved.get(scenario);
  if (cached !== undefined) return cached;
  const n = (id: string): number => settingOf(scenario, id) as number;
  const b = (id: string): boolean => settingOf(scenario, id) as boolean;
  const c = <T extends string>(id: string): T => settingOf(scenario, id) as T;
  const assumptions: Assumptions = {
    kappa: n('kappa'),
    omega: n('omega'),
    lambda: n('lambda'),
    budgetProcess: c('budgetProcess'),
    revenueGrowth: n('revenueGrowth'),
    maxBidIncrease: n('maxBidIncrease'),
    concessionPerRound: n('concessionPerRound'),
    maxNegotiationRounds: n('maxNegotiationRounds'),
    meetingDayOfMonth: n('meetingDayOfMonth'),
    chainStepDays: n('chainStepDays'),
    closeLagDays: n('closeLagDays'),
    paperDeadlineDays: n('paperDeadlineDays'),
    deviationThresholdBasis: c('deviationThresholdBasis'),
    deviationThresholdMsek: n('deviationThresholdMsek'),
    deviationThresholdShare: n('deviationThresholdShare'),
    forecastTrendSd: n('forecastTrendSd'),
    volatilityScale: n('volatilityScale'),
    trend: n('trend'),
    shockScale: n('shockScale'),
    remedyReserve: b('remedyReserve'),
    reserveShare: n('reserveShare'),
    remedyReallocation: b('remedyReallocation'),
    remedyCarryOver: b('remedyCarryOver'),
    surplusSpendShare: n('surplusSpendShare'),
    omegaInYear: n('omegaInYear'),
    budgetDelegation: c('budgetDelegation'),
    agendaCapacity: n('agendaCapacity'),
    reportItemWeight: n('reportItemWeight'),
    followUpItems: n('followUpItems'),
    referBackProbability: n('referBackProbability'),
    matterRates: {
      singleArea: n('matterRates.singleArea'),
      crossArea: n('matterRates.crossArea'),
      council: n('matterRates.council'),
      individual: n('matterRates.individual'),
    },
    preparationMinDays: n('preparationMinDays'),
    preparationMeanExtraDays: n('preparationMeanExtraDays'),
    reworkMinDays: n('reworkMinDays'),
    reworkMeanExtraDays: n('reworkMeanExtraDays'),
  };
  resolved.set(scenario, assumptions);
  return assumptions;
}

// ---- settings ----------------------------------------------------------------------------------------

export type SettingsResult = { ok: true; scenario: Scenario } | { ok: false; message: Text };

/** Reads one setting's value from text (`--set name=value`) or takes a value as it is. */
export function parseSettingValue(parameter: LedgerParameter, raw: LedgerValue): LedgerValue | Text {
  const bad = (why: Text): Text => ({
    sv: `${parameter.id}: ${why.sv} (fick "${String(raw)}").`,
    en: `${parameter.id}: ${why.en} (got "${String(raw)}").`,
  });
  if (parameter.kind === 'boolean') {
    if (typeof raw === 'boolean') return raw;
    const text = String(raw).trim().toLowerCase();
    if (['true', '1', 'yes', 'ja', 'on'].includes(text)) return true;
    if (['false', '0', 'no', 'nej', 'off'].includes(text)) return false;
    return bad(u('ska vara true eller false', 'must be true or false'));
  }
  if (parameter.kind === 'choice') {
    const text = String(raw).trim();
    if (parameter.choices?.includes(text)) return text;
    const list = (parameter.choices ?? []).join(', ');
    return bad(u(`ska vara ett av: ${list}`, `must be one of: ${list}`));
  }
  const value = typeof raw === 'number' ? raw : Number(String(raw).trim().replace(',', '.'));
  if (typeof raw !== 'number' && String(raw).trim() === '') return bad(u('saknar värde', 'has no value'));
  if (!Number.isFinite(value)) return bad(u('ska vara ett tal', 'must be a number'));
  if (parameter.kind === 'integer' && !Number.isInteger(value)) return bad(u('ska vara ett heltal', 'must be a whole number'));
  return value;
}

function writePath(object: Record<string, unknown>, path: string, value: LedgerValue): void {
  const keys = path.split('.');
  let current = object;
  for (const key of keys.slice(0, -1)) {
    const next = current[key];
    const copy = typeof next === 'object' && next !== null ? { ...(next as Record<string, unknown>) } : {};
    current[key] = copy;
    current = copy;
  }
  current[keys[keys.length - 1] ?? ''] = value;
}

/**
 * The scenario with `{ id: value }` set, each value checked against its ledger entry (kind, and, when
 * `withinLedgerRange`, the ledger's range) and the result validated as a scenario file is. Never throws;
 * an unknown id or a bad value gives a message naming it.
 */
export function applySettings(
  scenario: Scenario,
  settings: Readonly<Record<string, LedgerValue>>,
  options: { withinLedgerRange?: boolean } = {},
): SettingsResult {
  const next = structuredClone(scenario) as unknown as Record<string, unknown>;
  for (const [id, raw] of Object.entries(settings)) {
    const parameter = BY_ID.get(id);
    if (parameter === undefined) {
      return {
        ok: false,
        message: {
          sv: `Okänt antagande "${id}". Kända: ${LEDGER_PARAMETERS.map((e) => e.id).join(', ')}.`,
          en: `Unknown assumption "${id}". Known: ${LEDGER_PARAMETERS.map((e) => e.id).join(', ')}.`,
        },
      };
    }
    const value = parseSettingValue(parameter, raw);
    if (typeof value === 'object') return { ok: false, message: value };
    if (options.withinLedgerRange === true && typeof value === 'number') {
      const { min = -Infinity, max = Infinity } = parameter;
      if (value < min || value > max) {
        return {
          ok: false,
          message: {
            sv: `${id}: ${value} ligger utanför liggarens intervall ${min}–${max}.`,
            en: `${id}: ${value} is outside the ledger's range ${min}–${max}.`,
          },
        };
      }
    }
    writePath(next, parameter.scenarioKey, value);
  }
  const checked = parseScenario(next);
  if (!checked.ok) {
    const issue = checked.issues[0];
    return {
      ok: false,
      message: {
        sv: `Ogiltigt värde${issue ? ` (${issue.path}): ${issue.message.sv}` : ''}`,
        en: `Invalid value${issue ? ` (${issue.path}): ${issue.message.en}` : ''}`,
      },
    };
  }
  return { ok: true, scenario: checked.scenario };
}

// ---- the lists the Simulate panel and the About page show ------------------------------------------

/** Parameters of a scenario edited in the Simulate view's panel (plus non-scalar ones and the run count). */
export const SCENARIO_LEDGER = [
  { id: 'kappa', source: 'example', status: 'contested' },
  { id: 'omega', source: 'example', status: 'contested' },
  { id: 'shocks', source: 'example', status: 'contested' },
  { id: 'volatilityScale', source: 'example', status: 'contested' },
  { id: 'trend', source: 'example', status: 'agreed' },
  { id: 'surplusSpendShare', source: 'example', status: 'contested' },
  { id: 'matterRates', source: 'example', status: 'agreed' },
  { id: 'referBackProbability', source: 'example', status: 'agreed' },
  { id: 'agendaCapacity', source: 'example', status: 'contested' },
  { id: 'budgetProcess', source: 'example', status: 'contested' },
  { id: 'lambda', source: 'calibration', status: 'agreed' },
  { id: 'seed', source: 'choice', status: 'agreed' },
  { id: 'runs', source: 'choice', status: 'agreed' },
] as const satisfies readonly LedgerEntry[];

export type ScenarioLedgerId = (typeof SCENARIO_LEDGER)[number]['id'];

const PANEL_IDS = new Set<string>([...SCENARIO_LEDGER.map((e) => e.id), 'matterRates.singleArea', 'matterRates.crossArea', 'matterRates.council']);

/** The other scenario parameters: shown with their values beside the panel and in the About page. */
export const FURTHER_LEDGER: readonly LedgerParameter[] = LEDGER_PARAMETERS.filter((e) => !PANEL_IDS.has(e.id));

/** Values every model file gives per service area or body (status in the file; the shipped ones are examples). */
export const MODEL_LEDGER = [
  { id: 'netCost', source: 'model', status: 'agreed' },
  { id: 'priorityWeight', source: 'model', status: 'contested' },
  { id: 'flexibility', source: 'model', status: 'contested' },
  { id: 'volatility', source: 'model', status: 'contested' },
  { id: 'calendar', source: 'model', status: 'contested' },
] as const satisfies readonly LedgerEntry[];

export type LedgerKey<Id extends string, Part extends 'label' | 'unit' | 'help'> = `ledger.${Id}.${Part}`;

/** The catalogue key of one part of an entry's text. */
export function ledgerKey<Id extends string, Part extends 'label' | 'unit' | 'help'>(id: Id, part: Part): LedgerKey<Id, Part> {
  return `ledger.${id}.${part}`;
}
