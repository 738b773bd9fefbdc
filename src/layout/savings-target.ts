// The savings target an executive board sets itself after a drop in the tax forecast, per month-end, for
// the frames it holds, as the budget-year run traced it (HolderTrace.savingsTargetMsek). The run's balance
// trace leaves the target out, while the committees' frames are cut by KF (appropriations) and so show
// the drop; charts and summaries deduct it so that KS does not show a "surplus" that is really the money
// saved to replace the lost tax revenue.
import type { YearResult } from '@/simulation/run-year';

/** Per holder with a savings target, the target in force at each month-end (index 0 = January), MSEK. */
export function savingsTargetByMonth(result: YearResult): Map<string, number[]> {
  const targets = new Map<string, number[]>();
  for (const row of result.budgetYear.trace) {
    if (row.savingsTargetMsek.some((amount) => amount !== 0)) targets.set(row.bodyId, row.savingsTargetMsek);
  }
  return targets;
}

/** The savings target in force at year end (what the holder's result must cover), MSEK. */
export function yearEndSavingsTarget(targets: ReadonlyMap<string, readonly number[]>, holderId: string): number {
  const byMonth = targets.get(holderId);
  return byMonth?.[byMonth.length - 1] ?? 0;
}
