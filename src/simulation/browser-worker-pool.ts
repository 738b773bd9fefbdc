// The browser's pool of simulation Web Workers, sized to the machine's cores (navigator.hardwareConcurrency),
// so Monte Carlo runs and sweeps never block the page. Cancel with pool.cancel() or an AbortSignal.
import type { Text } from '@/domain/model-schema';
import { createSimulationPool, type SimulationPool, type WorkerPort } from './simulation-pool';
import type { SimulationWorkerReply } from './simulation-job';

function browserWorkerPort(): WorkerPort {
  const worker = new Worker(new URL('./simulation-worker.ts', import.meta.url), { type: 'module' });
  return {
    postMessage: (message) => worker.postMessage(message),
    onReply: (listener) => worker.addEventListener('message', (event: MessageEvent<SimulationWorkerReply>) => listener(event.data)),
    onFailure: (listener) => {
      const fail = (detail: string): void =>
        listener({
          sv: `En simuleringsarbetare slutade fungera: ${detail}`,
          en: `A simulation worker stopped working: ${detail}`,
        } satisfies Text);
      worker.addEventListener('error', (event: ErrorEvent) => fail(event.message || 'error'));
      worker.addEventListener('messageerror', () => fail('messageerror'));
    },
    terminate: () => worker.terminate(),
  };
}

/** Cores the browser reports, at least 1 (2 when it does not say). */
export function browserCoreCount(): number {
  const cores = typeof navigator === 'undefined' ? undefined : navigator.hardwareConcurrency;
  return typeof cores === 'number' && cores > 0 ? cores : 2;
}

export function createBrowserWorkerPool(size: number = browserCoreCount()): SimulationPool {
  return createSimulationPool(browserWorkerPort, size);
}
