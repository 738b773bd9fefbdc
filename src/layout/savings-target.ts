// The savings target an executive board sets itself after a drop in the tax forecast, per month-end, for
// the frames it holds. The budget-year run (src/simulation/budget-year-run.ts, `boardRevenueDecisions`)
// deducts it from KS's forecast balance when deciding, but its per-holder trace and year-end result leave
// it out, while the committees' frames are cut by KF (appropriations) and so show the drop. Without this
// correction the pipes and the money flows would show KS with a "surplus" that is really the money
// saved to replace the lost tax revenue. The rule is the run's own:
// - a revenue shock is known on the first day of its month; KS takes it up at its first meeting that day
//   or later (the forecast is known before the meetings of a day);
// - KS's target for its frames = −change × R × (KS's frames / all frames);
// - a month-end's follow-up includes it when that KS meeting came before the month's accounts closed
//   (the books close before the meetings of the same day).
// Pure. Other holders (committees) get no target: KF cuts their frames instead.
import { MONTH_START_DAY } from '@/domain/meeting-calendar';
import type { Model } from '@/domain/model-schema';
import type { Shock } from '@/domain/scenario-schema';
import { monthCloseDay } from '@/simulation/budget-year-run';
import { modelCalendar } from '@/simulation/model-calendar';
import type { YearResult } from '@/simulation/run-year';

/** Per holder that nets its areas (KS), the savings target in force at each month-end, MSEK. */
export function savingsTargetByMonth(result: YearResult, model: Model, shocks: readonly Shock[]): Map<string, number[]> {
  const targets = new Map<string, number[]>();
  const holders = result.budgetYear.holders;
  const totalFrame = holders.reduce((sum, h) => sum + h.frameMsek, 0);
  const boardId = model.bodies.find((body) => body.kind === 'executiveBoard')?.id;
  const boardDays = boardId === undefined ? [] : [...(modelCalendar(model).get(boardId) ?? [])].sort((a, b) => a - b);
  for (const holder of holders) {
    if (holder.rules !== 'whole' || totalFrame <= 0) continue;
    const byMonth = new Array<number>(12).fill(0);
    for (const shock of shocks) {
      if (shock.kind !== 'revenue' || shock.revenueChange === undefined || shock.revenueChange >= 0) continue;
      const knownDay = MONTH_START_DAY[shock.fromMonth] ?? 0;
      const meeting = boardDays.find((day) => day >= knownDay);
      if (meeting === undefined) continue;
      const amount = -shock.revenueChange * result.budgetYear.revenueMsek * (holder.frameMsek / totalFrame);
      for (let m = 0; m < 12; m++) if (meeting < monthCloseDay(m)) byMonth[m] = (byMonth[m] ?? 0) + amount;
    }
    targets.set(holder.bodyId, byMonth);
  }
  return targets;
}

/** The savings target in force at year end (what the holder's result must cover), MSEK. */
export function yearEndSavingsTarget(targets: ReadonlyMap<string, readonly number[]>, holderId: string): number {
  const byMonth = targets.get(holderId);
  return byMonth?.[byMonth.length - 1] ?? 0;
}
