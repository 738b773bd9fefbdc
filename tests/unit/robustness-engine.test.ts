// The robustness analysis on the real engine: every contested ledger assumption is sampled over its
// ledger range with the catalogue's own label; a result is reproducible from its seed and does not depend
// on how the points are split into ranges (as the worker pools split them); two copies of one
// organisation under different ids are too close to call on every measure at every point (DESIGN §4.0).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Model } from '@/domain/model-schema';
import { parseModelText } from '@/domain/parse-model';
import { HEADLINE_MEASURES } from '@/analysis/headline-measures';
import { applyLedgerPoint, LEDGER_PARAMETER_SPACE } from '@/analysis/ledger-parameter-space';
import { analyseRuns, designOf, runRobustness, seededScenario } from '@/analysis/robustness-design';
import { concatRunValues, runSampleRange } from '@/analysis/robustness-runs';
import { statementFor, shortModelName } from '@/analysis/robustness-statement';
import { sv } from '@/render/i18n/messages';
import { CONTESTED_PARAMETERS } from '@/simulation/assumption-ledger';
import { parseScenarioText } from '@/simulation/load-scenario';

function model(id: string): Model {
  const result = parseModelText(readFileSync(`models/${id}.json`, 'utf8'));
  if (!result.ok) throw new Error(id);
  return result.model;
}
const parsed = parseScenarioText(readFileSync('models/scenarios/baseline.json', 'utf8'));
if (!parsed.ok) throw new Error('baseline');
const scenario = parsed.scenario;

describe('robustness on the engine', () => {
  it('samples every contested assumption of the ledger over its range, labelled as the catalogue labels it', () => {
    expect(LEDGER_PARAMETER_SPACE.map((d) => d.id)).toEqual(CONTESTED_PARAMETERS.map((p) => p.id));
    for (const d of LEDGER_PARAMETER_SPACE) {
      const parameter = CONTESTED_PARAMETERS.find((p) => p.id === d.id);
      if (parameter?.kind === 'number' || parameter?.kind === 'integer') expect([d.min, d.max]).toEqual([parameter.min, parameter.max]);
      const key = `ledger.${d.id}.label` as keyof typeof sv;
      expect(d.label.sv, d.id).toBe(sv[key]);
    }
  });

  it('is reproducible by seed and independent of how the points are split', () => {
    const models = [model('ange-today'), model('ange-a')];
    const request = { samples: 8, years: 2, seed: 5 };
    const whole = runRobustness(models, scenario, LEDGER_PARAMETER_SPACE, applyLedgerPoint, request);
    expect(runRobustness(models, scenario, LEDGER_PARAMETER_SPACE, applyLedgerPoint, request)).toEqual(whole);
    const design = designOf(LEDGER_PARAMETER_SPACE, request);
    const seeded = seededScenario(scenario, request);
    const parts = [0, 3, 8].slice(0, -1).map((from, i) => runSampleRange(models, seeded, applyLedgerPoint, design.points, from, [3, 8][i] ?? 8, 2, HEADLINE_MEASURES));
    expect(analyseRuns(design, models.map((m) => m.id), concatRunValues(parts), request)).toEqual(whole);
    const names = Object.fromEntries(models.map((m) => [m.id, shortModelName(m)]));
    const statement = statementFor(whole, { measure: 'trappedSurplus', first: 'ange-today', second: 'ange-a' }, names);
    expect(statement?.sentence.sv).toMatch(/^Ånge (i dag|förslag A) .* av antagandena\./);
    expect(statementFor(whole, { measure: 'trappedSurplus', first: 'ange-a', second: 'ange-today' }, names)?.sentence).toEqual(statement?.sentence);
    expect(statementFor(whole, { measure: 'nothing', first: 'ange-a', second: 'ange-today' }, names)).toBeUndefined();
  });

  it('finds two copies of one organisation too close to call everywhere', () => {
    const a = model('ange-a');
    const copy: Model = { ...a, id: 'ange-a-copy' };
    const result = runRobustness([a, copy], scenario, LEDGER_PARAMETER_SPACE, applyLedgerPoint, { samples: 8, years: 2, seed: 2 });
    for (const analysis of result.analyses) {
      expect(analysis.shares.first).toBe(0);
      expect(analysis.shares.second).toBe(0);
      if (analysis.shares.judged > 0) expect(analysis.shares.tie).toBe(1);
      expect(analysis.fails).toBeUndefined();
    }
  });
});
