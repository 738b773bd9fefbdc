// Frame setting, the common-pool model of DESIGN §4.1, incremental as real budgets are: the frames start
// from last year's (the base, the areas' net costs), the revenue grows by the scenario's `revenueGrowth`,
// KS's reserve is set aside first, and the bodies bid for the change their marginal condition implies.
// Outputs: how far the bids exceed what revenue allows, how many negotiation rounds (and calendar days)
// it takes, the frames, and the benefit lost against the best split of the same money. Pure and without
// randomness: the same model and scenario always give the same frames.
//
// The model (Weingast, Shepsle & Johnsen 1981, "law of 1/n"; process orders after von Hagen & Harden):
// - Area a yields benefit β_a·ln(x_a) from spending x_a; a krona of tax costs λ benefit units.
// - The body that speaks for area a internalises θ_a = κ + (1 − κ)·s_a of the tax cost, where
//   s_a = ω·s_holder + (1 − ω)·s_preparer is the cost share of the area's budget holder and preparing body.
// - Its desired level maximises β_a·ln(x) − θ_a·λ·x, so x_a = β_a / (θ_a·λ); it bids for the change
//   from last year's frame, x_a − base_a, at least 0 and at most `maxBidIncrease`·base_a (a bid is a
//   request for more, bounded as budget dialogues bound it, never a claim on the whole revenue).
// - Calibration: β is normalised to Σβ = 1 and λ = lambda / F, F = the money for frames (revenue less the
//   reserve), so that one holder of everything (θ = 1) with lambda 1 wants exactly F.
// - Bottom-up: KF gives each bid the same share of the increase that revenue allows (bids below it are
//   scaled up the same way); negotiation rounds count how far Σ bids exceed F. Top-down: KF/KS fixes the
//   holders' frames first by whole-municipality marginal benefit (x*_a = β_a·F), then each holder splits
//   its frame over its areas by the bids of their preparing bodies. The order is a scenario assumption,
//   the same for every organisation.
import { firstMeetingFrom } from '@/domain/meeting-calendar';
import type { Model } from '@/domain/model-schema';
import type { Scenario } from '@/domain/scenario-schema';
import { organisationRoles, type OrganisationRoles } from '@/machines/organisation-roles';
import { resolveAssumptions, type Assumptions } from './assumption-ledger';
import { modelCalendar } from './model-calendar';

export type BudgetProcess = 'bottomUp' | 'topDown';

/** Frames are usually set February–June (DESIGN §10); the dialogue starts on 1 February. */
export const FRAME_SETTING_START_DAY = 31;
/** θ is kept above this so a holder with no net cost and κ = 0 still has a finite demand (numerical). */
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
  /** Last year's frame (the area's net cost), MSEK. */
  baseMsek: number;
  /** The increase asked for, MSEK (≥ 0, at most maxBidIncrease × base). */
  bidIncreaseMsek: number;
  /** Base + increase asked for, MSEK. */
  demandedMsek: number;
  /** Frame the area ends up with, MSEK. */
  allocatedMsek: number;
  /** Whole-municipality optimum β_a·F, MSEK. */
  optimalMsek: number;
}

export interface HolderFrame {
  bodyId: string;
  /** Holder's share of last year's frames. */
  costShare: number;
  demandedMsek: number;
  frameMsek: number;
}

export interface FrameSettingResult {
  process: BudgetProcess;
  /** Last year's frames B (Σ net costs), MSEK. */
  baseMsek: number;
  /** This year's revenue R = B·(1 + revenueGrowth), MSEK. */
  revenueMsek: number;
  /** KS's reserve set aside before the frames, MSEK (0 without the remedy). */
  reserveMsek: number;
  /** Money for frames F = R − reserve, MSEK (= Σ frames). */
  framesMsek: number;
  /** Σ (base + increase asked for), MSEK. */
  demandedMsek: number;
  /** demanded / F; 1 = bids exactly match what revenue allows. */
  overDemandRatio: number;
  /** Σ increases asked for, MSEK. */
  bidIncreaseMsek: number;
  /** The increase revenue allows, F − B, MSEK (negative when frames must shrink). */
  availableIncreaseMsek: number;
  /**
   * Money-equivalent of the benefit lost against the optimal split of the same F, MSEK:
   * (1/λ)·Σ β_a ln(x*_a / x_a) = F·Σ p_a ln(p_a / q_a) with p_a = β_a/Σβ and q_a = x_a/F
   * (F times the Kullback–Leibler divergence of the actual split from the optimal one; ≥ 0, 0 only
   * when the split is optimal).
   */
  allocativeLossMsek: number;
  /** Negotiation rounds before KF decides (see `negotiationRounds`). */
  rounds: number;
  /** Days from the start of the budget dialogue (1 February) to KF adopting the budget. */
  calendarDays: number;
  /** Day of the year (of the planning year) on which the frames are finally decided. */
  decidedOnDay: number;
  /**
   * The budget-year machine's events of the planning year with their days (planning-year days from
   * 1 January), from the directives to KF adopting the budget; the budget year replays them through the
   * machine.
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
  /** Process order; default the scenario's `budgetProcess` (the ledger's default when absent). */
  process?: BudgetProcess;
  /** Roles, when the caller already has them. */
  roles?: OrganisationRoles;
}

/** The process order of a scenario: the same for every organisation (DESIGN §4.1). */
export function processFor(scenario: Scenario): BudgetProcess {
  return resolveAssumptions(scenario).budgetProcess;
}

/**
 * Negotiation rounds needed to bring bids that exceed the money available by the ratio `demandRatio`
 * down to it: each round removes `concessionPerRound` of it, at most `maxRounds` rounds, then KF cuts the
 * rest proportionally. Bids within 1/1000 need no round.
 */
export function negotiationRounds(demandRatio: number, concessionPerRound = 0.05, maxRounds = 4): number {
  const excess = demandRatio - 1;
  if (!(excess > 1e-3)) return 0;
  return Math.min(maxRounds, Math.ceil(excess / concessionPerRound - 1e-9));
}

/** F·KL(p‖q): see FrameSettingResult.allocativeLossMsek. */
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

/**
 * Splits `total` over areas: each gets its base plus the same share of its increase asked for (so the
 * increases keep their proportions); when nobody asks, the increase goes by base; when the total is
 * below the bases, every base shrinks by the same share.
 */
function splitByBids(areas: readonly AreaFrame[], total: number): void {
  const base = areas.reduce((sum, a) => sum + a.baseMsek, 0);
  const asked = areas.reduce((sum, a) => sum + a.bidIncreaseMsek, 0);
  const increase = total - base;
  for (const area of areas) {
    if (increase < 0 || (asked <= 0 && increase > 0)) {
      area.allocatedMsek = base > 0 ? (area.baseMsek * total) / base : total / Math.max(1, areas.length);
    } else {
      area.allocatedMsek = area.baseMsek + (asked > 0 ? (area.bidIncreaseMsek * increase) / asked : 0);
    }
  }
}

export function setFrames(model: Model, scenario: Scenario, options: FrameSettingOptions = {}): FrameSettingResult {
  const roles = options.roles ?? organisationRoles(model);
  const assumptions = resolveAssumptions(scenario);
  const process = options.process ?? assumptions.budgetProcess;
  const weightById = new Map(model.serviceAreas.map((area) => [area.id, area.priorityWeight]));

  const areas = roles.areas;
  const base = areas.reduce((sum, area) => sum + Math.max(0, area.netCostMsek), 0);
  const revenue = base * (1 + assumptions.revenueGrowth);
  const reserve = assumptions.remedyReserve ? assumptions.reserveShare * revenue : 0;
  const forFrames = revenue - reserve;
  const holderCost = new Map<string, number>();
  const preparerCost = new Map<string, number>();
  for (const area of areas) {
    const cost = Math.max(0, area.netCostMsek);
    holderCost.set(area.budgetHolder, (holderCost.get(area.budgetHolder) ?? 0) + cost);
    preparerCost.set(area.preparer, (preparerCost.get(area.preparer) ?? 0) + cost);
  }
  const shareOf = (costs: Map<string, number>, id: string): number => (base > 0 ? (costs.get(id) ?? 0) / base : 0);

  const rawWeights = areas.map((area) => weightById.get(area.areaId) ?? 0);
  const weightSum = rawWeights.reduce((sum, w) => sum + w, 0);
  const weights = rawWeights.map((w) => (weightSum > 0 ? w / weightSum : 0));
  const lambda = forFrames > 0 ? assumptions.lambda / forFrames : assumptions.lambda;
  const { kappa, omega, maxBidIncrease } = assumptions;

  const frames: AreaFrame[] = areas.map((area, i) => {
    const share = omega * shareOf(holderCost, area.budgetHolder) + (1 - omega) * shareOf(preparerCost, area.preparer);
    const theta = Math.max(MIN_THETA, kappa + (1 - kappa) * share);
    const weight = weights[i] ?? 0;
    const baseMsek = Math.max(0, area.netCostMsek);
    const desired = forFrames > 0 ? weight / (theta * lambda) : 0;
    const bidIncreaseMsek = Math.min(maxBidIncrease * baseMsek, Math.max(0, desired - baseMsek));
    return {
      areaId: area.areaId,
      budgetHolder: area.budgetHolder,
      preparer: area.preparer,
      weight,
      share,
      theta,
      baseMsek,
      bidIncreaseMsek,
      demandedMsek: baseMsek + bidIncreaseMsek,
      allocatedMsek: 0,
      optimalMsek: weight * forFrames,
    };
  });
  const demanded = frames.reduce((sum, f) => sum + f.demandedMsek, 0);
  const bidIncrease = frames.reduce((sum, f) => sum + f.bidIncreaseMsek, 0);
  const rounds_ = (ratio: number): number =>
    negotiationRounds(ratio, assumptions.concessionPerRound, assumptions.maxNegotiationRounds);

  let rounds: number;
  if (process === 'bottomUp') {
    splitByBids(frames, forFrames);
    rounds = rounds_(forFrames > 0 ? demanded / forFrames : 1);
  } else {
    // KF/KS fixes each holder's frame by the whole view first; the holder splits it by its preparers' bids.
    // The holders settle their internal splits in parallel, each needing the rounds its preparing bodies'
    // over-demand calls for (none where the holder prepares all its areas itself).
    rounds = 0;
    for (const holder of roles.budgetHolders) {
      const own = frames.filter((f) => f.budgetHolder === holder);
      const holderFrame = own.reduce((sum, f) => sum + f.optimalMsek, 0);
      splitByBids(own, holderFrame);
      if (own.some((f) => f.preparer !== holder) && holderFrame > 0) {
        rounds = Math.max(rounds, rounds_(own.reduce((sum, f) => sum + f.demandedMsek, 0) / holderFrame));
      }
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

  const steps = frameSettingSteps(model, roles, process, rounds, assumptions);
  const decidedOnDay = steps.find((step) => step.event === 'budget.framesSet')?.day ?? FRAME_SETTING_START_DAY;
  return {
    process,
    baseMsek: base,
    revenueMsek: revenue,
    reserveMsek: reserve,
    framesMsek: forFrames,
    demandedMsek: demanded,
    overDemandRatio: forFrames > 0 ? demanded / forFrames : 1,
    bidIncreaseMsek: bidIncrease,
    availableIncreaseMsek: forFrames - base,
    allocativeLossMsek: allocativeLoss(
      weights,
      frames.map((f) => f.allocatedMsek),
      forFrames,
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
 * The days of the frame-setting steps, walking the meeting calendars; each step reaches a meeting at
 * least the paper deadline after the step before it:
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
  assumptions: Assumptions,
): FrameSettingStep[] {
  const calendar = modelCalendar(model, assumptions);
  const deadline = assumptions.paperDeadlineDays;
  const meet = (bodyId: string | undefined, after: number): number => {
    const days = bodyId === undefined ? undefined : calendar.get(bodyId);
    return days === undefined ? after : (firstMeetingFrom(days, after + deadline) ?? after);
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
