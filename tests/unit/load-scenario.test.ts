// Scenario files: the shipped ones load by id and fit the shipped models; bad input of any kind gives
// issues in Swedish and English, never an exception.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  loadScenario,
  parseScenario,
  parseScenarioText,
  scenarioWarningsFor,
  SHIPPED_SCENARIO_IDS,
} from '@/simulation/load-scenario';
import { parseModelText } from '@/domain/parse-model';

const root = path.resolve(__dirname, '../..');
const scenariosDir = path.join(root, 'models', 'scenarios');
const readText = (file: string): string => readFileSync(file, 'utf8');

describe('shipped scenarios', () => {
  it('are exactly the files in models/scenarios/', () => {
    const files = readdirSync(scenariosDir).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));
    expect(files.sort()).toEqual([...SHIPPED_SCENARIO_IDS].sort());
  });

  it.each(SHIPPED_SCENARIO_IDS)('%s loads by id, is labelled an example and has the example κ and ω', (id) => {
    const loaded = loadScenario(id, readText, scenariosDir);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
    expect(loaded.scenario.id).toBe(id);
    expect(loaded.scenario.status).toBe('example');
    expect(loaded.scenario.kappa).toBe(0.8);
    expect(loaded.scenario.omega).toBe(0.7);
  });

  it('ifo-shock puts +8 MSEK on IFO from May; tax-drop takes 2 % of the tax from September', () => {
    const ifo = loadScenario('ifo-shock', readText, scenariosDir);
    const tax = loadScenario('tax-drop', readText, scenariosDir);
    if (!ifo.ok || !tax.ok) throw new Error('shipped scenario invalid');
    expect(ifo.scenario.shocks).toMatchObject([{ kind: 'cost', area: 'ifo', fromMonth: 4, amountMsek: 8 }]);
    expect(tax.scenario.shocks).toMatchObject([{ kind: 'revenue', fromMonth: 8, revenueChange: -0.02 }]);
  });

  it('their shocks name areas every shipped model has', () => {
    const modelFiles = readdirSync(path.join(root, 'models')).filter((f) => f.endsWith('.json') && !f.includes('schema'));
    for (const id of SHIPPED_SCENARIO_IDS) {
      const loaded = loadScenario(id, readText, scenariosDir);
      if (!loaded.ok) throw new Error(id);
      for (const file of modelFiles) {
        const model = parseModelText(readText(path.join(root, 'models', file)));
        if (!model.ok) throw new Error(file);
        expect(scenarioWarningsFor(loaded.scenario, model.model)).toEqual([]);
      }
    }
  });
});

describe('bad scenarios', () => {
  it('an unknown id names the shipped scenarios', () => {
    const loaded = loadScenario('no-such', readText, scenariosDir);
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) {
      expect(loaded.issues[0]?.message.sv).toContain('baseline, ifo-shock, tax-drop');
      expect(loaded.issues[0]?.message.en).toContain('Shipped scenarios');
    }
  });

  it('a cost shock without area or amount, a revenue shock without change', () => {
    const base = JSON.parse(readText(path.join(scenariosDir, 'baseline.json'))) as Record<string, unknown>;
    const label = { sv: 'x', en: 'x' };
    const loaded = parseScenario({
      ...base,
      shocks: [
        { kind: 'cost', fromMonth: 3, label },
        { kind: 'revenue', fromMonth: 3, label },
      ],
    });
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) {
      expect(loaded.issues.map((i) => i.path).sort()).toEqual(['shocks[0].amountMsek', 'shocks[0].area', 'shocks[1].revenueChange']);
    }
  });

  it('syntax errors carry a line; duplicate keys are reported', () => {
    const syntax = parseScenarioText('{\n  "id": "x",\n  oops\n}');
    expect(syntax.ok).toBe(false);
    if (!syntax.ok) expect(syntax.issues[0]?.position?.line).toBe(3);
    const duplicate = parseScenarioText(readText(path.join(scenariosDir, 'baseline.json')).replace('"kappa": 0.8,', '"kappa": 0.8, "kappa": 0.9,'));
    expect(duplicate.ok).toBe(false);
    if (!duplicate.ok) expect(duplicate.issues.some((i) => i.code === 'json.duplicate-key')).toBe(true);
  });

  it('never throws on any JSON value or any text', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const loaded = parseScenario(value);
        if (!loaded.ok) for (const issue of loaded.issues) expect(issue.message.sv.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(() => parseScenarioText(text)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});
