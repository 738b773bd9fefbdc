// The organisation charts of the chosen models: side by side when each still fits its column at a
// readable scale, otherwise one under the other at full width (a committee organisation with five nämnder
// is too wide to share a 1280 px screen with another chart and stay legible) — unless the user asks for
// them side by side anyway, shrunk, to see the shapes at a glance (zoom then reads the details).
import { useMemo, useRef } from 'react';
import { layoutOrgChart } from '@/layout/org-chart-layout';
import { useI18n } from '@/render/i18n/language';
import { OrgChart } from '@/render/org-chart';
import { ModelStatusBadge } from '@/render/status-badge';
import { useElementWidth } from '@/render/use-element-width';
import type { Model } from '@/domain/model-schema';

/** Smallest scale at which a chart is still shown beside another one. */
const MIN_SIDE_BY_SIDE_SCALE = 0.85;
const COLUMN_GAP_PX = 24;

export function ChartsSection({
  models,
  forceSideBySide,
  onForceSideBySide,
}: {
  models: readonly Model[];
  forceSideBySide: boolean;
  onForceSideBySide(value: boolean): void;
}) {
  const { t, pick, lang } = useI18n();
  const sectionRef = useRef<HTMLElement>(null);
  const width = useElementWidth(sectionRef);
  const layouts = useMemo(() => models.map((model) => layoutOrgChart(model, lang)), [models, lang]);
  const column = (width - COLUMN_GAP_PX * (models.length - 1)) / Math.max(1, models.length);
  const fits = width > 0 && layouts.every((l) => l.width * MIN_SIDE_BY_SIDE_SCALE <= column);
  const sideBySide = fits || forceSideBySide;
  return (
    <section ref={sectionRef} aria-labelledby="compare-charts-heading">
      <h2 id="compare-charts-heading">{t('compare.charts.heading')}</h2>
      <p className="help">{t('compare.charts.legend')}</p>
      {(!fits || forceSideBySide) && models.length > 1 && (
        <p className="checkbox-field">
          <input
            id="compare-charts-side"
            type="checkbox"
            checked={forceSideBySide}
            onChange={(event) => onForceSideBySide(event.target.checked)}
          />
          <label htmlFor="compare-charts-side">{t('compare.charts.sideBySide')}</label>
        </p>
      )}
      <div
        className="compare-grid"
        style={{ gridTemplateColumns: sideBySide ? `repeat(${models.length}, minmax(0, 1fr))` : 'minmax(0, 1fr)' }}
      >
        {models.map((model, i) => (
          <figure key={model.id} className="compare-column" aria-labelledby={`chart-heading-${model.id}`}>
            <h3 id={`chart-heading-${model.id}`}>
              <a href={`#/model/${model.id}`}>{pick(model.name)}</a> <ModelStatusBadge model={model} />
            </h3>
            {layouts[i] && <OrgChart layout={layouts[i]} modelName={pick(model.name)} modelId={model.id} />}
          </figure>
        ))}
      </div>
    </section>
  );
}
