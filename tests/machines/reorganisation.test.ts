// Path tests of the reorganisation machine (DESIGN §5) with the steering-document checklist of every
// shipped model: every state and the final state are reachable (xstate/graph), and the guards carry
// Norsjö's advice (seed 002): two years to set the reorganisation, every steering document updated before
// the new term starts, four years before evaluating.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as v from 'valibot';
import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { describe, expect, it } from 'vitest';
import { ModelSchema, type Model } from '@/domain/model-schema';
import {
  MIN_PREPARATION_MONTHS,
  MONTHS_BEFORE_EVALUATION,
  STEERING_DOCUMENT_KINDS,
  reorganisationContextUpdates,
  reorganisationGuards,
  reorganisationMachine,
  steeringDocumentsFor,
  type ReorganisationContext,
  type ReorganisationEvent,
  type ReorganisationInput,
} from '@/machines/reorganisation';
import { compileMachine } from '@/simulation/compiled-machine';

const modelsDir = path.resolve(__dirname, '../../models');
const shippedModels: { file: string; model: Model }[] = readdirSync(modelsDir)
  .filter((file) => file.endsWith('.json') && !file.endsWith('.schema.json'))
  .sort()
  .map((file) => ({ file, model: v.parse(ModelSchema, JSON.parse(readFileSync(path.join(modelsDir, file), 'utf8'))) }));

type EventType = ReorganisationEvent['type'];
const compiled = compileMachine<ReorganisationContext>(reorganisationMachine, {
  guards: reorganisationGuards,
  actions: reorganisationContextUpdates,
});
const events = compiled.eventTypes.map((type) => ({ type }) as ReorganisationEvent);
type Snapshot = SnapshotFrom<typeof reorganisationMachine>;
const pathOf = (snapshot: Snapshot): string => compiled.statePaths[compiled.stateIndexOfValue(snapshot.value)] ?? '';

const DOCUMENT_EVENTS: EventType[] = [
  'reorganisation.chartersUpdated',
  'reorganisation.delegationRulesUpdated',
  'reorganisation.councilProcedureUpdated',
  'reorganisation.attestRulesUpdated',
  'reorganisation.budgetCalendarUpdated',
];
const TO_DOCUMENTS: EventType[] = [
  'reorganisation.proposalAgreed',
  'reorganisation.hearingHeld',
  'reorganisation.directionDecided',
  'reorganisation.politicalOrganisationDrafted',
  'reorganisation.administrativeOrganisationDrafted',
  'reorganisation.organisationDecided',
];
const months = (n: number): EventType[] => Array.from({ length: n }, () => 'reorganisation.monthPassed' as const);

function run(input: ReorganisationInput, types: readonly EventType[]): Snapshot {
  let [snapshot] = initialTransition(reorganisationMachine, input);
  for (const type of types) [snapshot] = transition(reorganisationMachine, snapshot, { type } as ReorganisationEvent);
  return snapshot;
}

/** Which document kinds an input leaves empty: the only thing about it the state graph depends on. */
const signature = (input: ReorganisationInput): string =>
  STEERING_DOCUMENT_KINDS.map((kind) => (input.documents[kind].length > 0 ? '1' : '0')).join('');

describe('reorganisation machine with each shipped model checklist', () => {
  it('loads every shipped model', () => {
    expect(shippedModels.length).toBeGreaterThanOrEqual(7);
  });

  const reachedBySignature = new Map<string, Set<string>>();
  for (const { file, model } of shippedModels) {
    describe(file, () => {
      const input = steeringDocumentsFor(model);

      it('lists a charter per nämnd, delegation rules per board, and the council procedure', () => {
        const nämnder = model.bodies.filter((b) => b.kind === 'executiveBoard' || b.kind === 'committee').map((b) => b.id);
        expect(input.documents.delegationRules).toEqual(nämnder);
        expect(input.documents.charters).toEqual(expect.arrayContaining(nämnder));
        const setUpByAnotherBody = model.bodies.filter((b) => b.kind === 'subcommittee' || b.kind === 'draftingCommittee');
        for (const body of setUpByAnotherBody) expect(input.documents.charters).not.toContain(body.id);
        expect(input.documents.councilProcedure).toEqual(model.bodies.filter((b) => b.kind === 'council').map((b) => b.id));
      });

      it('reaches every state and the final state', () => {
        const key = signature(input);
        let reached = reachedBySignature.get(key);
        if (reached === undefined) {
          reached = new Set(getShortestPaths(reorganisationMachine, { input, events }).map((p) => pathOf(p.state)));
          reachedBySignature.set(key, reached);
        }
        expect([...reached].sort()).toEqual([...compiled.statePaths].sort());
        expect(reached.has('evaluated')).toBe(true);
      });
    });
  }
});

describe("reorganisation guards: Norsjö's advice", () => {
  const input = steeringDocumentsFor(shippedModels[0]?.model as Model);

  it('the shortest way into the new term takes two years and updates every document', () => {
    const paths = getShortestPaths(reorganisationMachine, { input, events }).filter(
      (p) => pathOf(p.state) === 'underway.inForce' && p.state.context.monthsInForce === 0,
    );
    expect(paths.length).toBeGreaterThan(0);
    for (const { steps } of paths) {
      const types = steps.map((step) => step.event.type as string);
      expect(types.filter((type) => type === 'reorganisation.monthPassed')).toHaveLength(MIN_PREPARATION_MONTHS);
      for (const documentEvent of DOCUMENT_EVENTS) expect(types).toContain(documentEvent);
    }
  });

  it('the new term cannot start with one steering document kind left, even after two years', () => {
    for (const left of DOCUMENT_EVENTS) {
      const updated = DOCUMENT_EVENTS.filter((event) => event !== left);
      const snapshot = run(input, [...TO_DOCUMENTS, ...months(30), ...updated, 'reorganisation.termStarted']);
      expect(pathOf(snapshot)).toBe('underway.updatingSteeringDocuments');
    }
  });

  it('the new term cannot start before two years, even with every document updated', () => {
    const early = run(input, [...months(MIN_PREPARATION_MONTHS - 1), ...TO_DOCUMENTS, ...DOCUMENT_EVENTS, 'reorganisation.termStarted']);
    expect(pathOf(early)).toBe('underway.updatingSteeringDocuments');
    const onTime = run(input, [...months(MIN_PREPARATION_MONTHS), ...TO_DOCUMENTS, ...DOCUMENT_EVENTS, 'reorganisation.termStarted']);
    expect(pathOf(onTime)).toBe('underway.inForce');
  });

  it('the organisation is evaluated only after four years in force', () => {
    const start = [...months(MIN_PREPARATION_MONTHS), ...TO_DOCUMENTS, ...DOCUMENT_EVENTS, 'reorganisation.termStarted'] as EventType[];
    const early = run(input, [...start, ...months(MONTHS_BEFORE_EVALUATION - 1), 'reorganisation.evaluated']);
    expect(pathOf(early)).toBe('underway.inForce');
    const due = run(input, [...start, ...months(MONTHS_BEFORE_EVALUATION), 'reorganisation.evaluated']);
    expect(pathOf(due)).toBe('evaluated');
    expect(due.status).toBe('done');
  });

  it('the organisation decision waits for both the political and the administrative draft', () => {
    const head: EventType[] = ['reorganisation.proposalAgreed', 'reorganisation.hearingHeld', 'reorganisation.directionDecided'];
    expect(pathOf(run(input, [...head, 'reorganisation.politicalOrganisationDrafted']))).toBe('underway.drafting');
    expect(
      pathOf(run(input, [...head, 'reorganisation.administrativeOrganisationDrafted', 'reorganisation.politicalOrganisationDrafted'])),
    ).toBe('underway.organisationDecision');
  });

  it('referring the organisation back sends both drafts back to drafting', () => {
    const referred = run(input, [...TO_DOCUMENTS.slice(0, 5), 'reorganisation.referredBack']);
    expect(pathOf(referred)).toBe('underway.drafting');
    expect(referred.context.politicalDraftReady).toBe(false);
    expect(referred.context.administrativeDraftReady).toBe(false);
  });

  it('a kind with no documents to update counts as updated from the start', () => {
    const none = { documents: { ...input.documents, attestRules: [] } };
    const snapshot = run(none, [...months(MIN_PREPARATION_MONTHS), ...TO_DOCUMENTS, ...DOCUMENT_EVENTS.filter((e) => e !== 'reorganisation.attestRulesUpdated'), 'reorganisation.termStarted']);
    expect(pathOf(snapshot)).toBe('underway.inForce');
  });
});
