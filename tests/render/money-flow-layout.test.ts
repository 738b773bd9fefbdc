// The money-flow (Sankey) graph and layout (src/layout/money-flow-graph.ts, money-flow-layout.ts) on fixed
// simulated years: money is conserved at every budget holder (frame + granted appropriations + unfunded
// deficit = spending + frame cuts + surplus), what KF hands out equals the frames and appropriations of the
// year, each area receives exactly what it spent, and the drawn flows stack at their nodes without gaps.
import { describe, expect, it } from 'vitest';
import { moneyFlowGraph, type FlowGraph } from '@/layout/money-flow-graph';
import { layoutMoneyFlow, MONEY_FLOW } from '@/layout/money-flow-layout';
import type { Model } from '@/domain/model-schema';
import type { Shock } from '@/domain/scenario-schema';
import type { YearResult } from '@/simulation/run-year';
import { shippedScenario, simulatedYear } from './simulated-year-fixture';

const years = [
  { ...simulatedYear('ange-today', 'ifo-shock'), shocks: shippedScenario('ifo-shock').shocks },
  { ...simulatedYear('ange-a', 'ifo-shock'), shocks: shippedScenario('ifo-shock').shocks },
  { ...simulatedYear('ange-today', 'tax-drop'), shocks: shippedScenario('tax-drop').shocks },
  { ...simulatedYear('ange-a', 'tax-drop', 7), shocks: shippedScenario('tax-drop').shocks },
];

function sums(graph: FlowGraph) {
  const inflow = new Map<string, number>();
  const outflow = new Map<string, number>();
  for (const flow of graph.flows) {
    outflow.set(flow.source, (outflow.get(flow.source) ?? 0) + flow.valueMsek);
    inflow.set(flow.target, (inflow.get(flow.target) ?? 0) + flow.valueMsek);
  }
  return { inflow, outflow };
}

const graphOf = (year: { result: YearResult; model: Model; shocks: readonly Shock[] }) => moneyFlowGraph(year.result, year.model);

describe('money flow graph', () => {
  it('conserves money at every budget holder: inflow = outflow', () => {
    for (const year of years) {
      const graph = graphOf(year);
      const { inflow, outflow } = sums(graph);
      for (const node of graph.nodes.filter((n) => n.kind === 'holder')) {
        expect(inflow.get(node.id) ?? 0).toBeCloseTo(outflow.get(node.id) ?? 0, 9);
      }
      // What leaves the sources equals what reaches the sinks.
      const sourceOut = graph.nodes.filter((n) => n.column === 0).reduce((s, n) => s + (outflow.get(n.id) ?? 0), 0);
      const sinkIn = graph.nodes.filter((n) => n.column === 2).reduce((s, n) => s + (inflow.get(n.id) ?? 0), 0);
      expect(sourceOut).toBeCloseTo(sinkIn, 9);
    }
  });

  it('sends the frames and granted appropriations from KF, and each area exactly what it spent', () => {
    for (const year of years) {
      const { result } = year;
      const graph = graphOf(year);
      const fromCouncil = (kind: string) =>
        graph.flows.filter((f) => f.source === 'council' && f.kind === kind).reduce((s, f) => s + f.valueMsek, 0);
      expect(fromCouncil('frame')).toBeCloseTo(result.budgetYear.framesMsek, 9);
      const granted = result.budgetYear.deviations.reduce((s, d) => s + d.appropriationMsek, 0);
      expect(fromCouncil('appropriation')).toBeCloseTo(granted, 9);
      expect(fromCouncil('appropriation')).toBeCloseTo(result.budgetYear.supplementaryAppropriations.totalMsek, 9);
      const { inflow } = sums(graph);
      for (const area of result.budgetYear.areas) expect(inflow.get(`area:${area.areaId}`) ?? 0).toBeCloseTo(area.spentMsek, 9);
    }
  });

  it('shows a tax-forecast drop as the committees’ frame cuts and KS’s savings target, and leaves the municipality’s result', () => {
    const year = years[2];
    if (year === undefined) throw new Error('no year');
    const { result } = year;
    const cuts = graphOf(year).flows.filter((f) => f.kind === 'frameCut');
    expect(cuts.length).toBeGreaterThan(0);
    // KF's frame cuts are the committees' grants, reserve grants and frames moved, less what they ended with.
    const expected = result.budgetYear.holders
      .filter((h) => h.rules === 'silo')
      .reduce((s, h) => s + h.grantedMsek + h.reserveMsek + h.reallocatedMsek - h.appropriationsMsek, 0);
    expect(cuts.reduce((s, f) => s + f.valueMsek, 0)).toBeCloseTo(expected, 9);
    expect(cuts.every((f) => f.source.startsWith('holder:') && f.target === 'revenueLoss')).toBe(true);
    // KS holds its frames itself: it sets a savings target of its share of the 2 % drop.
    const ks = result.budgetYear.holders.find((h) => h.bodyId === 'ks');
    const target = graphOf(year).flows.find((f) => f.kind === 'savingsTarget' && f.source === 'holder:ks');
    expect(target?.valueMsek).toBeCloseTo(0.02 * result.budgetYear.revenueMsek * ((ks?.frameMsek ?? 0) / result.budgetYear.framesMsek), 9);
    // Where KS holds everything, what is left over (surplus − unfunded deficit), less the appropriations KF
    // and the reserve granted out of the municipality's own pocket, plus the reserve never granted, is the
    // municipality's result against the lower revenue.
    for (const single of [years[1], years[3]]) {
      if (single === undefined) continue;
      const flows = graphOf(single).flows;
      const total = (kind: string) => flows.filter((f) => f.kind === kind).reduce((s, f) => s + f.valueMsek, 0);
      const unused = single.result.budgetYear.reserve.startMsek - single.result.budgetYear.reserve.grantedMsek;
      expect(total('surplus') - total('deficit') - total('appropriation') - total('reserve') + unused).toBeCloseTo(
        single.result.budgetYear.resultMsek,
        9,
      );
    }
  });
});

describe('money flow layout', () => {
  it('stacks each node’s drawn flows edge to edge and draws every flow at least the minimum width', () => {
    for (const year of years) {
      const graph = graphOf(year);
      const layout = layoutMoneyFlow({ graph, text: (n) => ({ label: n.id, value: '' }), width: 900, plotHeight: 360 });
      expect(layout.flows).toHaveLength(graph.flows.length);
      for (const node of layout.nodes) {
        const outs = layout.flows.filter((f) => f.source === node.id);
        const ins = layout.flows.filter((f) => f.target === node.id);
        const outWidth = outs.reduce((s, f) => s + f.width, 0);
        const inWidth = ins.reduce((s, f) => s + f.width, 0);
        expect(node.height).toBeGreaterThanOrEqual(Math.max(outWidth, inWidth) - 0.5);
        // Outflows leave from the node's top down without gaps: the first starts at the node's top.
        const firstOut = outs.reduce((min, f) => Math.min(min, f.sourceY - f.width / 2), Infinity);
        if (outs.length > 0) expect(firstOut).toBeCloseTo(node.y, 0);
        const firstIn = ins.reduce((min, f) => Math.min(min, f.targetY - f.width / 2), Infinity);
        if (ins.length > 0) expect(firstIn).toBeCloseTo(node.y, 0);
      }
      for (const flow of layout.flows) {
        expect(flow.width).toBeGreaterThanOrEqual(MONEY_FLOW.minFlowWidth);
        expect(flow.widened).toBe(flow.valueMsek * layout.pxPerMsek < MONEY_FLOW.minFlowWidth);
        if (!flow.widened) expect(flow.width).toBeCloseTo(flow.valueMsek * layout.pxPerMsek, 0);
        expect(flow.path.startsWith('M')).toBe(true);
      }
      // Nodes of one column never overlap.
      for (const column of [0, 1, 2]) {
        const nodes = layout.nodes.filter((n) => n.column === column).sort((a, b) => a.y - b.y);
        for (let i = 1; i < nodes.length; i++) expect(nodes[i]?.y).toBeGreaterThanOrEqual((nodes[i - 1]?.y ?? 0) + (nodes[i - 1]?.height ?? 0));
      }
    }
  });
});
