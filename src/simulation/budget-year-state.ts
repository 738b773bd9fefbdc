// The running state of one budget year and the two machines it drives (budget year, deviations): the
// indices of their states and events resolved once, the per-run arrays, and the one place a body's
// decision is counted and the budget-year machine is stepped. Used by the rules in budget-year-*.ts.
import type { BudgetYearContext } from '@/machines/budget-year';
import type { DeviationContext } from '@/machines/deviation';
import { type BudgetPhase, type DeviationRecord, type DeviationRoute, type HolderTrace } from './budget-year-outcome';
import type { BudgetYearPlan } from './budget-year-plan';
import { item, read } from './checked-read';
import type { CompiledMachine } from './compiled-machine';
import { budgetYearTable, deviationTable } from './machine-tables';


// ---- machine indices (resolved once) ---------------------------------------------------------------

export interface MachineIndices {
  deviation: CompiledMachine<DeviationContext>;
  budgetYear: CompiledMachine<BudgetYearContext>;
  reviewed: number;
  measuresDecided: number;
  netted: number;
  resolvedEvent: number;
  covered: number;
  reserveGranted: number;
  prepared: number;
  decided: number;
  detected: number;
  reserve: number;
  preparing: number;
  councilDecision: number;
  closed: number;
  monthClosed: number;
  interimReportAdopted: number;
  annualReportAdopted: number;
  annualReportApproved: number;
  interimReport: number;
  followingUp: number;
}

let machineIndices: MachineIndices | undefined;

export function machines(): MachineIndices {
  if (machineIndices !== undefined) return machineIndices;
  const deviation = deviationTable();
  const budgetYear = budgetYearTable();
  machineIndices = {
    deviation,
    budgetYear,
    reviewed: deviation.eventIndex('deviation.reviewed'),
    measuresDecided: deviation.eventIndex('deviation.measuresDecided'),
    netted: deviation.eventIndex('deviation.netted'),
    resolvedEvent: deviation.eventIndex('deviation.resolved'),
    covered: deviation.eventIndex('deviation.covered'),
    reserveGranted: deviation.eventIndex('reserve.granted'),
    prepared: deviation.eventIndex('appropriation.prepared'),
    decided: deviation.eventIndex('appropriation.decided'),
    detected: deviation.stateIndex('detected'),
    reserve: deviation.stateIndex('reserve'),
    preparing: deviation.stateIndex('supplementaryAppropriation.preparedByExecutiveBoard'),
    councilDecision: deviation.stateIndex('supplementaryAppropriation.decidedByCouncil'),
    closed: deviation.stateIndex('closed'),
    monthClosed: budgetYear.eventIndex('followUp.monthClosed'),
    interimReportAdopted: budgetYear.eventIndex('followUp.interimReportAdopted'),
    annualReportAdopted: budgetYear.eventIndex('closing.annualReportAdopted'),
    annualReportApproved: budgetYear.eventIndex('closing.annualReportApproved'),
    interimReport: budgetYear.stateIndex('execution.interimReport'),
    followingUp: budgetYear.stateIndex('execution.followingUp'),
  };
  return machineIndices;
}

// ---- the run's state ---------------------------------------------------------------------------------

export interface OpenDeviation {
  holder: number;
  state: number;
  context: DeviationContext;
  record: DeviationRecord;
  /** Day the papers for the next step were ready. */
  readyDay: number;
  /** A decision has been taken on it. */
  decided: boolean;
  lastRoute: DeviationRoute;
  /** Units (delegated sectors) whose utskott has decided its part since the last KS netting. */
  partsDone: Set<number>;
}

export interface RunState {
  plan: BudgetYearPlan;
  m: MachineIndices;
  deadline: number;
  planByMonth: Float64Array;
  actual: Float64Array;
  spent: Float64Array;
  forecast: Float64Array;
  cuts: Float64Array;
  surplusSpent: Float64Array;
  unitAppr: Float64Array;
  unitTarget: Float64Array;
  unitBalance: Float64Array;
  /** Per holder: KF's grants, reserve grants, frames moved (±) and frame cuts, MSEK. */
  holderGranted: Float64Array;
  holderReserve: Float64Array;
  holderMoved: Float64Array;
  holderFrameCuts: Float64Array;
  open: (OpenDeviation | undefined)[];
  deviations: DeviationRecord[];
  decisionCount: Float64Array;
  moneyDecided: Float64Array;
  trace: HolderTrace[];
  trappedByMonth: number[];
  monthsClosed: number;
  revenueChange: number;
  pendingRevenueForBoard: number[];
  pendingFrameCuts: { shock: number; readyDay: number }[];
  pendingReallocation: number;
  interimDueFrom: number;
  reserveLeft: number;
  reserveGranted: number;
  reallocated: number;
  appropriationCount: number;
  appropriationTotal: number;
  totalFrame: number;
  yearState: number;
  yearContext: BudgetYearContext;
  phases: BudgetPhase[];
  decidedToday: boolean;
  cutScratch: { level: Float64Array; benefit: Float64Array; room: Float64Array; out: Float64Array };
}

export function decide(s: RunState, body: number, moneyMsek: number): void {
  if (body < 0) return;
  s.decisionCount[body] = read(s.decisionCount, body) + 1;
  s.moneyDecided[body] = read(s.moneyDecided, body) + Math.abs(moneyMsek);
  s.decidedToday = true;
}

export function driveYear(s: RunState, event: number, day: number): number {
  const table = s.m.budgetYear;
  const next = table.step(s.yearState, event, s.yearContext);
  if (next !== s.yearState) s.phases.push({ state: item(table.statePaths, next), day });
  s.yearState = next;
  return next;
}
