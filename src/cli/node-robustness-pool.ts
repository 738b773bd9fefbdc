// The Node pool of robustness workers (worker_threads), used by `robustness` and the benchmark. Each
// worker runs src/cli/node-robustness-worker.ts, started as node-worker-pool.ts starts simulation workers
// (a .ts entry through tsx, a bundled .mjs as plain JavaScript).
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { RobustnessWorkerMessage, RobustnessWorkerReply } from '@/analysis/robustness-job';
import type { Text } from '@/domain/model-schema';
import { createRobustnessPool, type RobustnessPool } from '@/analysis/robustness-pool';
import { nodeJobPort, RUNS_BUNDLED } from './node-worker-pool';

const here = path.dirname(fileURLToPath(import.meta.url));
export const ROBUSTNESS_WORKER_ENTRY = pathToFileURL(path.join(here, RUNS_BUNDLED ? 'node-robustness-worker.mjs' : 'node-robustness-worker.ts'));

const analysisWorkerFailure = (error: Error): Text => ({
  sv: `En analysarbetare slutade fungera: ${error.message}`,
  en: `An analysis worker stopped working: ${error.message}`,
});

export function createNodeRobustnessPool(options: { size?: number; entry?: URL } = {}): RobustnessPool {
  const entry = options.entry ?? ROBUSTNESS_WORKER_ENTRY;
  return createRobustnessPool(() => nodeJobPort<RobustnessWorkerMessage, RobustnessWorkerReply>(entry, analysisWorkerFailure), options.size ?? Math.max(1, availableParallelism()));
}
