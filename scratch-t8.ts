import { createEventQueue } from '@/simulation/event-queue';
import { createPrng } from '@/domain/prng';
const p = createPrng(1);
for (let r = 0; r < 5; r++) {
  const t = performance.now();
  const q = createEventQueue<number>();
  let s = 0;
  for (let i = 0; i < 1e6; i++) { q.push(p.next() * 30 + i * 0.001, i); if (q.size > 30) s += q.popItem() ?? 0; }
  console.log('ns per push+pop', ((performance.now() - t) * 1e6 / 1e6).toFixed(1), s > 0);
  const t2 = performance.now(); let x = 0; for (let i = 0; i < 1e6; i++) x += p.exponential(0.1); console.log('ns per exponential', ((performance.now() - t2)).toFixed(1), x > 0);
}
