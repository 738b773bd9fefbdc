// A pool of simulation workers, independent of where they run: the browser pool (Web Workers) and the
// Node pool (worker_threads) each supply a `spawn` that wraps their worker in a WorkerPort. Work is cut
// into contiguous run ranges handed out as workers become free; the merged result is the same however
// the work was split, because every run is a pure function of its seed (monte-carlo.ts).
import type { Model, Text } from '@/domain/model-schema';
import type { Scenario } from '@/domain/scenario-schema';
import { summariseBlocks, withParameter, type MetricsBlock, type ModelSummary, type SweepParameter, type SweepPoint } from './monte-carlo';
import type { YearResult } from './run-year';
import type { SimulationWorkerMessage, SimulationWorkerReply } from './simulation-job';
import { createWorkerSlots, type JobPort } from './worker-slots';

/** What the pool needs of a worker. */
export type WorkerPort = JobPort<SimulationWorkerMessage, SimulationWorkerReply>;

/** Thrown (as a rejection) when a job is cancelled. */
export class SimulationCancelledError extends Error {
  readonly text: Text = { sv: 'Simuleringen avbröts.', en: 'The simulation was cancelled.' };
  constructor() {
    super('The simulation was cancelled.');
    this.name = 'SimulationCancelledError';
  }
}

/** Thrown (as a rejection) when a worker fails; carries a bilingual message. */
export class SimulationFailedError extends Error {
  constructor(readonly text: Text) {
    super(text.en);
    this.name = 'SimulationFailedError';
  }
}

export interface PoolRunOptions {
  runs: number;
  onProgress?(done: number, total: number): void;
  signal?: AbortSignal;
}

export interface PoolMonteCarloResult {
  summaries: ModelSummary[];
  blocks: MetricsBlock[];
}

export interface SimulationPool {
  readonly size: number;
  /** Starts every worker now (otherwise they start with the first job). */
  warmUp(): void;
  runMonteCarlo(models: readonly Model[], scenario: Scenario, options: PoolRunOptions): Promise<PoolMonteCarloResult>;
  /** Full results of runs runFrom ≤ i < runTo, in model order then run order (a small range). */
  runFull(models: readonly Model[], scenario: Scenario, runFrom: number, runTo: number): Promise<YearResult[]>;
  sweep(
    models: readonly Model[],
    scenario: Scenario,
    options: PoolRunOptions & { parameter: SweepParameter; values: readonly number[] },
  ): Promise<SweepPoint[]>;
  /** Cancels every running job; their promises reject with SimulationCancelledError. */
  cancel(): void;
  /** Terminates the workers; the pool cannot be used afterwards. */
  dispose(): void;
}

type RangeReply = Extract<SimulationWorkerReply, { type: 'result' }>;

/** Ranges per worker: small enough to balance the load, large enough to keep messaging cheap. */
const RANGES_PER_WORKER = 4;

export function createSimulationPool(spawn: () => WorkerPort, size: number): SimulationPool {
  const slots = createWorkerSlots<SimulationWorkerMessage, SimulationWorkerReply, RangeReply>({
    spawn,
    size,
    cancelMessage: (jobId) => ({ type: 'cancel', jobId }),
    readReply: (reply) =>
      reply.type === 'progress'
        ? { kind: 'progress', done: reply.done }
        : reply.type === 'result'
          ? { kind: 'done', value: reply }
          : { kind: 'failed', error: reply.type === 'cancelled' ? new SimulationCancelledError() : new SimulationFailedError(reply.message) },
    cancelledError: () => new SimulationCancelledError(),
    failedError: (message) => new SimulationFailedError(message),
    closedText: { sv: 'Simuleringspoolen är stängd.', en: 'The simulation pool is closed.' },
  });
  const poolSize = slots.size;

  /** Runs [from, to) split into ranges; resolves with every range's reply in range order. */
  const runRanges = (
    models: readonly Model[],
    scenario: Scenario,
    from: number,
    to: number,
    detail: 'metrics' | 'full',
    options: { onProgress?(done: number, total: number): void; signal?: AbortSignal },
  ): Promise<RangeReply[]> => {
    slots.ensureStarted();
    const runs = Math.max(0, to - from);
    const rangeCount = Math.max(1, Math.min(runs, poolSize * RANGES_PER_WORKER));
    const total = runs * models.length;
    const progress = new Map<number, number>();
    const report = (): void => {
      let done = 0;
      for (const value of progress.values()) done += value;
      options.onProgress?.(done, total);
    };
    const jobIds: number[] = [];
    const promises: Promise<RangeReply>[] = [];
    for (let r = 0; r < rangeCount; r++) {
      const rangeFrom = from + Math.floor((runs * r) / rangeCount);
      const rangeTo = from + Math.floor((runs * (r + 1)) / rangeCount);
      if (rangeTo <= rangeFrom && runs > 0) continue;
      const jobId = slots.nextJobId();
      jobIds.push(jobId);
      promises.push(
        slots.submit(jobId, { type: 'run', jobId, models: [...models], scenario, runFrom: rangeFrom, runTo: rangeTo, detail }, (done) => {
          progress.set(jobId, done);
          report();
        }),
      );
    }
    const cancelJobs = (): void => slots.cancel(jobIds);
    options.signal?.addEventListener('abort', cancelJobs, { once: true });
    slots.pump();
    const all = Promise.all(promises);
    // If one range fails, stop the others rather than letting them run on.
    all.catch(cancelJobs);
    return all.finally(() => options.signal?.removeEventListener('abort', cancelJobs));
  };

  const pool: SimulationPool = {
    size: poolSize,
    warmUp: slots.ensureStarted,
    async runMonteCarlo(models, scenario, options) {
      const replies = await runRanges(models, scenario, 0, Math.max(0, Math.floor(options.runs)), 'metrics', options);
      const blocks = replies.flatMap((reply) => reply.blocks);
      return { summaries: summariseBlocks(blocks), blocks };
    },
    async runFull(models, scenario, runFrom, runTo) {
      const replies = await runRanges(models, scenario, runFrom, runTo, 'full', {});
      const results = replies.flatMap((reply) => reply.results ?? []);
      const order = new Map(models.map((model, index) => [model.id, index]));
      return results.sort((a, b) => (order.get(a.modelId) ?? 0) - (order.get(b.modelId) ?? 0) || a.seed - b.seed);
    },
    async sweep(models, scenario, options) {
      const points: SweepPoint[] = [];
      const perValue = Math.max(0, Math.floor(options.runs)) * models.length;
      const total = perValue * options.values.length;
      for (const [index, value] of options.values.entries()) {
        const { summaries } = await pool.runMonteCarlo(models, withParameter(scenario, options.parameter, value), {
          runs: options.runs,
          onProgress: (done) => options.onProgress?.(index * perValue + done, total),
          ...(options.signal ? { signal: options.signal } : {}),
        });
        points.push({ value, models: summaries });
      }
      return points;
    },
    cancel: slots.cancelAll,
    dispose: slots.dispose,
  };
  return pool;
}
