import fs from 'node:fs';
import { createPrng } from '@/domain/prng';
import { simulateMatters } from '@/simulation/matter-flow';
const scenario = { id: 'baseline', name: {sv:'',en:''}, description: {sv:'',en:''}, status: 'example', kappa: 0.8, omega: 0.7, lambda: 1, volatilityScale: 1, trend: 0, surplusSpendShare: 0.5, shocks: [], matterRates: { singleArea: 40, crossArea: 30, council: 40 }, referBackProbability: 0.05, agendaCapacity: 25, seed: 1 } as const;
const model = JSON.parse(fs.readFileSync(`models/ange-a.json`, 'utf8'));
const t = performance.now();
for (let i = 0; i < 5000; i++) simulateMatters({ model, scenario: scenario as never, prng: createPrng(i) });
console.log((performance.now() - t) / 5000);
