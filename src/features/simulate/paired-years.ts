// The paired comparison the Simulate view leads with (DESIGN §4.0): over the Monte Carlo's years, the
// difference b − a of the year result and the net cost for every pair of organisations in the order
// shown, and the example year — the year whose paired difference in the result (first pair) is closest
// to the median. Pure: metric blocks in, figures out.
import type { Model } from '@/domain/model-schema';
import type { Scenario } from '@/domain/scenario-schema';
import { metricValues, seedOfRun, type MetricsBlock } from '@/simulation/monte-carlo';
import { exampleYearIndex, pairedMetric } from '@/simulation/paired-difference';
import type { PairedSummary } from './plain-summary';

export function pairedSummaries(models: readonly Model[], blocks: readonly MetricsBlock[]): PairedSummary[] {
  const pairs: PairedSummary[] = [];
  for (let i = 0; i < models.length; i++) {
    for (let j = i + 1; j < models.length; j++) {
      const a = models[i] as Model;
      const b = models[j] as Model;
      pairs.push({
        a: a.id,
        b: b.id,
        result: pairedMetric(metricValues(blocks, a.id, 'budgetYear.resultMsek'), metricValues(blocks, b.id, 'budgetYear.resultMsek'), 'higher', 0.0005),
        netCost: pairedMetric(metricValues(blocks, a.id, 'budgetYear.netCostMsek'), metricValues(blocks, b.id, 'budgetYear.netCostMsek'), 'lower', 0.0005),
      });
    }
  }
  return pairs;
}

/** The seed of the example year; with one organisation, the year whose result is closest to its median. */
export function exampleSeedOf(models: readonly Model[], scenario: Scenario, blocks: readonly MetricsBlock[]): number {
  const [first, second] = models;
  if (first === undefined) return scenario.seed;
  const a = metricValues(blocks, first.id, 'budgetYear.resultMsek');
  const b = second === undefined ? a.map(() => 0) : metricValues(blocks, second.id, 'budgetYear.resultMsek');
  const index = exampleYearIndex(second === undefined ? b : a, second === undefined ? a : b);
  return seedOfRun(scenario, Math.max(0, index));
}
