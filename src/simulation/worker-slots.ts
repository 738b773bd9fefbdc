// The slots of a pool of workers, whatever the workers do: a fixed number of workers, a queue of jobs
// handed to the first free one, progress passed on, a dead worker replaced so the pool keeps its size,
// and cancelling — a queued job is dropped, a running one is asked to stop. The simulation pool
// (simulation-pool.ts) and the robustness pool (src/analysis/robustness-pool.ts) are this with their own
// messages; the browser and Node each supply `spawn`, which wraps their kind of worker in a JobPort.
import type { Text } from '@/domain/model-schema';

/** What a pool needs of a worker. */
export interface JobPort<Message, Reply> {
  postMessage(message: Message): void;
  onReply(listener: (reply: Reply) => void): void;
  /** The worker died (an uncaught error in it, or it could not start). */
  onFailure(listener: (message: Text) => void): void;
  terminate(): void;
}

/** How a pool reads its workers' replies and names its errors. */
export interface SlotRules<Message, Reply, Done> {
  spawn(): JobPort<Message, Reply>;
  size: number;
  /** The message that asks a worker to stop job `jobId`. */
  cancelMessage(jobId: number): Message;
  /** A reply read: progress (runs done so far), the job's answer, or its failure. */
  readReply(reply: Reply): { kind: 'progress'; done: number } | { kind: 'done'; value: Done } | { kind: 'failed'; error: Error };
  cancelledError(): Error;
  failedError(message: Text): Error;
  closedText: Text;
}

export interface WorkerSlots<Message, Done> {
  readonly size: number;
  /** Starts every worker now (otherwise they start with the first job). */
  ensureStarted(): void;
  nextJobId(): number;
  /** Queues a job; it is handed out at the next `pump`. */
  submit(jobId: number, message: Message, onProgress: (done: number) => void): Promise<Done>;
  /** Hands queued jobs to free workers. */
  pump(): void;
  /** Drops the queued jobs among `jobIds` (rejected as cancelled) and asks running ones to stop. */
  cancel(jobIds: readonly number[]): void;
  cancelAll(): void;
  dispose(): void;
}

interface Pending<Done> {
  resolve(value: Done): void;
  reject(error: Error): void;
  onProgress(done: number): void;
}

interface Slot<Message, Reply> {
  port: JobPort<Message, Reply>;
  busyWith: number | undefined;
}

export function createWorkerSlots<Message, Reply extends { jobId: number }, Done>(rules: SlotRules<Message, Reply, Done>): WorkerSlots<Message, Done> {
  const size = Math.max(1, Math.floor(rules.size));
  const slots: Slot<Message, Reply>[] = [];
  const pending = new Map<number, Pending<Done>>();
  const queue: { jobId: number; message: Message; pending: Pending<Done> }[] = [];
  let lastJobId = 0;
  let disposed = false;

  const pump = (): void => {
    for (const slot of slots) {
      if (slot.busyWith !== undefined) continue;
      const job = queue.shift();
      if (job === undefined) return;
      slot.busyWith = job.jobId;
      pending.set(job.jobId, job.pending);
      slot.port.postMessage(job.message);
    }
  };

  const startSlot = (): Slot<Message, Reply> => {
    const slot: Slot<Message, Reply> = { port: rules.spawn(), busyWith: undefined };
    slot.port.onReply((reply) => {
      const job = pending.get(reply.jobId);
      const read = rules.readReply(reply);
      if (read.kind === 'progress') {
        job?.onProgress(read.done);
        return;
      }
      if (slot.busyWith === reply.jobId) slot.busyWith = undefined;
      pending.delete(reply.jobId);
      if (read.kind === 'done') job?.resolve(read.value);
      else job?.reject(read.error);
      pump();
    });
    slot.port.onFailure((message) => {
      const jobId = slot.busyWith;
      slot.busyWith = undefined;
      if (jobId !== undefined) {
        pending.get(jobId)?.reject(rules.failedError(message));
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

  const cancelAll = (): void => {
    for (const job of queue.splice(0)) job.pending.reject(rules.cancelledError());
    for (const slot of slots) if (slot.busyWith !== undefined) slot.port.postMessage(rules.cancelMessage(slot.busyWith));
  };

  return {
    size,
    ensureStarted() {
      if (disposed) throw rules.failedError(rules.closedText);
      while (slots.length < size) slots.push(startSlot());
    },
    nextJobId: () => ++lastJobId,
    submit: (jobId, message, onProgress) =>
      new Promise<Done>((resolve, reject) => {
        queue.push({ jobId, message, pending: { resolve, reject, onProgress } });
      }),
    pump,
    cancel(jobIds) {
      for (const jobId of jobIds) {
        const queued = queue.findIndex((job) => job.jobId === jobId);
        if (queued >= 0) {
          queue.splice(queued, 1)[0]?.pending.reject(rules.cancelledError());
          continue;
        }
        slots.find((s) => s.busyWith === jobId)?.port.postMessage(rules.cancelMessage(jobId));
      }
    },
    cancelAll,
    dispose() {
      disposed = true;
      cancelAll();
      for (const [jobId, job] of pending) {
        job.reject(rules.cancelledError());
        pending.delete(jobId);
      }
      for (const slot of slots.splice(0)) slot.port.terminate();
    },
  };
}
