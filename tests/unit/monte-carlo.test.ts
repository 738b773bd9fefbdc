// Monte Carlo and sweeps (DESIGN §4.5): the percentile method, that splitting the seeds does not change
// the result, progress and cancellation, and that a sweep varies only the swept parameter.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseModelText } from '@/domain/parse-model';
import type { Model } from '@/domain/model-schema';
import {
  METRIC_KEYS,
  metricValues,
  runMonteCarlo,
  runSeedRange,
  summarise,
  summariseBlocks,
  sweep,
  sweepSeries,
  withParameter,
} from '@/simulation/monte-carlo';
import { runYear } from '@/simulation/run-year';
import { testScenario } from '../fixtures/synthetic-organisation';

const model = (id: string): Model => {
  const result = parseModelText(readFileSync(path.resolve(__dirname, `../../models/${id}.json`), 'utf8'));
  if (!result.ok) throw new Error(id);
  return result.model;
};

describe('summarise', () => {
  it('uses linear interpolation between order statistics (Hyndman & Fan type 7, as R and NumPy)', () => {
    // numpy.percentile([1, 2, 3, 4, 10], [10, 50, 90]) = [1.4, 3.0, 7.6]
    const s = summarise([10, 1, 3, 2, 4]);
    expect(s.median).toBeCloseTo(3, 12);
    expect(s.p10).toBeCloseTo(1.4, 12);
    expect(s.p90).toBeCloseTo(7.6, 12);
  });

  it('leaves out values that are not finite, and gives zeros for none', () => {
    expect(summarise([Number.NaN, 5, Number.NaN])).toEqual({ median: 5, p10: 5, p90: 5 });
    expect(summarise([])).toEqual({ median: 0, p10: 0, p90: 0 });
  });
});

describe('Monte Carlo', () => {
  const scenario = testScenario({ shocks: [{ kind: 'cost', area: 'ifo', fromMonth: 4, amountMsek: 8, label: { sv: 'x', en: 'x' } }] });
  const models = [model('ange-today'), model('ange-a')];

  it('run i uses seed scenario.seed + i: its metrics are those of runYear with that seed', () => {
    const [block] = runSeedRange([models[0]!], scenario, 3, 4);
    const direct = runYear(models[0]!, scenario, scenario.seed + 3);
    const k = METRIC_KEYS.indexOf('budgetYear.resultMsek');
    expect(block!.values[k]).toBe(direct.budgetYear.resultMsek);
  });

  it('gives the same summary however the seeds are split into ranges', () => {
    const whole = runSeedRange(models, scenario, 0, 12);
    const parts = [...runSeedRange(models, scenario, 5, 12), ...runSeedRange(models, scenario, 0, 5)];
    expect(summariseBlocks(parts)).toStrictEqual(summariseBlocks(whole));
    expect(metricValues(parts, 'ange-a', 'budgetYear.resultMsek')).toEqual(metricValues(whole, 'ange-a', 'budgetYear.resultMsek'));
  });

  it('reports progress and stops when cancelled', () => {
    const seen: number[] = [];
    const controller = new AbortController();
    const summaries = runMonteCarlo(models, scenario, {
      runs: 50,
      onProgress: (done, total) => {
        expect(total).toBe(100);
        seen.push(done);
        if (done === 7) controller.abort();
      },
      signal: controller.signal,
    });
    expect(seen.at(-1)).toBe(7);
    expect(summaries.reduce((sum, s) => sum + s.runs, 0)).toBe(7);
  });

  it('shows the silo effect as a distribution: trapped between committees, and between sectors only as far as ω in the year keeps them apart', () => {
    const [today, a] = runMonteCarlo(models, scenario, { runs: 40 });
    expect(today!.metrics['budgetYear.trappedSurplusMsek'].p90).toBeGreaterThan(0);
    const [, netting] = runMonteCarlo(models, { ...scenario, omegaInYear: 1 }, { runs: 40 });
    expect(netting!.metrics['budgetYear.trappedSurplusMsek']).toEqual({ median: 0, p10: 0, p90: 0 });
    const [, silos] = runMonteCarlo(models, { ...scenario, omegaInYear: 0 }, { runs: 40 });
    expect(silos!.metrics['budgetYear.trappedSurplusMsek'].median).toBeGreaterThan(a!.metrics['budgetYear.trappedSurplusMsek'].median);
  });
});

describe('sweeps', () => {
  it('withParameter changes only the swept parameter; shockScale scales every shock', () => {
    const scenario = testScenario({
      shocks: [
        { kind: 'cost', area: 'ifo', fromMonth: 4, amountMsek: 8, label: { sv: 'x', en: 'x' } },
        { kind: 'revenue', fromMonth: 8, revenueChange: -0.02, label: { sv: 'x', en: 'x' } },
      ],
    });
    expect(withParameter(scenario, 'kappa', 0.3)).toEqual({ ...scenario, kappa: 0.3 });
    expect(withParameter(scenario, 'omega', 2).omega).toBe(1);
    const doubled = withParameter(scenario, 'shockScale', 2);
    expect(doubled.shockScale).toBe(2);
    expect(doubled.shocks).toEqual(scenario.shocks);
    expect(withParameter(scenario, 'remedyReserve', 0).remedyReserve).toBe(false);
    expect(withParameter(scenario, 'budgetProcess', 1).budgetProcess).toBe('topDown');
    expect(withParameter(scenario, 'closeLagDays', 12.4).closeLagDays).toBe(12);
  });

  it('over κ: over-demand falls as holders act more for the whole, and reaches 1 at κ = 1', () => {
    const points = sweep([model('ange-today')], testScenario(), { parameter: 'kappa', values: [0, 0.5, 0.8, 1], runs: 2 });
    const series = sweepSeries(points, 'ange-today', 'frameSetting.overDemandRatio');
    expect(series.map((p) => p.value)).toEqual([0, 0.5, 0.8, 1]);
    for (let i = 1; i < series.length; i++) expect(series[i]!.median).toBeLessThanOrEqual(series[i - 1]!.median);
    expect(series.at(-1)!.median).toBeLessThan(series[0]!.median);
    expect(series.at(-1)!.median).toBeCloseTo(1, 2);
  });

  it('over ω: at ω = 0 KS with utskott over-demands like committees; at ω = 1 not at all', () => {
    const points = sweep([model('ange-a')], testScenario({ kappa: 0 }), { parameter: 'omega', values: [0, 1], runs: 1 });
    const [atZero, atOne] = sweepSeries(points, 'ange-a', 'frameSetting.overDemandRatio');
    expect(atZero!.median).toBeGreaterThan(1.1);
    expect(atOne!.median).toBeCloseTo(1, 2);
  });
});
