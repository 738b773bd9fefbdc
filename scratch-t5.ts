import fs from 'node:fs';
import { createPrng } from '@/domain/prng';
import { simulateMatters } from '@/simulation/matter-flow';
import { runMattersWithActors, runMattersFloor } from '@/cli/bench-matter-baselines';
const scenario = { id: 'baseline', name: {sv:'',en:''}, description: {sv:'',en:''}, status: 'example', kappa: 0.8, omega: 0.7, lambda: 1, volatilityScale: 1, trend: 0, surplusSpendShare: 0.5, shocks: [], matterRates: { singleArea: 40, crossArea: 30, council: 40 }, referBackProbability: 0.05, agendaCapacity: 25, seed: 1 } as const;
for (const name of ['ange-today', 'ange-a']) {
  const model = JSON.parse(fs.readFileSync(`models/${name}.json`, 'utf8'));
  const input = (i: number) => ({ model, scenario: scenario as never, prng: createPrng(i) });
  const a = simulateMatters(input(7)), b = runMattersWithActors(input(7));
  console.log(name, 'equal', JSON.stringify(a) === JSON.stringify(b));
  const time = (f: (i: number) => unknown, n: number) => { for (let i = 0; i < n; i++) f(i); const ts: number[] = []; for (let r = 0; r < 7; r++) { const t = performance.now(); for (let i = 0; i < n; i++) f(i); ts.push((performance.now() - t) / n); } ts.sort((x, y) => x - y); return ts[3]!; };
  const engine = time((i) => simulateMatters(input(i)), 300);
  const floor = time((i) => runMattersFloor(input(i)), 300);
  const actors = time((i) => runMattersWithActors(input(i)), 10);
  console.log(name, 'engine ms', engine.toFixed(3), 'floor ms', floor.toFixed(3), 'actors ms', actors.toFixed(2), 'speedup', (actors / engine).toFixed(1), 'vs floor', (engine / floor).toFixed(2));
}
