// The Node pool of simulation workers (worker_threads), used by `simulate --runs N` and the benchmark.
// Each worker runs src/cli/node-simulation-worker.ts; a .ts entry is loaded through tsx (with the
// project's tsconfig for the @/ alias), and a bundled .mjs entry (the benchmark builds one with esbuild to
// skip the TypeScript loader's start-up cost) runs as plain JavaScript.
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Text } from '@/domain/model-schema';
import { createSimulationPool, type SimulationPool } from '@/simulation/simulation-pool';
import type { SimulationWorkerMessage, SimulationWorkerReply } from '@/simulation/simulation-job';
import type { JobPort } from '@/simulation/worker-slots';

const here = path.dirname(fileURLToPath(import.meta.url));
/** True when this code runs bundled (scripts/bench.mjs): the worker entries are bundled beside it. */
export const RUNS_BUNDLED = import.meta.url.endsWith('.mjs');
export const DEFAULT_WORKER_ENTRY = pathToFileURL(path.join(here, RUNS_BUNDLED ? 'node-simulation-worker.mjs' : 'node-simulation-worker.ts'));
const TSCONFIG = path.resolve(here, '../../tsconfig.json');

export interface NodeWorkerPoolOptions {
  /** Workers; default the machine's cores (os.availableParallelism()). */
  size?: number;
  /** Worker entry: the .ts entry (default, through tsx) or a bundled .mjs. */
  entry?: URL;
}

/**
 * A worker for a .ts entry registers tsx's ESM hooks in its own thread first (tsx/esm/api `register`),
 * then imports the entry: Node 20 does not apply `--import tsx` from a worker's execArgv to its entry
 * module, so the documented execArgv route fails with "Unknown file extension .ts" (verified here).
 */
export function startWorker(entry: URL): Worker {
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry);
  // The ESM build of tsx/esm/api (require.resolve would give the CommonJS one).
  const tsxPackage = path.dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  const tsxApi = pathToFileURL(path.join(tsxPackage, 'dist/esm/api/index.mjs')).href;
  const bootstrap =
    `import(${JSON.stringify(tsxApi)})` +
    `.then(({ register }) => { register({ tsconfig: ${JSON.stringify(TSCONFIG)} }); return import(${JSON.stringify(entry.href)}); })`;
  return new Worker(bootstrap, { eval: true });
}

/**
 * A worker_threads worker as a pool's JobPort. Idle workers do not keep the process alive: a worker is
 * referenced while it has a job (from a message sent until a reply that is not progress). `failure`
 * words the message when the worker dies.
 */
export function nodeJobPort<Message, Reply extends { type: string }>(entry: URL, failure: (error: Error) => Text): JobPort<Message, Reply> {
  const worker = startWorker(entry);
  worker.unref();
  return {
    postMessage: (message) => {
      worker.ref();
      worker.postMessage(message);
    },
    onReply: (listener) =>
      worker.on('message', (reply: Reply) => {
        if (reply.type !== 'progress') worker.unref();
        listener(reply);
      }),
    onFailure: (listener) => {
      worker.on('error', (error: Error) => listener(failure(error)));
    },
    terminate: () => {
      void worker.terminate();
    },
  };
}

const simulationWorkerFailure = (error: Error): Text => ({
  sv: `En simuleringsarbetare slutade fungera: ${error.message}`,
  en: `A simulation worker stopped working: ${error.message}`,
});

export function createNodeWorkerPool(options: NodeWorkerPoolOptions = {}): SimulationPool {
  const entry = options.entry ?? DEFAULT_WORKER_ENTRY;
  return createSimulationPool(() => nodeJobPort<SimulationWorkerMessage, SimulationWorkerReply>(entry, simulationWorkerFailure), options.size ?? Math.max(1, availableParallelism()));
}
