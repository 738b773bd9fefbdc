// The message protocol between a simulation pool and its workers, and the job handler every worker runs
// (the browser's Web Worker in simulation-worker.ts and Node's worker_threads in
// src/cli/node-simulation-worker.ts): run seeds a..b of some models under a scenario, report progress,
// return the metrics (and, on request, every run's full result). The runs are the same pure functions
// the main thread calls, so a worker's result equals the main thread's for the same seeds.
import type { Model, Text } from '@/domain/model-schema';
import type { Scenario } from '@/domain/scenario-schema';
import { METRIC_KEYS, runSeedRange, seedOfRun, writeMetrics, type MetricsBlock } from './monte-carlo';
import { prepareYear, runPreparedYear, type YearResult } from './run-year';

export interface SimulationJobRequest {
  type: 'run';
  jobId: number;
  models: Model[];
  scenario: Scenario;
  /** Runs runFrom ≤ i < runTo (run i uses seed scenario.seed + i). */
  runFrom: number;
  runTo: number;
  /**
   * 'metrics' (default): metric blocks only; 'full': also every run's YearResult (small ranges only),
   * ordered by slice, then model, then run; each result names its model and seed.
   */
  detail?: 'metrics' | 'full';
}

export interface SimulationJobCancel {
  type: 'cancel';
  jobId: number;
}

export type SimulationWorkerMessage = SimulationJobRequest | SimulationJobCancel;

export type SimulationWorkerReply =
  | { type: 'progress'; jobId: number; done: number; total: number }
  | { type: 'result'; jobId: number; blocks: MetricsBlock[]; results?: YearResult[] }
  | { type: 'cancelled'; jobId: number }
  | { type: 'error'; jobId: number; message: Text };

/** Runs per slice between yields to the message loop, so a cancel message is seen within a few ms. */
const RUNS_PER_SLICE = 16;

function isRequest(message: unknown): message is SimulationJobRequest {
  if (typeof message !== 'object' || message === null) return false;
  const m = message as Partial<SimulationJobRequest>;
  return (
    m.type === 'run' &&
    typeof m.jobId === 'number' &&
    Array.isArray(m.models) &&
    typeof m.scenario === 'object' &&
    m.scenario !== null &&
    Number.isInteger(m.runFrom) &&
    Number.isInteger(m.runTo)
  );
}

function isCancel(message: unknown): message is SimulationJobCancel {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as Partial<SimulationJobCancel>).type === 'cancel' &&
    typeof (message as Partial<SimulationJobCancel>).jobId === 'number'
  );
}

const yieldToMessages = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * A message handler for a worker: `post` sends a reply (with the buffers to transfer). Never throws: a
 * bad message or a failing run becomes an `error` reply.
 */
export function createSimulationJobHandler(
  post: (reply: SimulationWorkerReply, transfer: ArrayBuffer[]) => void,
): (message: unknown) => void {
  const cancelled = new Set<number>();

  const run = async (request: SimulationJobRequest): Promise<void> => {
    const { jobId, models, scenario, runFrom, runTo } = request;
    const setups = models.map((model) => prepareYear(model, scenario));
    const total = Math.max(0, runTo - runFrom) * models.length;
    const parts: MetricsBlock[][] = [];
    const results: YearResult[] = [];
    let done = 0;
    for (let from = runFrom; from < runTo; from += RUNS_PER_SLICE) {
      await yieldToMessages();
      if (cancelled.has(jobId)) {
        cancelled.delete(jobId);
        post({ type: 'cancelled', jobId }, []);
        return;
      }
      const to = Math.min(runTo, from + RUNS_PER_SLICE);
      if (request.detail === 'full') {
        parts.push(
          setups.map((setup) => {
            const values = new Float64Array((to - from) * METRIC_KEYS.length);
            for (let i = from; i < to; i++) {
              const result = runPreparedYear(setup, seedOfRun(scenario, i));
              results.push(result);
              writeMetrics(result, values, (i - from) * METRIC_KEYS.length);
            }
            return { modelId: setup.model.id, runFrom: from, runs: to - from, values };
          }),
        );
      } else {
        parts.push(runSeedRange(models, scenario, from, to, { setups }));
      }
      done += (to - from) * models.length;
      post({ type: 'progress', jobId, done, total }, []);
    }
    // One block per model for the whole range.
    const blocks: MetricsBlock[] = setups.map((setup, index) => {
      const slices = parts.map((slice) => slice[index]).filter((block): block is MetricsBlock => block !== undefined);
      const length = slices.reduce((sum, block) => sum + block.values.length, 0);
      const values = new Float64Array(length);
      let offset = 0;
      for (const block of slices) {
        values.set(block.values, offset);
        offset += block.values.length;
      }
      return {
        modelId: setup.model.id,
        runFrom,
        runs: slices.reduce((sum, block) => sum + block.runs, 0),
        values,
      };
    });
    const reply: SimulationWorkerReply =
      request.detail === 'full' ? { type: 'result', jobId, blocks, results } : { type: 'result', jobId, blocks };
    post(reply, blocks.map((block) => block.values.buffer as ArrayBuffer));
  };

  return (message: unknown): void => {
    if (isCancel(message)) {
      cancelled.add(message.jobId);
      return;
    }
    if (!isRequest(message)) {
      const jobId =
        typeof message === 'object' && message !== null && typeof (message as { jobId?: unknown }).jobId === 'number'
          ? (message as { jobId: number }).jobId
          : -1;
      post(
        {
          type: 'error',
          jobId,
          message: { sv: 'Simuleringen fick ett ogiltigt uppdrag.', en: 'The simulation received an invalid job.' },
        },
        [],
      );
      return;
    }
    run(message).catch((error: unknown) => {
      const detail = error instanceof Error ? error.message : String(error);
      post(
        {
          type: 'error',
          jobId: message.jobId,
          message: { sv: `Simuleringen misslyckades: ${detail}`, en: `The simulation failed: ${detail}` },
        },
        [],
      );
    });
  };
}
