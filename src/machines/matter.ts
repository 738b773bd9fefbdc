// The lifecycle of a matter (ärende), DESIGN §4.3: received → prepared by officials → political
// preparation → decision (by delegation: utskott, KS, committee or KF) → possibly referred back
// (återremiss, back to the officials) → decided → reported back. Which body acts at each step is the
// machine's input, derived from the organisation by `matterInputFor`: a cross-area matter in a committee
// organisation needs a decision in each committee involved (one leg per budget holder), under KS with
// utskott it needs one. An individual case (myndighetsutövning) is decided by officials under delegation
// and reported to the delegating body. Guards are pure predicates (`matterGuards`) shared with the
// compiled table in src/simulation/compiled-machine.ts.
import { assign, setup } from 'xstate';
import type { Text } from '@/domain/model-schema';
import type { AreaRoles, OrganisationRoles } from './organisation-roles';

export type MatterKind = 'singleArea' | 'crossArea' | 'council' | 'individual';

/** One decision the matter needs: who prepares it politically, who decides, whose officials draft it. */
export interface MatterLeg {
  /** Utskott or committee that prepares the matter politically. */
  preparer: string;
  /** Body that decides this leg (the preparer itself, the budget holder, or KF for council matters). */
  decider: string;
  /** Department whose officials draft the matter (tjänsteskrivelse). */
  department: string;
  /** Body a delegated decision is reported to (an utskott's nämnd); absent when none is needed. */
  reportsTo?: string;
}

export interface MatterInput {
  kind: MatterKind;
  /** Service areas the matter concerns (two for a cross-area matter). */
  areas: string[];
  /** One leg per decision needed, in order; at least one. */
  legs: MatterLeg[];
  /** KF, present for council matters: KF takes the decision after political preparation. */
  council?: string;
  /** KS, present for council matters when KS is not itself the preparer: it prepares for KF. */
  councilPreparer?: string;
  /** Officials decide the matter under delegation (individual cases); the leg's `reportsTo` is told. */
  byOfficials?: boolean;
}

export interface MatterContext extends MatterInput {
  /** Decisions taken so far; the current leg is `legs[decisionsTaken]`. */
  decisionsTaken: number;
}

export type MatterEvent =
  | { type: 'matter.assigned' }
  | { type: 'matter.prepared' }
  | { type: 'matter.meetingHeld' }
  | { type: 'matter.decided' }
  | { type: 'matter.referredBack' }
  | { type: 'matter.reported' };

export const MATTER_EVENT_TYPES = [
  'matter.assigned',
  'matter.prepared',
  'matter.meetingHeld',
  'matter.decided',
  'matter.referredBack',
  'matter.reported',
] as const satisfies readonly MatterEvent['type'][];

/**
 * The machine's initial context. Every field is always present (undefined when unused) so contexts of
 * all matters share one object shape, which keeps guard evaluation fast in the compiled engine.
 */
export function matterContextFor(input: MatterInput): MatterContext {
  return {
    kind: input.kind,
    areas: input.areas,
    legs: input.legs,
    council: input.council,
    councilPreparer: input.councilPreparer,
    byOfficials: input.byOfficials === true,
    decisionsTaken: 0,
  };
}

/** The leg being worked on (the last one once all are decided). */
export function currentLeg(context: MatterContext): MatterLeg | undefined {
  const { legs, decisionsTaken } = context;
  return legs[decisionsTaken < legs.length ? decisionsTaken : legs.length - 1];
}

/** The machine's guards as pure predicates over the context (also used by the compiled table). */
export const matterGuards = {
  /** Officials decide the matter themselves under delegation (an individual case). */
  decidedByOfficials: (context: MatterContext): boolean => context.byOfficials === true,
  /**
   * The body that prepares the matter also decides it: an utskott by delegation, or a committee in its
   * own area. Council matters always go through political preparation first.
   */
  preparerDecides: (context: MatterContext): boolean => {
    if (context.council !== undefined) return false;
    const leg = currentLeg(context);
    return leg !== undefined && leg.preparer === leg.decider;
  },
  /** KF decides the matter. */
  needsCouncil: (context: MatterContext): boolean => context.council !== undefined,
  /** KF decides and KS, not being the preparer, prepares the matter for KF first. */
  needsExecutiveBoardPreparation: (context: MatterContext): boolean =>
    context.council !== undefined && context.councilPreparer !== undefined,
  /** After this decision another committee must still decide (cross-area, committee organisation). */
  needsAnotherCommittee: (context: MatterContext): boolean => context.decisionsTaken + 1 < context.legs.length,
} as const;

/** The machine's context updates as pure functions (assign in XState, mirrored by the compiled table). */
export const matterContextUpdates = {
  countDecision: (context: MatterContext): Partial<MatterContext> => ({ decisionsTaken: context.decisionsTaken + 1 }),
} as const;

/** Swedish-first labels of the states, for the statechart view. */
const label = (sv: string, en: string): { label: Text } => ({ label: { sv, en } });

/** After the officials: straight to the deciding body when the preparer decides, else to preparation. */
const afterOfficials = [
  { guard: 'decidedByOfficials', target: 'decided', actions: 'countDecision' },
  { guard: 'preparerDecides', target: 'decision.byPreparer' },
  { target: 'politicalPreparation' },
] as const;

export const matterMachine = setup({
  types: {
    context: {} as MatterContext,
    input: {} as MatterInput,
    events: {} as MatterEvent,
  },
  guards: {
    decidedByOfficials: ({ context }) => matterGuards.decidedByOfficials(context),
    preparerDecides: ({ context }) => matterGuards.preparerDecides(context),
    needsCouncil: ({ context }) => matterGuards.needsCouncil(context),
    needsExecutiveBoardPreparation: ({ context }) => matterGuards.needsExecutiveBoardPreparation(context),
    needsAnotherCommittee: ({ context }) => matterGuards.needsAnotherCommittee(context),
  },
  actions: {
    countDecision: assign(({ context }) => matterContextUpdates.countDecision(context)),
  },
}).createMachine({
  id: 'matter',
  context: ({ input }) => matterContextFor(input),
  initial: 'received',
  states: {
    received: {
      meta: label('Inkommet och diariefört', 'Received and registered'),
      on: { 'matter.assigned': 'preparedByOfficials' },
    },
    preparedByOfficials: {
      meta: label('Bereds av tjänstepersoner', 'Prepared by officials'),
      on: { 'matter.prepared': [...afterOfficials] },
    },
    politicalPreparation: {
      meta: label('Politisk beredning', 'Political preparation'),
      initial: 'byPreparer',
      states: {
        byPreparer: {
          meta: label('Bereds av utskott eller nämnd', 'Prepared by subcommittee or committee'),
          on: {
            'matter.meetingHeld': [
              { guard: 'needsExecutiveBoardPreparation', target: 'byExecutiveBoard' },
              { guard: 'needsCouncil', target: '#matter.decision.byCouncil' },
              { target: '#matter.decision.byBudgetHolder' },
            ],
          },
        },
        byExecutiveBoard: {
          meta: label('Bereds av kommunstyrelsen inför fullmäktige', 'Prepared by the executive board for the council'),
          on: { 'matter.meetingHeld': '#matter.decision.byCouncil' },
        },
      },
    },
    decision: {
      meta: label('Beslut', 'Decision'),
      initial: 'byPreparer',
      states: {
        byPreparer: { meta: label('Beslut av beredande organ', 'Decided by the preparing body') },
        byBudgetHolder: { meta: label('Beslut av budgetansvarig nämnd', 'Decided by the budget holder') },
        byCouncil: { meta: label('Beslut i fullmäktige', 'Decided by the council') },
      },
      on: {
        'matter.decided': [
          { guard: 'needsAnotherCommittee', target: 'preparedByOfficials', actions: 'countDecision' },
          { target: 'decided', actions: 'countDecision' },
        ],
        'matter.referredBack': 'referredBack',
      },
    },
    referredBack: {
      meta: label('Återremitterat för komplettering', 'Referred back for more preparation'),
      on: { 'matter.prepared': [...afterOfficials] },
    },
    decided: {
      meta: label('Beslutat', 'Decided'),
      on: { 'matter.reported': 'reportedBack' },
    },
    reportedBack: {
      meta: label('Återrapporterat', 'Reported back'),
      type: 'final',
    },
  },
});

/**
 * The legs of a matter over `areas`: one per distinct budget holder (each holder's body must decide, so
 * a cross-area matter between two committees needs two decisions and one under KS needs one). Within a
 * holder the lead area's preparer prepares; it decides when it prepares every area of that holder and
 * may decide them, otherwise the holder decides.
 */
function legsFor(roles: OrganisationRoles, areas: readonly AreaRoles[]): MatterLeg[] {
  const byHolder = new Map<string, AreaRoles[]>();
  for (const area of areas) byHolder.set(area.budgetHolder, [...(byHolder.get(area.budgetHolder) ?? []), area]);
  return [...byHolder.values()].flatMap((group) => {
    const lead = group[0];
    if (lead === undefined) return [];
    const preparerDecides = group.every((area) => area.preparer === lead.preparer && area.preparerDecides);
    const decider = preparerDecides ? lead.preparer : lead.budgetHolder;
    const reportsTo = roles.reportsTo.get(decider);
    const leg: MatterLeg = { preparer: lead.preparer, decider, department: lead.department };
    if (reportsTo !== undefined && reportsTo !== decider) leg.reportsTo = reportsTo;
    return [leg];
  });
}

/**
 * The machine input for a matter of `kind` over the given areas, or undefined when the organisation
 * cannot route it (an unknown area; a council matter in a model without KF).
 */
export function matterInputFor(
  roles: OrganisationRoles,
  kind: MatterKind,
  areaIds: readonly string[],
): MatterInput | undefined {
  const areas = areaIds.map((id) => roles.areaById.get(id));
  if (areas.length === 0 || areas.some((area) => area === undefined)) return undefined;
  const known = areas as AreaRoles[];
  if (kind === 'individual') {
    // Decided by the area's officials under delegation from the body that decides the area's matters,
    // and reported to it (Kommunallagen (2017:725) 7 kap. 5 § and 6 kap. 40 §).
    const lead = known[0];
    if (lead === undefined) return undefined;
    return {
      kind,
      areas: [...areaIds],
      legs: [{ preparer: lead.department, decider: lead.decider, department: lead.department, reportsTo: lead.decider }],
      byOfficials: true,
    };
  }
  if (kind !== 'council') return { kind, areas: [...areaIds], legs: legsFor(roles, known) };
  const lead = known[0];
  if (lead === undefined || roles.council === undefined) return undefined;
  const input: MatterInput = {
    kind,
    areas: [...areaIds],
    legs: [{ preparer: lead.preparer, decider: roles.council, department: lead.department }],
    council: roles.council,
  };
  if (roles.councilPreparer !== undefined && roles.councilPreparer !== lead.preparer) {
    input.councilPreparer = roles.councilPreparer;
  }
  return input;
}
