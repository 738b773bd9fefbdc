// Path tests of the matter machine (DESIGN §4.3, §5) for every shipped model: with the inputs each
// organisation gives its matters, every state the organisation can use is reachable, every input reaches
// the final state, and across the models every state is used. Guards are checked for both kinds of
// organisation: the committee organisation (ange-today) and KS with utskott (ange-a).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as v from 'valibot';
import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import { getShortestPaths, getSimplePaths } from 'xstate/graph';
import { describe, expect, it } from 'vitest';
import { ModelSchema, type Model } from '@/domain/model-schema';
import {
  MATTER_EVENT_TYPES,
  matterContextFor,
  matterContextUpdates,
  matterGuards,
  matterInputFor,
  matterMachine,
  type MatterContext,
  type MatterInput,
} from '@/machines/matter';
import { organisationRoles, type OrganisationRoles } from '@/machines/organisation-roles';
import { compileMachine } from '@/simulation/compiled-machine';

const modelsDir = path.resolve(__dirname, '../../models');
const shippedModels: { file: string; model: Model }[] = readdirSync(modelsDir)
  .filter((file) => file.endsWith('.json') && !file.endsWith('.schema.json'))
  .sort()
  .map((file) => ({ file, model: v.parse(ModelSchema, JSON.parse(readFileSync(path.join(modelsDir, file), 'utf8'))) }));

const byFile = (file: string): Model => {
  const found = shippedModels.find((entry) => entry.file === file);
  if (found === undefined) throw new Error(`models/${file} is missing`);
  return found.model;
};

const events = MATTER_EVENT_TYPES.map((type) => ({ type }));
const compiled = compileMachine<MatterContext>(matterMachine, { guards: matterGuards, actions: matterContextUpdates });
const ALL_STATES = [...compiled.statePaths].sort();

type Snapshot = SnapshotFrom<typeof matterMachine>;
const pathOf = (snapshot: Snapshot): string => compiled.statePaths[compiled.stateIndexOfValue(snapshot.value)] ?? '';

/** Every input a model gives its matters: each kind in each area, cross-area over every pair. */
function inputsOf(roles: OrganisationRoles): MatterInput[] {
  const ids = roles.areas.map((area) => area.areaId);
  const inputs: (MatterInput | undefined)[] = [];
  for (const id of ids) inputs.push(matterInputFor(roles, 'singleArea', [id]), matterInputFor(roles, 'council', [id]));
  for (const first of ids) for (const second of ids) if (first !== second) inputs.push(matterInputFor(roles, 'crossArea', [first, second]));
  return inputs.filter((input): input is MatterInput => input !== undefined);
}

/** What the guards see of an input; inputs with the same signature have the same state graph. */
function signature(input: MatterInput): string {
  return JSON.stringify({
    legs: input.legs.map((leg) => leg.preparer === leg.decider),
    council: input.council !== undefined,
    councilPreparer: input.councilPreparer !== undefined,
  });
}

/** One input per distinct signature, so each state graph is traversed once. */
function distinctInputs(roles: OrganisationRoles): MatterInput[] {
  const seen = new Map<string, MatterInput>();
  for (const input of inputsOf(roles)) if (!seen.has(signature(input))) seen.set(signature(input), input);
  return [...seen.values()];
}

/** The states an organisation's inputs can reach, predicted from its roles alone. */
function expectedStates(inputs: readonly MatterInput[]): string[] {
  const states = new Set(['received', 'preparedByOfficials', 'referredBack', 'decided', 'reportedBack']);
  for (const input of inputs) {
    if (input.council !== undefined) {
      states.add('decision.byCouncil');
      // KS as the preparer sends a council matter straight on to KF, so it never sits in byPreparer.
      if (input.councilPreparer !== undefined) {
        states.add('politicalPreparation.byPreparer').add('politicalPreparation.byExecutiveBoard');
      } else states.add('politicalPreparation.byPreparer');
      continue;
    }
    for (const leg of input.legs) {
      if (leg.preparer === leg.decider) states.add('decision.byPreparer');
      else states.add('politicalPreparation.byPreparer').add('decision.byBudgetHolder');
    }
  }
  return [...states].sort();
}

describe('matter machine over the shipped models', () => {
  it('loads every shipped model, both Ånge organisations among them', () => {
    expect(shippedModels.length).toBeGreaterThanOrEqual(7);
    expect(shippedModels.map((entry) => entry.file)).toEqual(expect.arrayContaining(['ange-today.json', 'ange-a.json']));
  });

  const reachedOverAll = new Set<string>();
  for (const { file, model } of shippedModels) {
    describe(file, () => {
      const roles = organisationRoles(model);
      const inputs = distinctInputs(roles);

      it('gives its matters at least a single-area and a council route', () => {
        expect(inputs.some((input) => input.kind === 'singleArea')).toBe(true);
        expect(inputs.some((input) => input.council !== undefined)).toBe(true);
      });

      it('reaches exactly the states its organisation uses, and the final state from every input', () => {
        const reached = new Set<string>();
        for (const input of inputs) {
          const paths = getShortestPaths(matterMachine, { input, events });
          const states = new Set(paths.map((p) => pathOf(p.state)));
          expect(states.has('reportedBack'), signature(input)).toBe(true);
          for (const state of states) reached.add(state);
        }
        expect([...reached].sort()).toEqual(expectedStates(inputs));
        for (const state of reached) reachedOverAll.add(state);
      });

      it('reports a matter back only after every leg is decided, on every simple path', () => {
        for (const input of inputs) {
          const finals = getSimplePaths(matterMachine, { input, events }).filter((p) => p.state.status === 'done');
          expect(finals.length).toBeGreaterThan(0);
          for (const final of finals) expect(final.state.context.decisionsTaken).toBe(input.legs.length);
        }
      });

      it('the compiled table follows XState along every shortest path', () => {
        for (const input of inputs) {
          for (const { steps } of getShortestPaths(matterMachine, { input, events })) {
            const context = matterContextFor(input);
            let state = compiled.initialState(context);
            for (const step of steps) {
              // The first step of a path is XState's own initialisation event, already applied above.
              const type: string = step.event.type;
              if (type !== 'xstate.init') {
                state = compiled.step(state, compiled.eventIndex(type), context);
              }
              expect(compiled.stateValue(state)).toEqual(step.state.value);
            }
          }
        }
      });
    });
  }

  it('uses every state of the machine across the shipped models', () => {
    expect([...reachedOverAll].sort()).toEqual(ALL_STATES);
  });
});

/** Runs events through XState's pure transition function and returns the leaf path after each. */
function run(input: MatterInput, types: readonly (typeof MATTER_EVENT_TYPES)[number][]): string[] {
  let [snapshot] = initialTransition(matterMachine, input);
  return types.map((type) => {
    [snapshot] = transition(matterMachine, snapshot, { type });
    return pathOf(snapshot);
  });
}

describe('matter guards in the committee organisation (ange-today)', () => {
  const roles = organisationRoles(byFile('ange-today.json'));
  const committeeAreas = roles.areas.filter((area) => area.budgetHolder === area.preparer && area.budgetHolder !== roles.executiveBoard);
  const [first] = committeeAreas;
  const second = committeeAreas.find((area) => first !== undefined && area.budgetHolder !== first.budgetHolder);

  it('is a committee organisation with at least two committees holding frames', () => {
    expect(roles.kind).toBe('committees');
    expect(first).toBeDefined();
    expect(second).toBeDefined();
  });

  it('a committee decides a matter of its own area directly after the officials', () => {
    const input = matterInputFor(roles, 'singleArea', [first?.areaId ?? ''])!;
    expect(matterGuards.preparerDecides(matterContextFor(input))).toBe(true);
    expect(run(input, ['matter.assigned', 'matter.prepared'])).toEqual(['preparedByOfficials', 'decision.byPreparer']);
  });

  it('a cross-area matter needs a decision in each committee involved', () => {
    const input = matterInputFor(roles, 'crossArea', [first?.areaId ?? '', second?.areaId ?? ''])!;
    expect(input.legs.map((leg) => leg.decider)).toEqual([first?.budgetHolder, second?.budgetHolder]);
    expect(matterGuards.needsAnotherCommittee(matterContextFor(input))).toBe(true);
    expect(
      run(input, ['matter.assigned', 'matter.prepared', 'matter.decided', 'matter.prepared', 'matter.decided', 'matter.reported']),
    ).toEqual(['preparedByOfficials', 'decision.byPreparer', 'preparedByOfficials', 'decision.byPreparer', 'decided', 'reportedBack']);
  });

  it('a council matter from a committee goes through KS before KF', () => {
    const input = matterInputFor(roles, 'council', [first?.areaId ?? ''])!;
    const context = matterContextFor(input);
    expect(matterGuards.needsCouncil(context)).toBe(true);
    expect(matterGuards.needsExecutiveBoardPreparation(context)).toBe(true);
    expect(matterGuards.preparerDecides(context)).toBe(false);
    expect(run(input, ['matter.assigned', 'matter.prepared', 'matter.meetingHeld', 'matter.meetingHeld'])).toEqual([
      'preparedByOfficials',
      'politicalPreparation.byPreparer',
      'politicalPreparation.byExecutiveBoard',
      'decision.byCouncil',
    ]);
  });

  it('KS decides its own areas after its arbetsutskott prepared them (no delegation of matters)', () => {
    const ksArea = roles.areas.find((area) => area.budgetHolder === roles.executiveBoard && area.preparer !== area.budgetHolder);
    expect(ksArea?.preparerDecides).toBe(false);
    const input = matterInputFor(roles, 'singleArea', [ksArea?.areaId ?? ''])!;
    expect(run(input, ['matter.assigned', 'matter.prepared', 'matter.meetingHeld'])).toEqual([
      'preparedByOfficials',
      'politicalPreparation.byPreparer',
      'decision.byBudgetHolder',
    ]);
  });
});

describe('matter guards under KS with utskott (ange-a)', () => {
  const roles = organisationRoles(byFile('ange-a.json'));
  const delegated = roles.areas.filter((area) => area.budgetHolder === roles.executiveBoard && area.preparer !== area.budgetHolder);
  const [first] = delegated;
  const samePreparer = delegated.find((area) => area !== first && area.preparer === first?.preparer);
  const otherPreparer = delegated.find((area) => area.preparer !== first?.preparer);

  it('is an organisation where KS holds every frame it has, with utskott deciding by delegation', () => {
    expect(roles.budgetHolders).toContain(roles.executiveBoard);
    expect(first?.preparerDecides).toBe(true);
    expect(samePreparer).toBeDefined();
    expect(otherPreparer).toBeDefined();
  });

  it('an utskott decides a matter of its area by delegation and reports it to KS', () => {
    const input = matterInputFor(roles, 'singleArea', [first?.areaId ?? ''])!;
    expect(input.legs).toEqual([
      { preparer: first?.preparer, decider: first?.preparer, department: first?.department, reportsTo: roles.executiveBoard },
    ]);
    expect(run(input, ['matter.assigned', 'matter.prepared', 'matter.decided'])).toEqual([
      'preparedByOfficials',
      'decision.byPreparer',
      'decided',
    ]);
  });

  it('a cross-area matter needs one decision: by the utskott when it prepares both areas', () => {
    const input = matterInputFor(roles, 'crossArea', [first?.areaId ?? '', samePreparer?.areaId ?? ''])!;
    expect(input.legs).toHaveLength(1);
    expect(matterGuards.needsAnotherCommittee(matterContextFor(input))).toBe(false);
    expect(matterGuards.preparerDecides(matterContextFor(input))).toBe(true);
  });

  it('a cross-area matter over two utskott needs one decision, by KS', () => {
    const input = matterInputFor(roles, 'crossArea', [first?.areaId ?? '', otherPreparer?.areaId ?? ''])!;
    expect(input.legs.map((leg) => leg.decider)).toEqual([roles.executiveBoard]);
    expect(run(input, ['matter.assigned', 'matter.prepared', 'matter.meetingHeld', 'matter.decided'])).toEqual([
      'preparedByOfficials',
      'politicalPreparation.byPreparer',
      'decision.byBudgetHolder',
      'decided',
    ]);
  });

  it('återremiss sends a matter back to the officials and through preparation again', () => {
    const input = matterInputFor(roles, 'council', [first?.areaId ?? ''])!;
    expect(
      run(input, [
        'matter.assigned',
        'matter.prepared',
        'matter.meetingHeld',
        'matter.meetingHeld',
        'matter.referredBack',
        'matter.prepared',
      ]),
    ).toEqual([
      'preparedByOfficials',
      'politicalPreparation.byPreparer',
      'politicalPreparation.byExecutiveBoard',
      'decision.byCouncil',
      'referredBack',
      'politicalPreparation.byPreparer',
    ]);
  });

  it('a council matter prepared by KS itself goes straight from KS to KF', () => {
    const ksPrepared = roles.areas.find((area) => area.preparer === roles.executiveBoard);
    expect(ksPrepared).toBeDefined();
    const input = matterInputFor(roles, 'council', [ksPrepared?.areaId ?? ''])!;
    expect(input.councilPreparer).toBeUndefined();
    expect(run(input, ['matter.assigned', 'matter.prepared', 'matter.meetingHeld'])).toEqual([
      'preparedByOfficials',
      'politicalPreparation.byPreparer',
      'decision.byCouncil',
    ]);
  });
});
