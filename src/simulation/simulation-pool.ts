// A pool of simulation workers, independent of where they run: the browser pool (Web Workers) and the
// Node pool (worker_threads) each supply a `spawn` that wraps their worker in a WorkerPort. Work is cut
// into contiguous run ranges handed out as workers become free; the merged result is the same however
// the work was split, because every run is a pure function of its seed (monte-carlo.ts).
import type { Model, Text } from '@/domain/model-schema';
import type { Scenario } from '@/domain/scenario-schema';
import { summariseBlocks, withParameter, type MetricsBlock, type ModelSummary, type SweepParameter, type SweepPoint } from './monte-carlo';
import type { YearResult } from './run-year';
import type { SimulationWorkerMessage, SimulationWorkerReply } from './simulation-job';

/** What the pool needs of a worker. */
export interface WorkerPort {
  postMessage(message: SimulationWorkerMessage): void;
  onReply(listener: (reply: SimulationWorkerReply) => void): void;
  /** The worker died (an uncaught error in it, or it could not start). */
  onFailure(listener: (message: Text) => void): void;
  terminate(): void;
}

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

interface Slot {
  port: WorkerPort;
  busyWith: number | undefined;
}

interface Pending {
  resolve(reply: Extract<SimulationWorkerReply, { type: 'result' }>): void;
  reject(error: Error): void;
  onProgress(done: number): void;
}

/** Ranges per worker: small enough to balance the load, large enough to keep messaging cheap. */
const RANGES_PER_WORKER = 4;

export function createSimulationPool(spawn: () => WorkerPort, size: number): SimulationPool {
  const poolSize = Math.max(1, Math.floor(size));
  const slots: Slot[] = [];
  const pending = new Map<number, Pending>();
  const queue: { message: SimulationWorkerMessage & { type: 'run' }; pending: Pending }[] = [];
  let nextJobId = 1;
  let disposed = false;

  const pump = (): void => {
    for (const slot of slots) {
      if (slot.busyWith !== undefined) continue;
      const job = queue.shift();
      if (job === undefined) return;
      slot.busyWith = job.message.jobId;
      pending.set(job.message.jobId, job.pending);
      slot.port.postMessage(job.message);
    }
  };

  const startSlot = (): Slot => {
    const slot: Slot = { port: spawn(), busyWith: undefined };
    slot.port.onReply((reply) => {
      const job = pending.get(reply.jobId);
      if (reply.type === 'progress') {
        job?.onProgress(reply.done);
        return;
      }
      if (slot.busyWith === reply.jobId) slot.busyWith = undefined;
      pending.delete(reply.jobId);
      if (reply.type === 'result') job?.resolve(reply);
      else if (reply.type === 'cancelled') job?.reject(new SimulationCancelledError());
      else job?.reject(new SimulationFailedError(reply.message));
      pump();
    });
    slot.port.onFailure((message) => {
      const jobId = slot.busyWith;
      slot.busyWith = undefined;
      if (jobId !== undefined) {
        pending.get(jobId)?.reject(new SimulationFailedError(message));
        pending.delete(jobId);
      }
      // Replace the dead worker so the pool keeps its size.
      slot.port.terminate();
      const index = slots.indexOf(slot);
      if (index >= 0 && !disposed) slots[index] = startSlot();
      pump();
    });
    return slot;
  };

  const ensureStarted = (): void => {
    if (disposed) throw new SimulationFailedError({ sv: 'Simuleringspoolen är stängd.', en: 'The simulation pool is closed.' });
    while (slots.length < poolSize) slots.push(startSlot());
  };

  /** Runs [from, to) split into ranges; resolves with every range's reply in range order. */
  const runRanges = (
    models: readonly Model[],
    scenario: Scenario,
    from: number,
    to: number,
    detail: 'metrics' | 'full',
    options: { onProgress?(done: number, total: number): void; signal?: AbortSignal },
  ): Promise<Extract<SimulationWorkerReply, { type: 'result' }>[]> => {
    ensureStarted();
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
    const promises: Promise<Extract<SimulationWorkerReply, { type: 'result' }>>[] = [];
    for (let r = 0; r < rangeCount; r++) {
      const rangeFrom = from + Math.floor((runs * r) / rangeCount);
      const rangeTo = from + Math.floor((runs * (r + 1)) / rangeCount);
      if (rangeTo <= rangeFrom && runs > 0) continue;
      const jobId = nextJobId++;
      jobIds.push(jobId);
      promises.push(
        new Promise((resolve, reject) => {
          queue.push({
            message: { type: 'run', jobId, models: [...models], scenario, runFrom: rangeFrom, runTo: rangeTo, detail },
            pending: {
              resolve,
              reject,
              onProgress: (done) => {
                progress.set(jobId, done);
                report();
              },
            },
          });
        }),
      );
    }
    const cancelJobs = (): void => {
      for (const jobId of jobIds) {
        const queued = queue.findIndex((job) => job.message.jobId === jobId);
        if (queued >= 0) {
          queue.splice(queued, 1)[0]?.pending.reject(new SimulationCancelledError());
          continue;
        }
        const slot = slots.find((s) => s.busyWith === jobId);
        slot?.port.postMessage({ type: 'cancel', jobId });
      }
    };
    options.signal?.addEventListener('abort', cancelJobs, { once: true });
    pump();
    const all = Promise.all(promises);
    // If one range fails, stop the others rather than letting them run on.
    all.catch(cancelJobs);
    return all.finally(() => options.signal?.removeEventListener('abort', cancelJobs));
  };

  const pool: SimulationPool = {
    size: poolSize,
    warmUp: ensureStarted,
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
    cancel() {
      for (const job of queue.splice(0)) job.pending.reject(new SimulationCancelledError());
      for (const slot of slots) {
        if (slot.busyWith !== undefined) slot.port.postMessage({ type: 'cancel', jobId: slot.busyWith });
      }
    },
    dispose() {
      disposed = true;
      pool.cancel();
      for (const [jobId, job] of pending) {
        job.reject(new SimulationCancelledError());
        pending.delete(jobId);
      }
      for (const slot of slots.splice(0)) slot.port.terminate();
    },
  };
  return pool;
}
