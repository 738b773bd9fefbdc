// The reorganisation process told in the stories (DESIGN §5), with the advice the Ånge working group got
// from Norsjö (seed 002) as guards: it takes at least two years to set the reorganisation; all
// delegations and steering documents must be updated at the same time (the new term cannot start until
// every document on the checklist is updated); give the organisation four years before evaluating it.
// Time passes by `reorganisation.monthPassed` events, so the machine stays pure and testable.
import { assign, setup } from 'xstate';
import type { Model, Text } from '@/domain/model-schema';

/** Norsjö: "at least two years" to set the reorganisation. */
export const MIN_PREPARATION_MONTHS = 24;
/** Norsjö: four years before evaluating and changing the political organisation. */
export const MONTHS_BEFORE_EVALUATION = 48;

export const STEERING_DOCUMENT_KINDS = [
  'charters',
  'delegationRules',
  'councilProcedure',
  'attestRules',
  'budgetCalendar',
] as const;
export type SteeringDocumentKind = (typeof STEERING_DOCUMENT_KINDS)[number];

export const STEERING_DOCUMENT_LABELS: Record<SteeringDocumentKind, Text> = {
  charters: { sv: 'Reglementen', en: 'Charters' },
  delegationRules: { sv: 'Delegationsordningar', en: 'Delegation rules' },
  councilProcedure: { sv: 'Fullmäktiges arbetsordning', en: "The council's rules of procedure" },
  attestRules: { sv: 'Attestreglemente', en: 'Attestation rules' },
  budgetCalendar: { sv: 'Budgetprocess och budgetkalender', en: 'Budget process and calendar' },
};

export interface ReorganisationInput {
  /** The documents of each kind the new organisation needs (body ids or document ids). */
  documents: Record<SteeringDocumentKind, string[]>;
}

export interface ReorganisationContext extends ReorganisationInput {
  /** Which kinds are updated; a kind with no documents counts as updated. */
  updated: Record<SteeringDocumentKind, boolean>;
  /** Months since the working group began, counted up to MIN_PREPARATION_MONTHS (all the guard needs). */
  monthsSinceStart: number;
  /** Months since the new term started, counted up to MONTHS_BEFORE_EVALUATION. */
  monthsInForce: number;
  politicalDraftReady: boolean;
  administrativeDraftReady: boolean;
}

export type ReorganisationEvent =
  | { type: 'reorganisation.monthPassed' }
  | { type: 'reorganisation.proposalAgreed' }
  | { type: 'reorganisation.hearingHeld' }
  | { type: 'reorganisation.directionDecided' }
  | { type: 'reorganisation.referredBack' }
  | { type: 'reorganisation.politicalOrganisationDrafted' }
  | { type: 'reorganisation.administrativeOrganisationDrafted' }
  | { type: 'reorganisation.organisationDecided' }
  | { type: 'reorganisation.chartersUpdated' }
  | { type: 'reorganisation.delegationRulesUpdated' }
  | { type: 'reorganisation.councilProcedureUpdated' }
  | { type: 'reorganisation.attestRulesUpdated' }
  | { type: 'reorganisation.budgetCalendarUpdated' }
  | { type: 'reorganisation.termStarted' }
  | { type: 'reorganisation.evaluated' };

/** The steering documents the organisation in `model` needs, to be updated together. */
export function steeringDocumentsFor(model: Model): ReorganisationInput {
  const boards = model.bodies.filter((body) => body.kind === 'executiveBoard' || body.kind === 'committee');
  return {
    documents: {
      // Every nämnd has a reglemente; utskott and beredningar are regulated by the body that set them up.
      charters: model.bodies
        .filter((body) => body.kind === 'executiveBoard' || body.kind === 'committee' || body.kind === 'electionCommittee')
        .map((body) => body.id),
      delegationRules: boards.map((body) => body.id),
      councilProcedure: model.bodies.filter((body) => body.kind === 'council').map((body) => body.id),
      attestRules: ['attest-rules'],
      budgetCalendar: ['budget-calendar'],
    },
  };
}

function initialContext(input: ReorganisationInput): ReorganisationContext {
  const updated = Object.fromEntries(
    STEERING_DOCUMENT_KINDS.map((kind) => [kind, input.documents[kind].length === 0]),
  ) as Record<SteeringDocumentKind, boolean>;
  return {
    documents: input.documents,
    updated,
    monthsSinceStart: 0,
    monthsInForce: 0,
    politicalDraftReady: false,
    administrativeDraftReady: false,
  };
}

/** The machine's guards as pure predicates over the context (also used by the compiled table). */
export const reorganisationGuards = {
  bothDraftsReady: (context: ReorganisationContext): boolean =>
    context.politicalDraftReady && context.administrativeDraftReady,
  /** Norsjö: all delegations and steering documents updated at the same time, and two years taken. */
  readyForNewTerm: (context: ReorganisationContext): boolean =>
    context.monthsSinceStart >= MIN_PREPARATION_MONTHS && STEERING_DOCUMENT_KINDS.every((k) => context.updated[k]),
  /** Norsjö: four years before evaluating and changing the organisation. */
  fourYearsInForce: (context: ReorganisationContext): boolean => context.monthsInForce >= MONTHS_BEFORE_EVALUATION,
} as const;

type Update = (context: ReorganisationContext) => Partial<ReorganisationContext>;
type ReorganisationActionName =
  | 'advanceClock'
  | 'advanceTermClock'
  | 'markPoliticalDraft'
  | 'markAdministrativeDraft'
  | 'clearDrafts'
  | 'markCharters'
  | 'markDelegationRules'
  | 'markCouncilProcedure'
  | 'markAttestRules'
  | 'markBudgetCalendar';
const markUpdated =
  (kind: SteeringDocumentKind): Update =>
  (context) => ({ updated: { ...context.updated, [kind]: true } });

/** The machine's context updates as pure functions (assign in XState, mirrored by the compiled table). */
export const reorganisationContextUpdates: { readonly [name in ReorganisationActionName]: Update } = {
  advanceClock: (context) => ({ monthsSinceStart: Math.min(context.monthsSinceStart + 1, MIN_PREPARATION_MONTHS) }),
  advanceTermClock: (context) => ({ monthsInForce: Math.min(context.monthsInForce + 1, MONTHS_BEFORE_EVALUATION) }),
  markPoliticalDraft: () => ({ politicalDraftReady: true }),
  markAdministrativeDraft: () => ({ administrativeDraftReady: true }),
  clearDrafts: () => ({ politicalDraftReady: false, administrativeDraftReady: false }),
  markCharters: markUpdated('charters'),
  markDelegationRules: markUpdated('delegationRules'),
  markCouncilProcedure: markUpdated('councilProcedure'),
  markAttestRules: markUpdated('attestRules'),
  markBudgetCalendar: markUpdated('budgetCalendar'),
};

const label = (sv: string, en: string): { label: Text } => ({ label: { sv, en } });

export const reorganisationMachine = setup({
  types: {
    context: {} as ReorganisationContext,
    input: {} as ReorganisationInput,
    events: {} as ReorganisationEvent,
  },
  guards: {
    bothDraftsReady: ({ context }) => reorganisationGuards.bothDraftsReady(context),
    readyForNewTerm: ({ context }) => reorganisationGuards.readyForNewTerm(context),
    fourYearsInForce: ({ context }) => reorganisationGuards.fourYearsInForce(context),
  },
  actions: {
    advanceClock: assign(({ context }) => reorganisationContextUpdates.advanceClock(context)),
    advanceTermClock: assign(({ context }) => reorganisationContextUpdates.advanceTermClock(context)),
    markPoliticalDraft: assign(({ context }) => reorganisationContextUpdates.markPoliticalDraft(context)),
    markAdministrativeDraft: assign(({ context }) => reorganisationContextUpdates.markAdministrativeDraft(context)),
    clearDrafts: assign(({ context }) => reorganisationContextUpdates.clearDrafts(context)),
    markCharters: assign(({ context }) => reorganisationContextUpdates.markCharters(context)),
    markDelegationRules: assign(({ context }) => reorganisationContextUpdates.markDelegationRules(context)),
    markCouncilProcedure: assign(({ context }) => reorganisationContextUpdates.markCouncilProcedure(context)),
    markAttestRules: assign(({ context }) => reorganisationContextUpdates.markAttestRules(context)),
    markBudgetCalendar: assign(({ context }) => reorganisationContextUpdates.markBudgetCalendar(context)),
  },
}).createMachine({
  id: 'reorganisation',
  context: ({ input }) => initialContext(input),
  initial: 'underway',
  states: {
    underway: {
      meta: label('Omorganisation pågår', 'Reorganisation under way'),
      initial: 'workingGroup',
      on: { 'reorganisation.monthPassed': { actions: 'advanceClock' } },
      states: {
        workingGroup: {
          meta: label('Partiöverskridande arbetsgrupp', 'Cross-party working group'),
          on: { 'reorganisation.proposalAgreed': 'hearing' },
        },
        hearing: {
          meta: label('Hearing för alla förtroendevalda', 'Hearing for all elected members'),
          on: { 'reorganisation.hearingHeld': 'directionDecision' },
        },
        directionDecision: {
          meta: label('Beslut om inriktning', 'Decision on direction'),
          on: {
            'reorganisation.directionDecided': 'drafting',
            'reorganisation.referredBack': 'workingGroup',
          },
        },
        drafting: {
          meta: label(
            'Förslag till politisk och administrativ organisation',
            'Drafting the political and the administrative organisation',
          ),
          always: { guard: 'bothDraftsReady', target: 'organisationDecision' },
          on: {
            'reorganisation.politicalOrganisationDrafted': { actions: 'markPoliticalDraft' },
            'reorganisation.administrativeOrganisationDrafted': { actions: 'markAdministrativeDraft' },
          },
        },
        organisationDecision: {
          meta: label('Beslut om ny organisation', 'Decision on the new organisation'),
          on: {
            'reorganisation.organisationDecided': 'updatingSteeringDocuments',
            'reorganisation.referredBack': { target: 'drafting', actions: 'clearDrafts' },
          },
        },
        updatingSteeringDocuments: {
          meta: label('Alla styrdokument uppdateras samtidigt', 'All steering documents updated together'),
          on: {
            'reorganisation.chartersUpdated': { actions: 'markCharters' },
            'reorganisation.delegationRulesUpdated': { actions: 'markDelegationRules' },
            'reorganisation.councilProcedureUpdated': { actions: 'markCouncilProcedure' },
            'reorganisation.attestRulesUpdated': { actions: 'markAttestRules' },
            'reorganisation.budgetCalendarUpdated': { actions: 'markBudgetCalendar' },
            'reorganisation.termStarted': { guard: 'readyForNewTerm', target: 'inForce' },
          },
        },
        inForce: {
          meta: label('Ny mandatperiod med ny organisation', 'New term with the new organisation'),
          on: {
            'reorganisation.monthPassed': { actions: 'advanceTermClock' },
            'reorganisation.evaluated': { guard: 'fourYearsInForce', target: '#reorganisation.evaluated' },
          },
        },
      },
    },
    evaluated: {
      meta: label('Utvärderad efter fyra år', 'Evaluated after four years'),
      type: 'final',
    },
  },
});
