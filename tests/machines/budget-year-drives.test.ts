// The budget-year machine drives the phases the engine runs (DESIGN §5, "the machines are the process"):
// break its definition and the simulation changes or stops. Here the machine is rebuilt with the adopted
// budget going straight to closing (no execution phase): the engine refuses to follow up a month the
// machine is not following up. A second case keeps only the interim report per 30 April, so KF's
// reallocation at the report per 31 August never comes and KF grants more instead.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as v from 'valibot';
import { describe, expect, it, vi } from 'vitest';
import { ModelSchema, type Model } from '@/domain/model-schema';
import type { Scenario, Shock } from '@/domain/scenario-schema';

const root = path.resolve(__dirname, '../..');
const shipped = (id: string): Model => v.parse(ModelSchema, JSON.parse(readFileSync(path.join(root, 'models', `${id}.json`), 'utf8')));
const baseline = JSON.parse(readFileSync(path.join(root, 'models', 'scenarios', 'baseline.json'), 'utf8')) as Scenario;
const shock = (area: string, fromMonth: number, amountMsek: number): Shock => ({ kind: 'cost', area, fromMonth, amountMsek, label: { sv: 'x', en: 'x' } });
const scenario: Scenario = {
  ...baseline,
  volatilityScale: 0,
  trend: 0,
  remedyReserve: false,
  shocks: [shock('ifo', 6, 30), shock('gymnasium', 1, -6)],
};

async function engineWith(change: (states: Record<string, unknown>) => Record<string, unknown>, interimAfter?: readonly number[]) {
  vi.resetModules();
  vi.doMock('@/machines/budget-year', async (importOriginal) => {
    const original = await importOriginal<typeof import('@/machines/budget-year')>();
    const { createMachine } = await import('xstate');
    const machine = original.budgetYearMachine;
    const config = machine.config as { states: Record<string, unknown> };
    const broken = createMachine({ ...(machine.config as object), states: change(config.states) } as never, machine.implementations as never);
    return { ...original, budgetYearMachine: broken, ...(interimAfter ? { INTERIM_REPORT_AFTER_MONTHS: interimAfter } : {}) };
  });
  const { runYear } = await import('@/simulation/run-year');
  return runYear;
}

describe('the budget-year machine drives the engine', () => {
  it('as defined, the year runs and KF moves frames at the interim report per 31 August', async () => {
    const runYear = await engineWith((states) => states);
    expect(runYear(shipped('ange-today'), scenario, 1).budgetYear.reallocatedMsek).toBeGreaterThan(0);
  });

  it('with the execution phase cut out of the machine, the simulation stops with a message', async () => {
    const runYear = await engineWith((states) => ({
      ...states,
      adoption: { ...(states.adoption as object), on: { 'budget.adopted': '#budgetYear.closing' } },
    }));
    expect(() => runYear(shipped('ange-today'), scenario, 1)).toThrow(/not following up/);
  });

  it('with only the interim report per 30 April, no reallocation happens and KF must grant more', async () => {
    const before = (await engineWith((states) => states))(shipped('ange-today'), scenario, 1).budgetYear;
    const runYear = await engineWith((states) => states, [4]);
    const after = runYear(shipped('ange-today'), scenario, 1).budgetYear;
    expect(after.reallocatedMsek).toBe(0);
    expect(after.supplementaryAppropriations.totalMsek).toBeGreaterThan(before.supplementaryAppropriations.totalMsek + 1);
    expect(after.holders.find((h) => h.bodyId === 'utbildningsnamnd')!.resultMsek).not.toBeCloseTo(
      before.holders.find((h) => h.bodyId === 'utbildningsnamnd')!.resultMsek,
      3,
    );
  });
});
