// The Simulate view's words (src/features/simulate/plain-summary.ts, robustness.ts): the plain-language
// summary states only what the numbers carry — each figure it prints is the result's own, rounded as shown
// — and the robustness verdicts name the organisation ahead, share the lead when two are within the
// tolerance, and call it too close when all are.
import { describe, expect, it } from 'vitest';
import { plainSummary } from '@/features/simulate/plain-summary';
import { OUTPUTS } from '@/features/simulate/outputs';
import { leaderRanges, leadersAlong } from '@/features/simulate/robustness-sweep';
import type { I18n } from '@/render/i18n/language';
import { translate } from '@/render/i18n/language';
import { METRIC_KEYS, type ModelSummary, type SweepPoint } from '@/simulation/monte-carlo';
import { runYear } from '@/simulation/run-year';
import { shippedModels, shippedScenarioMap } from './simulate-catalogue';

const i18n: I18n = {
  lang: 'sv',
  setLang: () => undefined,
  t: (key, params) => translate('sv', key, params),
  pick: (text) => text.sv,
  number: (value, digits = 0) => value.toLocaleString('sv-SE', { minimumFractionDigits: digits, maximumFractionDigits: digits }),
};
const models = shippedModels();
const scenario = shippedScenarioMap().get('ifo-shock');
if (scenario === undefined) throw new Error('no ifo-shock scenario');
const chosen = ['ange-today', 'ange-a'].map((id) => models.get(id)).filter((m) => m !== undefined);
const results = chosen.map((model) => runYear(model, scenario, 1));

describe('plain summary', () => {
  it('prints the example year’s own figures: result, trapped surplus with its holders and month, decisions', () => {
    const summary = plainSummary(chosen, results, scenario, undefined, i18n);
    const [today, proposal] = results;
    if (today === undefined || proposal === undefined) throw new Error('no results');
    const committees = summary.exampleYear[0] ?? '';
    const result = today.budgetYear.resultMsek;
    expect(committees).toContain(`${i18n.number(Math.abs(result), 1)} mnkr ${result < 0 ? 'sämre' : 'bättre'} än budget`);
    const byMonth = today.budgetYear.trappedSurplusByMonthMsek;
    const peak = Math.max(...byMonth);
    const month = byMonth.indexOf(peak);
    expect(committees).toContain(`Som mest låg ${i18n.number(peak, 1)} mnkr instängt`);
    expect(committees).toContain(`efter ${translate('sv', `month.long.${month}` as 'month.long.0')}`);
    const balances = today.budgetYear.trace.map((t) => ({ id: t.bodyId, value: t.forecastBalanceMsek[month] ?? 0 }));
    const surplus = balances.reduce((a, b) => (b.value > a.value ? b : a));
    const deficit = balances.reduce((a, b) => (b.value < a.value ? b : a));
    const name = (id: string) => chosen[0]?.bodies.find((b) => b.id === id)?.name.sv ?? id;
    expect(committees).toContain(`${name(surplus.id)} med ${i18n.number(surplus.value, 1)} mnkr överskott`);
    expect(committees).toContain(`${name(deficit.id)} räknade med ${i18n.number(-deficit.value, 1)} mnkr underskott`);
    expect(committees).toContain(`Politiska budgetbeslut: ${today.budgetYear.decisions}`);
    // One holder, but utskott keep part of their sectors' surplus in the year (ω < 1): the summary says so.
    const board = summary.exampleYear[1] ?? '';
    if (proposal.budgetYear.trappedSurplusMsek > 0.05) expect(board).toContain('instängt mellan sektorerna');
    else expect(board).toContain('inget överskott i en sektor låg instängt');
    expect(summary.assumptions).toContain('κ = 0,80 och ω = 0,70');
    expect(summary.overRuns).toEqual([]);
  });

  it('gives medians with their band, never one number, when many runs are done', () => {
    const metrics = Object.fromEntries(METRIC_KEYS.map((key) => [key, { median: 1.25, p10: 0.5, p90: 3 }])) as ModelSummary['metrics'];
    const summaries: ModelSummary[] = chosen.map((model) => ({ modelId: model.id, runs: 500, metrics }));
    const summary = plainSummary(chosen, results, scenario, { summaries, runs: 500 }, i18n);
    expect(summary.overRuns).toHaveLength(2);
    for (const sentence of summary.overRuns) {
      expect(sentence).toContain('(500 körningar)');
      expect(sentence).toContain('1,3 (0,5 till 3,0) mnkr');
    }
  });
});

describe('robustness verdicts', () => {
  const output = OUTPUTS.find((o) => o.key === 'budgetYear.trappedSurplusMsek');
  if (output === undefined) throw new Error('no output');
  const point = (value: number, medians: number[]): SweepPoint => ({
    value,
    models: medians.map((median, i) => ({
      modelId: `m${i}`,
      runs: 100,
      metrics: { ...(Object.fromEntries(METRIC_KEYS.map((k) => [k, { median: 0, p10: 0, p90: 0 }])) as ModelSummary['metrics']), [output.key]: { median, p10: median, p90: median } },
    })),
  });

  it('names the organisation ahead, lets two share the lead, and calls a near-tie too close', () => {
    const points = [point(0, [3, 0, 0]), point(0.5, [3, 1, 0]), point(1, [1, 1.02, 1.01]), point(1.5, [0.5, 2, 2])];
    const leaders = leadersAlong(points, ['m0', 'm1', 'm2'], output);
    expect(leaders).toEqual([[1, 2], [2], undefined, [0]]);
    expect(leaderRanges([0, 0.5, 1, 1.5], leaders)).toEqual([
      { leader: [1, 2], from: 0, to: 0 },
      { leader: [2], from: 0.5, to: 0.5 },
      { leader: undefined, from: 1, to: 1 },
      { leader: [0], from: 1.5, to: 1.5 },
    ]);
    // Higher is better for the year's result.
    const result = OUTPUTS.find((o) => o.key === 'budgetYear.resultMsek');
    if (result === undefined) throw new Error('no output');
    const resultPoints = [0, 1].map((value) => ({
      value,
      models: ['a', 'b'].map((id, i) => ({
        modelId: id,
        runs: 100,
        metrics: Object.fromEntries(METRIC_KEYS.map((k) => [k, { median: i === 0 ? 2 : -2, p10: 0, p90: 0 }])) as ModelSummary['metrics'],
      })),
    }));
    expect(leadersAlong(resultPoints, ['a', 'b'], result)).toEqual([[0], [0]]);
    expect(leaderRanges([0, 1], [[0], [0]])).toEqual([{ leader: [0], from: 0, to: 1 }]);
  });
});
