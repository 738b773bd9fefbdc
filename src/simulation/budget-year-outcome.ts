// What one simulated budget year yields (DESIGN §4.2): the shape of the results the UI, the CLI and the
// tests read. The mechanism is in budget-year-run.ts; every assumption it uses is in the ledger.
import type { HolderRules } from '@/machines/deviation';

export const MONTHS = 12;

/**
 * How a deviation ended: by itself before any decision (`resolved`), by the holder's or an utskott's
 * measures, by KS's netting, by a grant from KS's reserve, by KF moving frames at the interim report, by
 * a supplementary appropriation — or not at all in the year (`open`).
 */
export type DeviationRoute = 'resolved' | 'measures' | 'netting' | 'reserve' | 'reallocation' | 'appropriation' | 'open';

export interface DeviationRecord {
  holder: string;
  rules: HolderRules;
  cause: 'cost' | 'revenue';
  /** Day the deficit could be known: the accounts of the month that showed it were ready (or the
   *  revenue drop became known). */
  detectedDay: number;
  /** Day of the decision that covered it; undefined while open or when it resolved by itself. */
  coveredDay?: number;
  route: DeviationRoute;
  /** Largest forecast gap handled, MSEK. */
  gapMsek: number;
  /** Covered by the holder's measures or KS's cuts, MSEK. */
  measuresMsek: number;
  /** Granted from KS's reserve, MSEK. */
  reserveMsek: number;
  /** Received when KF moved frames at the interim report, MSEK. */
  reallocationMsek: number;
  /** Granted by KF as a supplementary appropriation, MSEK. */
  appropriationMsek: number;
}

export interface HolderOutcome {
  bodyId: string;
  rules: HolderRules;
  /** Frame adopted by KF, MSEK. */
  frameMsek: number;
  /** Supplementary appropriations, reserve grants and frames moved to it, minus frame cuts, MSEK. */
  appropriationsMsek: number;
  /** Its parts, MSEK: KF's supplementary appropriations, KS's reserve grants, frames KF moved to (+) or
   *  from (−) it at the interim report, and KF's frame cuts after a revenue drop (≥ 0). */
  grantedMsek: number;
  reserveMsek: number;
  reallocatedMsek: number;
  frameCutsMsek: number;
  spentMsek: number;
  /** frame + appropriations − spending, MSEK (positive = surplus). */
  resultMsek: number;
}

export interface AreaOutcome {
  areaId: string;
  holder: string;
  frameMsek: number;
  spentMsek: number;
  /** frame − spending, MSEK (appropriations go to holders, not areas). */
  resultMsek: number;
  /** Cuts decided during the year, MSEK. */
  cutsMsek: number;
  /** Surplus spent before year end, MSEK. */
  surplusSpentMsek: number;
}

/** One budget holder's month-end figures for the pipe chart, index 0 = January. */
export interface HolderTrace {
  bodyId: string;
  /** Frame + appropriations − forecast spending, MSEK (the savings target is not deducted here). */
  forecastBalanceMsek: number[];
  /**
   * The savings target KS has set itself for this holder's frames after a drop in the tax forecast, in
   * force at each month-end (0 for committees: KF cuts their frames instead), MSEK. A holder's balance
   * against the lower revenue is forecastBalanceMsek − savingsTargetMsek.
   */
  savingsTargetMsek: number[];
  spentToDateMsek: number[];
  /** (frame + appropriations) × months / 12, MSEK. */
  budgetToDateMsek: number[];
}

export interface BudgetPhase {
  /** Leaf state of the budget-year machine, e.g. "execution.interimReport". */
  state: string;
  /** Day it was entered: negative in the planning year, ≥ 365 in the following year. */
  day: number;
}

export interface BudgetYearOutcome {
  /** Revenue R the budget was adopted on, MSEK. */
  revenueMsek: number;
  /** Revenue after revenue shocks, MSEK. */
  revenueOutturnMsek: number;
  /** Σ frames, MSEK (= R). */
  framesMsek: number;
  spentMsek: number;
  /** Revenue outturn − spending: the municipality's result against its balanced budget, MSEK. */
  resultMsek: number;
  holders: HolderOutcome[];
  areas: AreaOutcome[];
  /** Political budget decisions taken in the year (measures, preparations, KF decisions, savings targets). */
  decisions: number;
  decisionsByBody: Record<string, number>;
  /** Money each body decided on: holders their frames and measures, KF appropriations and cuts, MSEK. */
  moneyDecidedByBody: Record<string, number>;
  /**
   * Days from the day a deviation could be known to the decision that covered it, over the deviations
   * covered in the year; `neverCovered` counts apart those still open at year end (a deviation the
   * December accounts show can only be covered next year). null when the year has no covered deviation.
   */
  daysToCover: { median: number | null; p90: number | null; count: number; neverCovered: number };
  deviations: DeviationRecord[];
  /**
   * Trapped surplus, MSEK: the peak over the twelve month-ends of min(Σ forecast surpluses, Σ forecast
   * deficits) across budget holders — money idle in one silo while another runs a deficit. A holder's
   * own areas are already netted in its forecast, so with a single holder it is always 0.
   */
  trappedSurplusMsek: number;
  trappedSurplusByMonthMsek: number[];
  /**
   * Money-equivalent benefit lost to in-year cuts, Σ_a (β_a/λ)·ln(x_a / (x_a − cut_a)), MSEK: the gross
   * value of the services not delivered (to first order the amount cut; spreading a cut over more areas
   * loses less, because ln is concave). The money saved shows in the result, not here.
   */
  benefitLostMsek: number;
  /** The result's deficit, max(0, −result), MSEK. */
  deficitLeftMsek: number;
  /** Net cost of the year = benefit lost + deficit left, MSEK: cutting more and ending better judged together. */
  netCostMsek: number;
  supplementaryAppropriations: { count: number; totalMsek: number };
  /** KS's reserve at the start, and what was granted from it, MSEK. */
  reserve: { startMsek: number; grantedMsek: number };
  /** Frames KF moved between holders at the interim report, MSEK. */
  reallocatedMsek: number;
  trace: HolderTrace[];
  phases: BudgetPhase[];
}
