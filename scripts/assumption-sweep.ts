// One-at-a-time sweep over every contested assumption of the ledger: for ange-today vs ange-a and
// ange-a vs ange-b in every shipped scenario, each contested parameter is set to the ends of its ledger
// range (every choice, both yes/no) with the others at the scenario's values, and N paired years are run
// (default 100). Prints, per comparison, the default's paired median difference and share of years B is
// better for the year result, net cost and days to cover, then every setting that flips the sign of a
// median or moves the majority of years to the other organisation — the assumptions that decide it.
// Usage: npx tsx scripts/assumption-sweep.ts [--runs N] > bench/assumption-sweep.txt
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Model } from '../src/domain/model-schema';
import { parseModelText } from '../src/domain/parse-model';
import type { Scenario } from '../src/domain/scenario-schema';
import { applySettings, CONTESTED_PARAMETERS, type LedgerValue } from '../src/simulation/assumption-ledger';
import { parseScenarioText, SHIPPED_SCENARIO_IDS } from '../src/simulation/load-scenario';
import { METRIC_KEYS, runSeedRange, type MetricKey, type MetricsBlock } from '../src/simulation/monte-carlo';
import { pairedMetric, type Direction, type PairedMetric } from '../src/simulation/paired-difference';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const runs = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 100;

const model = (id: string): Model => {
  const r = parseModelText(readFileSync(join(root, 'models', `${id}.json`), 'utf8'));
  if (!r.ok) throw new Error(id);
  return r.model;
};
const scenarioOf = (id: string): Scenario => {
  const r = parseScenarioText(readFileSync(join(root, 'models', 'scenarios', `${id}.json`), 'utf8'));
  if (!r.ok) throw new Error(id);
  return r.scenario;
};

const PAIRS = [
  ['ange-today', 'ange-a'],
  ['ange-a', 'ange-b'],
] as const;
const METRICS: [MetricKey, string, Direction, number][] = [
  ['budgetYear.resultMsek', 'result', 'higher', 0.0005],
  ['budgetYear.netCostMsek', 'net cost', 'lower', 0.0005],
  ['budgetYear.daysToCoverMedian', 'days', 'lower', 1e-9],
];

function column(blocks: readonly MetricsBlock[], id: string, key: MetricKey): Float64Array {
  const block = blocks.find((b) => b.modelId === id);
  const k = METRIC_KEYS.indexOf(key);
  return Float64Array.from({ length: block?.runs ?? 0 }, (_, r) => block?.values[r * METRIC_KEYS.length + k] ?? Number.NaN);
}

function settingsFor(): { id: string; value: LedgerValue }[] {
  return CONTESTED_PARAMETERS.flatMap((p): { id: string; value: LedgerValue }[] => {
    const values: LedgerValue[] = p.kind === 'boolean' ? [true, false] : p.kind === 'choice' ? [...(p.choices ?? [])] : [p.min ?? 0, p.max ?? 1];
    return values.map((value) => ({ id: p.id, value }));
  });
}

const models = ['ange-today', 'ange-a', 'ange-b'].map(model);
const fmt = (x: number) => (Math.abs(x) < 0.0005 ? 0 : x).toFixed(2).padStart(7);
const pct = (x: number) => `${Math.round(x * 100)}%`.padStart(4);
/** Which way a paired metric points: +1 B better in most years, −1 A better, 0 neither has a majority. */
const verdict = (p: PairedMetric) => (p.shareBBetter > 0.5 ? 1 : p.shareABetter > 0.5 ? -1 : 0);

const lines: string[] = [`One-at-a-time sweep, ${runs} paired years per setting; difference = b − a.`];
for (const scenarioId of SHIPPED_SCENARIO_IDS) {
  const base = scenarioOf(scenarioId);
  const defaultBlocks = runSeedRange(models, base, 0, runs);
  const results = new Map<string, MetricsBlock[]>();
  for (const setting of settingsFor()) {
    const applied = applySettings(base, { [setting.id]: setting.value });
    if (!applied.ok) continue;
    results.set(`${setting.id}=${String(setting.value)}`, runSeedRange(models, applied.scenario, 0, runs));
  }
  for (const [a, b] of PAIRS) {
    lines.push('', `== ${scenarioId}: ${a} (a) vs ${b} (b)`);
    const at = (blocks: MetricsBlock[]) =>
      METRICS.map(([key, , direction, tolerance]) => pairedMetric(column(blocks, a, key), column(blocks, b, key), direction, tolerance));
    const defaults = at(defaultBlocks);
    lines.push(
      `   default: ${METRICS.map(([, label], i) => `${label} ${fmt(defaults[i]!.medianDifference)} (B better ${pct(defaults[i]!.shareBBetter)}, A better ${pct(defaults[i]!.shareABetter)})`).join('; ')}`,
    );
    lines.push(`   ${'setting'.padEnd(34)} ${METRICS.map(([, label]) => `${label.padStart(8)} median  B>A  A>B`).join('   ')}   decides`);
    for (const [name, blocks] of results) {
      const ps = at(blocks);
      const flips = ps
        .map((p, i) => {
          const d = defaults[i]!;
          const signFlip = Math.sign(Math.round(p.medianDifference * 100)) !== Math.sign(Math.round(d.medianDifference * 100));
          return verdict(p) !== verdict(d) || (signFlip && Math.abs(p.medianDifference - d.medianDifference) > 0.05) ? METRICS[i]![1] : '';
        })
        .filter(Boolean);
      lines.push(
        `   ${name.padEnd(34)} ${ps.map((p) => `${fmt(p.medianDifference).padStart(15)} ${pct(p.shareBBetter)} ${pct(p.shareABetter)}`).join('   ')}   ${flips.length > 0 ? `FLIPS ${flips.join(', ')}` : ''}`,
      );
    }
  }
}
console.log(lines.join('\n'));
