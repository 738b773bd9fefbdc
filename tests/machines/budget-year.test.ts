// Path tests of the budget-year machine (DESIGN §5) for every shipped model: with the organisation's
// own roles and both process orders every state and the final state are reachable (xstate/graph), the
// compiled table follows XState along every path, and the guards read the organisation correctly.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as v from 'valibot';
import { initialTransition, transition } from 'xstate';
import { getShortestPaths, getSimplePaths } from 'xstate/graph';
import { describe, expect, it } from 'vitest';
import { ModelSchema, type Model } from '@/domain/model-schema';
import {
  BUDGET_YEAR_EVENT_TYPES,
  budgetYearActingBodies,
  budgetYearContextUpdates,
  budgetYearGuards,
  budgetYearInputFor,
  budgetYearMachine,
  type BudgetProcessOrder,
  type BudgetYearContext,
  type BudgetYearInput,
} from '@/machines/budget-year';
import { organisationRoles } from '@/machines/organisation-roles';
import { compileMachine } from '@/simulation/compiled-machine';
import { setFrames } from '@/simulation/frame-setting';

const modelsDir = path.resolve(__dirname, '../../models');
const shippedModels: Model[] = readdirSync(modelsDir)
  .filter((file) => file.endsWith('.json') && !file.endsWith('.schema.json'))
  .map((file) => v.parse(ModelSchema, JSON.parse(readFileSync(path.join(modelsDir, file), 'utf8'))));

const EXAMPLE_SCENARIO = { kappa: 0.8, omega: 0.7, lambda: 1 } as const;
const events = BUDGET_YEAR_EVENT_TYPES.map((type) => ({ type }));
const compiled = compileMachine<BudgetYearContext>(budgetYearMachine, {
  guards: budgetYearGuards,
  actions: budgetYearContextUpdates,
});

function inputFor(model: Model, process: BudgetProcessOrder): BudgetYearInput {
  const roles = organisationRoles(model);
  const frames = setFrames(model, { ...EXAMPLE_SCENARIO } as never, { roles, process });
  return budgetYearInputFor(roles, process, frames.rounds);
}

/** "frameSetting.bidding" for { frameSetting: 'bidding' }. */
function leafPath(value: unknown): string {
  if (typeof value === 'string') return value;
  const [key, inner] = Object.entries(value as Record<string, unknown>)[0] ?? ['', ''];
  return `${key}.${leafPath(inner)}`;
}

it('finds the shipped models', () => {
  expect(shippedModels.length).toBeGreaterThanOrEqual(3);
});

describe.each(shippedModels.map((model) => [model.id, model] as const))('budget year of %s', (_id, model) => {
  const inputs = (['bottomUp', 'topDown'] as const).map((process) => inputFor(model, process));

  it('reaches every state over the two process orders, and the final state in each', () => {
    const reached = new Set<string>();
    for (const input of inputs) {
      const paths = getShortestPaths(budgetYearMachine, { input, events });
      const leaves = new Set(paths.map((p) => leafPath(p.state.value)));
      expect(leaves.has('closed')).toBe(true);
      for (const leaf of leaves) reached.add(leaf);
    }
    expect([...reached].sort()).toEqual([...compiled.statePaths].sort());
  });

  it('has simple paths to the final state that hold every negotiation round and both interim reports', () => {
    for (const input of inputs) {
      const toClosed = getSimplePaths(budgetYearMachine, {
        input,
        events,
        toState: (snapshot) => snapshot.status === 'done',
      });
      expect(toClosed.length).toBeGreaterThan(0);
      for (const p of toClosed) {
        const context = p.state.context;
        expect(context.monthsClosed).toBe(12);
        expect(context.interimReports).toBe(2);
        expect(context.roundsHeld).toBe(input.negotiationRounds);
      }
    }
  });

  it('the compiled table follows XState along every shortest path', () => {
    for (const input of inputs) {
      for (const p of getShortestPaths(budgetYearMachine, { input, events })) {
        const context: BudgetYearContext = { ...input, roundsHeld: 0, monthsClosed: 0, interimReports: 0 };
        let state = compiled.initialState(context);
        let [snapshot] = initialTransition(budgetYearMachine, input);
        for (const step of p.steps) {
          if (step.event.type.startsWith('xstate.')) continue;
          state = compiled.step(state, compiled.eventIndex(step.event.type), context);
          [snapshot] = transition(budgetYearMachine, snapshot, step.event);
          expect(compiled.statePaths[state]).toBe(leafPath(snapshot.value));
          expect(context).toEqual(snapshot.context);
        }
      }
    }
  });

  it('names an acting body for every working state', () => {
    const [input] = inputs;
    for (const statePath of compiled.statePaths) {
      const bodies = budgetYearActingBodies(statePath, input!.roles);
      expect(bodies.length).toBeGreaterThan(0);
      for (const id of bodies) expect(model.bodies.some((b) => b.id === id)).toBe(true);
    }
  });
});

describe('guards for the two organisation kinds', () => {
  const byId = (id: string): Model => {
    const model = shippedModels.find((m) => m.id === id);
    if (!model) throw new Error(`model ${id} not shipped`);
    return model;
  };
  const contextOf = (input: BudgetYearInput): BudgetYearContext => ({
    ...input,
    roundsHeld: 0,
    monthsClosed: 0,
    interimReports: 0,
  });

  it('committee organisation (ange-today): bottom-up, committees bid, KF decides', () => {
    const model = byId('ange-today');
    const roles = organisationRoles(model);
    const frames = setFrames(model, { ...EXAMPLE_SCENARIO, budgetProcess: 'bottomUp' } as never, { roles });
    expect(frames.process).toBe('bottomUp');
    const input = budgetYearInputFor(roles, frames.process, frames.rounds);
    expect(budgetYearGuards.isTopDown(contextOf(input))).toBe(false);
    expect(budgetYearGuards.negotiationDone(contextOf(input))).toBe(frames.rounds === 0);
    expect(budgetYearActingBodies('frameSetting.bidding', input.roles)).toEqual(
      expect.arrayContaining(['utbildningsnamnd', 'socialnamnd', 'ks']),
    );
    expect(budgetYearActingBodies('frameSetting.councilDecision', input.roles)).toEqual(['kf']);
    const [afterDirectives] = transition(budgetYearMachine, initialTransition(budgetYearMachine, input)[0], {
      type: 'budget.directivesIssued',
    });
    expect(afterDirectives.value).toEqual({ frameSetting: 'bidding' });
  });

  it('KS with utskott (ange-a): top-down, KS proposes the total, utskott prepare', () => {
    const model = byId('ange-a');
    const roles = organisationRoles(model);
    const frames = setFrames(model, { ...EXAMPLE_SCENARIO, budgetProcess: 'topDown' } as never, { roles });
    expect(frames.process).toBe('topDown');
    const input = budgetYearInputFor(roles, frames.process, frames.rounds);
    expect(budgetYearGuards.isTopDown(contextOf(input))).toBe(true);
    expect(input.roles.budgetHolders).toEqual(['ks']);
    expect(input.roles.preparers).toEqual(expect.arrayContaining(['larande-stod', 'omsorg-stod', 'service']));
    const [afterDirectives] = transition(budgetYearMachine, initialTransition(budgetYearMachine, input)[0], {
      type: 'budget.directivesIssued',
    });
    expect(afterDirectives.value).toEqual({ frameSetting: 'totalProposed' });
  });

  it('interim reports fall due after April and August, the year closes after December', () => {
    const input = inputFor(byId('ange-a'), 'topDown');
    const at = (monthsClosed: number, interimReports: number): BudgetYearContext => ({
      ...contextOf(input),
      monthsClosed,
      interimReports,
    });
    expect(budgetYearGuards.interimReportDue(at(3, 0))).toBe(false);
    expect(budgetYearGuards.interimReportDue(at(4, 0))).toBe(true);
    expect(budgetYearGuards.interimReportDue(at(7, 1))).toBe(false);
    expect(budgetYearGuards.interimReportDue(at(8, 1))).toBe(true);
    expect(budgetYearGuards.yearClosed(at(11, 2))).toBe(false);
    expect(budgetYearGuards.yearClosed(at(12, 2))).toBe(true);
  });
});
