// The Web Worker entry of the browser's robustness pool (browser-robustness-pool.ts): the same pure runs
// and analysis as the main thread, off the main thread. Messages and replies: robustness-job.ts.
import { createRobustnessJobHandler } from './robustness-job';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent) => void) | null;
  postMessage(message: unknown, transfer: Transferable[]): void;
};

const handle = createRobustnessJobHandler((reply, transfer) => scope.postMessage(reply, transfer));
scope.onmessage = (event: MessageEvent) => handle(event.data);
