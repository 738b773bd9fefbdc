// A job on the page's pool of simulation Web Workers (Monte Carlo runs or a sweep), off the main thread:
// its progress (reported at most every PROGRESS_INTERVAL_MS, so the page is not re-rendered per message),
// its result, cancelling it (the pool rejects with SimulationCancelledError), and failures with their
// bilingual message. Starting a new job cancels the one running.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Text } from '@/domain/model-schema';
import { createBrowserWorkerPool } from '@/simulation/browser-worker-pool';
import { RobustnessCancelledError } from '@/analysis/robustness-pool';
import { SimulationCancelledError, type SimulationPool } from '@/simulation/simulation-pool';

const PROGRESS_INTERVAL_MS = 100;

export type JobState<R> =
  | { status: 'idle' }
  | { status: 'running'; done: number; total: number; key: string }
  | { status: 'done'; result: R; key: string; milliseconds: number }
  | { status: 'cancelled'; key: string }
  | { status: 'failed'; message: Text; key: string };

/** One pool per page, started on first use and closed when the page goes. */
export function usePool(): () => SimulationPool {
  const pool = useRef<SimulationPool | undefined>(undefined);
  useEffect(
    () => () => {
      pool.current?.dispose();
      pool.current = undefined;
    },
    [],
  );
  return useCallback(() => {
    pool.current ??= createBrowserWorkerPool();
    return pool.current;
  }, []);
}

export function usePoolJob<R>(): {
  state: JobState<R>;
  start(key: string, job: (signal: AbortSignal, onProgress: (done: number, total: number) => void) => Promise<R>): void;
  cancel(): void;
} {
  const [state, setState] = useState<JobState<R>>({ status: 'idle' });
  const controller = useRef<AbortController | undefined>(undefined);
  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback((key: string, job: (signal: AbortSignal, onProgress: (done: number, total: number) => void) => Promise<R>) => {
    controller.current?.abort();
    const own = new AbortController();
    controller.current = own;
    const started = performance.now();
    let lastReport = 0;
    setState({ status: 'running', done: 0, total: 0, key });
    job(own.signal, (done, total) => {
      const now = performance.now();
      if (now - lastReport < PROGRESS_INTERVAL_MS && done < total) return;
      lastReport = now;
      if (!own.signal.aborted) setState({ status: 'running', done, total, key });
    }).then(
      (result) => {
        if (controller.current === own && !own.signal.aborted) {
          setState({ status: 'done', result, key, milliseconds: performance.now() - started });
        }
      },
      (error: unknown) => {
        if (controller.current !== own) return;
        if (error instanceof SimulationCancelledError || error instanceof RobustnessCancelledError || own.signal.aborted) setState({ status: 'cancelled', key });
        else {
          const text = (error as { text?: Text }).text;
          const detail = error instanceof Error ? error.message : String(error);
          setState({ status: 'failed', key, message: text ?? { sv: detail, en: detail } });
        }
      },
    );
  }, []);

  const cancel = useCallback(() => {
    controller.current?.abort();
    setState((current) => (current.status === 'running' ? { status: 'cancelled', key: current.key } : current));
  }, []);

  return { state, start, cancel };
}
