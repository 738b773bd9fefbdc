import fs from 'node:fs';
import { createPrng } from '@/domain/prng';
import { prepareMatterFlow, simulateMattersWith, createCompiledMatterStepper } from '@/simulation/matter-flow';
const scenario = { id: 'baseline', name: {sv:'',en:''}, description: {sv:'',en:''}, status: 'example', kappa: 0.8, omega: 0.7, lambda: 1, volatilityScale: 1, trend: 0, surplusSpendShare: 0.5, shocks: [], matterRates: { singleArea: 40, crossArea: 30, council: 40 }, referBackProbability: 0.05, agendaCapacity: 25, seed: 1 } as const;
const model = JSON.parse(fs.readFileSync(`models/ange-today.json`, 'utf8'));
for (let rep = 0; rep < 3; rep++) {
let t = performance.now(); let setups = [];
for (let i = 0; i < 500; i++) setups.push(prepareMatterFlow({ model, scenario: scenario as never, prng: createPrng(i) }));
const a = performance.now() - t; t = performance.now();
for (const s of setups) simulateMattersWith(s, createCompiledMatterStepper());
console.log('setup ms', (a/500).toFixed(3), 'run ms', ((performance.now() - t)/500).toFixed(3));
}
