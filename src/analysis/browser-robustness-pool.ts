// The browser's pool of robustness Web Workers, sized to the machine's cores, so a scenario-discovery
// analysis never blocks the page. Cancel with pool.cancel() or an AbortSignal.
import type { Text } from '@/domain/model-schema';
import { browserCoreCount } from '@/simulation/browser-worker-pool';
import type { RobustnessWorkerReply } from './robustness-job';
import { createRobustnessPool, type RobustnessPool, type RobustnessPort } from './robustness-pool';

function browserRobustnessPort(): RobustnessPort {
  const worker = new Worker(new URL('./robustness-worker.ts', import.meta.url), { type: 'module' });
  return {
    postMessage: (message) => worker.postMessage(message),
    onReply: (listener) => worker.addEventListener('message', (event: MessageEvent<RobustnessWorkerReply>) => listener(event.data)),
    onFailure: (listener) => {
      const fail = (detail: string): void =>
        listener({ sv: `En analysarbetare slutade fungera: ${detail}`, en: `An analysis worker stopped working: ${detail}` } satisfies Text);
      worker.addEventListener('error', (event: ErrorEvent) => fail(event.message || 'error'));
      worker.addEventListener('messageerror', () => fail('messageerror'));
    },
    terminate: () => worker.terminate(),
  };
}

export function createBrowserRobustnessPool(size: number = browserCoreCount()): RobustnessPool {
  return createRobustnessPool(browserRobustnessPort, size);
}
