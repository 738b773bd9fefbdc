// `simulate <model…> [--scenario id|path] [--set name=value …] [--seed N] [--runs N] [--json] [--lang en]`:
// one simulated year, or N paired years, of each model under a scenario (DESIGN §4). With --runs 1 the
// JSON is one entry per model (money in MSEK); with more it is one object: the scenario, seed, runs, the
// example year, one entry per model (each figure { median, p10, p90 }) and, for every pair of models in
// the order given, the paired difference b − a of each metric over the same years: its median, 10–90 %
// band and the shares of years in which each does better (DESIGN §4.0). `--set` sets any scalar
// assumption of the ledger, validated. The default output is a readable table in Swedish (English with
// --lang en). A bad model, scenario or setting gives a clear message and exit code 1, never a stack trace.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Model } from '@/domain/model-schema';
import { parseModelText } from '@/domain/parse-model';
import type { Scenario } from '@/domain/scenario-schema';
import type { Issue } from '@/domain/validation-issue';
import { applySettings, type LedgerValue } from '@/simulation/assumption-ledger';
import { loadScenario, scenarioWarningsFor } from '@/simulation/load-scenario';
import {
  METRIC_KEYS,
  runSeedRange,
  seedOfRun,
  summariseBlocks,
  type MetricKey,
  type MetricsBlock,
  type ModelSummary,
  type Summary,
} from '@/simulation/monte-carlo';
import { exampleYearIndex, pairedMetric, type Direction, type PairedMetric } from '@/simulation/paired-difference';
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
  sv: 'Användning: simulate <modell…> [--scenario id|sökväg] [--set namn=värde …] [--seed N] [--runs N] [--json] [--lang en]',
  en: 'Usage: simulate <model…> [--scenario id|path] [--set name=value …] [--seed N] [--runs N] [--json] [--lang en]',
};

/** A figure of the contract: a number for one run, a distribution for several. */
export type Figure = number | Summary;

export interface SimulateEntry {
  model: string;
  scenario: string;
  seed: number;
  runs: number;
  frameSetting: { demanded: Figure; revenue: Figure; overDemandRatio: Figure; allocativeLoss: Figure; rounds: Figure };
  budgetYear: {
    result: Figure;
    netCost: Figure;
    benefitLost: Figure;
    trappedSurplus: Figure;
    decisions: Figure;
    /** Days from the day a deviation could be known to the covering decision; null in a year with none. */
    daysToCover: { median: Figure | null; p90: Figure | null };
    /** Deviations still open at year end, counted apart. */
    neverCovered: Figure;
  };
  matters: { leadTimeDays: { median: Figure; p90: Figure }; handovers: Figure };
}

/** One paired comparison: metrics keyed by the dotted path of the figure in a model entry. */
export interface PairedEntry {
  a: string;
  b: string;
  metrics: Record<string, Omit<PairedMetric, 'years'> & { years: number }>;
}

/** The JSON of a many-year run (--runs N, N ≥ 2). */
export interface SimulateReport {
  scenario: string;
  seed: number;
  runs: number;
  /** The seed of the example year: its paired year-result difference (first pair) is closest to the median. */
  exampleSeed: number;
  models: SimulateEntry[];
  paired: PairedEntry[];
}

/** The paired metrics: entry path, the Monte Carlo metric it summarises, which way is better, decimals. */
export const PAIRED_METRICS: readonly { path: string; key: MetricKey; direction: Direction; precision: Precision }[] = [
  { path: 'frameSetting.allocativeLoss', key: 'frameSetting.allocativeLossMsek', direction: 'lower', precision: 'money' },
  { path: 'frameSetting.overDemandRatio', key: 'frameSetting.overDemandRatio', direction: 'lower', precision: 'ratio' },
  { path: 'frameSetting.rounds', key: 'frameSetting.rounds', direction: 'lower', precision: 'count' },
  { path: 'budgetYear.result', key: 'budgetYear.resultMsek', direction: 'higher', precision: 'money' },
  { path: 'budgetYear.netCost', key: 'budgetYear.netCostMsek', direction: 'lower', precision: 'money' },
  { path: 'budgetYear.benefitLost', key: 'budgetYear.benefitLostMsek', direction: 'lower', precision: 'money' },
  { path: 'budgetYear.trappedSurplus', key: 'budgetYear.trappedSurplusMsek', direction: 'lower', precision: 'money' },
  { path: 'budgetYear.decisions', key: 'budgetYear.decisions', direction: 'lower', precision: 'count' },
  { path: 'budgetYear.daysToCover', key: 'budgetYear.daysToCoverMedian', direction: 'lower', precision: 'count' },
  { path: 'budgetYear.neverCovered', key: 'budgetYear.neverCovered', direction: 'lower', precision: 'count' },
  { path: 'matters.leadTimeDays', key: 'matters.leadTimeMedianDays', direction: 'lower', precision: 'count' },
  { path: 'matters.handovers', key: 'matters.handovers', direction: 'lower', precision: 'count' },
];

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

/** Reads `--set name=value` settings into an object, or throws a message naming the bad one. */
export function settingsOf(raw: string | boolean | string[] | undefined): Record<string, LedgerValue> {
  const list = raw === undefined || typeof raw === 'boolean' ? [] : Array.isArray(raw) ? raw : [raw];
  const settings: Record<string, LedgerValue> = {};
  for (const item of list) {
    const at = item.indexOf('=');
    if (at <= 0) {
      throw new CliInputError(
        `--set ska skrivas namn=värde, inte ${JSON.stringify(item)}.`,
        `--set must be written name=value, not ${JSON.stringify(item)}.`,
      );
    }
    settings[item.slice(0, at).trim()] = item.slice(at + 1).trim();
  }
  return settings;
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
      netCost: round(b.netCostMsek, DECIMALS.money),
      benefitLost: round(b.benefitLostMsek, DECIMALS.money),
      trappedSurplus: round(b.trappedSurplusMsek, DECIMALS.money),
      decisions: b.decisions,
      daysToCover: {
        median: b.daysToCover.median === null ? null : round(b.daysToCover.median, DECIMALS.count),
        p90: b.daysToCover.p90 === null ? null : round(b.daysToCover.p90, DECIMALS.count),
      },
      neverCovered: b.daysToCover.neverCovered,
    },
    matters: {
      leadTimeDays: { median: round(m.leadTime.median, DECIMALS.count), p90: round(m.leadTime.p90, DECIMALS.count) },
      handovers: m.handovers,
    },
  };
}

function entryFromSummary(summary: ModelSummary & { daysCovered: number }, scenario: Scenario, seed: number): SimulateEntry {
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
      netCost: pick('budgetYear.netCostMsek', 'money'),
      benefitLost: pick('budgetYear.benefitLostMsek', 'money'),
      trappedSurplus: pick('budgetYear.trappedSurplusMsek', 'money'),
      decisions: pick('budgetYear.decisions', 'count'),
      daysToCover: {
        median: summary.daysCovered > 0 ? pick('budgetYear.daysToCoverMedian', 'count') : null,
        p90: summary.daysCovered > 0 ? pick('budgetYear.daysToCoverP90', 'count') : null,
      },
      neverCovered: pick('budgetYear.neverCovered', 'count'),
    },
    matters: {
      leadTimeDays: { median: pick('matters.leadTimeMedianDays', 'count'), p90: pick('matters.leadTimeP90Days', 'count') },
      handovers: pick('matters.handovers', 'count'),
    },
  };
}

// ---- the table --------------------------------------------------------------------------------------

function formatFigure(figure: Figure | null, decimals: number, lang: Lang): string {
  if (figure === null) return '–';
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
    [sv ? '  Årets nettokostnad (mnkr)' : '  Net cost of the year (MSEK)', (e) => formatFigure(e.budgetYear.netCost, 1, lang)],
    [sv ? '  Instängt överskott (mnkr)' : '  Trapped surplus (MSEK)', (e) => formatFigure(e.budgetYear.trappedSurplus, 1, lang)],
    [sv ? '  Politiska budgetbeslut' : '  Political budget decisions', (e) => formatFigure(e.budgetYear.decisions, 0, lang)],
    [sv ? '  Dagar till täckning, median' : '  Days to cover, median', (e) => formatFigure(e.budgetYear.daysToCover.median, 0, lang)],
    [sv ? '  Dagar till täckning, 90:e percentil' : '  Days to cover, 90th percentile', (e) => formatFigure(e.budgetYear.daysToCover.p90, 0, lang)],
    [sv ? '  Avvikelser aldrig täckta under året' : '  Deviations never covered in the year', (e) => formatFigure(e.budgetYear.neverCovered, 1, lang)],
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

async function monteCarloBlocks(models: Model[], scenario: Scenario, runs: number): Promise<MetricsBlock[]> {
  if (runs * models.length >= POOL_THRESHOLD) {
    const pool = createNodeWorkerPool();
    try {
      return (await pool.runMonteCarlo(models, scenario, { runs })).blocks;
    } finally {
      pool.dispose();
    }
  }
  return runSeedRange(models, scenario, 0, runs);
}

/** One metric's values over the runs of one model, in run order. */
function column(blocks: readonly MetricsBlock[], modelId: string, key: MetricKey): Float64Array {
  const k = METRIC_KEYS.indexOf(key);
  const ordered = blocks.filter((block) => block.modelId === modelId).sort((x, y) => x.runFrom - y.runFrom);
  const runs = ordered.reduce((sum, block) => sum + block.runs, 0);
  const out = new Float64Array(runs);
  let row = 0;
  for (const block of ordered) for (let r = 0; r < block.runs; r++) out[row++] = block.values[r * METRIC_KEYS.length + k] ?? Number.NaN;
  return out;
}

/** The many-year report: entries per model and the paired comparison of every pair in the order given. */
export function pairedReport(models: readonly Model[], scenario: Scenario, blocks: readonly MetricsBlock[], runs: number): SimulateReport {
  const summaries = summariseBlocks(blocks);
  const entries = models.map((model) => {
    const summary = summaries.find((s) => s.modelId === model.id);
    if (summary === undefined) throw new Error(`no runs of ${model.id}`);
    const covered = column(blocks, model.id, 'budgetYear.daysToCoverMedian').filter(Number.isFinite).length;
    return entryFromSummary({ ...summary, daysCovered: covered }, scenario, scenario.seed);
  });
  const paired: PairedEntry[] = [];
  for (let i = 0; i < models.length; i++) {
    for (let j = i + 1; j < models.length; j++) {
      const a = models[i] as Model;
      const b = models[j] as Model;
      const metrics: PairedEntry['metrics'] = {};
      for (const metric of PAIRED_METRICS) {
        const p = pairedMetric(column(blocks, a.id, metric.key), column(blocks, b.id, metric.key), metric.direction);
        const d = DECIMALS[metric.precision];
        metrics[metric.path] = {
          direction: p.direction,
          medianDifference: round(p.medianDifference, d),
          p10: round(p.p10, d),
          p90: round(p.p90, d),
          shareBBetter: round(p.shareBBetter, 4),
          shareABetter: round(p.shareABetter, 4),
          shareTied: round(p.shareTied, 4),
          years: p.years,
        };
      }
      paired.push({ a: a.id, b: b.id, metrics });
    }
  }
  const [first, second] = models;
  const example =
    first !== undefined && second !== undefined
      ? exampleYearIndex(column(blocks, first.id, 'budgetYear.resultMsek'), column(blocks, second.id, 'budgetYear.resultMsek'))
      : 0;
  return {
    scenario: scenario.id,
    seed: scenario.seed,
    runs,
    exampleSeed: seedOfRun(scenario, Math.max(0, example)),
    models: entries,
    paired,
  };
}

function pairedTable(report: SimulateReport, lang: Lang): string {
  const sv = lang === 'sv';
  const number = (n: number, digits: number): string =>
    (round(n, digits) + 0).toLocaleString(sv ? 'sv-SE' : 'en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const percent = (x: number): string => `${number(x * 100, 0)} %`;
  const lines: string[] = [];
  for (const pair of report.paired) {
    lines.push(
      sv
        ? `Parat över ${report.runs} år: ${pair.b} − ${pair.a} (median, 10–90 %; andel år ${pair.b} bättre / ${pair.a} bättre / lika)`
        : `Paired over ${report.runs} years: ${pair.b} − ${pair.a} (median, 10–90 %; share of years ${pair.b} better / ${pair.a} better / tied)`,
    );
    for (const [path, m] of Object.entries(pair.metrics)) {
      lines.push(
        `  ${path.padEnd(30)} ${number(m.medianDifference, 2).padStart(9)} (${number(m.p10, 2)}–${number(m.p90, 2)})  ${percent(m.shareBBetter)} / ${percent(m.shareABetter)} / ${percent(m.shareTied)}`,
      );
    }
  }
  lines.push(sv ? `Exempelår: frö ${report.exampleSeed} (närmast medianskillnaden i resultat).` : `Example year: seed ${report.exampleSeed} (closest to the median difference in the result).`);
  return lines.join('\n');
}

export async function runSimulateCommand(args: string[], io: SimulateIo): Promise<number> {
  const lang: Lang = langOf(args);
  try {
    const { positionals, values } = parseCliArgs(args, USAGE);
    if (positionals.length === 0) {
      throw new CliInputError(`Ange minst en modell.\n${USAGE.sv}`, `Give at least one model.\n${USAGE.en}`);
    }
    const scenarioRef = typeof values.scenario === 'string' ? values.scenario : 'baseline';
    const runs = integerOption(values.runs, 'runs', 1, MAX_RUNS, 1);
    const models = positionals.map((arg) => loadModel(arg, io));
    const ids = new Set<string>();
    for (const model of models) {
      if (ids.has(model.id)) {
        throw new CliInputError(`Modellen ${model.id} är angiven två gånger.`, `The model ${model.id} is given twice.`);
      }
      ids.add(model.id);
    }
    const loaded = loadScenarioArg(scenarioRef, io);
    const set = applySettings(loaded, settingsOf(values.set));
    if (!set.ok) throw new CliInputError(`--set: ${set.message.sv}`, `--set: ${set.message.en}`, 1);
    const scenario: Scenario = { ...set.scenario, seed: integerOption(values.seed, 'seed', loaded.seed) };
    for (const model of models) {
      const warnings = scenarioWarningsFor(scenario, model);
      if (warnings.length > 0) io.err(issuesText(warnings, lang));
    }
    if (runs === 1) {
      const entries = models.map((model) => entryFromRun(runYear(model, scenario, scenario.seed), 1));
      io.out(values.json ? JSON.stringify(entries, null, 2) : table(entries, scenario, lang));
      return 0;
    }
    const report = pairedReport(models, scenario, await monteCarloBlocks(models, scenario, runs), runs);
    io.out(values.json ? JSON.stringify(report, null, 2) : `${table(report.models, scenario, lang)}\n\n${pairedTable(report, lang)}`);
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
