// A Sankey diagram of a flow graph (money-flow-graph.ts), as positioned plain data for
// src/render/money-flow-chart.tsx. d3-sankey is not among the project's packages, so this is a small
// column layout of our own, documented here:
// - nodes sit in the columns the graph gives them (0 left, 1 middle, 2 right), in the graph's order;
// - one scale for the whole chart: px per MSEK chosen so the column with the most money fills the plot
//   height; a flow is drawn as wide as its money, but never narrower than `minFlowWidth` px, so a
//   supplementary appropriation of 2 MSEK beside frames of 300 MSEK can still be seen (its label and the
//   table give the amount — the chart's description says widths below the minimum are widened);
// - a node is as tall as the larger of its drawn inflows and outflows; each node gets room for its label;
// - a node's outflows leave it top-down in the order of their targets, its inflows arrive in the order of
//   their sources, so flows do not cross at the nodes;
// - a flow is a d3-shape `linkHorizontal` (a cubic "bump" curve) between the middles of its two ends,
//   stroked as wide as the flow.
// Pure and deterministic; coordinates rounded to 0.1 px.
import { linkHorizontal } from 'd3-shape';
import type { Flow, FlowGraph, FlowKind, FlowNode } from './money-flow-graph';
import { charsThatFit, wrapText } from './text-wrap';

export const MONEY_FLOW = {
  margin: 10,
  nodeWidth: 14,
  nodeGap: 10,
  minFlowWidth: 2,
  font: 12,
  line: 15,
  leftLabelWidth: 120,
  rightLabelWidth: 220,
  middleLabelWidth: 150,
} as const;

export interface FlowNodeText {
  label: string;
  /** The amount, already formatted, e.g. "288,3 mnkr". */
  value: string;
}

export interface MoneyFlowInput {
  graph: FlowGraph;
  text: (node: FlowNode) => FlowNodeText;
  width: number;
  /** Height the biggest column's money fills. */
  plotHeight: number;
}

export interface PlacedFlowNode {
  id: string;
  kind: FlowNode['kind'];
  column: number;
  x: number;
  y: number;
  width: number;
  height: number;
  inMsek: number;
  outMsek: number;
  labelLines: string[];
  valueText: string;
  labelX: number;
  labelBaseline: number;
  labelAnchor: 'start' | 'end';
}

export interface PlacedFlow {
  key: string;
  source: string;
  target: string;
  kind: FlowKind;
  valueMsek: number;
  /** Drawn width (≥ minFlowWidth). */
  width: number;
  /** True when drawn wider than its money because of the minimum width. */
  widened: boolean;
  path: string;
  /** Middle of the flow's two ends. */
  sourceY: number;
  targetY: number;
}

export interface MoneyFlowLayout {
  width: number;
  height: number;
  pxPerMsek: number;
  nodes: PlacedFlowNode[];
  flows: PlacedFlow[];
}

const round = (value: number): number => Math.round(value * 10) / 10;

export function layoutMoneyFlow(input: MoneyFlowInput): MoneyFlowLayout {
  const M = MONEY_FLOW;
  const { nodes, flows } = input.graph;
  const width = Math.max(420, input.width);
  const columnX = [
    M.margin + M.leftLabelWidth,
    (M.margin + M.leftLabelWidth + width - M.margin - M.rightLabelWidth - M.nodeWidth) / 2,
    width - M.margin - M.rightLabelWidth - M.nodeWidth,
  ];
  const inOf = new Map<string, number>();
  const outOf = new Map<string, number>();
  for (const flow of flows) {
    outOf.set(flow.source, (outOf.get(flow.source) ?? 0) + flow.valueMsek);
    inOf.set(flow.target, (inOf.get(flow.target) ?? 0) + flow.valueMsek);
  }
  const valueOf = (id: string): number => Math.max(inOf.get(id) ?? 0, outOf.get(id) ?? 0);
  const columns: FlowNode[][] = [[], [], []];
  for (const node of nodes) columns[node.column]?.push(node);
  const largestColumn = Math.max(1e-9, ...columns.map((column) => column.reduce((sum, n) => sum + valueOf(n.id), 0)));
  const pxPerMsek = Math.max(0, input.plotHeight) / largestColumn;
  const drawnWidth = (flow: Flow): number => Math.max(M.minFlowWidth, flow.valueMsek * pxPerMsek);

  const labelChars = (column: number): number =>
    charsThatFit((column === 0 ? M.leftLabelWidth : column === 1 ? M.middleLabelWidth : M.rightLabelWidth) - 8, M.font);
  const placed = new Map<string, PlacedFlowNode>();
  let height = 0;
  columns.forEach((column, c) => {
    let cursor = M.margin;
    for (const node of column) {
      const drawnIn = flows.filter((f) => f.target === node.id).reduce((sum, f) => sum + drawnWidth(f), 0);
      const drawnOut = flows.filter((f) => f.source === node.id).reduce((sum, f) => sum + drawnWidth(f), 0);
      const nodeHeight = Math.max(M.minFlowWidth, drawnIn, drawnOut);
      const text = input.text(node);
      const labelLines = wrapText(text.label, labelChars(c), 2);
      const labelHeight = (labelLines.length + 1) * M.line;
      const x = columnX[c] ?? 0;
      placed.set(node.id, {
        id: node.id,
        kind: node.kind,
        column: c,
        x: round(x),
        y: round(cursor),
        width: M.nodeWidth,
        height: round(nodeHeight),
        inMsek: inOf.get(node.id) ?? 0,
        outMsek: outOf.get(node.id) ?? 0,
        labelLines,
        valueText: text.value,
        labelX: round(c === 0 ? x - 6 : x + M.nodeWidth + 6),
        labelBaseline: round(cursor + M.font),
        labelAnchor: c === 0 ? 'end' : 'start',
      });
      cursor += Math.max(nodeHeight, labelHeight) + M.nodeGap;
    }
    height = Math.max(height, cursor - M.nodeGap + M.margin);
  });

  const order = new Map(nodes.map((node, i) => [node.id, i]));
  const outCursor = new Map<string, number>();
  const inCursor = new Map<string, number>();
  const link = linkHorizontal<{ source: [number, number]; target: [number, number] }, [number, number]>();
  const sorted = [...flows].sort(
    (a, b) => (order.get(a.source) ?? 0) - (order.get(b.source) ?? 0) || (order.get(a.target) ?? 0) - (order.get(b.target) ?? 0),
  );
  const placedFlows: PlacedFlow[] = [];
  for (const flow of sorted) {
    const source = placed.get(flow.source);
    const target = placed.get(flow.target);
    if (source === undefined || target === undefined) continue;
    const w = drawnWidth(flow);
    const sourceTop = outCursor.get(flow.source) ?? source.y;
    outCursor.set(flow.source, sourceTop + w);
    placedFlows.push({
      key: `${flow.kind}:${flow.source}:${flow.target}`,
      source: flow.source,
      target: flow.target,
      kind: flow.kind,
      valueMsek: flow.valueMsek,
      width: round(w),
      widened: flow.valueMsek * pxPerMsek < M.minFlowWidth,
      path: '',
      sourceY: round(sourceTop + w / 2),
      targetY: 0,
    });
  }
  // Inflows arrive in the order of their sources' positions.
  const bySourcePosition = [...placedFlows].sort(
    (a, b) =>
      (placed.get(a.source)?.column ?? 0) - (placed.get(b.source)?.column ?? 0) ||
      (placed.get(a.source)?.y ?? 0) - (placed.get(b.source)?.y ?? 0) ||
      a.sourceY - b.sourceY,
  );
  for (const flow of bySourcePosition) {
    const target = placed.get(flow.target);
    const source = placed.get(flow.source);
    if (target === undefined || source === undefined) continue;
    const top = inCursor.get(flow.target) ?? target.y;
    inCursor.set(flow.target, top + flow.width);
    flow.targetY = round(top + flow.width / 2);
    flow.path = link({ source: [round(source.x + source.width), flow.sourceY], target: [round(target.x), flow.targetY] }) ?? '';
  }

  return { width: round(width), height: round(height), pxPerMsek, nodes: [...placed.values()], flows: placedFlows };
}
