// The budget year (DESIGN §5): planning → frame setting → detailed budgets → adoption → execution
// (monthly follow-up, interim reports per 30 April and 31 August) → closing (annual report) → closed.
// Which body acts in each step is read from the organisation (`budgetYearInputFor`): bottom-up the budget
// holders bid and negotiate with KS before KF sets the frames; top-down KS proposes the total first and
// the holders split their frames. Guards are pure predicates (`budgetYearGuards`) shared by XState and the
// table the simulation compiles from this machine (src/simulation/compiled-machine.ts).
//
// Law: KF adopts the budget before the end of November (Kommunallagen (2017:725) 11 kap., as municipal
// budget pages quote it; paragraph not verified here). KF must deal with at least one delårsrapport, and
// KS must hand it to KF and the auditors within two months of the period's end (KL 11 kap. 16 §, wording
// of SFS 2018:600). The legal delårsrapport covers ½–⅔ of the year (LKBR 2018:597 13 kap. 1 §), so it is
// made per 31 August; the report after April is a tertial report (Ånge: KF 2019-10-21, DESIGN §10).
import { assign, setup } from 'xstate';
import type { Text } from '@/domain/model-schema';
import type { OrganisationRoles } from './organisation-roles';

export type BudgetProcessOrder = 'bottomUp' | 'topDown';

/** The bodies that act in the budget process of one organisation. */
export interface BudgetYearRoles {
  /** KF: sets the frames, adopts the budget, approves the annual report. */
  council?: string;
  /** KS: leads the budget process, compiles bids, prepares the interim and annual reports. */
  executiveBoard?: string;
  /** Bodies that hold frames (committees, or KS alone under KS with utskott). */
  budgetHolders: string[];
  /** Preparing bodies that are not themselves holders (utskott, KS's arbetsutskott). */
  preparers: string[];
}

export interface BudgetYearInput {
  roles: BudgetYearRoles;
  process: BudgetProcessOrder;
  /** Negotiation rounds the frame setting needs (src/simulation/frame-setting.ts). */
  negotiationRounds: number;
}

export interface BudgetYearContext extends BudgetYearInput {
  roundsHeld: number;
  /** Months of the budget year closed in the accounts (0–12). */
  monthsClosed: number;
  interimReports: number;
}

export type BudgetYearEvent =
  | { type: 'budget.directivesIssued' }
  | { type: 'budget.bidsSubmitted' }
  | { type: 'budget.roundHeld' }
  | { type: 'budget.totalProposed' }
  | { type: 'budget.framesSet' }
  | { type: 'budget.detailedBudgetsAdopted' }
  | { type: 'budget.adopted' }
  | { type: 'followUp.monthClosed' }
  | { type: 'followUp.interimReportAdopted' }
  | { type: 'closing.annualReportAdopted' }
  | { type: 'closing.annualReportApproved' };

export const BUDGET_YEAR_EVENT_TYPES = [
  'budget.directivesIssued',
  'budget.bidsSubmitted',
  'budget.roundHeld',
  'budget.totalProposed',
  'budget.framesSet',
  'budget.detailedBudgetsAdopted',
  'budget.adopted',
  'followUp.monthClosed',
  'followUp.interimReportAdopted',
  'closing.annualReportAdopted',
  'closing.annualReportApproved',
] as const satisfies readonly BudgetYearEvent['type'][];

/** Months closed after which an interim report is due: per 30 April and per 31 August. */
export const INTERIM_REPORT_AFTER_MONTHS = [4, 8] as const;

/** The machine's guards as pure predicates over the context (also used by the compiled table). */
export const budgetYearGuards = {
  /** KF/KS fixes the total before the holders split it (von Hagen & Harden's top-down order). */
  isTopDown: (context: BudgetYearContext): boolean => context.process === 'topDown',
  /** Every negotiation round the over-demand calls for has been held. */
  negotiationDone: (context: BudgetYearContext): boolean => context.roundsHeld >= context.negotiationRounds,
  /** Some negotiation round is still to be held (rounds beyond the needed ones are not counted). */
  roundsRemain: (context: BudgetYearContext): boolean => context.roundsHeld < context.negotiationRounds,
  /** A closed period still lacks its report: the tertial report after April, the delårsrapport per 31 August. */
  interimReportDue: (context: BudgetYearContext): boolean => {
    let due = 0;
    for (const month of INTERIM_REPORT_AFTER_MONTHS) if (month <= context.monthsClosed) due++;
    return due > context.interimReports;
  },
  /** All twelve months are closed. */
  yearClosed: (context: BudgetYearContext): boolean => context.monthsClosed >= 12,
} as const;

/** The machine's context updates as pure functions (assign in XState, mirrored by the compiled table). */
export const budgetYearContextUpdates = {
  countRound: (context: BudgetYearContext): Partial<BudgetYearContext> => ({ roundsHeld: context.roundsHeld + 1 }),
  closeMonth: (context: BudgetYearContext): Partial<BudgetYearContext> => ({
    monthsClosed: Math.min(12, context.monthsClosed + 1),
  }),
  countInterimReport: (context: BudgetYearContext): Partial<BudgetYearContext> => ({
    interimReports: context.interimReports + 1,
  }),
} as const;

/** Which role acts in a state; `budgetYearActingBodies` turns it into body ids. */
export type BudgetYearActor = 'council' | 'executiveBoard' | 'budgetHolders' | 'preparersAndHolders';

const meta = (actor: BudgetYearActor, sv: string, en: string): { actor: BudgetYearActor; label: Text } => ({
  actor,
  label: { sv, en },
});

export const budgetYearMachine = setup({
  types: {
    context: {} as BudgetYearContext,
    input: {} as BudgetYearInput,
    events: {} as BudgetYearEvent,
  },
  guards: {
    isTopDown: ({ context }) => budgetYearGuards.isTopDown(context),
    negotiationDone: ({ context }) => budgetYearGuards.negotiationDone(context),
    roundsRemain: ({ context }) => budgetYearGuards.roundsRemain(context),
    interimReportDue: ({ context }) => budgetYearGuards.interimReportDue(context),
    yearClosed: ({ context }) => budgetYearGuards.yearClosed(context),
  },
  actions: {
    countRound: assign(({ context }) => budgetYearContextUpdates.countRound(context)),
    closeMonth: assign(({ context }) => budgetYearContextUpdates.closeMonth(context)),
    countInterimReport: assign(({ context }) => budgetYearContextUpdates.countInterimReport(context)),
  },
}).createMachine({
  id: 'budgetYear',
  context: ({ input }) => ({ ...input, roundsHeld: 0, monthsClosed: 0, interimReports: 0 }),
  initial: 'planning',
  states: {
    planning: {
      meta: meta('executiveBoard', 'Planering och budgetdirektiv', 'Planning and budget directives'),
      on: {
        'budget.directivesIssued': [
          { guard: 'isTopDown', target: 'frameSetting.totalProposed' },
          { target: 'frameSetting.bidding' },
        ],
      },
    },
    frameSetting: {
      meta: meta('executiveBoard', 'Ramsättning', 'Frame setting'),
      initial: 'bidding',
      states: {
        bidding: {
          meta: meta('preparersAndHolders', 'Nämnderna lämnar budgetäskanden', 'The holders submit their bids'),
          on: { 'budget.bidsSubmitted': 'negotiating' },
        },
        negotiating: {
          meta: meta(
            'executiveBoard',
            'Budgetdialog: kommunstyrelsen förhandlar ned äskandena',
            'Budget dialogue: the executive board negotiates the bids down',
          ),
          always: [{ guard: 'negotiationDone', target: 'councilDecision' }],
          on: { 'budget.roundHeld': { actions: 'countRound' } },
        },
        totalProposed: {
          meta: meta(
            'executiveBoard',
            'Kommunstyrelsen föreslår totalen och ramarna först',
            'The executive board proposes the total and the frames first',
          ),
          on: { 'budget.totalProposed': 'councilDecision' },
        },
        councilDecision: {
          meta: meta('council', 'Fullmäktige beslutar om ramarna', 'The council sets the frames'),
          on: { 'budget.framesSet': '#budgetYear.detailedBudgets' },
        },
      },
    },
    detailedBudgets: {
      meta: meta(
        'preparersAndHolders',
        'Detaljbudget inom ramen (top-down: fördelningen förhandlas här)',
        'Detailed budgets within the frame (top-down: the split is negotiated here)',
      ),
      on: {
        'budget.roundHeld': { guard: 'roundsRemain', actions: 'countRound' },
        'budget.detailedBudgetsAdopted': { guard: 'negotiationDone', target: 'adoption' },
      },
    },
    adoption: {
      meta: meta('council', 'Fullmäktige fastställer budgeten', 'The council adopts the budget'),
      on: { 'budget.adopted': 'execution' },
    },
    execution: {
      meta: meta('budgetHolders', 'Verkställighet', 'Execution'),
      initial: 'followingUp',
      states: {
        followingUp: {
          meta: meta('budgetHolders', 'Månadsuppföljning', 'Monthly follow-up'),
          always: [
            { guard: 'interimReportDue', target: 'interimReport' },
            { guard: 'yearClosed', target: '#budgetYear.closing' },
          ],
          on: { 'followUp.monthClosed': { actions: 'closeMonth' } },
        },
        interimReport: {
          meta: meta('executiveBoard', 'Tertialrapport (april) eller delårsrapport (augusti)', 'Tertial report (April) or interim report (August)'),
          on: {
            'followUp.monthClosed': { actions: 'closeMonth' },
            'followUp.interimReportAdopted': { target: 'followingUp', actions: 'countInterimReport' },
          },
        },
      },
    },
    closing: {
      meta: meta('executiveBoard', 'Bokslut', 'Closing the accounts'),
      initial: 'annualReport',
      states: {
        annualReport: {
          meta: meta('executiveBoard', 'Kommunstyrelsen upprättar årsredovisningen', 'The executive board draws up the annual report'),
          on: { 'closing.annualReportAdopted': 'councilApproval' },
        },
        councilApproval: {
          meta: meta('council', 'Fullmäktige godkänner årsredovisningen', 'The council approves the annual report'),
          on: { 'closing.annualReportApproved': '#budgetYear.closed' },
        },
      },
    },
    closed: {
      meta: meta('council', 'Budgetåret avslutat', 'Budget year closed'),
      type: 'final',
    },
  },
});

/** The roles of the budget process, read from the organisation. */
export function budgetYearRoles(roles: OrganisationRoles): BudgetYearRoles {
  const holders = new Set(roles.budgetHolders);
  const result: BudgetYearRoles = {
    budgetHolders: [...roles.budgetHolders],
    preparers: [...new Set(roles.areas.map((area) => area.preparer))].filter((id) => !holders.has(id)),
  };
  if (roles.council !== undefined) result.council = roles.council;
  if (roles.executiveBoard !== undefined) result.executiveBoard = roles.executiveBoard;
  return result;
}

export function budgetYearInputFor(
  roles: OrganisationRoles,
  process: BudgetProcessOrder,
  negotiationRounds: number,
): BudgetYearInput {
  return { roles: budgetYearRoles(roles), process, negotiationRounds: Math.max(0, Math.floor(negotiationRounds)) };
}

const ACTOR_BY_STATE: Record<string, BudgetYearActor> = {
  planning: 'executiveBoard',
  'frameSetting.bidding': 'preparersAndHolders',
  'frameSetting.negotiating': 'executiveBoard',
  'frameSetting.totalProposed': 'executiveBoard',
  'frameSetting.councilDecision': 'council',
  detailedBudgets: 'preparersAndHolders',
  adoption: 'council',
  'execution.followingUp': 'budgetHolders',
  'execution.interimReport': 'executiveBoard',
  'closing.annualReport': 'executiveBoard',
  'closing.councilApproval': 'council',
  closed: 'council',
};

/** The bodies acting in a leaf state (path as in the compiled table, e.g. "frameSetting.bidding"). */
export function budgetYearActingBodies(statePath: string, roles: BudgetYearRoles): string[] {
  const actor = ACTOR_BY_STATE[statePath];
  const one = (id: string | undefined): string[] => (id === undefined ? [] : [id]);
  switch (actor) {
    case 'council':
      return one(roles.council);
    case 'executiveBoard':
      return one(roles.executiveBoard);
    case 'budgetHolders':
      return [...roles.budgetHolders];
    case 'preparersAndHolders':
      return [...roles.preparers, ...roles.budgetHolders];
    default:
      return [];
  }
}
