// The assumption ledger: every scalar scenario parameter has an entry with a range and a status, the
// structural ones are contested, the catalogue has their texts in both languages, and `applySettings`
// sets values with validation (the CLI's --set).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sv, en } from '@/render/i18n/messages';
import {
  applySettings,
  CONTESTED_PARAMETERS,
  LEDGER_PARAMETERS,
  resolveAssumptions,
  settingOf,
} from '@/simulation/assumption-ledger';
import { parseScenarioText } from '@/simulation/load-scenario';
import type { Scenario } from '@/domain/scenario-schema';

function baseline(): Scenario {
  const loaded = parseScenarioText(readFileSync('models/scenarios/baseline.json', 'utf8'));
  if (!loaded.ok) throw new Error('baseline invalid');
  return loaded.scenario;
}

describe('assumption ledger', () => {
  it('gives every parameter a kind, a range or choices, a default inside it, and catalogue texts', () => {
    for (const p of LEDGER_PARAMETERS) {
      if (p.kind === 'choice') expect(p.choices?.includes(p.default as string), p.id).toBe(true);
      if (p.kind === 'number' || p.kind === 'integer') {
        expect(p.min, p.id).toBeDefined();
        expect(p.max, p.id).toBeDefined();
        expect(p.default as number).toBeGreaterThanOrEqual(p.min ?? 0);
        expect(p.default as number).toBeLessThanOrEqual(p.max ?? 0);
      }
      for (const part of ['label', 'unit', 'help']) {
        expect((sv as Record<string, string>)[`ledger.${p.id}.${part}`], `sv ${p.id}.${part}`).toBeTruthy();
        expect((en as Record<string, string>)[`ledger.${p.id}.${part}`], `en ${p.id}.${part}`).toBeTruthy();
      }
    }
  });

  it('marks the structural choices of DESIGN §4.0 contested and sweepable', () => {
    const ids = CONTESTED_PARAMETERS.map((p) => p.id);
    for (const id of [
      'meetingDayOfMonth',
      'chainStepDays',
      'closeLagDays',
      'paperDeadlineDays',
      'deviationThresholdBasis',
      'deviationThresholdMsek',
      'budgetProcess',
      'remedyReserve',
      'remedyReallocation',
      'remedyCarryOver',
      'budgetDelegation',
      'agendaCapacity',
      'omegaInYear',
    ]) {
      expect(ids, id).toContain(id);
    }
  });

  it('shipped scenarios state every parameter explicitly', () => {
    for (const id of ['baseline', 'ifo-shock', 'tax-drop']) {
      const raw = JSON.parse(readFileSync(`models/scenarios/${id}.json`, 'utf8')) as Record<string, unknown>;
      for (const p of LEDGER_PARAMETERS) {
        const value = p.scenarioKey.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], raw);
        expect(value, `${id}: ${p.scenarioKey}`).toBeDefined();
      }
    }
  });

  it('applies settings from text with validation', () => {
    const base = baseline();
    const result = applySettings(base, { closeLagDays: '15', remedyReserve: 'false', budgetProcess: 'topDown', 'matterRates.individual': '50' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.scenario.closeLagDays).toBe(15);
    expect(result.scenario.remedyReserve).toBe(false);
    expect(result.scenario.budgetProcess).toBe('topDown');
    expect(result.scenario.matterRates.individual).toBe(50);
    expect(result.scenario.matterRates.singleArea).toBe(base.matterRates.singleArea);
    expect(base.closeLagDays).toBe(10);
    expect(resolveAssumptions(result.scenario).closeLagDays).toBe(15);
    expect(settingOf(result.scenario, 'remedyReserve')).toBe(false);
  });

  it('refuses unknown ids, wrong kinds and values outside the schema, naming them', () => {
    const base = baseline();
    const unknown = applySettings(base, { nonsense: 1 });
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.message.en).toContain('nonsense');
    const notInteger = applySettings(base, { closeLagDays: '2.5' });
    expect(notInteger.ok).toBe(false);
    if (!notInteger.ok) expect(notInteger.message.en).toContain('closeLagDays');
    const badChoice = applySettings(base, { budgetProcess: 'auto' });
    expect(badChoice.ok).toBe(false);
    const outside = applySettings(base, { kappa: 3 });
    expect(outside.ok).toBe(false);
    const outsideLedger = applySettings(base, { closeLagDays: 40 }, { withinLedgerRange: true });
    expect(outsideLedger.ok).toBe(false);
  });

  it('fills absent values from the ledger defaults', () => {
    const base = baseline();
    const { closeLagDays: _lag, ...rest } = base;
    expect(resolveAssumptions(rest as Scenario).closeLagDays).toBe(10);
  });
});
