// The year wheel of each organisation (DESIGN §6): meetings per body, the budget process's phases, the
// meetings that took a budget decision, and a needle at the month the pipes show.
import { memo, useMemo } from 'react';
import type { Model } from '@/domain/model-schema';
import { visibleUntilDay } from '@/layout/pipes-layout';
import { DEFAULT_CLOSE_LAG_DAYS } from '@/simulation/assumption-ledger';
import { yearWheelRings } from '@/layout/year-wheel-input';
import type { YearResult } from '@/simulation/run-year';
import { useI18n } from '@/render/i18n/language';
import { YearWheelChart } from '@/render/year-wheel-chart';

const MIN_WHEEL = 360;
const MAX_WHEEL = 520;

function ModelWheel({ model, result, month, width }: { model: Model; result: YearResult; month: number; width: number }) {
  const i18n = useI18n();
  const { t, pick } = i18n;
  const rings = useMemo(
    () =>
      yearWheelRings(result, model, {
        nameOf: (id) => {
          const body = model.bodies.find((b) => b.id === id);
          return body ? pick(body.name) : id;
        },
        phaseRing: (window) => t(`wheel.ring.${window}`),
      }),
    [result, model, pick, t],
  );
  return (
    <figure className="simulate-figure">
      <figcaption className="figure-heading">{pick(model.name)}</figcaption>
      <YearWheelChart rings={rings} markerDay={visibleUntilDay(month) - DEFAULT_CLOSE_LAG_DAYS} width={width} modelName={pick(model.name)} modelId={model.id} />
    </figure>
  );
}

function YearWheelSectionView({ models, results, month, width }: { models: readonly Model[]; results: readonly YearResult[]; month: number; width: number }) {
  const { t } = useI18n();
  const perRow = Math.max(1, Math.min(models.length, Math.floor(width / MIN_WHEEL)));
  const wheel = Math.min(MAX_WHEEL, Math.floor((width - (perRow - 1) * 24) / perRow));
  return (
    <section aria-labelledby="simulate-wheel-heading" className="simulate-section">
      <h2 id="simulate-wheel-heading">{t('simulate.wheel.heading')}</h2>
      <p className="section-intro">{t('simulate.wheel.intro')}</p>
      <div className="figure-grid" style={{ gridTemplateColumns: `repeat(${perRow}, minmax(0, 1fr))` }}>
        {models.map((model, i) => (results[i] ? <ModelWheel key={model.id} model={model} result={results[i]} month={month} width={wheel} /> : null))}
      </div>
    </section>
  );
}

export const YearWheelSection = memo(YearWheelSectionView);
