import fs from 'node:fs';
import { createPrng } from '@/domain/prng';
import { simulateMatters, executiveBoardDecisionShare } from '@/simulation/matter-flow';
import { organisationRoles } from '@/machines/organisation-roles';
const scenario = { id: 'baseline', name: {sv:'',en:''}, description: {sv:'',en:''}, status: 'example', kappa: 0.8, omega: 0.7, lambda: 1, volatilityScale: 1, trend: 0, surplusSpendShare: 0.5, shocks: [], matterRates: { singleArea: 40, crossArea: 30, council: 40 }, referBackProbability: 0.05, agendaCapacity: 25, seed: 1 } as const;
for (const name of ['ange-today','ange-a','ange-b','munkfors','norsjo','dorotea','nordmaling']) {
  const model = JSON.parse(fs.readFileSync(`models/${name}.json`, 'utf8'));
  const o = simulateMatters({ model, scenario: scenario as never, prng: createPrng(1) });
  const { leadTimeDays, ...rest } = o;
  console.log(name, JSON.stringify({ ...rest, perBody: undefined }), 'KS share', executiveBoardDecisionShare(o, organisationRoles(model)).toFixed(2));
  console.log('  ', JSON.stringify(o.perBody));
  const t = performance.now(); for (let i = 0; i < 200; i++) simulateMatters({ model, scenario: scenario as never, prng: createPrng(i) }); console.log('  ms/run', ((performance.now() - t) / 200).toFixed(3));
}
