// The compiled transition table (src/simulation/compiled-machine.ts) and XState's pure `transition`
// agree: for random inputs (random guard flags) and random event sequences, every machine in
// src/machines/ is in the same state, with the same context, after every event.
import * as fc from 'fast-check';
import { initialTransition, transition, type AnyStateMachine } from 'xstate';
import { describe, expect, it } from 'vitest';
import {
  BUDGET_YEAR_EVENT_TYPES,
  budgetYearContextUpdates,
  budgetYearGuards,
  budgetYearMachine,
  type BudgetYearInput,
} from '@/machines/budget-year';
import {
  DEVIATION_EVENT_TYPES,
  deviationContextUpdates,
  deviationGuards,
  deviationMachine,
  type DeviationInput,
} from '@/machines/deviation';
import { MATTER_EVENT_TYPES, matterContextUpdates, matterGuards, matterMachine, type MatterInput } from '@/machines/matter';
import {
  STEERING_DOCUMENT_KINDS,
  reorganisationContextUpdates,
  reorganisationGuards,
  reorganisationMachine,
  type ReorganisationInput,
} from '@/machines/reorganisation';
import { compileMachine, type CompileOptions } from '@/simulation/compiled-machine';

/** Replays `types` through XState and the table and checks they agree after every step. */
function agree(
  machine: AnyStateMachine,
  options: CompileOptions<Record<string, unknown>>,
  input: unknown,
  types: readonly string[],
  reached: Set<string>,
): void {
  const compiled = compileMachine(machine, options);
  let [snapshot] = initialTransition(machine, input);
  // The table starts from the context XState computed from the input (no machine has initial actions).
  const context = structuredClone(snapshot.context) as Record<string, unknown>;
  let state = compiled.initialState(context);
  expect(compiled.stateValue(state)).toEqual(snapshot.value);
  for (const type of types) {
    [snapshot] = transition(machine, snapshot, { type });
    state = compiled.step(state, compiled.eventIndex(type), context);
    expect(compiled.stateValue(state)).toEqual(snapshot.value);
    expect(compiled.isFinal(state)).toBe(snapshot.status === 'done');
    expect(context).toEqual(snapshot.context);
    reached.add(compiled.statePaths[state] ?? '');
  }
}

const bodyId = fc.constantFrom('kf', 'ks', 'au', 'utskott-a', 'utskott-b', 'namnd-a', 'namnd-b');
const events = (types: readonly string[], maxLength: number) =>
  fc.array(fc.constantFrom(...types), { maxLength });

const matterInput: fc.Arbitrary<MatterInput> = fc
  .record({
    kind: fc.constantFrom('singleArea', 'crossArea', 'council') as fc.Arbitrary<MatterInput['kind']>,
    legs: fc.array(fc.record({ preparer: bodyId, decider: bodyId, department: fc.constant('forvaltning') }), {
      minLength: 1,
      maxLength: 3,
    }),
    council: fc.option(fc.constant('kf'), { nil: undefined }),
    councilPreparer: fc.option(fc.constant('ks'), { nil: undefined }),
  })
  .map(({ council, councilPreparer, ...rest }) => {
    const input: MatterInput = { ...rest, areas: ['a', 'b'] };
    if (council !== undefined) input.council = council;
    if (councilPreparer !== undefined) input.councilPreparer = councilPreparer;
    return input;
  });

const reorganisationInput: fc.Arbitrary<ReorganisationInput> = fc
  .tuple(...STEERING_DOCUMENT_KINDS.map(() => fc.array(bodyId, { maxLength: 2 })))
  .map((lists) => ({
    documents: Object.fromEntries(STEERING_DOCUMENT_KINDS.map((kind, i) => [kind, lists[i] ?? []])) as ReorganisationInput['documents'],
  }));

const budgetYearInput: fc.Arbitrary<BudgetYearInput> = fc.record({
  roles: fc.record({
    council: fc.constant('kf'),
    executiveBoard: fc.constant('ks'),
    budgetHolders: fc.array(bodyId, { minLength: 1, maxLength: 3 }),
    preparers: fc.array(bodyId, { maxLength: 3 }),
  }),
  process: fc.constantFrom('bottomUp', 'topDown') as fc.Arbitrary<BudgetYearInput['process']>,
  negotiationRounds: fc.integer({ min: 0, max: 4 }),
});

const deviationInput: fc.Arbitrary<DeviationInput> = fc
  .record({
    rules: fc.constantFrom('silo', 'whole') as fc.Arbitrary<DeviationInput['rules']>,
    holder: bodyId,
    executiveBoard: fc.option(fc.constantFrom('ks', 'namnd-a'), { nil: undefined }),
    council: fc.option(fc.constant('kf'), { nil: undefined }),
    gapMsek: fc.double({ min: 0.001, max: 50, noNaN: true }),
    coveredMsek: fc.option(fc.double({ min: 0, max: 60, noNaN: true }), { nil: undefined }),
  })
  .map((record) => {
    const input: DeviationInput = { rules: record.rules, holder: record.holder, gapMsek: record.gapMsek };
    if (record.executiveBoard !== undefined) input.executiveBoard = record.executiveBoard;
    if (record.council !== undefined) input.council = record.council;
    if (record.coveredMsek !== undefined) input.coveredMsek = record.coveredMsek;
    return input;
  });

type Options = CompileOptions<Record<string, unknown>>;
const asOptions = (guards: object, actions: object): Options => ({ guards, actions }) as Options;

describe('compiled transition tables agree with XState', () => {
  it('matter', () => {
    fc.assert(
      fc.property(matterInput, events(MATTER_EVENT_TYPES, 40), (input, types) =>
        agree(matterMachine, asOptions(matterGuards, matterContextUpdates), input, types),
      ),
      { numRuns: 150 },
    );
  });

  it('reorganisation (months weighted so the later states are reached)', () => {
    const types = fc.array(
      fc.oneof(
        { arbitrary: fc.constant('reorganisation.monthPassed'), weight: 4 },
        {
          arbitrary: fc.constantFrom(
            ...[
              'reorganisation.proposalAgreed',
              'reorganisation.hearingHeld',
              'reorganisation.directionDecided',
              'reorganisation.referredBack',
              'reorganisation.politicalOrganisationDrafted',
              'reorganisation.administrativeOrganisationDrafted',
              'reorganisation.organisationDecided',
              'reorganisation.chartersUpdated',
              'reorganisation.delegationRulesUpdated',
              'reorganisation.councilProcedureUpdated',
              'reorganisation.attestRulesUpdated',
              'reorganisation.budgetCalendarUpdated',
              'reorganisation.termStarted',
              'reorganisation.evaluated',
            ],
          ),
          weight: 3,
        },
      ),
      { maxLength: 160 },
    );
    fc.assert(
      fc.property(reorganisationInput, types, (input, sequence) =>
        agree(reorganisationMachine, asOptions(reorganisationGuards, reorganisationContextUpdates), input, sequence),
      ),
      { numRuns: 60 },
    );
  });

  it('budget year', () => {
    fc.assert(
      fc.property(budgetYearInput, events(BUDGET_YEAR_EVENT_TYPES, 120), (input, types) =>
        agree(budgetYearMachine, asOptions(budgetYearGuards, budgetYearContextUpdates), input, types),
      ),
      { numRuns: 80 },
    );
  });

  it('deviation', () => {
    fc.assert(
      fc.property(deviationInput, events(DEVIATION_EVENT_TYPES, 20), (input, types) =>
        agree(deviationMachine, asOptions(deviationGuards, deviationContextUpdates), input, types),
      ),
      { numRuns: 150 },
    );
  });
});
