// The lifecycle of a budget deviation (DESIGN §4.2, §5): a holder's forecast deficit is detected at a
// monthly follow-up → the holder takes its own measures (silo rules: a committee holds the frame) or KS
// nets it against surpluses across its sectors and cuts where marginal benefit is lowest (whole rules: KS
// holds the frames) → what is left is granted from KS's reserve while it lasts → what is still left
// becomes a supplementary appropriation, prepared by KS and decided by KF → closed. A deviation whose
// forecast recovers before any decision closes without one; one covered by another decision (KF moving
// frames at the interim report) closes with it.
//
// The numbers the guards read (gap, what the measures cover) live in the context; the simulation engine
// (src/simulation/budget-year-run.ts) sets them before each decision event, through the table compiled
// from this machine. Guards are pure predicates (`deviationGuards`) shared by XState and the table.
import { assign, setup } from 'xstate';
import type { Text } from '@/domain/model-schema';
import type { OrganisationRoles } from './organisation-roles';

/** Silo rules apply to a holder that is a committee; whole rules to KS holding the frames. */
export type HolderRules = 'silo' | 'whole';

export interface DeviationInput {
  rules: HolderRules;
  /** The budget holder whose forecast shows the deficit. */
  holder: string;
  /** KS: prepares a supplementary appropriation for KF; absent in a model without KS. */
  executiveBoard?: string;
  /** KF: decides supplementary appropriations. */
  council?: string;
  /** Forecast deficit when detected, MSEK (> 0). */
  gapMsek: number;
  /** What the holder's measures or KS's netting cover, MSEK; set by the engine before the decision. */
  coveredMsek?: number;
  /** Money left in KS's reserve (0 without the remedy), MSEK; set by the engine before each decision. */
  reserveMsek?: number;
}

export interface DeviationContext extends DeviationInput {
  coveredMsek: number;
  reserveMsek: number;
  /** Political decisions taken on this deviation so far. */
  decisions: number;
}

export type DeviationEvent =
  | { type: 'deviation.reviewed' }
  | { type: 'deviation.measuresDecided' }
  | { type: 'deviation.netted' }
  | { type: 'deviation.resolved' }
  | { type: 'deviation.covered' }
  | { type: 'reserve.granted' }
  | { type: 'appropriation.prepared' }
  | { type: 'appropriation.decided' };

export const DEVIATION_EVENT_TYPES = [
  'deviation.reviewed',
  'deviation.measuresDecided',
  'deviation.netted',
  'deviation.resolved',
  'deviation.covered',
  'reserve.granted',
  'appropriation.prepared',
  'appropriation.decided',
] as const satisfies readonly DeviationEvent['type'][];

/** Gaps smaller than this (one krona, in MSEK) count as covered. */
export const KRONA_MSEK = 1e-6;

/** The machine's guards as pure predicates over the context (also used by the compiled table). */
export const deviationGuards = {
  /** The holder is a committee guarding its own frame: it can act only on its own costs. */
  isSiloOrganisation: (context: DeviationContext): boolean => context.rules === 'silo',
  /** The measures (or the netting and cuts) decided cover the whole gap. */
  holderCanCoverGap: (context: DeviationContext): boolean => context.coveredMsek >= context.gapMsek - KRONA_MSEK,
  /** KS's reserve has money left for what the measures did not cover. */
  reserveAvailable: (context: DeviationContext): boolean =>
    context.reserveMsek > KRONA_MSEK && context.coveredMsek < context.gapMsek - KRONA_MSEK,
  /** KS prepares the request for KF, unless KS itself is the holder (then its decision is the request). */
  executiveBoardPrepares: (context: DeviationContext): boolean =>
    context.executiveBoard !== undefined && context.executiveBoard !== context.holder,
} as const;

/** The machine's context updates as pure functions (assign in XState, mirrored by the compiled table). */
export const deviationContextUpdates = {
  countDecision: (context: DeviationContext): Partial<DeviationContext> => ({ decisions: context.decisions + 1 }),
} as const;

/** Which body acts in a state: the holder, KS or KF. */
export type DeviationActor = 'holder' | 'executiveBoard' | 'council' | 'none';

const meta = (actor: DeviationActor, sv: string, en: string): { actor: DeviationActor; label: Text } => ({
  actor,
  label: { sv, en },
});

/** After the holder's or KS's decision: closed when covered, else KS's reserve while it lasts, else on to
 *  KF (via KS when KS is not the holder). */
const afterMeasures = [
  { guard: 'holderCanCoverGap', target: 'closed', actions: 'countDecision' },
  { guard: 'reserveAvailable', target: 'reserve', actions: 'countDecision' },
  {
    guard: 'executiveBoardPrepares',
    target: 'supplementaryAppropriation.preparedByExecutiveBoard',
    actions: 'countDecision',
  },
  { target: 'supplementaryAppropriation.decidedByCouncil', actions: 'countDecision' },
] as const;

export const deviationMachine = setup({
  types: {
    context: {} as DeviationContext,
    input: {} as DeviationInput,
    events: {} as DeviationEvent,
  },
  guards: {
    isSiloOrganisation: ({ context }) => deviationGuards.isSiloOrganisation(context),
    holderCanCoverGap: ({ context }) => deviationGuards.holderCanCoverGap(context),
    reserveAvailable: ({ context }) => deviationGuards.reserveAvailable(context),
    executiveBoardPrepares: ({ context }) => deviationGuards.executiveBoardPrepares(context),
  },
  actions: {
    countDecision: assign(({ context }) => deviationContextUpdates.countDecision(context)),
  },
}).createMachine({
  id: 'deviation',
  context: ({ input }) => ({ ...input, coveredMsek: input.coveredMsek ?? 0, reserveMsek: input.reserveMsek ?? 0, decisions: 0 }),
  initial: 'detected',
  states: {
    detected: {
      meta: meta('none', 'Avvikelse upptäckt i prognosen', 'Deviation detected in the forecast'),
      on: {
        'deviation.reviewed': [{ guard: 'isSiloOrganisation', target: 'ownMeasures' }, { target: 'netting' }],
        'deviation.resolved': 'closed',
        'deviation.covered': 'closed',
      },
    },
    ownMeasures: {
      meta: meta('holder', 'Nämnden beslutar egna åtgärder', 'The committee decides its own measures'),
      on: { 'deviation.measuresDecided': [...afterMeasures], 'deviation.resolved': 'closed', 'deviation.covered': 'closed' },
    },
    netting: {
      meta: meta(
        'executiveBoard',
        'Kommunstyrelsen kvittar över- och underskott och sparar där nyttan är lägst',
        'The executive board nets surpluses against deficits and cuts where benefit is lowest',
      ),
      on: { 'deviation.netted': [...afterMeasures], 'deviation.resolved': 'closed', 'deviation.covered': 'closed' },
    },
    reserve: {
      meta: meta('executiveBoard', 'Kommunstyrelsen beviljar ur sin reserv', 'The executive board grants from its reserve'),
      on: {
        'reserve.granted': [
          { guard: 'holderCanCoverGap', target: 'closed', actions: 'countDecision' },
          {
            guard: 'executiveBoardPrepares',
            target: 'supplementaryAppropriation.preparedByExecutiveBoard',
            actions: 'countDecision',
          },
          { target: 'supplementaryAppropriation.decidedByCouncil', actions: 'countDecision' },
        ],
        'deviation.covered': 'closed',
      },
    },
    supplementaryAppropriation: {
      meta: meta('none', 'Tilläggsanslag', 'Supplementary appropriation'),
      // Another decision (KF moving frames at the interim report) covers the deficit before KF's grant.
      on: { 'deviation.covered': 'closed' },
      initial: 'preparedByExecutiveBoard',
      states: {
        preparedByExecutiveBoard: {
          meta: meta('executiveBoard', 'Kommunstyrelsen bereder', 'The executive board prepares'),
          on: { 'appropriation.prepared': { target: 'decidedByCouncil', actions: 'countDecision' } },
        },
        decidedByCouncil: {
          meta: meta('council', 'Fullmäktige beslutar', 'The council decides'),
          on: { 'appropriation.decided': { target: '#deviation.closed', actions: 'countDecision' } },
        },
      },
    },
    closed: {
      meta: meta('none', 'Avslutad', 'Closed'),
      type: 'final',
    },
  },
});

/** The body acting in a leaf state (path as in the compiled table, e.g. "supplementaryAppropriation.decidedByCouncil"). */
export function deviationActingBody(statePath: string, context: DeviationInput): string | undefined {
  switch (statePath) {
    case 'ownMeasures':
      return context.holder;
    case 'netting':
    case 'reserve':
    case 'supplementaryAppropriation.preparedByExecutiveBoard':
      return context.executiveBoard;
    case 'supplementaryAppropriation.decidedByCouncil':
      return context.council;
    default:
      return undefined;
  }
}

/**
 * Whole rules when KS holds the frame (it nets across all its areas), silo rules for any other holder
 * (a committee can act only on its own costs). DESIGN §4.2.
 */
export function holderRules(roles: OrganisationRoles, holder: string): HolderRules {
  return holder === roles.executiveBoard ? 'whole' : 'silo';
}

/** The machine input for a deviation of `gapMsek` in `holder`'s frame, read from the organisation. */
export function deviationInputFor(roles: OrganisationRoles, holder: string, gapMsek: number): DeviationInput {
  const input: DeviationInput = { rules: holderRules(roles, holder), holder, gapMsek };
  if (roles.executiveBoard !== undefined) input.executiveBoard = roles.executiveBoard;
  if (roles.council !== undefined) input.council = roles.council;
  return input;
}
