// The benchmark (`npm run bench`, issue 4): measures in one run
// - one simulated year of ange-today and ange-a under the baseline scenario: median time and runs/s per core;
// - the matter engine (transition table compiled from the XState machine) against the plain approach of
//   one XState actor per matter (goal ≥ 50× faster) and against the floor, a hand-written loop over the
//   same event queue with no state logic (goal ≤ 2.5× the floor) — baselines in bench-matter-baselines.ts;
// - Monte Carlo of 1,000 paired runs × 3 models on all cores through the worker pool (goal ≤ 0.6 s on 2
//   cores); one prepared year ≤ 0.4 ms. The machine's load is printed, since other processes slow it.
// Prints a table and writes bench/results.json. Timings are medians over repeated samples.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Model } from '@/domain/model-schema';
import { parseModelText } from '@/domain/parse-model';
import { createPrng } from '@/domain/prng';
import type { Scenario } from '@/domain/scenario-schema';
import { parseScenarioText } from '@/simulation/load-scenario';
import { simulateMatters } from '@/simulation/matter-flow';
import { runMonteCarlo } from '@/simulation/monte-carlo';
import { prepareYear, runPreparedYear, runYear } from '@/simulation/run-year';
import { quantile } from '@/simulation/quantile';
import { runMattersFloor, runMattersWithActors } from './bench-matter-baselines';
import { benchEditor } from './bench-editor';
import { benchRobustness } from './bench-robustness';
import { createNodeWorkerPool } from './node-worker-pool';

const here = path.dirname(fileURLToPath(import.meta.url));
// Bundled by scripts/bench.mjs, the code runs from a cache folder; the script names the project root.
const root = process.env.KOMMUNMODELL_ROOT ?? path.resolve(here, '../..');
const YEAR_MODELS = ['ange-today', 'ange-a'] as const;
const MONTE_CARLO_MODELS = ['ange-today', 'ange-a', 'ange-b'] as const;
const MONTE_CARLO_RUNS = 1_000;
const GOALS = { engineVsActorSpeedup: 50, engineVsFloorRatio: 2.5, monteCarlo3x1000WallMs: 600, yearRunMs: 0.4 } as const;

function loadModel(id: string): Model {
  const result = parseModelText(readFileSync(path.join(root, 'models', `${id}.json`), 'utf8'));
  if (!result.ok) throw new Error(`bench: models/${id}.json is not valid`);
  return result.model;
}

function loadBaseline(): Scenario {
  const result = parseScenarioText(readFileSync(path.join(root, 'models', 'scenarios', 'baseline.json'), 'utf8'));
  if (!result.ok) throw new Error('bench: models/scenarios/baseline.json is not valid');
  return result.scenario;
}

/**
 * Median milliseconds per call of `run(i)`: `warmup` calls first (JIT), then `samples` samples of `batch`
 * calls each, so even a call of a few microseconds is timed well above the clock's resolution.
 */
function medianMs(run: (i: number) => void, options: { warmup: number; samples: number; batch: number }): number {
  let i = 0;
  for (let w = 0; w < options.warmup; w++) run(i++);
  const times: number[] = [];
  for (let s = 0; s < options.samples; s++) {
    const start = performance.now();
    for (let b = 0; b < options.batch; b++) run(i++);
    times.push((performance.now() - start) / options.batch);
  }
  return quantile(times, 0.5);
}

const fixed = (n: number, digits: number): string => n.toFixed(digits);

async function main(): Promise<void> {
  const scenario = loadBaseline();
  const cores = availableParallelism();
  const rows: [string, string, string][] = [];

  // One simulated year, end to end (runYear) and with the model's setup prepared once (as Monte Carlo does).
  const yearRunMedianMs: Record<string, number> = {};
  const runsPerSecondPerCore: Record<string, number> = {};
  for (const id of YEAR_MODELS) {
    const model = loadModel(id);
    yearRunMedianMs[id] = medianMs((i) => runYear(model, scenario, i), { warmup: 300, samples: 60, batch: 10 });
    const setup = prepareYear(model, scenario);
    const prepared = medianMs((i) => runPreparedYear(setup, i), { warmup: 300, samples: 60, batch: 10 });
    runsPerSecondPerCore[id] = 1000 / prepared;
    rows.push([`Ett år, ${id}`, `${fixed(yearRunMedianMs[id] ?? 0, 3)} ms`, `${fixed(runsPerSecondPerCore[id] ?? 0, 0)} körningar/s per kärna`]);
  }

  // The matter engine against one XState actor per matter and against the floor, on the same inputs.
  const matterInput = (model: Model, i: number) => ({ model, scenario, prng: createPrng(scenario.seed + i) });
  const speedups: Record<string, number> = {};
  const floorRatios: Record<string, number> = {};
  const matterTimes: Record<string, { engineMs: number; actorMs: number; floorMs: number }> = {};
  for (const id of YEAR_MODELS) {
    const model = loadModel(id);
    const engineMs = medianMs((i) => simulateMatters(matterInput(model, i)), { warmup: 200, samples: 40, batch: 10 });
    const actorMs = medianMs((i) => runMattersWithActors(matterInput(model, i)), { warmup: 5, samples: 15, batch: 1 });
    const floorMs = medianMs((i) => runMattersFloor(matterInput(model, i)), { warmup: 200, samples: 40, batch: 10 });
    matterTimes[id] = { engineMs, actorMs, floorMs };
    speedups[id] = actorMs / engineMs;
    floorRatios[id] = engineMs / floorMs;
    rows.push([
      `Ärenden, ${id}`,
      `motor ${fixed(engineMs, 3)} ms`,
      `aktörer ${fixed(actorMs, 2)} ms (${fixed(speedups[id] ?? 0, 1)}×), golv ${fixed(floorMs, 3)} ms (${fixed(floorRatios[id] ?? 0, 2)}×)`,
    ]);
  }
  // The goals hold only if they hold for every model: the smallest speedup, the largest floor ratio.
  const engineVsActorSpeedup = Math.min(...Object.values(speedups));
  const engineVsFloorRatio = Math.max(...Object.values(floorRatios));

  // Monte Carlo: 1,000 runs × 3 models over a pool of all cores. The pool is started and warmed first, as
  // the tool keeps it alive between runs; its cold start is measured and reported on its own.
  const models = MONTE_CARLO_MODELS.map(loadModel);
  const pool = createNodeWorkerPool({ size: cores });
  let monteCarloColdStartMs = 0;
  const wallTimes: number[] = [];
  let singleThreadMs = 0;
  try {
    const coldStart = performance.now();
    await pool.runMonteCarlo(models, scenario, { runs: cores });
    monteCarloColdStartMs = performance.now() - coldStart;
    await pool.runMonteCarlo(models, scenario, { runs: 300 });
    for (let repeat = 0; repeat < 5; repeat++) {
      const start = performance.now();
      await pool.runMonteCarlo(models, scenario, { runs: MONTE_CARLO_RUNS });
      wallTimes.push(performance.now() - start);
    }
  } finally {
    pool.dispose();
  }
  const monteCarlo3x1000WallMs = quantile(wallTimes, 0.5);
  {
    const start = performance.now();
    runMonteCarlo(models, scenario, { runs: MONTE_CARLO_RUNS });
    singleThreadMs = performance.now() - start;
  }
  rows.push([`Monte Carlo 3 × ${MONTE_CARLO_RUNS}`, `${fixed(monteCarlo3x1000WallMs, 0)} ms på ${cores} kärnor`, `en tråd ${fixed(singleThreadMs, 0)} ms; kallstart av poolen ${fixed(monteCarloColdStartMs, 0)} ms`]);

  // Scenario discovery (robustness) against plain Monte Carlo of the same year runs, in this run.
  const robustness = await benchRobustness(models.slice(0, 2), models, scenario, cores);
  rows.push(...robustness.rows);

  const goals = {
    engineVsActorSpeedup: engineVsActorSpeedup >= GOALS.engineVsActorSpeedup,
    engineVsFloorRatio: engineVsFloorRatio <= GOALS.engineVsFloorRatio,
    monteCarlo3x1000WallMs: monteCarlo3x1000WallMs <= GOALS.monteCarlo3x1000WallMs,
    yearRunMs: Math.max(...Object.values(runsPerSecondPerCore).map((r) => 1000 / r)) <= GOALS.yearRunMs,
  };
  const editor = benchEditor(loadModel('ange-today'));
  rows.push([`Utkast med ${editor.bodies} organ: validera`, `${fixed(editor.validateMs, 1)} ms`, 'hela modellen, per tangenttryckning']);
  rows.push(['  ändra ett värde (immer)', `${fixed(editor.applyEditMs, 2)} ms`, '']);
  rows.push(['  serialisera (autospar)', `${fixed(editor.serialiseMs, 1)} ms`, `${fixed(editor.fileBytes / 1024, 0)} kB`]);
  rows.push(['  läsa in filen (tolka + validera)', `${fixed(editor.importMs, 1)} ms`, '']);
  const load = (await import('node:os')).loadavg()[0] ?? 0;
  rows.push(['Mål: ≥ 50× aktörer', fixed(engineVsActorSpeedup, 1) + '×', goals.engineVsActorSpeedup ? 'uppnått' : 'EJ uppnått']);
  rows.push(['Mål: ≤ 2,5× golvet', fixed(engineVsFloorRatio, 2) + '×', goals.engineVsFloorRatio ? 'uppnått' : 'EJ uppnått']);
  rows.push(['Mål: Monte Carlo ≤ 0,6 s', `${fixed(monteCarlo3x1000WallMs, 0)} ms`, goals.monteCarlo3x1000WallMs ? 'uppnått' : 'EJ uppnått']);
  rows.push(['Mål: ett år ≤ 0,4 ms', `${fixed(Math.max(...Object.values(runsPerSecondPerCore).map((r) => 1000 / r)), 3)} ms`, goals.yearRunMs ? 'uppnått' : 'EJ uppnått']);
  rows.push(['Maskinens last (1 min)', fixed(load, 1), load > cores ? 'fler processer än kärnor: tiderna är för höga' : '']);

  const results = {
    yearRunMedianMs,
    runsPerSecondPerCore,
    engineVsActorSpeedup,
    engineVsFloorRatio,
    monteCarlo3x1000WallMs,
    ...robustness.results,
    editor,
    details: {
      scenario: scenario.id,
      cores,
      cpu: cpus()[0]?.model ?? 'unknown',
      node: process.version,
      matterTimesMs: matterTimes,
      engineVsActorSpeedupByModel: speedups,
      engineVsFloorRatioByModel: floorRatios,
      monteCarloModels: MONTE_CARLO_MODELS,
      monteCarloWallTimesMs: wallTimes,
      monteCarloColdStartMs,
      monteCarloSingleThreadMs: singleThreadMs,
      goals: GOALS,
      goalsMet: goals,
      loadAverage1Min: load,
    },
  };
  const width = Math.max(...rows.map(([label]) => label.length));
  const middle = Math.max(...rows.map(([, value]) => value.length));
  console.log(rows.map(([label, value, note]) => `${label.padEnd(width)}  ${value.padEnd(middle)}  ${note}`).join('\n'));
  mkdirSync(path.join(root, 'bench'), { recursive: true });
  writeFileSync(path.join(root, 'bench', 'results.json'), JSON.stringify(results, null, 2) + '\n');
  console.log(`\nbench/results.json skriven.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
