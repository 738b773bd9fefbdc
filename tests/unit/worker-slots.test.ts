// The slots shared by the simulation and robustness pools, with fake workers driven by hand: jobs go to
// free workers in order, progress is passed on, a dead worker is replaced and its job rejected, a queued
// job is dropped on cancel while a running one is asked to stop, and a disposed pool refuses work.
import { describe, expect, it } from 'vitest';
import type { Text } from '@/domain/model-schema';
import { createWorkerSlots, type JobPort } from '@/simulation/worker-slots';

type Message = { type: 'run'; jobId: number; n: number } | { type: 'cancel'; jobId: number };
type Reply = { type: 'progress'; jobId: number; done: number } | { type: 'done'; jobId: number; value: number } | { type: 'cancelled'; jobId: number };

class FakeWorker implements JobPort<Message, Reply> {
  readonly received: Message[] = [];
  terminated = false;
  private reply: ((reply: Reply) => void) | undefined;
  private failure: ((message: Text) => void) | undefined;
  postMessage(message: Message): void {
    this.received.push(message);
  }
  onReply(listener: (reply: Reply) => void): void {
    this.reply = listener;
  }
  onFailure(listener: (message: Text) => void): void {
    this.failure = listener;
  }
  terminate(): void {
    this.terminated = true;
  }
  send(reply: Reply): void {
    this.reply?.(reply);
  }
  die(): void {
    this.failure?.({ sv: 'död', en: 'dead' });
  }
}

function slotsWith(size: number) {
  const workers: FakeWorker[] = [];
  const slots = createWorkerSlots<Message, Reply, number>({
    spawn: () => {
      const worker = new FakeWorker();
      workers.push(worker);
      return worker;
    },
    size,
    cancelMessage: (jobId) => ({ type: 'cancel', jobId }),
    readReply: (reply) =>
      reply.type === 'progress'
        ? { kind: 'progress', done: reply.done }
        : reply.type === 'done'
          ? { kind: 'done', value: reply.value }
          : { kind: 'failed', error: new Error('cancelled') },
    cancelledError: () => new Error('cancelled'),
    failedError: (message) => new Error(`failed: ${message.en}`),
    closedText: { sv: 'stängd', en: 'closed' },
  });
  const run = (n: number, onProgress: (done: number) => void = () => undefined) => {
    const jobId = slots.nextJobId();
    return { jobId, promise: slots.submit(jobId, { type: 'run', jobId, n }, onProgress) };
  };
  return { slots, workers, run };
}

describe('worker slots', () => {
  it('hands jobs to free workers in order, passes progress on and resolves with the answer', async () => {
    const { slots, workers, run } = slotsWith(2);
    slots.ensureStarted();
    expect(workers).toHaveLength(2);
    const seen: number[] = [];
    const first = run(10, (done) => seen.push(done));
    const second = run(20);
    const third = run(30);
    slots.pump();
    expect(workers.map((w) => w.received.map((m) => (m.type === 'run' ? m.n : -1)))).toEqual([[10], [20]]);
    workers[0]?.send({ type: 'progress', jobId: first.jobId, done: 4 });
    workers[0]?.send({ type: 'done', jobId: first.jobId, value: 100 });
    expect(seen).toEqual([4]);
    await expect(first.promise).resolves.toBe(100);
    // The freed worker takes the queued job.
    expect(workers[0]?.received.at(-1)).toEqual({ type: 'run', jobId: third.jobId, n: 30 });
    workers[1]?.send({ type: 'done', jobId: second.jobId, value: 200 });
    workers[0]?.send({ type: 'done', jobId: third.jobId, value: 300 });
    await expect(Promise.all([second.promise, third.promise])).resolves.toEqual([200, 300]);
  });

  it('replaces a dead worker, rejecting only the job it had', async () => {
    const { slots, workers, run } = slotsWith(1);
    slots.ensureStarted();
    const doomed = run(1);
    const next = run(2);
    slots.pump();
    workers[0]?.die();
    await expect(doomed.promise).rejects.toThrow('failed: dead');
    expect(workers[0]?.terminated).toBe(true);
    expect(workers).toHaveLength(2);
    expect(workers[1]?.received).toEqual([{ type: 'run', jobId: next.jobId, n: 2 }]);
    workers[1]?.send({ type: 'done', jobId: next.jobId, value: 7 });
    await expect(next.promise).resolves.toBe(7);
  });

  it('drops a queued job on cancel and asks a running one to stop', async () => {
    const { slots, workers, run } = slotsWith(1);
    slots.ensureStarted();
    const running = run(1);
    const queued = run(2);
    slots.pump();
    slots.cancel([running.jobId, queued.jobId]);
    await expect(queued.promise).rejects.toThrow('cancelled');
    expect(workers[0]?.received.at(-1)).toEqual({ type: 'cancel', jobId: running.jobId });
    workers[0]?.send({ type: 'cancelled', jobId: running.jobId });
    await expect(running.promise).rejects.toThrow('cancelled');
  });

  it('rejects what is pending when disposed, terminates the workers and refuses new work', async () => {
    const { slots, workers, run } = slotsWith(2);
    slots.ensureStarted();
    const job = run(1);
    slots.pump();
    slots.dispose();
    await expect(job.promise).rejects.toThrow('cancelled');
    expect(workers.every((w) => w.terminated)).toBe(true);
    expect(() => slots.ensureStarted()).toThrow('failed: closed');
  });
});
