// Where the money went in each organisation's example year (the Sankey of src/render/money-flow-chart.tsx),
// with the in-year cuts (neddragningar) per area in words, since cuts are money not spent rather than a flow.
import { memo, useCallback, useMemo } from 'react';
import type { Model } from '@/domain/model-schema';
import { moneyFlowGraph, type FlowNode } from '@/layout/money-flow-graph';
import type { YearResult } from '@/simulation/run-year';
import type { I18n } from '@/render/i18n/language';
import { useI18n } from '@/render/i18n/language';
import { MoneyFlowChart } from '@/render/money-flow-chart';

function nodeLabel(model: Model, node: FlowNode, i18n: I18n): string {
  const { t, pick } = i18n;
  switch (node.kind) {
    case 'council':
      return t('flow.node.council');
    case 'deficitSource':
      return t('flow.node.deficit');
    case 'revenueLossSink':
      return t('flow.node.revenueLoss');
    case 'surplusSink':
      return t('flow.node.surplus');
    case 'reallocationSink':
      return t('flow.node.moved');
    case 'holder': {
      const body = model.bodies.find((b) => b.id === node.refId);
      return body ? pick(body.name) : (node.refId ?? node.id);
    }
    case 'area': {
      const area = model.serviceAreas.find((a) => a.id === node.refId);
      return area ? pick(area.name) : (node.refId ?? node.id);
    }
  }
}

function ModelFlow({ model, result, width }: { model: Model; result: YearResult; width: number }) {
  const i18n = useI18n();
  const { t, pick, number } = i18n;
  const graph = useMemo(() => moneyFlowGraph(result, model), [result, model]);
  const labelOf = useCallback((node: FlowNode) => nodeLabel(model, node, i18n), [model, i18n]);
  const cuts = result.budgetYear.areas.filter((a) => a.cutsMsek > 0.05);
  return (
    <figure className="simulate-figure">
      <figcaption className="figure-heading">{pick(model.name)}</figcaption>
      <MoneyFlowChart graph={graph} labelOf={labelOf} width={width} modelName={pick(model.name)} modelId={model.id} />
      <p className="help">
        {cuts.length === 0
          ? t('flow.cuts.none')
          : t('flow.cuts.list', {
              list: cuts
                .map((a) => `${pick(model.serviceAreas.find((s) => s.id === a.areaId)?.name ?? { sv: a.areaId, en: a.areaId })} ${number(a.cutsMsek, 1)}`)
                .join(', '),
              total: number(cuts.reduce((sum, a) => sum + a.cutsMsek, 0), 1),
            })}
      </p>
    </figure>
  );
}

function MoneyFlowSectionView({
  models,
  results,
  width,
}: {
  models: readonly Model[];
  results: readonly YearResult[];
  width: number;
}) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="simulate-flow-heading" className="simulate-section">
      <h2 id="simulate-flow-heading">{t('simulate.flow.heading')}</h2>
      <p className="section-intro">{t('simulate.flow.intro')}</p>
      {models.map((model, i) => (results[i] ? <ModelFlow key={model.id} model={model} result={results[i]} width={Math.min(width, 980)} /> : null))}
    </section>
  );
}

export const MoneyFlowSection = memo(MoneyFlowSectionView);
