// What the pipe chart (pipes-layout.ts) needs from one simulated year: each budget holder's traced
// forecast balance — less the savings target KS set itself after a tax-forecast drop (savings-target.ts),
// so that KS, like the committees whose frames KF cut, shows what the lower revenue leaves — its vessels (the bodies preparing its areas when it nets them all, as KS does), and
// the year's deviations as events — the detection and the meeting whose decision covered it. Pure; the
// words come from the caller (`PipeWords`), so the layout stays language-free.
import type { Model } from '@/domain/model-schema';
import type { DeviationRecord } from '@/simulation/budget-year-outcome';
import type { YearResult } from '@/simulation/run-year';
import type { PipeEventInput, PipeHolderInput, PipePanelInput } from './pipes-layout';
import { savingsTargetByMonth } from './savings-target';

export interface PipeEventFacts {
  kind: 'covered' | 'detected';
  record: DeviationRecord;
  /** The body whose meeting took the covering decision (KF for a supplementary appropriation). */
  deciderId: string | undefined;
  day: number;
}

export interface PipeWords {
  nameOf(bodyId: string): string;
  /** The holder's name under its pipes, e.g. "Kommunstyrelsen (en gemensam budget)". */
  holderLabel(bodyId: string, rules: 'silo' | 'whole', joined: boolean): string;
  event(facts: PipeEventFacts): { mark: string; label: string };
}

/** The bodies preparing a holder's areas, in area order; only a holder that nets (KS) is split into them. */
export function vesselsOf(result: YearResult, model: Model, holderId: string, rules: 'silo' | 'whole'): string[] {
  if (rules !== 'whole') return [holderId];
  const preparers: string[] = [];
  for (const area of model.serviceAreas) {
    if (area.budgetHolder === holderId && !preparers.includes(area.preparedBy)) preparers.push(area.preparedBy);
  }
  return preparers.length > 1 ? preparers : [holderId];
}

/** The deviations of the year as strip events: every detection that needed a decision, and its decision. */
export function pipeEventsOf(result: YearResult, councilId: string | undefined, words: PipeWords): PipeEventInput[] {
  const events: PipeEventInput[] = [];
  for (const record of result.budgetYear.deviations) {
    if (record.route === 'resolved') continue;
    const detected: PipeEventFacts = { kind: 'detected', record, deciderId: undefined, day: record.detectedDay };
    events.push({ holderId: record.holder, day: record.detectedDay, kind: 'detected', ...words.event(detected) });
    if (record.coveredDay !== undefined) {
      const deciderId = record.route === 'appropriation' ? councilId : record.holder;
      const covered: PipeEventFacts = { kind: 'covered', record, deciderId, day: record.coveredDay };
      events.push({ holderId: record.holder, day: record.coveredDay, kind: 'covered', ...words.event(covered) });
    }
  }
  return events;
}

/** Levels are balances with KS's savings target after a tax-forecast drop taken off (savings-target.ts). */
export function pipePanelOf(result: YearResult, model: Model, title: string, words: PipeWords): PipePanelInput {
  const councilId = model.bodies.find((body) => body.kind === 'council')?.id;
  const targets = savingsTargetByMonth(result);
  const holders: PipeHolderInput[] = result.budgetYear.trace.map((trace) => {
    const rules = result.budgetYear.holders.find((h) => h.bodyId === trace.bodyId)?.rules ?? 'silo';
    const vesselIds = vesselsOf(result, model, trace.bodyId, rules);
    const joined = vesselIds.length > 1;
    return {
      bodyId: trace.bodyId,
      name: words.holderLabel(trace.bodyId, rules, joined),
      rules,
      balanceByMonthMsek: trace.forecastBalanceMsek.map((balance, m) => balance - (targets.get(trace.bodyId)?.[m] ?? 0)),
      vessels: vesselIds.map((id) => ({ id, name: words.nameOf(id) })),
    };
  });
  return {
    key: model.id,
    title,
    holders,
    events: pipeEventsOf(result, councilId, words),
    trappedByMonthMsek: result.budgetYear.trappedSurplusByMonthMsek,
  };
}
