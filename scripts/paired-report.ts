// Paired many-year report of the comparisons the hearing rests on: ange-today vs ange-a and ange-a vs
// ange-b in every shipped scenario, N paired years each (default 1,000), for the year result, net cost,
// trapped surplus, days to cover, allocative loss and lead time. Prints, per pair and metric, the median
// difference b − a, its 10–90 % band and the share of years in which each does better.
// Usage: npx tsx scripts/paired-report.ts [--runs N] [--set name=value …]  (e.g. > bench/paired-after.txt)
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseModelText } from '../src/domain/parse-model';
import type { Model } from '../src/domain/model-schema';
import { parseScenarioText, SHIPPED_SCENARIO_IDS } from '../src/simulation/load-scenario';
import { METRIC_KEYS, runSeedRange, type MetricKey } from '../src/simulation/monte-carlo';
import { pairedMetric, type Direction } from '../src/simulation/paired-difference';
import type { Scenario } from '../src/domain/scenario-schema';

let ledgerModule: Record<string, unknown> | undefined;
try {
  ledgerModule = (await import('../src/simulation/assumption-ledger')) as Record<string, unknown>;
} catch {
  ledgerModule = undefined;
}
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 1000;
const settings: Record<string, string> = {};
args.forEach((arg, i) => {
  if (arg === '--set') {
    const [name, value] = (args[i + 1] ?? '').split('=');
    if (name !== undefined && value !== undefined) settings[name] = value;
  }
});

const PAIRS = [
  ['ange-today', 'ange-a'],
  ['ange-a', 'ange-b'],
] as const;

/** Metric key in METRIC_KEYS, the label printed, which way is better. Keys missing in this engine are skipped. */
const METRICS: [string, string, Direction][] = [
  ['budgetYear.resultMsek', 'year result (MSEK)', 'higher'],
  ['budgetYear.netCostMsek', 'net cost (MSEK)', 'lower'],
  ['budgetYear.trappedSurplusMsek', 'trapped surplus (MSEK)', 'lower'],
  ['budgetYear.daysToCoverMedian', 'days to cover', 'lower'],
  ['frameSetting.allocativeLossMsek', 'allocative loss (MSEK)', 'lower'],
  ['matters.leadTimeMedianDays', 'lead time (days)', 'lower'],
];

function load<T>(file: string, parse: (text: string) => { ok: true; value: T } | { ok: false; value?: undefined }): T {
  const result = parse(readFileSync(join(root, file), 'utf8'));
  if (!result.ok) throw new Error(`${file} is not valid`);
  return result.value;
}

const model = (id: string): Model =>
  load(`models/${id}.json`, (text) => {
    const r = parseModelText(text);
    return r.ok ? { ok: true, value: r.model } : { ok: false };
  });
const scenarioOf = (id: string): Scenario =>
  load(`models/scenarios/${id}.json`, (text) => {
    const r = parseScenarioText(text);
    return r.ok ? { ok: true, value: r.scenario } : { ok: false };
  });

const applySettings = (scenario: Scenario): Scenario => {
  if (Object.keys(settings).length === 0) return scenario;
  const apply = ledgerModule?.applySettings as
    | ((s: Scenario, v: Record<string, string>) => { ok: true; scenario: Scenario } | { ok: false; message: string })
    | undefined;
  if (apply === undefined) throw new Error('--set needs the assumption ledger');
  const result = apply(scenario, settings);
  if (!result.ok) throw new Error(result.message);
  return result.scenario;
};

const pct = (x: number): string => `${(x * 100).toFixed(1).padStart(5)} %`;
const num = (x: number): string => (Math.abs(x) < 5e-4 ? 0 : x).toFixed(3).padStart(9);

const lines: string[] = [];
lines.push(`Paired years: ${runs} per scenario; difference = b − a; seeds scenario.seed + i.`);
if (Object.keys(settings).length > 0) lines.push(`Settings: ${JSON.stringify(settings)}`);
for (const scenarioId of SHIPPED_SCENARIO_IDS) {
  const scenario = applySettings(scenarioOf(scenarioId));
  const ids = [...new Set(PAIRS.flat())];
  const models = ids.map(model);
  const blocks = runSeedRange(models, scenario, 0, runs);
  const column = (id: string, key: string): Float64Array => {
    const block = blocks.find((b) => b.modelId === id);
    const k = (METRIC_KEYS as readonly string[]).indexOf(key);
    const out = new Float64Array(runs);
    for (let r = 0; r < runs; r++) out[r] = block?.values[r * METRIC_KEYS.length + k] ?? Number.NaN;
    return out;
  };
  lines.push('', `== scenario ${scenarioId}`);
  for (const [a, b] of PAIRS) {
    lines.push(`-- ${a} (a) vs ${b} (b)`);
    lines.push(`   ${'metric'.padEnd(24)} ${'median'.padStart(9)} ${'p10'.padStart(9)} ${'p90'.padStart(9)}   ${'B better'.padStart(8)} ${'A better'.padStart(8)} ${'tied'.padStart(8)}  years`);
    for (const [key, label, direction] of METRICS) {
      if (!(METRIC_KEYS as readonly string[]).includes(key as MetricKey)) continue;
      const p = pairedMetric(column(a, key), column(b, key), direction);
      lines.push(
        `   ${label.padEnd(24)} ${num(p.medianDifference)} ${num(p.p10)} ${num(p.p90)}   ${pct(p.shareBBetter)} ${pct(p.shareABetter)} ${pct(p.shareTied)}  ${p.years}`,
      );
    }
  }
}
console.log(lines.join('\n'));
