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
import { createWorkerSlots, type JobPort } from '@/simulation/worker-slots';

export type RobustnessPort = JobPort<RobustnessWorkerMessage, RobustnessWorkerReply>;

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

const RANGES_PER_WORKER = 4;

export function createRobustnessPool(spawn: () => RobustnessPort, size: number): RobustnessPool {
  const slots = createWorkerSlots<RobustnessWorkerMessage, RobustnessWorkerReply, Settled>({
    spawn,
    size,
    cancelMessage: (jobId) => ({ type: 'robustness.cancel', jobId }),
    readReply: (reply) =>
      reply.type === 'progress'
        ? { kind: 'progress', done: reply.done }
        : reply.type === 'values' || reply.type === 'analysis'
          ? { kind: 'done', value: reply }
          : { kind: 'failed', error: reply.type === 'cancelled' ? new RobustnessCancelledError() : new RobustnessFailedError(reply.message) },
    cancelledError: () => new RobustnessCancelledError(),
    failedError: (message) => new RobustnessFailedError(message),
    closedText: { sv: 'Analyspoolen är stängd.', en: 'The analysis pool is closed.' },
  });
  const poolSize = slots.size;

  const runPoints: RobustnessPool['runPoints'] = async (models, scenario, points, years, options = {}) => {
    slots.ensureStarted();
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
      const jobId = slots.nextJobId();
      jobIds.push(jobId);
      promises.push(
        slots.submit(jobId, { type: 'robustness.run', jobId, models: [...models], scenario, points: points.slice(from, to), years }, (done) => {
          progress.set(jobId, done);
          let sum = 0;
          for (const value of progress.values()) sum += value;
          options.onProgress?.(sum, total);
        }),
      );
    }
    const abort = (): void => slots.cancel(jobIds);
    options.signal?.addEventListener('abort', abort, { once: true });
    slots.pump();
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
    const jobId = slots.nextJobId();
    const promise = slots.submit(jobId, { type: 'robustness.analyse', jobId, design, organisations, runs, request }, () => undefined);
    slots.pump();
    const reply = await promise;
    if (signal?.aborted) throw new RobustnessCancelledError();
    if (reply.type !== 'analysis') throw new RobustnessFailedError({ sv: 'Analysen gav inget svar.', en: 'The analysis gave no answer.' });
    return reply.result;
  };

  const pool: RobustnessPool = {
    size: poolSize,
    warmUp: slots.ensureStarted,
    runPoints,
    async analyse(models, scenario, space, request, options = {}) {
      const design = designOf(space, request);
      const runs = await runPoints(models, seededScenario(scenario, request), design.points, request.years, options);
      return analyseDesign(design, models.map((m) => m.id), runs, request, options.signal);
    },
    cancel: slots.cancelAll,
    dispose: slots.dispose,
  };
  return pool;
}
