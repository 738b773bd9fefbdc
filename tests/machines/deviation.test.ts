// Path tests of the deviation machine (DESIGN §5) for every budget holder of every shipped model: the
// final state is always reachable, the states reached are the ones its rules allow (own measures for a
// committee, netting for KS), every state is reachable over the organisation kinds, and the compiled
// table follows XState along every path.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as v from 'valibot';
import { initialTransition, transition } from 'xstate';
import { getShortestPaths, getSimplePaths } from 'xstate/graph';
import { describe, expect, it } from 'vitest';
import { ModelSchema, type Model } from '@/domain/model-schema';
import {
  DEVIATION_EVENT_TYPES,
  deviationActingBody,
  deviationContextUpdates,
  deviationGuards,
  deviationInputFor,
  deviationMachine,
  holderRules,
  type DeviationContext,
  type DeviationInput,
} from '@/machines/deviation';
import { organisationRoles } from '@/machines/organisation-roles';
import { compileMachine } from '@/simulation/compiled-machine';

const modelsDir = path.resolve(__dirname, '../../models');
const shippedModels: Model[] = readdirSync(modelsDir)
  .filter((file) => file.endsWith('.json') && !file.endsWith('.schema.json'))
  .map((file) => v.parse(ModelSchema, JSON.parse(readFileSync(path.join(modelsDir, file), 'utf8'))));

const events = DEVIATION_EVENT_TYPES.map((type) => ({ type }));
const compiled = compileMachine<DeviationContext>(deviationMachine, {
  guards: deviationGuards,
  actions: deviationContextUpdates,
});

function leafPath(value: unknown): string {
  if (typeof value === 'string') return value;
  const [key, inner] = Object.entries(value as Record<string, unknown>)[0] ?? ['', ''];
  return `${key}.${leafPath(inner)}`;
}

/** A 5 MSEK deviation that the measures cover fully, one they cover only partly without a reserve, and
 *  one partly covered with KS's reserve to grant from. */
function inputsFor(model: Model): DeviationInput[] {
  const roles = organisationRoles(model);
  return roles.budgetHolders.flatMap((holder) => [
    { ...deviationInputFor(roles, holder, 5), coveredMsek: 5, reserveMsek: 0 },
    { ...deviationInputFor(roles, holder, 5), coveredMsek: 2, reserveMsek: 0 },
    { ...deviationInputFor(roles, holder, 5), coveredMsek: 2, reserveMsek: 1 },
  ]);
}

function reachedLeaves(input: DeviationInput): Set<string> {
  return new Set(getShortestPaths(deviationMachine, { input, events }).map((p) => leafPath(p.state.value)));
}


describe.each(shippedModels.map((model) => [model.id, model] as const))('deviations in %s', (_id, model) => {
  const inputs = inputsFor(model);

  it('has at least one budget holder to test', () => {
    expect(inputs.length).toBeGreaterThan(0);
  });

  it('reaches the final state from every holder, through the states its rules allow', () => {
    for (const input of inputs) {
      const leaves = reachedLeaves(input);
      expect(leaves.has('closed')).toBe(true);
      expect(leaves.has('ownMeasures')).toBe(input.rules === 'silo');
      expect(leaves.has('netting')).toBe(input.rules === 'whole');
      // A committee's request goes to KS first; KS's own request goes straight to KF.
      expect(leaves.has('supplementaryAppropriation.preparedByExecutiveBoard')).toBe(
        input.rules === 'silo' && input.coveredMsek! < input.gapMsek && input.executiveBoard !== undefined,
      );
      expect(leaves.has('supplementaryAppropriation.decidedByCouncil')).toBe(input.coveredMsek! < input.gapMsek);
      expect(leaves.has('reserve')).toBe(input.coveredMsek! < input.gapMsek && (input.reserveMsek ?? 0) > 0);
    }
  });

  it('every simple path to the final state takes one decision per acting step', () => {
    for (const input of inputs) {
      const toClosed = getSimplePaths(deviationMachine, {
        input,
        events,
        toState: (snapshot) => snapshot.status === 'done',
      });
      expect(toClosed.length).toBeGreaterThan(0);
      for (const p of toClosed) {
        const acting = p.steps.filter((step) =>
          ['deviation.measuresDecided', 'deviation.netted', 'reserve.granted', 'appropriation.prepared', 'appropriation.decided'].includes(
            step.event.type,
          ),
        ).length;
        expect(p.state.context.decisions).toBe(acting);
      }
    }
  });

  it('the compiled table follows XState along every shortest path', () => {
    for (const input of inputs) {
      for (const p of getShortestPaths(deviationMachine, { input, events })) {
        const context: DeviationContext = { ...input, coveredMsek: input.coveredMsek ?? 0, reserveMsek: input.reserveMsek ?? 0, decisions: 0 };
        let state = compiled.initialState(context);
        let [snapshot] = initialTransition(deviationMachine, input);
        for (const step of p.steps) {
          if (step.event.type.startsWith('xstate.')) continue;
          state = compiled.step(state, compiled.eventIndex(step.event.type), context);
          [snapshot] = transition(deviationMachine, snapshot, step.event);
          expect(compiled.statePaths[state]).toBe(leafPath(snapshot.value));
          expect(context).toEqual(snapshot.context);
        }
      }
    }
  });
});

describe('guards for the two organisation kinds', () => {
  const byId = (id: string): Model => {
    const model = shippedModels.find((m) => m.id === id);
    if (!model) throw new Error(`model ${id} not shipped`);
    return model;
  };
  const contextOf = (input: DeviationInput, coveredMsek: number): DeviationContext => ({
    ...input,
    coveredMsek,
    reserveMsek: 0,
    decisions: 0,
  });

  it('committee organisation (ange-today): the social committee is a silo and KS prepares its request', () => {
    const roles = organisationRoles(byId('ange-today'));
    const input = deviationInputFor(roles, 'socialnamnd', 8);
    expect(holderRules(roles, 'socialnamnd')).toBe('silo');
    expect(deviationGuards.isSiloOrganisation(contextOf(input, 0))).toBe(true);
    expect(deviationGuards.executiveBoardPrepares(contextOf(input, 0))).toBe(true);
    expect(deviationGuards.holderCanCoverGap(contextOf(input, 7.99))).toBe(false);
    expect(deviationGuards.holderCanCoverGap(contextOf(input, 8))).toBe(true);
    expect(deviationActingBody('ownMeasures', input)).toBe('socialnamnd');
    expect(deviationActingBody('supplementaryAppropriation.preparedByExecutiveBoard', input)).toBe('ks');
    expect(deviationActingBody('supplementaryAppropriation.decidedByCouncil', input)).toBe('kf');
    const [reviewed] = transition(deviationMachine, initialTransition(deviationMachine, input)[0], {
      type: 'deviation.reviewed',
    });
    expect(reviewed.value).toBe('ownMeasures');
  });

  it('KS with utskott (ange-a): KS holds the frame, nets, and its own request goes straight to KF', () => {
    const roles = organisationRoles(byId('ange-a'));
    const input = deviationInputFor(roles, 'ks', 8);
    expect(holderRules(roles, 'ks')).toBe('whole');
    expect(deviationGuards.isSiloOrganisation(contextOf(input, 0))).toBe(false);
    expect(deviationGuards.executiveBoardPrepares(contextOf(input, 0))).toBe(false);
    expect(deviationActingBody('netting', input)).toBe('ks');
    const [reviewed] = transition(deviationMachine, initialTransition(deviationMachine, { ...input, coveredMsek: 3 })[0], {
      type: 'deviation.reviewed',
    });
    expect(reviewed.value).toBe('netting');
    const [netted] = transition(deviationMachine, reviewed, { type: 'deviation.netted' });
    expect(netted.value).toEqual({ supplementaryAppropriation: 'decidedByCouncil' });
  });

  it('every state is reachable over the shipped organisations', () => {
    const all = new Set<string>();
    for (const model of shippedModels) for (const input of inputsFor(model)) for (const l of reachedLeaves(input)) all.add(l);
    expect([...all].sort()).toEqual([...compiled.statePaths].sort());
  });
});
