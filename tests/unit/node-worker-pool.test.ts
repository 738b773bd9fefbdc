// The same seed gives a deep-equal result in a worker_threads worker and on the main thread (DESIGN §9:
// determinism across Node, browser and worker), Monte Carlo through the pool equals Monte Carlo on the
// main thread however the seeds are split, and a cancelled job rejects.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as v from 'valibot';
import { afterAll, describe, expect, it } from 'vitest';
import { createNodeWorkerPool } from '@/cli/node-worker-pool';
import { ModelSchema, type Model } from '@/domain/model-schema';
import { ScenarioSchema, type Scenario } from '@/domain/scenario-schema';
import { runMonteCarlo } from '@/simulation/monte-carlo';
import { runYear } from '@/simulation/run-year';
import { SimulationCancelledError } from '@/simulation/simulation-pool';

const root = path.resolve(__dirname, '../..');
const model = (id: string): Model =>
  v.parse(ModelSchema, JSON.parse(readFileSync(path.join(root, `models/${id}.json`), 'utf8')));
const scenario: Scenario = v.parse(
  ScenarioSchema,
  JSON.parse(readFileSync(path.join(root, 'models/scenarios/ifo-shock.json'), 'utf8')),
);

const pool = createNodeWorkerPool({ size: 2 });
afterAll(() => pool.dispose());

describe('worker_threads pool', () => {
  it('a worker gives a result deep-equal to the main thread for the same seed', { timeout: 60_000 }, async () => {
    const models = [model('ange-today'), model('ange-a')];
    const fromWorkers = await pool.runFull(models, scenario, 0, 3);
    const onMainThread = models.flatMap((m) => [0, 1, 2].map((i) => runYear(m, scenario, scenario.seed + i)));
    expect(fromWorkers).toHaveLength(6);
    expect(fromWorkers).toStrictEqual(onMainThread);
  });

  it('Monte Carlo over the pool equals Monte Carlo on the main thread', { timeout: 60_000 }, async () => {
    const models = [model('munkfors'), model('ange-today')];
    let lastProgress = 0;
    const pooled = await pool.runMonteCarlo(models, scenario, {
      runs: 40,
      onProgress: (done, total) => {
        expect(total).toBe(80);
        lastProgress = done;
      },
    });
    expect(lastProgress).toBe(80);
    expect(pooled.summaries).toStrictEqual(runMonteCarlo(models, scenario, { runs: 40 }));
  });

  it('a cancelled job rejects and the pool stays usable', { timeout: 60_000 }, async () => {
    const controller = new AbortController();
    const job = pool.runMonteCarlo([model('ange-today')], scenario, { runs: 2_000, signal: controller.signal });
    controller.abort();
    await expect(job).rejects.toBeInstanceOf(SimulationCancelledError);
    const after = await pool.runMonteCarlo([model('ange-a')], scenario, { runs: 4 });
    expect(after.summaries[0]?.runs).toBe(4);
  });
});
