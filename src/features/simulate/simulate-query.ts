// The Simulate view's state as it lives in the URL, so a result is a link to paste into minutes:
// `#/simulate?models=ange-today,ange-a&scenario=ifo-shock&seed=1&month=5&runs=1000&kappa=0.6&shocks=cost:ifo:5:8`.
// - `models`: one to three model ids, in the order shown; `scenario`: a shipped scenario id;
// - `seed`: the seed of the example year; `month`: 1–12, the month-end the pipes show; `runs`: Monte Carlo
//   runs per model (1 = just the example year); `sweep`: the assumption the robustness section varies;
// - scenario edits, written only where they differ from the shipped scenario, in the units a reader
//   uses: `kappa`, `omega` (0–1), `lambda`, `vol` (× the models' volatility), `trend`, `spend`,
//   `referback` (%), `rates` (single-area,cross-area,council matters a year), `agenda` (matters a
//   meeting), `process` (auto, bottomUp, topDown), `shocks` (comma-separated; `cost:<area>:<month>:<MSEK>`
//   or `revenue:<month>:<%>`, months 1–12; an empty value means no shocks at all).
// Parsing never throws: whatever is wrong is reported as a problem (shown in Swedish and English) and
// replaced by the default, and what is valid is kept. The scenario built from the edits is validated
// against the scenario schema once more before it is used.
import type { MatterRates, Scenario, Shock } from '@/domain/scenario-schema';
import { parseScenario } from '@/simulation/load-scenario';
import { SWEEP_PARAMETERS, type SweepParameter } from '@/simulation/monte-carlo';
import { conflictingParameters, parseModelList, shown, type ModelListProblem } from '@/url-state/model-list';
import { queryString, readQuery } from '@/url-state/url-state';
import { LEDGER_PARAMETER_SPACE } from '@/analysis/ledger-parameter-space';
import { parseRobustnessQuery, ROBUSTNESS_PARAMS, robustnessQueryParts, type RobustnessQuery } from './robustness-query';

export const MAX_MODELS = 3;
export const MAX_RUNS = 5000;
export const MAX_SHOCKS = 20;
export const MAX_SEED = 4_294_967_295;
export const DEFAULT_MODELS = ['ange-today', 'ange-a'] as const;
export const DEFAULT_SCENARIO = 'ifo-shock';
/** December: the year's outcome is what a first look should show. */
export const DEFAULT_MONTH = 11;

const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** Many paired years by default (DESIGN §4.0); the example year is one of them, labelled. */
export const DEFAULT_RUNS = 500;

export type BudgetProcessChoice = 'bottomUp' | 'topDown';

/** A shock as the URL and the shock editor know it (the label is made from it). */
export type ShockSpec =
  | { kind: 'cost'; area: string; fromMonth: number; amountMsek: number }
  | { kind: 'revenue'; fromMonth: number; revenueChange: number };

/** Scenario parameters changed from the shipped scenario; absent = the scenario's own value. */
export interface ScenarioEdits {
  kappa?: number;
  omega?: number;
  lambda?: number;
  volatilityScale?: number;
  trend?: number;
  surplusSpendShare?: number;
  referBackProbability?: number;
  agendaCapacity?: number;
  matterRates?: MatterRates;
  budgetProcess?: BudgetProcessChoice;
  shocks?: ShockSpec[];
}

export interface SimulateState {
  models: string[];
  scenarioId: string;
  seed: number;
  /** 0 = January … 11 = December (the URL says 1–12). */
  month: number;
  runs: number;
  sweep: SweepParameter;
  edits: ScenarioEdits;
  /** The robustness analysis's settings (robustness-query.ts); absent = the defaults. */
  robustness?: RobustnessQuery;
}

/** The URL parameter of each numeric edit, its unit factor (URL value × factor = scenario value), range. */
export const NUMERIC_EDITS = {
  kappa: { param: 'kappa', factor: 1, min: 0, max: 1, integer: false },
  omega: { param: 'omega', factor: 1, min: 0, max: 1, integer: false },
  lambda: { param: 'lambda', factor: 1, min: 0.001, max: 1000, integer: false },
  volatilityScale: { param: 'vol', factor: 1, min: 0, max: 10, integer: false },
  trend: { param: 'trend', factor: 0.01, min: -50, max: 50, integer: false },
  surplusSpendShare: { param: 'spend', factor: 0.01, min: 0, max: 100, integer: false },
  referBackProbability: { param: 'referback', factor: 0.01, min: 0, max: 100, integer: false },
  agendaCapacity: { param: 'agenda', factor: 1, min: 1, max: 1000, integer: true },
} as const;
export type NumericEdit = keyof typeof NUMERIC_EDITS;

export const SWEEP_PARAMS: Record<SweepParameter, string> = {
  ...(Object.fromEntries(SWEEP_PARAMETERS.map((p) => [p, p])) as Record<SweepParameter, string>),
  kappa: 'kappa',
  omega: 'omega',
  shockScale: 'shock',
  volatilityScale: 'vol',
};

export type SimulateProblem =
  | ModelListProblem
  | { kind: 'noModels' }
  | { kind: 'unknownScenario'; id: string }
  | { kind: 'badValue'; parameter: string; value: string }
  | { kind: 'badShock'; value: string }
  | { kind: 'unknownArea'; area: string }
  | { kind: 'tooManyShocks'; count: number }
  | { kind: 'invalidScenario' }
  | { kind: 'conflict'; value: string };

export interface SimulateCatalogue {
  /** Ids of the models that can be run. */
  models: readonly string[];
  /** Ids (file names without .json) of model files that failed validation. */
  invalidModels: readonly string[];
  scenarios: ReadonlyMap<string, Scenario>;
  /** Service area ids of the valid models (a cost shock must name one). */
  areas: ReadonlySet<string>;
}


/** A number from a link: accepts a decimal comma and a minus sign; undefined unless finite and in range. */
export function parseDecimal(raw: string, min: number, max: number, integer = false): number | undefined {
  const text = raw.trim().replace(',', '.').replace('−', '-');
  if (text.length > 24 || !(integer ? /^-?\d+$/ : /^-?\d+(\.\d+)?$/).test(text)) return undefined;
  const value = Number(text);
  return Number.isFinite(value) && value >= min && value <= max ? value : undefined;
}

/** A number for a link: at most four decimals, no exponent, no trailing zeros. */
export function formatDecimal(value: number): string {
  const rounded = Math.round(value * 10_000) / 10_000;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

const clean = (value: number): number => Math.round(value * 1e9) / 1e9;

/** Parses one shock of the `shocks` parameter; undefined when it is not one. */
export function parseShock(raw: string): ShockSpec | undefined {
  const parts = raw.trim().split(':');
  if (parts[0] === 'cost' && parts.length === 4) {
    const area = (parts[1] ?? '').toLowerCase();
    const month = parseDecimal(parts[2] ?? '', 1, 12, true);
    const amount = parseDecimal(parts[3] ?? '', -100_000, 100_000);
    if (!ID_PATTERN.test(area) || month === undefined || amount === undefined) return undefined;
    return { kind: 'cost', area, fromMonth: month - 1, amountMsek: amount };
  }
  if (parts[0] === 'revenue' && parts.length === 3) {
    const month = parseDecimal(parts[1] ?? '', 1, 12, true);
    const percent = parseDecimal(parts[2] ?? '', -50, 50);
    if (month === undefined || percent === undefined) return undefined;
    return { kind: 'revenue', fromMonth: month - 1, revenueChange: clean(percent / 100) };
  }
  return undefined;
}

export function shockParam(shock: ShockSpec): string {
  return shock.kind === 'cost'
    ? `cost:${shock.area}:${shock.fromMonth + 1}:${formatDecimal(shock.amountMsek)}`
    : `revenue:${shock.fromMonth + 1}:${formatDecimal(shock.revenueChange * 100)}`;
}

export function specOfShock(shock: Shock): ShockSpec | undefined {
  if (shock.kind === 'cost' && shock.area !== undefined && shock.amountMsek !== undefined) {
    return { kind: 'cost', area: shock.area, fromMonth: shock.fromMonth, amountMsek: shock.amountMsek };
  }
  if (shock.kind === 'revenue' && shock.revenueChange !== undefined) {
    return { kind: 'revenue', fromMonth: shock.fromMonth, revenueChange: shock.revenueChange };
  }
  return undefined;
}

const sameSpec = (a: ShockSpec, b: ShockSpec): boolean => shockParam(a) === shockParam(b);

const MONTH_WORDS = {
  sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** A shock's label, made from its numbers (a link carries no free text). */
export function shockLabel(spec: ShockSpec): { sv: string; en: string } {
  const sv = MONTH_WORDS.sv[spec.fromMonth] ?? '';
  const en = MONTH_WORDS.en[spec.fromMonth] ?? '';
  if (spec.kind === 'cost') {
    const amount = formatDecimal(spec.amountMsek);
    const signed = spec.amountMsek >= 0 ? `+${amount}` : amount.replace('-', '−');
    return { sv: `${spec.area} ${signed.replace('.', ',')} mnkr från ${sv}`, en: `${spec.area} ${signed} MSEK from ${en}` };
  }
  const percent = formatDecimal(spec.revenueChange * 100);
  const signed = spec.revenueChange >= 0 ? `+${percent}` : percent.replace('-', '−');
  return { sv: `Skatteprognosen ${signed.replace('.', ',')} % från ${sv}`, en: `Tax forecast ${signed} % from ${en}` };
}

/** The scenario with the edits applied; shocks equal to one of the scenario's keep its label. */
export function applyEdits(base: Scenario, edits: ScenarioEdits): Scenario {
  const scenario: Scenario = { ...base };
  for (const key of Object.keys(NUMERIC_EDITS) as NumericEdit[]) {
    const value = edits[key];
    if (value !== undefined) scenario[key] = value;
  }
  if (edits.matterRates !== undefined) scenario.matterRates = { ...edits.matterRates };
  if (edits.budgetProcess !== undefined) scenario.budgetProcess = edits.budgetProcess;
  if (edits.shocks !== undefined) {
    scenario.shocks = edits.shocks.map((spec) => {
      const original = base.shocks.find((shock) => {
        const other = specOfShock(shock);
        return other !== undefined && sameSpec(other, spec);
      });
      return { ...spec, label: original?.label ?? shockLabel(spec) };
    });
  }
  return scenario;
}

/** Edits with every value equal to the base scenario's left out (the link stays short). */
export function normaliseEdits(base: Scenario, edits: ScenarioEdits): ScenarioEdits {
  const result: ScenarioEdits = {};
  for (const key of Object.keys(NUMERIC_EDITS) as NumericEdit[]) {
    const value = edits[key];
    if (value !== undefined && Math.abs(value - base[key]) > 1e-9) result[key] = value;
  }
  const rates = edits.matterRates;
  if (
    rates !== undefined &&
    (rates.singleArea !== base.matterRates.singleArea ||
      rates.crossArea !== base.matterRates.crossArea ||
      rates.council !== base.matterRates.council)
  ) {
    result.matterRates = { ...rates };
  }
  if (edits.budgetProcess !== undefined && edits.budgetProcess !== (base.budgetProcess ?? 'bottomUp')) {
    result.budgetProcess = edits.budgetProcess;
  }
  const shocks = edits.shocks;
  if (shocks !== undefined) {
    const own = base.shocks.map(specOfShock).filter((s): s is ShockSpec => s !== undefined);
    const same =
      own.length === base.shocks.length &&
      own.length === shocks.length &&
      own.every((spec, i) => {
        const edited = shocks[i];
        return edited !== undefined && sameSpec(spec, edited);
      });
    if (!same) result.shocks = shocks.map((spec) => ({ ...spec }));
  }
  return result;
}

/** The edits that turn `base` into `scenario`, for the parameters a link can carry. */
export function editsBetween(base: Scenario, scenario: Scenario): ScenarioEdits {
  const edits: ScenarioEdits = {};
  for (const key of Object.keys(NUMERIC_EDITS) as NumericEdit[]) edits[key] = scenario[key];
  edits.matterRates = { ...scenario.matterRates };
  edits.budgetProcess = scenario.budgetProcess ?? 'bottomUp';
  edits.shocks = scenario.shocks.map(specOfShock).filter((s): s is ShockSpec => s !== undefined);
  return normaliseEdits(base, edits);
}

function parseModels(params: URLSearchParams, catalogue: SimulateCatalogue, problems: SimulateProblem[]): string[] {
  const given = params.getAll('models');
  const fallback = (): string[] => {
    const preferred = DEFAULT_MODELS.filter((id) => catalogue.models.includes(id));
    return preferred.length > 0 ? [...preferred] : catalogue.models.slice(0, 2);
  };
  if (given.length === 0) return fallback();
  const valid = new Set(catalogue.models);
  const invalid = new Set(catalogue.invalidModels);
  const list = parseModelList(given, { valid, invalid }, MAX_MODELS);
  const models = list.models;
  problems.push(...list.problems);
  if (models.length === 0) {
    problems.push({ kind: 'noModels' });
    return fallback();
  }
  return models;
}

function parseShocks(raw: string, catalogue: SimulateCatalogue, problems: SimulateProblem[]): ShockSpec[] {
  const entries = raw.split(',').map((entry) => entry.trim()).filter(Boolean);
  if (entries.length > MAX_SHOCKS) problems.push({ kind: 'tooManyShocks', count: entries.length });
  const shocks: ShockSpec[] = [];
  for (const entry of entries.slice(0, MAX_SHOCKS)) {
    const shock = parseShock(entry);
    if (shock === undefined) problems.push({ kind: 'badShock', value: shown(entry) });
    else if (shock.kind === 'cost' && !catalogue.areas.has(shock.area)) problems.push({ kind: 'unknownArea', area: shown(shock.area) });
    else shocks.push(shock);
  }
  return shocks;
}

export function parseSimulateQuery(
  search: string,
  catalogue: SimulateCatalogue,
): { state: SimulateState; scenario: Scenario; problems: SimulateProblem[] } {
  const params = readQuery(search);
  const problems: SimulateProblem[] = [];
  for (const value of conflictingParameters(params)) problems.push({ kind: 'conflict', value });
  const models = parseModels(params, catalogue, problems);

  const fallbackScenario = catalogue.scenarios.has(DEFAULT_SCENARIO) ? DEFAULT_SCENARIO : ([...catalogue.scenarios.keys()][0] ?? '');
  let scenarioId = fallbackScenario;
  const asked = params.get('scenario');
  if (asked !== null) {
    const id = asked.trim().toLowerCase();
    if (catalogue.scenarios.has(id) && ID_PATTERN.test(id)) scenarioId = id;
    else problems.push({ kind: 'unknownScenario', id: shown(asked) });
  }
  const base = catalogue.scenarios.get(scenarioId);

  const integer = (name: string, min: number, max: number, fallback: number): number => {
    const raw = params.get(name);
    if (raw === null) return fallback;
    const value = parseDecimal(raw, min, max, true);
    if (value === undefined) {
      problems.push({ kind: 'badValue', parameter: name, value: shown(raw) });
      return fallback;
    }
    return value;
  };
  const seed = integer('seed', 0, MAX_SEED, base?.seed ?? 1);
  const month = integer('month', 1, 12, DEFAULT_MONTH + 1) - 1;
  const runs = integer('runs', 1, MAX_RUNS, DEFAULT_RUNS);

  let sweep: SweepParameter = 'kappa';
  const sweepRaw = params.get('sweep');
  if (sweepRaw !== null) {
    const found = SWEEP_PARAMETERS.find((p) => SWEEP_PARAMS[p] === sweepRaw.trim());
    if (found) sweep = found;
    else problems.push({ kind: 'badValue', parameter: 'sweep', value: shown(sweepRaw) });
  }

  const edits: ScenarioEdits = {};
  for (const key of Object.keys(NUMERIC_EDITS) as NumericEdit[]) {
    const spec = NUMERIC_EDITS[key];
    const raw = params.get(spec.param);
    if (raw === null) continue;
    const value = parseDecimal(raw, spec.min, spec.max, spec.integer);
    if (value === undefined) problems.push({ kind: 'badValue', parameter: spec.param, value: shown(raw) });
    else edits[key] = clean(value * spec.factor);
  }
  const rates = params.get('rates');
  if (rates !== null) {
    const parts = rates.split(',').map((part) => parseDecimal(part, 0, 10_000));
    const [singleArea, crossArea, council] = parts;
    if (parts.length === 3 && singleArea !== undefined && crossArea !== undefined && council !== undefined) {
      edits.matterRates = { singleArea, crossArea, council };
    } else problems.push({ kind: 'badValue', parameter: 'rates', value: shown(rates) });
  }
  const process = params.get('process');
  if (process !== null) {
    const found = (['bottomUp', 'topDown'] as const).find((p) => p.toLowerCase() === process.trim().toLowerCase());
    if (found) edits.budgetProcess = found;
    else problems.push({ kind: 'badValue', parameter: 'process', value: shown(process) });
  }
  const shocks = params.get('shocks');
  if (shocks !== null) edits.shocks = parseShocks(shocks, catalogue, problems);

  const parsedRobustness = parseRobustnessQuery(params, LEDGER_PARAMETER_SPACE);
  for (const problem of parsedRobustness.problems) problems.push({ kind: 'badValue', parameter: problem.parameter, value: shown(problem.value) });
  const state: SimulateState = { models, scenarioId, seed, month, runs, sweep, edits: {},
    ...(ROBUSTNESS_PARAMS.some((name) => params.has(name)) ? { robustness: parsedRobustness.query } : {}),
  };
  if (base === undefined) return { state, scenario: emptyScenario(), problems };
  const normalised = normaliseEdits(base, edits);
  const built = parseScenario(applyEdits(base, normalised));
  if (!built.ok) {
    problems.push({ kind: 'invalidScenario' });
    return { state, scenario: base, problems };
  }
  return { state: { ...state, edits: normalised }, scenario: built.scenario, problems };
}

/** The query string (without `?`) that reproduces `state`; only edits that differ from `base` are written. */
export function simulateQueryString(state: SimulateState, base: Scenario | undefined): string {
  const edits = base ? normaliseEdits(base, state.edits) : state.edits;
  const r = edits.matterRates;
  const main = queryString([
    ['models', state.models],
    ['scenario', state.scenarioId],
    ['seed', state.seed],
    ['month', state.month !== DEFAULT_MONTH ? state.month + 1 : undefined],
    ['runs', state.runs !== DEFAULT_RUNS ? state.runs : undefined],
    ['sweep', state.sweep !== 'kappa' ? SWEEP_PARAMS[state.sweep] : undefined],
    ...(Object.keys(NUMERIC_EDITS) as NumericEdit[]).map((key) => {
      const value = edits[key];
      return [NUMERIC_EDITS[key].param, value === undefined ? undefined : formatDecimal(value / NUMERIC_EDITS[key].factor)] as const;
    }),
    ['rates', r ? [r.singleArea, r.crossArea, r.council].map(formatDecimal) : undefined],
    ['process', edits.budgetProcess],
    ['shocks', edits.shocks?.map(shockParam)],
  ]);
  return state.robustness ? [main, ...robustnessQueryParts(state.robustness)].join('&') : main;
}

/** A placeholder when no scenario is shipped at all (a broken build); never simulated. */
function emptyScenario(): Scenario {
  return {
    id: 'none',
    name: { sv: 'Inget scenario', en: 'No scenario' },
    description: { sv: '', en: '' },
    status: 'example',
    kappa: 0.8,
    omega: 0.7,
    lambda: 1,
    volatilityScale: 1,
    trend: 0,
    surplusSpendShare: 0.5,
    shocks: [],
    matterRates: { singleArea: 0, crossArea: 0, council: 0 },
    referBackProbability: 0,
    agendaCapacity: 20,
    seed: 1,
  };
}
