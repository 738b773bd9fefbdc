import fs from 'node:fs';
import { createPrng } from '@/domain/prng';
import { simulateMatters, prepareMatterFlow } from '@/simulation/matter-flow';
import { runMattersFloor } from '@/cli/bench-matter-baselines';
const scenario = { id: 'baseline', name: {sv:'',en:''}, description: {sv:'',en:''}, status: 'example', kappa: 0.8, omega: 0.7, lambda: 1, volatilityScale: 1, trend: 0, surplusSpendShare: 0.5, shocks: [], matterRates: { singleArea: 40, crossArea: 30, council: 40 }, referBackProbability: 0.05, agendaCapacity: 25, seed: 1 } as const;
const model = JSON.parse(fs.readFileSync(`models/${process.argv[2] ?? 'ange-a'}.json`, 'utf8'));
const fns: Record<string, (i: number) => unknown> = {
  setup: (i) => prepareMatterFlow({ model, scenario: scenario as never, prng: createPrng(i) }),
  floor: (i) => runMattersFloor({ model, scenario: scenario as never, prng: createPrng(i) }),
  engine: (i) => simulateMatters({ model, scenario: scenario as never, prng: createPrng(i) }),
};
const res: Record<string, number[]> = { setup: [], floor: [], engine: [] };
for (let round = 0; round < 30; round++) for (const k of Object.keys(fns)) { const t = performance.now(); for (let i = 0; i < 100; i++) fns[k]!(i); res[k]!.push((performance.now() - t) / 100); }
for (const k of Object.keys(res)) { const v = res[k]!.slice(5).sort((a, b) => a - b); console.log(k, 'median ms', v[Math.floor(v.length / 2)]!.toFixed(4), 'min', v[0]!.toFixed(4)); }
