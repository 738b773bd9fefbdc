// The Node pool of robustness workers (worker_threads), used by `robustness` and the benchmark. Each
// worker runs src/cli/node-robustness-worker.ts, started as node-worker-pool.ts starts simulation workers
// (a .ts entry through tsx, a bundled .mjs as plain JavaScript).
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { RobustnessWorkerReply } from '@/analysis/robustness-job';
import { createRobustnessPool, type RobustnessPool, type RobustnessPort } from '@/analysis/robustness-pool';
import { RUNS_BUNDLED, startWorker } from './node-worker-pool';

const here = path.dirname(fileURLToPath(import.meta.url));
export const ROBUSTNESS_WORKER_ENTRY = pathToFileURL(path.join(here, RUNS_BUNDLED ? 'node-robustness-worker.mjs' : 'node-robustness-worker.ts'));

function nodeRobustnessPort(entry: URL): RobustnessPort {
  const worker = startWorker(entry);
  worker.unref();
  return {
    postMessage: (message) => {
      worker.ref();
      worker.postMessage(message);
    },
    onReply: (listener) =>
      worker.on('message', (reply: RobustnessWorkerReply) => {
        if (reply.type !== 'progress') worker.unref();
        listener(reply);
      }),
    onFailure: (listener) => {
      worker.on('error', (error: Error) =>
        listener({ sv: `En analysarbetare slutade fungera: ${error.message}`, en: `An analysis worker stopped working: ${error.message}` }),
      );
    },
    terminate: () => {
      void worker.terminate();
    },
  };
}

export function createNodeRobustnessPool(options: { size?: number; entry?: URL } = {}): RobustnessPool {
  const entry = options.entry ?? ROBUSTNESS_WORKER_ENTRY;
  return createRobustnessPool(() => nodeRobustnessPort(entry), options.size ?? Math.max(1, availableParallelism()));
}
