// The worker_threads entry of the Node robustness pool (node-robustness-pool.ts): the same job handler
// as the browser's Web Worker (src/analysis/robustness-job.ts), on Node's message port.
import { parentPort } from 'node:worker_threads';
import { createRobustnessJobHandler } from '@/analysis/robustness-job';

const port = parentPort;
if (port !== null) {
  const handle = createRobustnessJobHandler((reply, transfer) => port.postMessage(reply, transfer));
  port.on('message', handle);
}
