// The money of one simulated year as a flow graph for the Sankey chart (money-flow-layout.ts): where each
// krona of the frames went. Year totals in MSEK:
// - KF → each budget holder: its adopted frame (`frame`), the supplementary appropriations KF granted
//   it during the year (`appropriation`), grants from KS's reserve (`reserve`) and frames moved to it at
//   the interim report (`reallocation`); a holder that gave frames sends them to "moved to others";
// - each holder → its service areas: what the area actually spent (`spending`);
// - each holder → "lower tax revenue": a committee's frame cut by KF after a tax-forecast drop
//   (`frameCut`), or the savings target KS set itself for the frames it holds (`savingsTarget`,
//   savings-target.ts);
// - each holder → "left unspent": its year-end surplus (`surplus`);
// - "deficit" → each holder: the overspend nobody funded, which lands in the municipality's result (`deficit`).
// Money is conserved at every holder by construction: frame + granted + deficit = spending + frame cuts +
// savings target + surplus, because the holder's result is frame + (granted − frame cuts) − spending
// (budget-year-run.ts), and surplus − deficit is that result less the savings target.
// In-year cuts (neddragningar) are not money moving but money not spent; they show in the areas' spending
// and in the table beside the chart. Pure.
import type { Model } from '@/domain/model-schema';
import type { YearResult } from '@/simulation/run-year';
import { savingsTargetByMonth, yearEndSavingsTarget } from './savings-target';

export type FlowKind = 'frame' | 'appropriation' | 'reserve' | 'reallocation' | 'frameCut' | 'savingsTarget' | 'spending' | 'surplus' | 'deficit';
export type FlowNodeKind = 'council' | 'deficitSource' | 'holder' | 'area' | 'revenueLossSink' | 'reallocationSink' | 'surplusSink';

export interface FlowNode {
  id: string;
  kind: FlowNodeKind;
  /** 0 = where money comes from, 1 = budget holders, 2 = where it ends up. */
  column: 0 | 1 | 2;
  /** The body or service area id, when the node is one. */
  refId?: string;
}

export interface Flow {
  source: string;
  target: string;
  valueMsek: number;
  kind: FlowKind;
}

export interface FlowGraph {
  nodes: FlowNode[];
  flows: Flow[];
}

/** Flows smaller than this (a krona's rounding noise) are left out. */
export const FLOW_EPSILON_MSEK = 1e-6;

export function moneyFlowGraph(result: YearResult, model: Model): FlowGraph {
  const { holders, areas } = result.budgetYear;
  const councilId = model.bodies.find((body) => body.kind === 'council')?.id;
  const targets = savingsTargetByMonth(result);
  const nodes: FlowNode[] = [{ id: 'council', kind: 'council', column: 0, ...(councilId ? { refId: councilId } : {}) }];
  const flows: Flow[] = [];
  const add = (source: string, target: string, valueMsek: number, kind: FlowKind): void => {
    if (valueMsek > FLOW_EPSILON_MSEK) flows.push({ source, target, valueMsek, kind });
  };

  let anyDeficit = false;
  let anyRevenueLoss = false;
  let anySurplus = false;
  let anyMoved = false;
  for (const holder of holders) {
    const id = `holder:${holder.bodyId}`;
    nodes.push({ id, kind: 'holder', column: 1, refId: holder.bodyId });
    const grantedMsek = holder.grantedMsek;
    const frameCutMsek = holder.frameCutsMsek;
    const targetMsek = yearEndSavingsTarget(targets, holder.bodyId);
    const leftMsek = holder.resultMsek - targetMsek;
    add('council', id, holder.frameMsek, 'frame');
    add('council', id, grantedMsek, 'appropriation');
    add('council', id, holder.reserveMsek, 'reserve');
    add('council', id, holder.reallocatedMsek, 'reallocation');
    if (-holder.reallocatedMsek > FLOW_EPSILON_MSEK) anyMoved = true;
    add(id, 'moved', -holder.reallocatedMsek, 'reallocation');
    if (-leftMsek > FLOW_EPSILON_MSEK) {
      anyDeficit = true;
      add('deficit', id, -leftMsek, 'deficit');
    }
    for (const area of areas) if (area.holder === holder.bodyId) add(id, `area:${area.areaId}`, area.spentMsek, 'spending');
    if (frameCutMsek > FLOW_EPSILON_MSEK || targetMsek > FLOW_EPSILON_MSEK) anyRevenueLoss = true;
    add(id, 'revenueLoss', frameCutMsek, 'frameCut');
    add(id, 'revenueLoss', targetMsek, 'savingsTarget');
    if (leftMsek > FLOW_EPSILON_MSEK) {
      anySurplus = true;
      add(id, 'surplus', leftMsek, 'surplus');
    }
  }
  if (anyDeficit) nodes.splice(1, 0, { id: 'deficit', kind: 'deficitSource', column: 0 });
  for (const holder of holders) {
    for (const area of areas) {
      if (area.holder === holder.bodyId) nodes.push({ id: `area:${area.areaId}`, kind: 'area', column: 2, refId: area.areaId });
    }
  }
  if (anyRevenueLoss) nodes.push({ id: 'revenueLoss', kind: 'revenueLossSink', column: 2 });
  if (anyMoved) nodes.push({ id: 'moved', kind: 'reallocationSink', column: 2 });
  if (anySurplus) nodes.push({ id: 'surplus', kind: 'surplusSink', column: 2 });
  return { nodes, flows };
}
