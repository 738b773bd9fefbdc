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
import { compileMachine, type CompiledMachine, type CompileOptions } from '@/simulation/compiled-machine';

/** Replays `types` through XState and the table and checks they agree after every step. */
function agree(
  machine: AnyStateMachine,
  compiled: CompiledMachine<Record<string, unknown>>,
  input: unknown,
  types: readonly string[],
  reached: Set<string>,
): void {
  let [snapshot] = initialTransition(machine, input);
  // The table starts from the context XState computed from the input (no machine has initial actions).
  const context = structuredClone(snapshot.context) as Record<string, unknown>;
  let state = compiled.initialState(context);
  expect(compiled.stateValue(state)).toEqual(snapshot.value);
  reached.add(compiled.statePaths[state] ?? '');
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
    reserveMsek: fc.option(fc.double({ min: 0, max: 20, noNaN: true }), { nil: undefined }),
  })
  .map((record) => {
    const input: DeviationInput = { rules: record.rules, holder: record.holder, gapMsek: record.gapMsek };
    if (record.executiveBoard !== undefined) input.executiveBoard = record.executiveBoard;
    if (record.council !== undefined) input.council = record.council;
    if (record.coveredMsek !== undefined) input.coveredMsek = record.coveredMsek;
    if (record.reserveMsek !== undefined) input.reserveMsek = record.reserveMsek;
    return input;
  });

type Options = CompileOptions<Record<string, unknown>>;
const asOptions = (guards: object, actions: object): Options => ({ guards, actions }) as Options;

/** Checks agreement on random runs, then that the runs visited every state (so nothing went untested). */
function checkMachine<I>(
  machine: AnyStateMachine,
  options: Options,
  inputs: fc.Arbitrary<I>,
  sequences: fc.Arbitrary<readonly string[]>,
  numRuns: number,
): void {
  const compiled = compileMachine(machine, options);
  const reached = new Set<string>();
  fc.assert(
    fc.property(inputs, sequences, (input, types) => agree(machine, compiled, input, types, reached)),
    { numRuns },
  );
  expect([...reached].sort()).toEqual([...compiled.statePaths].sort());
}

const repeat = (type: string, times: number): string[] => Array.from({ length: times }, () => type);

/**
 * Event sequences that reach deep states: the whole guide (the steps of a full run) or a random-length
 * prefix of it, each step preceded by up to `clock.max` clock events and by random noise events, then a
 * random tail. Pure random sequences rarely get past the first states of a long lifecycle.
 */
function guided(
  guide: readonly (readonly string[])[],
  all: readonly string[],
  clock?: { type: string; max: number },
): fc.Arbitrary<readonly string[]> {
  const step = fc.record({
    clock: fc.nat({ max: clock?.max ?? 0 }),
    noise: fc.array(fc.constantFrom(...all), { maxLength: 1 }),
  });
  return fc
    .tuple(
      fc.oneof(
        fc.array(step, { minLength: guide.length, maxLength: guide.length }),
        fc.array(step, { maxLength: guide.length, size: 'max' }),
      ),
      fc.array(fc.constantFrom(...all), { maxLength: 8, size: 'max' }),
    )
    .map(([steps, tail]) => [
      ...steps.flatMap((s, i) => [...s.noise, ...repeat(clock?.type ?? '', clock === undefined ? 0 : s.clock), ...(guide[i] ?? [])]),
      ...tail,
    ]);
}

const MATTER_GUIDE = [
  ['matter.assigned'],
  ['matter.prepared'],
  ['matter.meetingHeld'],
  ['matter.meetingHeld'],
  ['matter.decided'],
  ['matter.prepared'],
  ['matter.meetingHeld'],
  ['matter.decided'],
  ['matter.prepared'],
  ['matter.meetingHeld'],
  ['matter.decided'],
  ['matter.reported'],
];

const BUDGET_YEAR_GUIDE = [
  ['budget.directivesIssued'],
  ['budget.bidsSubmitted'],
  repeat('budget.roundHeld', 4),
  ['budget.totalProposed'],
  ['budget.framesSet'],
  repeat('budget.roundHeld', 4),
  ['budget.detailedBudgetsAdopted'],
  ['budget.adopted'],
  repeat('followUp.monthClosed', 4),
  ['followUp.interimReportAdopted'],
  repeat('followUp.monthClosed', 4),
  ['followUp.interimReportAdopted'],
  repeat('followUp.monthClosed', 4),
  ['closing.annualReportAdopted'],
  ['closing.annualReportApproved'],
];

const DEVIATION_GUIDE = [
  ['deviation.reviewed'],
  ['deviation.measuresDecided', 'deviation.netted'],
  ['reserve.granted'],
  ['appropriation.prepared'],
  ['appropriation.decided'],
];

/** Months are mostly enough before the new term (20 + clock) and sometimes short before evaluation (46 + clock). */
const REORGANISATION_GUIDE = [
  ['reorganisation.proposalAgreed'],
  ['reorganisation.hearingHeld'],
  ['reorganisation.directionDecided'],
  ['reorganisation.politicalOrganisationDrafted'],
  ['reorganisation.administrativeOrganisationDrafted'],
  ['reorganisation.organisationDecided'],
  ['reorganisation.chartersUpdated'],
  ['reorganisation.delegationRulesUpdated'],
  ['reorganisation.councilProcedureUpdated'],
  ['reorganisation.attestRulesUpdated'],
  ['reorganisation.budgetCalendarUpdated'],
  [...repeat('reorganisation.monthPassed', 20), 'reorganisation.termStarted'],
  [...repeat('reorganisation.monthPassed', 46), 'reorganisation.evaluated'],
];
const REORGANISATION_EVENTS = [...new Set(REORGANISATION_GUIDE.flat()), 'reorganisation.referredBack'];

describe('compiled transition tables agree with XState, visiting every state', () => {
  it('matter', () => {
    checkMachine(
      matterMachine,
      asOptions(matterGuards, matterContextUpdates),
      matterInput,
      guided(MATTER_GUIDE, MATTER_EVENT_TYPES),
      150,
    );
  });

  it('reorganisation', () => {
    checkMachine(
      reorganisationMachine,
      asOptions(reorganisationGuards, reorganisationContextUpdates),
      reorganisationInput,
      guided(REORGANISATION_GUIDE, REORGANISATION_EVENTS, { type: 'reorganisation.monthPassed', max: 6 }),
      60,
    );
  });

  it('budget year', () => {
    checkMachine(
      budgetYearMachine,
      asOptions(budgetYearGuards, budgetYearContextUpdates),
      budgetYearInput,
      guided(BUDGET_YEAR_GUIDE, BUDGET_YEAR_EVENT_TYPES),
      80,
    );
  });

  it('deviation', () => {
    checkMachine(
      deviationMachine,
      asOptions(deviationGuards, deviationContextUpdates),
      deviationInput,
      guided(DEVIATION_GUIDE, DEVIATION_EVENT_TYPES),
      150,
    );
  });
});
