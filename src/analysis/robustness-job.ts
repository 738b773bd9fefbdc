// The message protocol between a robustness pool and its workers, and the handler every worker runs (the
// browser's Web Worker in robustness-worker.ts, Node's worker_threads in src/cli/node-robustness-worker.ts):
// `robustness.run` runs a range of sampled points for every organisation over the paired years and returns
// the values; `robustness.analyse` turns the merged values into the result (shares, influence, boxes), so
// the page's main thread never does more than merge arrays. The work is the same pure functions the main
// thread would call, so a worker's answer equals a single-threaded one.
import type { Model, Text } from '@/domain/model-schema';
import type { Scenario } from '@/domain/scenario-schema';
import { HEADLINE_MEASURES } from './headline-measures';
import type { SampleDesign } from './latin-hypercube';
import type { SamplePoint } from './parameter-space';
import { analyseRuns, type RobustnessRequest, type RobustnessResult } from './robustness-design';
import { runSampleRange, type RunValues } from './robustness-runs';
import { applyLedgerPoint } from './ledger-parameter-space';

export interface RobustnessRunRequest {
  type: 'robustness.run';
  jobId: number;
  models: Model[];
  scenario: Scenario;
  /** The points of this range only. */
  points: SamplePoint[];
  years: number;
}

export interface RobustnessAnalyseRequest {
  type: 'robustness.analyse';
  jobId: number;
  design: SampleDesign;
  organisations: string[];
  runs: RunValues;
  request: RobustnessRequest;
}

export interface RobustnessCancel {
  type: 'robustness.cancel';
  jobId: number;
}

export type RobustnessWorkerMessage = RobustnessRunRequest | RobustnessAnalyseRequest | RobustnessCancel;

export type RobustnessWorkerReply =
  | { type: 'progress'; jobId: number; done: number; total: number }
  | { type: 'values'; jobId: number; runs: RunValues }
  | { type: 'analysis'; jobId: number; result: RobustnessResult }
  | { type: 'cancelled'; jobId: number }
  | { type: 'error'; jobId: number; message: Text };

/** Samples per slice between yields to the message loop, so a cancel is seen within a few tens of ms. */
const SAMPLES_PER_SLICE = 2;

const yieldToMessages = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

function jobIdOf(message: unknown): number {
  return typeof message === 'object' && message !== null && typeof (message as { jobId?: unknown }).jobId === 'number'
    ? (message as { jobId: number }).jobId
    : -1;
}

function isRun(message: unknown): message is RobustnessRunRequest {
  const m = message as Partial<RobustnessRunRequest> | null;
  return (
    typeof m === 'object' &&
    m !== null &&
    m.type === 'robustness.run' &&
    typeof m.jobId === 'number' &&
    Array.isArray(m.models) &&
    Array.isArray(m.points) &&
    typeof m.scenario === 'object' &&
    m.scenario !== null &&
    Number.isInteger(m.years)
  );
}

function isAnalyse(message: unknown): message is RobustnessAnalyseRequest {
  const m = message as Partial<RobustnessAnalyseRequest> | null;
  return typeof m === 'object' && m !== null && m.type === 'robustness.analyse' && typeof m.jobId === 'number' && typeof m.design === 'object' && typeof m.runs === 'object';
}

/** A message handler for a worker; never throws (a bad message or a failing run becomes an `error`). */
export function createRobustnessJobHandler(post: (reply: RobustnessWorkerReply, transfer: ArrayBuffer[]) => void): (message: unknown) => void {
  const cancelled = new Set<number>();

  const run = async (request: RobustnessRunRequest): Promise<void> => {
    const { jobId, models, scenario, points, years } = request;
    const parts: RunValues[] = [];
    const total = points.length * models.length * years;
    let done = 0;
    for (let from = 0; from < points.length; from += SAMPLES_PER_SLICE) {
      await yieldToMessages();
      if (cancelled.delete(jobId)) {
        post({ type: 'cancelled', jobId }, []);
        return;
      }
      const to = Math.min(points.length, from + SAMPLES_PER_SLICE);
      const part = runSampleRange(models, scenario, applyLedgerPoint, points, from, to, years, HEADLINE_MEASURES);
      parts.push(part);
      done += part.samples * models.length * years;
      post({ type: 'progress', jobId, done, total }, []);
    }
    const values = new Float64Array(parts.reduce((sum, p) => sum + p.values.length, 0));
    let offset = 0;
    for (const part of parts) {
      values.set(part.values, offset);
      offset += part.values.length;
    }
    const runs: RunValues = { samples: points.length, organisations: models.length, years, measures: HEADLINE_MEASURES.length, values };
    post({ type: 'values', jobId, runs }, [values.buffer as ArrayBuffer]);
  };

  const fail = (jobId: number, error: unknown): void => {
    const detail = error instanceof Error ? error.message : String(error);
    post({ type: 'error', jobId, message: { sv: `Robusthetsanalysen misslyckades: ${detail}`, en: `The robustness analysis failed: ${detail}` } }, []);
  };

  return (message: unknown): void => {
    const m = message as Partial<RobustnessCancel> | null;
    if (typeof m === 'object' && m !== null && m.type === 'robustness.cancel' && typeof m.jobId === 'number') {
      cancelled.add(m.jobId);
      return;
    }
    if (isRun(message)) {
      run(message).catch((error: unknown) => fail(message.jobId, error));
      return;
    }
    if (isAnalyse(message)) {
      try {
        const result = analyseRuns(message.design, message.organisations, message.runs, message.request);
        post({ type: 'analysis', jobId: message.jobId, result }, []);
      } catch (error) {
        fail(message.jobId, error);
      }
      return;
    }
    post({ type: 'error', jobId: jobIdOf(message), message: { sv: 'Robusthetsanalysen fick ett ogiltigt uppdrag.', en: 'The robustness analysis received an invalid job.' } }, []);
  };
}
