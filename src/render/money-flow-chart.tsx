// Draws the money-flow (Sankey) chart of one organisation's year, laid out by
// src/layout/money-flow-layout.ts from the graph of money-flow-graph.ts: frames from KF to the budget
// holders and on to the areas as they were spent; supplementary appropriations, frame cuts and savings
// targets after a tax-forecast drop, unfunded deficits and surpluses in their own colours and dashes, each
// named in the table behind the chart.
import { useMemo } from 'react';
import type { FlowGraph, FlowKind, FlowNode } from '@/layout/money-flow-graph';
import { layoutMoneyFlow, MONEY_FLOW, type MoneyFlowLayout } from '@/layout/money-flow-layout';
import { ChartData } from './chart-data';
import { ChartFrame } from './chart-frame';
import { CsvExportButton } from './export-buttons';
import type { I18n } from './i18n/language';
import { useI18n } from './i18n/language';
import type { TableSpec } from './table-spec';
import { INK } from './chart-ink';


export const FLOW_STYLE: Record<FlowKind, { colour: string; opacity: number; dash?: string }> = {
  frame: { colour: '#6f9bc6', opacity: 0.45 },
  spending: { colour: '#6f9bc6', opacity: 0.45 },
  appropriation: { colour: '#2b6b39', opacity: 0.85 },
  reserve: { colour: '#2b6b39', opacity: 0.6, dash: '6 2' },
  reallocation: { colour: '#5a3d8a', opacity: 0.8, dash: '2 2' },
  frameCut: { colour: '#7a4b00', opacity: 0.85, dash: '4 2' },
  savingsTarget: { colour: '#7a4b00', opacity: 0.85, dash: '1 2' },
  surplus: { colour: '#1f5f9e', opacity: 0.8 },
  deficit: { colour: '#b3261e', opacity: 0.8, dash: '4 2' },
};

const NODE_FILL: Record<FlowNode['kind'], string> = {
  council: '#1b1f24',
  deficitSource: '#b3261e',
  holder: '#1f5f9e',
  area: '#4a5360',
  revenueLossSink: '#7a4b00',
  reallocationSink: '#5a3d8a',
  surplusSink: '#1f5f9e',
};

export function moneyFlowTable(layout: MoneyFlowLayout, labelOf: (id: string) => string, modelName: string, i18n: I18n): TableSpec {
  const { t, number } = i18n;
  return {
    caption: t('flow.table.caption', { model: modelName }),
    rowHeader: t('flow.table.from'),
    columns: [{ header: t('flow.table.to') }, { header: t('flow.table.kind') }, { header: `${t('flow.table.amount')} (${t('unit.msek')})`, numeric: true }],
    rows: layout.flows.map((flow) => ({
      key: flow.key,
      header: labelOf(flow.source),
      cells: [labelOf(flow.target), t(`flow.kind.${flow.kind}`), { text: number(flow.valueMsek, 1), csv: Math.round(flow.valueMsek * 100) / 100 }],
    })),
  };
}

export function MoneyFlowChart({
  graph,
  labelOf,
  width,
  modelName,
  modelId,
}: {
  graph: FlowGraph;
  /** A node's name (a body, an area, or one of the fixed source and sink nodes). */
  labelOf: (node: FlowNode) => string;
  width: number;
  modelName: string;
  modelId: string;
}) {
  const i18n = useI18n();
  const { t, number } = i18n;
  const layout = useMemo(
    () =>
      layoutMoneyFlow({
        graph,
        width,
        plotHeight: 340,
        text: (node) => {
          const value = graph.flows.reduce(
            (sum, f) => sum + (f.target === node.id ? f.valueMsek : 0),
            0,
          );
          const out = graph.flows.reduce((sum, f) => sum + (f.source === node.id ? f.valueMsek : 0), 0);
          return { label: labelOf(node), value: t('flow.value', { amount: number(Math.max(value, out), 1) }) };
        },
      }),
    [graph, width, labelOf, t, number],
  );
  const nodeLabel = useMemo(() => {
    const byId = new Map(graph.nodes.map((node) => [node.id, labelOf(node)]));
    return (id: string) => byId.get(id) ?? id;
  }, [graph, labelOf]);
  const table = useMemo(() => moneyFlowTable(layout, nodeLabel, modelName, i18n), [layout, nodeLabel, modelName, i18n]);
  const title = t('flow.title', { model: modelName });
  const widened = layout.flows.some((flow) => flow.widened);
  const kinds = [...new Set(layout.flows.map((flow) => flow.kind))].filter((kind) => kind !== 'spending');
  const description = [
    t('flow.desc.intro', { model: modelName }),
    ...layout.flows
      .filter((flow) => flow.kind !== 'spending' && flow.kind !== 'frame')
      .map((flow) => t('flow.desc.flow', { from: nodeLabel(flow.source), to: nodeLabel(flow.target), kind: t(`flow.kind.${flow.kind}`), amount: number(flow.valueMsek, 1) })),
    widened ? t('flow.widened', { min: MONEY_FLOW.minFlowWidth }) : '',
  ].join(' ');
  return (
    <>
      <ChartFrame
        width={layout.width}
        height={layout.height + 24}
        title={title}
        description={description}
        name={title}
        fileParts={['kommunmodell', modelId, 'pengarnas-vag']}
        toolbar={<CsvExportButton table={table} name={table.caption} fileParts={['kommunmodell', modelId, 'pengarnas-vag']} />}
      >
        <g fill="none">
          {layout.flows.map((flow) => {
            const style = FLOW_STYLE[flow.kind];
            return (
              <path key={flow.key} d={flow.path} stroke={style.colour} strokeOpacity={style.opacity} strokeWidth={flow.width} strokeDasharray={style.dash}>
                <title>{`${nodeLabel(flow.source)} → ${nodeLabel(flow.target)}: ${t(`flow.kind.${flow.kind}`)} ${number(flow.valueMsek, 1)} ${t('unit.msek')}`}</title>
              </path>
            );
          })}
        </g>
        {layout.nodes.map((node) => (
          <g key={node.id}>
            <rect x={node.x} y={node.y} width={node.width} height={node.height} fill={NODE_FILL[node.kind]} />
            <text x={node.labelX} y={node.labelBaseline} textAnchor={node.labelAnchor} fontSize={MONEY_FLOW.font} fill={INK} stroke="#ffffff" strokeWidth={3} paintOrder="stroke">
              {node.labelLines.map((line, i) => (
                <tspan key={i} x={node.labelX} y={node.labelBaseline + i * MONEY_FLOW.line} fontWeight={600}>
                  {line}
                </tspan>
              ))}
              <tspan x={node.labelX} y={node.labelBaseline + node.labelLines.length * MONEY_FLOW.line}>
                {node.valueText}
              </tspan>
            </text>
          </g>
        ))}
        <g fontSize={MONEY_FLOW.font} fill={INK}>
          {kinds.map((kind, i) => {
            const style = FLOW_STYLE[kind];
            const x = MONEY_FLOW.margin + i * 170;
            const y = layout.height + 10;
            return (
              <g key={kind}>
                <line x1={x} x2={x + 26} y1={y} y2={y} stroke={style.colour} strokeOpacity={Math.max(0.6, style.opacity)} strokeWidth={6} strokeDasharray={style.dash} />
                <text x={x + 32} y={y + 4}>
                  {t(`flow.kind.${kind}`)}
                </text>
              </g>
            );
          })}
        </g>
      </ChartFrame>
      {widened && <p className="help">{t('flow.widened', { min: MONEY_FLOW.minFlowWidth })}</p>}
      <ChartData table={table} />
    </>
  );
}
