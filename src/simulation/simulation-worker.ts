// The Web Worker entry the browser's simulation pool starts (browser-worker-pool.ts): it runs the same
// pure simulation code as the main thread, off the main thread, and answers with progress and metrics.
// Messages and replies: src/simulation/simulation-job.ts.
import { createSimulationJobHandler } from './simulation-job';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent) => void) | null;
  postMessage(message: unknown, transfer: Transferable[]): void;
};

const handle = createSimulationJobHandler((reply, transfer) => scope.postMessage(reply, transfer));
scope.onmessage = (event: MessageEvent) => handle(event.data);
