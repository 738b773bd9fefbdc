// The worker_threads entry of the Node simulation pool (node-worker-pool.ts): the same job handler as
// the browser's Web Worker (src/simulation/simulation-job.ts), on Node's message port.
import { parentPort } from 'node:worker_threads';
import { createSimulationJobHandler } from '@/simulation/simulation-job';

const port = parentPort;
if (port !== null) {
  const handle = createSimulationJobHandler((reply, transfer) => port.postMessage(reply, transfer));
  port.on('message', handle);
}
