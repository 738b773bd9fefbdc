// Frame setting, the common-pool model of DESIGN §4.1: how much the budget holders ask for, how many
// negotiation rounds (and calendar days) it takes to bring the bids down to the revenue, and how much
// benefit is lost when the money is split otherwise than a whole-municipality view would split it.
// Pure and without randomness: the same model and scenario always give the same frames.
//
// The model (Weingast, Shepsle & Johnsen 1981, "law of 1/n"; process orders after von Hagen & Harden):
// - Area a yields benefit β_a·ln(x_a) from spending x_a; a krona of tax costs λ benefit units.
// - The body that speaks for area a internalises θ_a = κ + (1 − κ)·s_a of the tax cost, where
//   s_a = ω·s_holder + (1 − ω)·s_preparer is the cost share of the area's budget holder and preparing body.
// - Its demand maximises β_a·ln(x) − θ_a·λ·x, so x_a = β_a / (θ_a·λ).
//
// Calibration (documented in the About page): β is normalised to Σβ = 1 and λ = scenario.lambda / R, so
// that one holder of everything (s = 1, θ = 1) with lambda 1 demands exactly the revenue R. Then
// overDemandRatio = Σ_a β_a / θ_a: 1 at κ = 1, and n for n equal holders at κ = 0 (the law of 1/n).
// The revenue R is this year's tax revenue; the model takes it to equal the sum of the areas' net costs
// (last year's balanced budget carried forward).
import type { Model } from '@/domain/model-schema';
import { DAYS_IN_YEAR, nextMeeting } from '@/domain/meeting-calendar';
import type { Scenario } from '@/domain/scenario-schema';
import { organisationRoles, type OrganisationRoles } from '@/machines/organisation-roles';
import { modelCalendar } from './model-calendar';

export type BudgetProcess = 'bottomUp' | 'topDown';

/** Share of the revenue by which bids come down in one negotiation round (example value, contested). */
export const CONCESSION_PER_ROUND = 0.05;
/** After this many rounds KF cuts what is left proportionally ("osthyvel"). */
export const MAX_NEGOTIATION_ROUNDS = 4;
/** Frames are usually set February–June (DESIGN §10); the dialogue starts on 1 February. */
export const FRAME_SETTING_START_DAY = 31;
/** θ is kept above this so a holder with no net cost and κ = 0 still has a finite demand. */
const MIN_THETA = 1e-3;

export interface AreaFrame {
  areaId: string;
  budgetHolder: string;
  preparer: string;
  /** Normalised priority weight β_a (Σβ = 1). */
  weight: number;
  /** s_a = ω·s_holder + (1 − ω)·s_preparer. */
  share: number;
  /** θ_a = κ + (1 − κ)·s_a: the part of the tax cost the area's speaker internalises. */
  theta: number;
  /** Bid x_a = β_a / (θ_a·λ), MSEK. */
  demandedMsek: number;
  /** Frame the area ends up with, MSEK. */
  allocatedMsek: number;
  /** Whole-municipality optimum β_a·R/Σβ, MSEK. */
  optimalMsek: number;
}

export interface HolderFrame {
  bodyId: string;
  /** Holder's share of the total net cost. */
  costShare: number;
  demandedMsek: number;
  frameMsek: number;
}

export interface FrameSettingResult {
  process: BudgetProcess;
  /** R, MSEK. */
  revenueMsek: number;
  /** Σ bids, MSEK. */
  demandedMsek: number;
  /** demanded / revenue; 1 = bids exactly match the revenue. */
  overDemandRatio: number;
  /**
   * Money-equivalent of the benefit lost against the optimal split of the same R, MSEK:
   * (1/λ)·Σ β_a ln(x*_a / x_a) = R·Σ p_a ln(p_a / q_a) with p_a = β_a/Σβ and q_a = x_a/R
   * (R times the Kullback–Leibler divergence of the actual split from the optimal one; ≥ 0, 0 only
   * when the split is optimal).
   */
  allocativeLossMsek: number;
  /** Negotiation rounds before KF decides (see `negotiationRounds`). */
  rounds: number;
  /**
   * Days from the start of the budget dialogue (1 February) to KF adopting the budget, so that both
   * orders count their negotiation rounds (bottom-up before the frames, top-down in the split after them).
   */
  calendarDays: number;
  /** Day of the year (of the planning year) on which the frames are finally decided. */
  decidedOnDay: number;
  /**
   * The budget-year machine's events of the planning year with their days (planning-year days from
   * 1 January), from the directives to KF adopting the budget; src/simulation/budget-year-run.ts replays
   * them through the machine.
   */
  steps: FrameSettingStep[];
  /** Calibrated λ: benefit units per MSEK. */
  lambda: number;
  areas: AreaFrame[];
  holders: HolderFrame[];
}

export interface FrameSettingStep {
  event:
    | 'budget.directivesIssued'
    | 'budget.bidsSubmitted'
    | 'budget.roundHeld'
    | 'budget.totalProposed'
    | 'budget.framesSet'
    | 'budget.detailedBudgetsAdopted'
    | 'budget.adopted';
  day: number;
}

export interface FrameSettingOptions {
  /** Process order; default from the scenario's `budgetProcess`, else by organisation (see `processFor`). */
  process?: BudgetProcess;
  /** Roles, when the caller already has them. */
  roles?: OrganisationRoles;
}

/** KS holding at least this share of the net cost leads a top-down process when the scenario says `auto`. */
export const TOP_DOWN_HOLDER_SHARE = 0.5;

/**
 * The process order an organisation uses when the scenario does not say: top-down when KS holds most of
 * the money (KS with utskott fixes the total first and splits it; a small committee beside it, such as a
 * shared building committee, does not change that), bottom-up otherwise (each committee bids for its own
 * frame). An organisation with a single holder is top-down whoever that holder is.
 */
export function processFor(roles: OrganisationRoles, scenario: Pick<Scenario, 'budgetProcess'>): BudgetProcess {
  const chosen = scenario.budgetProcess;
  if (chosen === 'bottomUp' || chosen === 'topDown') return chosen;
  if (roles.budgetHolders.length <= 1) return 'topDown';
  const total = roles.areas.reduce((sum, area) => sum + Math.max(0, area.netCostMsek), 0);
  const board = roles.areas
    .filter((area) => area.budgetHolder === roles.executiveBoard)
    .reduce((sum, area) => sum + Math.max(0, area.netCostMsek), 0);
  return total > 0 && board / total >= TOP_DOWN_HOLDER_SHARE ? 'topDown' : 'bottomUp';
}

/**
 * Negotiation rounds needed to bring bids that exceed the money available by the ratio `demandRatio`
 * down to it: each round removes CONCESSION_PER_ROUND of the revenue, at most MAX_NEGOTIATION_ROUNDS
 * rounds, then KF cuts the rest proportionally. Bids within 1/1000 of the revenue need no round.
 */
export function negotiationRounds(demandRatio: number): number {
  const excess = demandRatio - 1;
  if (!(excess > 1e-3)) return 0;
  return Math.min(MAX_NEGOTIATION_ROUNDS, Math.ceil(excess / CONCESSION_PER_ROUND - 1e-9));
}

/** The next meeting strictly after `day`, continuing into the following year's identical calendar. */
function nextMeetingAcrossYears(days: readonly number[], day: number): number {
  if (days.length === 0) return day;
  const year = Math.floor(day / DAYS_IN_YEAR);
  const within = nextMeeting(days, day - year * DAYS_IN_YEAR);
  if (within !== undefined) return within + year * DAYS_IN_YEAR;
  return (days[0] ?? 0) + (year + 1) * DAYS_IN_YEAR;
}

/** R·KL(p‖q): see FrameSettingResult.allocativeLossMsek. */
export function allocativeLoss(weights: readonly number[], allocations: readonly number[], revenue: number): number {
  if (revenue <= 0) return 0;
  let loss = 0;
  for (let i = 0; i < weights.length; i++) {
    const p = weights[i] ?? 0;
    const q = (allocations[i] ?? 0) / revenue;
    if (p > 0) loss += q > 0 ? p * Math.log(p / q) : Number.POSITIVE_INFINITY;
  }
  return Math.max(0, revenue * loss);
}

export function setFrames(model: Model, scenario: Scenario, options: FrameSettingOptions = {}): FrameSettingResult {
  const roles = options.roles ?? organisationRoles(model);
  const process = options.process ?? processFor(roles, scenario);
  const weightById = new Map(model.serviceAreas.map((area) => [area.id, area.priorityWeight]));

  const areas = roles.areas;
  const revenue = areas.reduce((sum, area) => sum + Math.max(0, area.netCostMsek), 0);
  const holderCost = new Map<string, number>();
  const preparerCost = new Map<string, number>();
  for (const area of areas) {
    const cost = Math.max(0, area.netCostMsek);
    holderCost.set(area.budgetHolder, (holderCost.get(area.budgetHolder) ?? 0) + cost);
    preparerCost.set(area.preparer, (preparerCost.get(area.preparer) ?? 0) + cost);
  }
  const shareOf = (costs: Map<string, number>, id: string): number =>
    revenue > 0 ? (costs.get(id) ?? 0) / revenue : 0;

  const rawWeights = areas.map((area) => weightById.get(area.areaId) ?? 0);
  const weightSum = rawWeights.reduce((sum, w) => sum + w, 0);
  const weights = rawWeights.map((w) => (weightSum > 0 ? w / weightSum : 0));
  const lambda = revenue > 0 ? scenario.lambda / revenue : scenario.lambda;
  const { kappa, omega } = scenario;

  const frames: AreaFrame[] = areas.map((area, i) => {
    const share = omega * shareOf(holderCost, area.budgetHolder) + (1 - omega) * shareOf(preparerCost, area.preparer);
    const theta = Math.max(MIN_THETA, kappa + (1 - kappa) * share);
    const weight = weights[i] ?? 0;
    return {
      areaId: area.areaId,
      budgetHolder: area.budgetHolder,
      preparer: area.preparer,
      weight,
      share,
      theta,
      demandedMsek: revenue > 0 ? weight / (theta * lambda) : 0,
      allocatedMsek: 0,
      optimalMsek: weight * revenue,
    };
  });
  const demanded = frames.reduce((sum, f) => sum + f.demandedMsek, 0);

  let rounds: number;
  if (process === 'bottomUp') {
    // Bids are brought down to R in rounds of equal proportional concessions, then cut proportionally:
    // both keep the bids' proportions, so the frame of area a is x_a·R/Σx (KF always adopts a balanced
    // budget, so bids below R are scaled up the same way).
    for (const frame of frames) frame.allocatedMsek = demanded > 0 ? (frame.demandedMsek * revenue) / demanded : 0;
    rounds = negotiationRounds(revenue > 0 ? demanded / revenue : 1);
  } else {
    // KF fixes R and each holder's frame R_h = R·s_h first (last year's cost shares); each holder then
    // splits its frame in proportion to β_a/θ_a. With ω = 1 (or a holder preparing its own areas) θ is the
    // same for all its areas and this is DESIGN's x_a = β_a·R_h/Σβ; with ω < 1 the preparing bodies'
    // pressure tilts the split. Rounds: the holders settle their internal splits in parallel, each needing
    // the rounds its preparing bodies' over-demand calls for.
    rounds = 0;
    for (const holder of roles.budgetHolders) {
      const own = frames.filter((f) => f.budgetHolder === holder);
      const frameMsek = shareOf(holderCost, holder) * revenue;
      const pull = own.reduce((sum, f) => sum + f.weight / f.theta, 0);
      for (const f of own) f.allocatedMsek = pull > 0 ? (frameMsek * (f.weight / f.theta)) / pull : 0;
      // The holder's own view of its areas is θ_h = κ + (1 − κ)·s_holder; the internal negotiation is about
      // how far its preparing bodies' claims exceed that view (none when it prepares its areas itself).
      const holderTheta = Math.max(MIN_THETA, kappa + (1 - kappa) * shareOf(holderCost, holder));
      const holderView = own.reduce((sum, f) => sum + f.weight / holderTheta, 0);
      if (holderView > 0) rounds = Math.max(rounds, negotiationRounds(pull / holderView));
    }
  }

  const holders: HolderFrame[] = roles.budgetHolders.map((bodyId) => {
    const own = frames.filter((f) => f.budgetHolder === bodyId);
    return {
      bodyId,
      costShare: shareOf(holderCost, bodyId),
      demandedMsek: own.reduce((sum, f) => sum + f.demandedMsek, 0),
      frameMsek: own.reduce((sum, f) => sum + f.allocatedMsek, 0),
    };
  });

  const steps = frameSettingSteps(model, roles, process, rounds);
  const decidedOnDay = steps.find((step) => step.event === 'budget.framesSet')?.day ?? FRAME_SETTING_START_DAY;
  return {
    process,
    revenueMsek: revenue,
    demandedMsek: demanded,
    overDemandRatio: revenue > 0 ? demanded / revenue : 1,
    allocativeLossMsek: allocativeLoss(
      weights,
      frames.map((f) => f.allocatedMsek),
      revenue,
    ),
    rounds,
    calendarDays: (steps[steps.length - 1]?.day ?? FRAME_SETTING_START_DAY) - FRAME_SETTING_START_DAY,
    decidedOnDay,
    steps,
    lambda,
    areas: frames,
    holders,
  };
}

/**
 * The days of the frame-setting steps, walking the meeting calendars:
 * - bottom-up: the preparing bodies and then the holders adopt bids; KS compiles them; each negotiation
 *   round is one more cycle of holder meetings and a KS meeting; KF sets the frames at its next meeting;
 *   the holders adopt detailed budgets within them and KF adopts the budget.
 * - top-down: KS proposes the total and the holders' frames; KF sets them; then the preparing bodies and
 *   the holders split each frame, one cycle per internal round (at least one cycle for the split itself),
 *   and KF adopts the budget.
 * A body missing from the calendar (no KS, say) is skipped.
 */
function frameSettingSteps(
  model: Model,
  roles: OrganisationRoles,
  process: BudgetProcess,
  rounds: number,
): FrameSettingStep[] {
  const calendar = modelCalendar(model);
  const meet = (bodyId: string | undefined, after: number): number => {
    const days = bodyId === undefined ? undefined : calendar.get(bodyId);
    return days === undefined || days.length === 0 ? after : nextMeetingAcrossYears(days, after);
  };
  // One cycle: each holder's preparing bodies meet, then the holder. When KS compiles the bids it takes
  // its own (as a holder) at that same meeting, so `compiledByKs` leaves KS's own meeting out of the cycle.
  const holdersCycle = (after: number, compiledByKs: boolean): number => {
    let last = after;
    for (const holder of roles.budgetHolders) {
      let day = after;
      for (const preparer of new Set(roles.areas.filter((a) => a.budgetHolder === holder).map((a) => a.preparer))) {
        if (preparer !== holder) day = Math.max(day, meet(preparer, after));
      }
      last = Math.max(last, compiledByKs && holder === roles.executiveBoard ? day : meet(holder, day));
    }
    return last;
  };
  const steps: FrameSettingStep[] = [{ event: 'budget.directivesIssued', day: FRAME_SETTING_START_DAY }];
  let day = FRAME_SETTING_START_DAY;
  if (process === 'bottomUp') {
    day = holdersCycle(day, true);
    steps.push({ event: 'budget.bidsSubmitted', day });
    day = meet(roles.executiveBoard, day);
    for (let round = 0; round < rounds; round++) {
      day = meet(roles.executiveBoard, holdersCycle(day, true));
      steps.push({ event: 'budget.roundHeld', day });
    }
    day = meet(roles.council, day);
    steps.push({ event: 'budget.framesSet', day });
    day = holdersCycle(day, false);
  } else {
    day = meet(roles.executiveBoard, day);
    steps.push({ event: 'budget.totalProposed', day });
    day = meet(roles.council, day);
    steps.push({ event: 'budget.framesSet', day });
    day = holdersCycle(day, false);
    for (let round = 0; round < rounds; round++) {
      steps.push({ event: 'budget.roundHeld', day });
      if (round + 1 < rounds) day = holdersCycle(day, false);
    }
  }
  steps.push({ event: 'budget.detailedBudgetsAdopted', day });
  steps.push({ event: 'budget.adopted', day: meet(roles.council, day) });
  return steps;
}
