// A pool of robustness workers, independent of where they run: the browser (Web Workers,
// browser-robustness-pool.ts) and Node (worker_threads, src/cli/node-robustness-pool.ts) each supply a
// `spawn` that wraps their worker in a RobustnessPort. The sampled points are cut into contiguous ranges
// handed out as workers become free; the merged values do not depend on the split (each point's runs are a
// pure function of the point and the year seeds), and one worker then computes the analysis from them.
// Progress counts year runs; cancelling rejects with RobustnessCancelledError.
import type { Model, Text } from '@/domain/model-schema';
import type { Scenario } from '@/domain/scenario-schema';
import type { SampleDesign } from './latin-hypercube';
import type { ParameterSpace, SamplePoint } from './parameter-space';
import { designOf, seededScenario, type RobustnessRequest, type RobustnessResult } from './robustness-design';
import type { RobustnessWorkerMessage, RobustnessWorkerReply } from './robustness-job';
import { concatRunValues, type RunValues } from './robustness-runs';

export interface RobustnessPort {
  postMessage(message: RobustnessWorkerMessage): void;
  onReply(listener: (reply: RobustnessWorkerReply) => void): void;
  onFailure(listener: (message: Text) => void): void;
  terminate(): void;
}

export class RobustnessCancelledError extends Error {
  readonly text: Text = { sv: 'Robusthetsanalysen avbröts.', en: 'The robustness analysis was cancelled.' };
  constructor() {
    super('The robustness analysis was cancelled.');
    this.name = 'RobustnessCancelledError';
  }
}

export class RobustnessFailedError extends Error {
  constructor(readonly text: Text) {
    super(text.en);
    this.name = 'RobustnessFailedError';
  }
}

export interface RobustnessRunOptions {
  onProgress?(done: number, total: number): void;
  signal?: AbortSignal;
}

export interface RobustnessPool {
  readonly size: number;
  warmUp(): void;
  /** The whole analysis: design, paired runs in the workers, analysis in one worker. */
  analyse(models: readonly Model[], scenario: Scenario, space: ParameterSpace, request: RobustnessRequest, options?: RobustnessRunOptions): Promise<RobustnessResult>;
  /** Paired runs on given points (a one-at-a-time sweep), values in point order. */
  runPoints(models: readonly Model[], scenario: Scenario, points: readonly SamplePoint[], years: number, options?: RobustnessRunOptions): Promise<RunValues>;
  cancel(): void;
  dispose(): void;
}

type Settled = Extract<RobustnessWorkerReply, { type: 'values' | 'analysis' }>;

interface Pending {
  resolve(reply: Settled): void;
  reject(error: Error): void;
  onProgress(done: number): void;
}

interface Slot {
  port: RobustnessPort;
  busyWith: number | undefined;
}

const RANGES_PER_WORKER = 4;

export function createRobustnessPool(spawn: () => RobustnessPort, size: number): RobustnessPool {
  const poolSize = Math.max(1, Math.floor(size));
  const slots: Slot[] = [];
  const pending = new Map<number, Pending>();
  const queue: { message: Exclude<RobustnessWorkerMessage, { type: 'robustness.cancel' }>; pending: Pending }[] = [];
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
      if (reply.type === 'values' || reply.type === 'analysis') job?.resolve(reply);
      else if (reply.type === 'cancelled') job?.reject(new RobustnessCancelledError());
      else job?.reject(new RobustnessFailedError(reply.message));
      pump();
    });
    slot.port.onFailure((message) => {
      const jobId = slot.busyWith;
      slot.busyWith = undefined;
      if (jobId !== undefined) {
        pending.get(jobId)?.reject(new RobustnessFailedError(message));
        pending.delete(jobId);
      }
      slot.port.terminate();
      const index = slots.indexOf(slot);
      if (index >= 0 && !disposed) slots[index] = startSlot();
      pump();
    });
    return slot;
  };

  const ensureStarted = (): void => {
    if (disposed) throw new RobustnessFailedError({ sv: 'Analyspoolen är stängd.', en: 'The analysis pool is closed.' });
    while (slots.length < poolSize) slots.push(startSlot());
  };

  const submit = (message: Exclude<RobustnessWorkerMessage, { type: 'robustness.cancel' }>, onProgress: (done: number) => void): Promise<Settled> =>
    new Promise((resolve, reject) => {
      queue.push({ message, pending: { resolve, reject, onProgress } });
    });

  const cancelJobs = (jobIds: readonly number[]): void => {
    for (const jobId of jobIds) {
      const queued = queue.findIndex((job) => job.message.jobId === jobId);
      if (queued >= 0) {
        queue.splice(queued, 1)[0]?.pending.reject(new RobustnessCancelledError());
        continue;
      }
      slots.find((s) => s.busyWith === jobId)?.port.postMessage({ type: 'robustness.cancel', jobId });
    }
  };

  const runPoints: RobustnessPool['runPoints'] = async (models, scenario, points, years, options = {}) => {
    ensureStarted();
    if (options.signal?.aborted) throw new RobustnessCancelledError();
    const n = points.length;
    const rangeCount = Math.max(1, Math.min(n, poolSize * RANGES_PER_WORKER));
    const total = n * models.length * years;
    const progress = new Map<number, number>();
    const jobIds: number[] = [];
    const promises: Promise<Settled>[] = [];
    for (let r = 0; r < rangeCount; r++) {
      const from = Math.floor((n * r) / rangeCount);
      const to = Math.floor((n * (r + 1)) / rangeCount);
      if (to <= from) continue;
      const jobId = nextJobId++;
      jobIds.push(jobId);
      promises.push(
        submit({ type: 'robustness.run', jobId, models: [...models], scenario, points: points.slice(from, to), years }, (done) => {
          progress.set(jobId, done);
          let sum = 0;
          for (const value of progress.values()) sum += value;
          options.onProgress?.(sum, total);
        }),
      );
    }
    const abort = (): void => cancelJobs(jobIds);
    options.signal?.addEventListener('abort', abort, { once: true });
    pump();
    try {
      const replies = await Promise.all(promises);
      return concatRunValues(replies.flatMap((reply) => (reply.type === 'values' ? [reply.runs] : [])));
    } catch (error) {
      abort();
      throw error;
    } finally {
      options.signal?.removeEventListener('abort', abort);
    }
  };

  const analyseDesign = async (design: SampleDesign, organisations: string[], runs: RunValues, request: RobustnessRequest, signal?: AbortSignal): Promise<RobustnessResult> => {
    if (signal?.aborted) throw new RobustnessCancelledError();
    const jobId = nextJobId++;
    const promise = submit({ type: 'robustness.analyse', jobId, design, organisations, runs, request }, () => undefined);
    pump();
    const reply = await promise;
    if (signal?.aborted) throw new RobustnessCancelledError();
    if (reply.type !== 'analysis') throw new RobustnessFailedError({ sv: 'Analysen gav inget svar.', en: 'The analysis gave no answer.' });
    return reply.result;
  };

  const pool: RobustnessPool = {
    size: poolSize,
    warmUp: ensureStarted,
    runPoints,
    async analyse(models, scenario, space, request, options = {}) {
      const design = designOf(space, request);
      const runs = await runPoints(models, seededScenario(scenario, request), design.points, request.years, options);
      return analyseDesign(design, models.map((m) => m.id), runs, request, options.signal);
    },
    cancel() {
      for (const job of queue.splice(0)) job.pending.reject(new RobustnessCancelledError());
      for (const slot of slots) if (slot.busyWith !== undefined) slot.port.postMessage({ type: 'robustness.cancel', jobId: slot.busyWith });
    },
    dispose() {
      disposed = true;
      pool.cancel();
      for (const [jobId, job] of pending) {
        job.reject(new RobustnessCancelledError());
        pending.delete(jobId);
      }
      for (const slot of slots.splice(0)) slot.port.terminate();
    },
  };
  return pool;
}
