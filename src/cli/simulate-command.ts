// `simulate <model…> [--scenario id|path] [--seed N] [--runs N] [--json] [--lang en]`: one simulated year
// (or a Monte Carlo over N seeds) of each model under a scenario (DESIGN §4). The JSON is the contract of
// issue 4 — one entry per model, money in MSEK, each figure a number for one run and { median, p10, p90 }
// for more — and the default output a readable table in Swedish (English with --lang en).
// A bad model or scenario gives a clear message and exit code 1, never a stack trace.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Model } from '@/domain/model-schema';
import { parseModelText } from '@/domain/parse-model';
import type { Scenario } from '@/domain/scenario-schema';
import type { Issue } from '@/domain/validation-issue';
import { loadScenario, scenarioWarningsFor } from '@/simulation/load-scenario';
import { runMonteCarlo, type MetricKey, type ModelSummary, type Summary } from '@/simulation/monte-carlo';
import { runYear, type YearResult } from '@/simulation/run-year';
import { integerOption, langOf, parseCliArgs, type Lang } from './cli-args';
import { CliInputError } from './cli-io';
import { formatIssue } from './model-argument';
import { createNodeWorkerPool } from './node-worker-pool';

export interface SimulateIo {
  out(text: string): void;
  err(text: string): void;
  /** Reads a text file; may throw (the message then says the file cannot be read). */
  readFile(filePath: string): string;
}

const here = path.dirname(fileURLToPath(import.meta.url));
export const MODELS_DIR = path.resolve(here, '../../models');
export const SCENARIOS_DIR = path.join(MODELS_DIR, 'scenarios');
/** Largest --runs accepted. */
export const MAX_RUNS = 100_000;
/** Runs × models above which the work goes to a worker pool (below it, starting workers costs more). */
export const POOL_THRESHOLD = 3_000;

const USAGE = {
  sv: 'Användning: simulate <modell…> [--scenario id|sökväg] [--seed N] [--runs N] [--json] [--lang en]',
  en: 'Usage: simulate <model…> [--scenario id|path] [--seed N] [--runs N] [--json] [--lang en]',
};

/** A figure of the contract: a number for one run, a distribution for several. */
export type Figure = number | Summary;

export interface SimulateEntry {
  model: string;
  scenario: string;
  seed: number;
  runs: number;
  frameSetting: { demanded: Figure; revenue: Figure; overDemandRatio: Figure; allocativeLoss: Figure; rounds: Figure };
  budgetYear: { result: Figure; trappedSurplus: Figure; decisions: Figure; daysToCover: { median: Figure; p90: Figure } };
  matters: { leadTimeDays: { median: Figure; p90: Figure }; handovers: Figure };
}

/** Resolves a model argument: an id of a shipped model in models/, else a path. */
export function resolveModelArg(arg: string, modelsDir: string = MODELS_DIR): string {
  return /^[a-z0-9][a-z0-9-]{0,63}$/.test(arg) ? path.join(modelsDir, `${arg}.json`) : arg;
}

function issuesText(issues: readonly Issue[], lang: Lang): string {
  return issues.map((issue) => formatIssue(issue, lang)).join('\n');
}

function loadModel(arg: string, io: SimulateIo): Model {
  const file = resolveModelArg(arg);
  let text: string;
  try {
    text = io.readFile(file);
  } catch (error) {
    if (/^[a-z0-9][a-z0-9-]{0,63}$/.test(arg)) {
      throw new CliInputError(
        `Okänd modell "${arg}": det finns ingen ${arg}.json i models/ och ingen fil med den sökvägen.`,
        `Unknown model "${arg}": there is no ${arg}.json in models/ and no file at that path.`,
        1,
      );
    }
    if (error instanceof CliInputError) throw new CliInputError(error.sv, error.en, 1);
    throw new CliInputError(`Kan inte läsa modellfilen ${file}.`, `Cannot read the model file ${file}.`, 1);
  }
  const result = parseModelText(text);
  if (!result.ok) {
    throw new CliInputError(
      `${file}: ogiltig modellfil (${result.errors.length} fel)\n${issuesText(result.errors, 'sv')}`,
      `${file}: invalid model file (${result.errors.length} errors)\n${issuesText(result.errors, 'en')}`,
      1,
    );
  }
  return result.model;
}

function loadScenarioArg(ref: string, io: SimulateIo): Scenario {
  const loaded = loadScenario(ref, io.readFile, SCENARIOS_DIR);
  if (!loaded.ok) {
    throw new CliInputError(
      `Scenariot "${ref}" kan inte användas:\n${issuesText(loaded.issues, 'sv')}`,
      `The scenario "${ref}" cannot be used:\n${issuesText(loaded.issues, 'en')}`,
      1,
    );
  }
  return loaded.scenario;
}

// ---- the contract -----------------------------------------------------------------------------------

const round = (value: number, decimals: number): number => {
  if (!Number.isFinite(value)) return 0;
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
};
/** Money to the thousand kronor, ratios to four decimals, days and counts to one. */
const DECIMALS = { money: 3, ratio: 4, count: 1 } as const;
type Precision = keyof typeof DECIMALS;

function entryFromRun(result: YearResult, runs: number): SimulateEntry {
  const f = result.frameSetting;
  const b = result.budgetYear;
  const m = result.matters;
  return {
    model: result.modelId,
    scenario: result.scenarioId,
    seed: result.seed,
    runs,
    frameSetting: {
      demanded: round(f.demandedMsek, DECIMALS.money),
      revenue: round(f.revenueMsek, DECIMALS.money),
      overDemandRatio: round(f.overDemandRatio, DECIMALS.ratio),
      allocativeLoss: round(f.allocativeLossMsek, DECIMALS.money),
      rounds: f.rounds,
    },
    budgetYear: {
      result: round(b.resultMsek, DECIMALS.money),
      trappedSurplus: round(b.trappedSurplusMsek, DECIMALS.money),
      decisions: b.decisions,
      daysToCover: { median: round(b.daysToCover.median, DECIMALS.count), p90: round(b.daysToCover.p90, DECIMALS.count) },
    },
    matters: {
      leadTimeDays: { median: round(m.leadTime.median, DECIMALS.count), p90: round(m.leadTime.p90, DECIMALS.count) },
      handovers: m.handovers,
    },
  };
}

function entryFromSummary(summary: ModelSummary, scenario: Scenario, seed: number): SimulateEntry {
  const pick = (key: MetricKey, precision: Precision): Summary => {
    const s = summary.metrics[key];
    const d = DECIMALS[precision];
    return { median: round(s.median, d), p10: round(s.p10, d), p90: round(s.p90, d) };
  };
  return {
    model: summary.modelId,
    scenario: scenario.id,
    seed,
    runs: summary.runs,
    frameSetting: {
      demanded: pick('frameSetting.demandedMsek', 'money'),
      revenue: pick('frameSetting.revenueMsek', 'money'),
      overDemandRatio: pick('frameSetting.overDemandRatio', 'ratio'),
      allocativeLoss: pick('frameSetting.allocativeLossMsek', 'money'),
      rounds: pick('frameSetting.rounds', 'count'),
    },
    budgetYear: {
      result: pick('budgetYear.resultMsek', 'money'),
      trappedSurplus: pick('budgetYear.trappedSurplusMsek', 'money'),
      decisions: pick('budgetYear.decisions', 'count'),
      daysToCover: { median: pick('budgetYear.daysToCoverMedian', 'count'), p90: pick('budgetYear.daysToCoverP90', 'count') },
    },
    matters: {
      leadTimeDays: { median: pick('matters.leadTimeMedianDays', 'count'), p90: pick('matters.leadTimeP90Days', 'count') },
      handovers: pick('matters.handovers', 'count'),
    },
  };
}

// ---- the table --------------------------------------------------------------------------------------

function formatFigure(figure: Figure, decimals: number, lang: Lang): string {
  const locale = lang === 'sv' ? 'sv-SE' : 'en-GB';
  // Round first so a tiny negative does not print as "-0,0".
  const number = (n: number): string =>
    (round(n, decimals) + 0).toLocaleString(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  if (typeof figure === 'number') return number(figure);
  return `${number(figure.median)} (${number(figure.p10)}–${number(figure.p90)})`;
}

function table(entries: readonly SimulateEntry[], scenario: Scenario, lang: Lang): string {
  const sv = lang === 'sv';
  const first = entries[0];
  const runs = first?.runs ?? 1;
  const rows: [string, (e: SimulateEntry) => string][] = [
    [sv ? 'Ramsättning' : 'Frame setting', () => ''],
    [sv ? '  Äskat (mnkr)' : '  Demanded (MSEK)', (e) => formatFigure(e.frameSetting.demanded, 1, lang)],
    [sv ? '  Intäkter (mnkr)' : '  Revenue (MSEK)', (e) => formatFigure(e.frameSetting.revenue, 1, lang)],
    [sv ? '  Äskat / intäkter' : '  Demanded / revenue', (e) => formatFigure(e.frameSetting.overDemandRatio, 3, lang)],
    [sv ? '  Fördelningsförlust (mnkr)' : '  Allocative loss (MSEK)', (e) => formatFigure(e.frameSetting.allocativeLoss, 2, lang)],
    [sv ? '  Förhandlingsrundor' : '  Negotiation rounds', (e) => formatFigure(e.frameSetting.rounds, 0, lang)],
    [sv ? 'Budgetåret' : 'Budget year', () => ''],
    [sv ? '  Resultat mot budget (mnkr)' : '  Result against budget (MSEK)', (e) => formatFigure(e.budgetYear.result, 1, lang)],
    [sv ? '  Inlåst överskott (mnkr)' : '  Trapped surplus (MSEK)', (e) => formatFigure(e.budgetYear.trappedSurplus, 1, lang)],
    [sv ? '  Politiska budgetbeslut' : '  Political budget decisions', (e) => formatFigure(e.budgetYear.decisions, 0, lang)],
    [sv ? '  Dagar till täckning, median' : '  Days to cover, median', (e) => formatFigure(e.budgetYear.daysToCover.median, 0, lang)],
    [sv ? '  Dagar till täckning, 90:e percentil' : '  Days to cover, 90th percentile', (e) => formatFigure(e.budgetYear.daysToCover.p90, 0, lang)],
    [sv ? 'Ärenden' : 'Matters', () => ''],
    [sv ? '  Ledtid, median (dagar)' : '  Lead time, median (days)', (e) => formatFigure(e.matters.leadTimeDays.median, 0, lang)],
    [sv ? '  Ledtid, 90:e percentil (dagar)' : '  Lead time, 90th percentile (days)', (e) => formatFigure(e.matters.leadTimeDays.p90, 0, lang)],
    [sv ? '  Överlämningar' : '  Handovers', (e) => formatFigure(e.matters.handovers, 0, lang)],
  ];
  const labelWidth = Math.max(...rows.map(([label]) => label.length));
  const cells = entries.map((entry) => rows.map(([, value]) => value(entry)));
  const widths = entries.map((entry, i) => Math.max(entry.model.length, ...(cells[i] ?? []).map((c) => c.length)));
  const line = (label: string, values: string[]): string =>
    `${label.padEnd(labelWidth)}  ${values.map((v, i) => v.padStart(widths[i] ?? 0)).join('  ')}`.trimEnd();
  const number = (n: number, digits: number): string =>
    n.toLocaleString(sv ? 'sv-SE' : 'en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const header = sv
    ? `Scenario: ${scenario.name.sv} (${scenario.id}), frö ${first?.seed ?? scenario.seed}, ${runs === 1 ? '1 körning' : `${runs} körningar: median (10–90 %)`}`
    : `Scenario: ${scenario.name.en} (${scenario.id}), seed ${first?.seed ?? scenario.seed}, ${runs === 1 ? '1 run' : `${runs} runs: median (10–90 %)`}`;
  const assumptions = sv
    ? `Antaganden: κ ${number(scenario.kappa, 2)}, ω ${number(scenario.omega, 2)}, volatilitet × ${number(scenario.volatilityScale, 2)}, trend ${number(scenario.trend * 100, 1)} %${scenario.status === 'example' ? ' (exempelvärden)' : ''}.`
    : `Assumptions: κ ${number(scenario.kappa, 2)}, ω ${number(scenario.omega, 2)}, volatility × ${number(scenario.volatilityScale, 2)}, trend ${number(scenario.trend * 100, 1)} %${scenario.status === 'example' ? ' (example values)' : ''}.`;
  return [
    header,
    '',
    line('', entries.map((e) => e.model)),
    ...rows.map(([label], r) => line(label, cells.map((column) => column[r] ?? ''))),
    '',
    assumptions,
  ].join('\n');
}

// ---- the command ------------------------------------------------------------------------------------

async function simulate(models: Model[], scenario: Scenario, runs: number): Promise<SimulateEntry[]> {
  if (runs === 1) return models.map((model) => entryFromRun(runYear(model, scenario, scenario.seed), 1));
  let summaries: ModelSummary[];
  if (runs * models.length >= POOL_THRESHOLD) {
    const pool = createNodeWorkerPool();
    try {
      summaries = (await pool.runMonteCarlo(models, scenario, { runs })).summaries;
    } finally {
      pool.dispose();
    }
  } else {
    summaries = runMonteCarlo(models, scenario, { runs });
  }
  return summaries.map((summary) => entryFromSummary(summary, scenario, scenario.seed));
}

export async function runSimulateCommand(args: string[], io: SimulateIo): Promise<number> {
  const lang: Lang = langOf(args);
  try {
    const { positionals, values } = parseCliArgs(args, USAGE);
    if (positionals.length === 0) {
      throw new CliInputError(`Ange minst en modell.\n${USAGE.sv}`, `Give at least one model.\n${USAGE.en}`);
    }
    const scenarioRef = typeof values.scenario === 'string' ? values.scenario : 'baseline';
    const runs = integerOption(values.runs, 'runs', 1, MAX_RUNS);
    if (runs < 1) throw new CliInputError('--runs ska vara minst 1.', '--runs must be at least 1.');
    const models = positionals.map((arg) => loadModel(arg, io));
    const ids = new Set<string>();
    for (const model of models) {
      if (ids.has(model.id)) {
        throw new CliInputError(`Modellen ${model.id} är angiven två gånger.`, `The model ${model.id} is given twice.`);
      }
      ids.add(model.id);
    }
    const loaded = loadScenarioArg(scenarioRef, io);
    const scenario: Scenario = { ...loaded, seed: integerOption(values.seed, 'seed', loaded.seed) };
    for (const model of models) {
      const warnings = scenarioWarningsFor(scenario, model);
      if (warnings.length > 0) io.err(issuesText(warnings, lang));
    }
    const entries = await simulate(models, scenario, runs);
    io.out(values.json ? JSON.stringify(entries, null, 2) : table(entries, scenario, lang));
    return 0;
  } catch (error) {
    if (error instanceof CliInputError) {
      io.err(lang === 'sv' ? error.sv : error.en);
      return error.exitCode;
    }
    const detail = error instanceof Error ? error.message : String(error);
    io.err(lang === 'sv' ? `Simuleringen misslyckades: ${detail}` : `The simulation failed: ${detail}`);
    return 1;
  }
}
