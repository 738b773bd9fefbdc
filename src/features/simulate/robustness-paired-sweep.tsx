// One assumption at a time, with the paired band (DESIGN §4.5): beside the joint analysis, any one of the
// contested assumptions swept over its range while the others keep the scenario's values (or the values
// the user fixed), every organisation running the same 100 years at each value; the chart shows the
// paired difference of the chosen measure (median and 10–90 % band, up = the first does better), the
// table the shares of years each does better. Runs in the robustness workers, with progress and cancel.
import { useId, useMemo, useState } from 'react';
import type { Model } from '@/domain/model-schema';
import type { Scenario } from '@/domain/scenario-schema';
import { HEADLINE_MEASURES, type HeadlineMeasure } from '@/analysis/headline-measures';
import { pairedSweep, sweepPoints, SWEEP_YEARS } from '@/analysis/paired-sweep';
import { numericValue, type ParameterDimension, type PointValue } from '@/analysis/parameter-space';
import type { RunValues } from '@/analysis/robustness-runs';
import type { RobustnessPool } from '@/analysis/robustness-pool';
import { formatNumber } from '@/analysis/robustness-sentence';
import { useI18n } from '@/render/i18n/language';
import { SweepChart } from '@/render/sweep-chart';
import { valueLabel } from './robustness-tables';
import { usePoolJob } from './use-pool-job';

export function PairedSweep({
  models,
  scenario,
  dimensions,
  fixed,
  initial,
  measure,
  pair,
  names,
  pool,
  width,
}: {
  models: readonly Model[];
  scenario: Scenario;
  dimensions: readonly ParameterDimension[];
  fixed: Readonly<Record<string, PointValue>>;
  initial: string;
  measure: HeadlineMeasure;
  pair: readonly [number, number];
  names: readonly [string, string];
  pool: () => RobustnessPool;
  width: number;
}) {
  const i18n = useI18n();
  const { t, pick } = i18n;
  const id = useId();
  const [chosen, setChosen] = useState(initial);
  const dimension = dimensions.find((d) => d.id === chosen) ?? dimensions[0];
  const job = usePoolJob<RunValues>();
  const key = `${models.map((m) => m.id).join(',')}|${JSON.stringify(scenario)}|${dimension?.id}|${JSON.stringify(fixed)}`;
  const points = useMemo(() => (dimension ? sweepPoints(dimension, fixed) : []), [dimension, fixed]);
  const runs = job.state.status === 'done' && job.state.key === key ? job.state.result : undefined;
  const measureIndex = HEADLINE_MEASURES.findIndex((m) => m.id === measure.id);
  const rows = useMemo(
    () => (runs && measureIndex >= 0 ? pairedSweep(runs, measureIndex, measure, pair[0], pair[1]) : undefined),
    [runs, measureIndex, measure, pair],
  );
  if (dimension === undefined) return null;
  const running = job.state.status === 'running' && job.state.key === key;
  const values = points.map((p) => p[dimension.id] ?? dimension.min);
  const label = pick(dimension.label);
  return (
    <div className="paired-sweep" data-paired-sweep-status={job.state.status !== 'idle' && job.state.key === key ? job.state.status : 'idle'}>
      <h3>{t('rob.sweep.heading')}</h3>
      <p className="help">{t('rob.sweep.intro', { years: SWEEP_YEARS })}</p>
      <div className="robust-controls">
        <div className="panel-field inline-field">
          <label htmlFor={`${id}-dimension`}>{t('rob.sweep.assumption')}</label>
          <select id={`${id}-dimension`} value={dimension.id} onChange={(event) => setChosen(event.target.value)}>
            {dimensions.map((d) => (
              <option key={d.id} value={d.id}>
                {pick(d.label)}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          className="secondary-button"
          disabled={running}
          onClick={() => job.start(key, (signal, onProgress) => pool().runPoints(models, scenario, points, SWEEP_YEARS, { signal, onProgress }))}
        >
          {t('rob.sweep.run', { values: points.length, years: SWEEP_YEARS })}
        </button>
        {running && (
          <>
            <progress aria-label={t('rob.progress')} max={Math.max(1, job.state.status === 'running' ? job.state.total : 1)} value={job.state.status === 'running' ? job.state.done : 0} />
            <button type="button" className="secondary-button" onClick={job.cancel}>
              {t('mc.cancel')}
            </button>
          </>
        )}
      </div>
      {rows && (
        <SweepChart
          series={[
            {
              key: 'paired',
              points: rows.map((row, i) => ({ value: numericValue(dimension, values[i] ?? dimension.min), median: row.median, p10: row.p10, p90: row.p90 })),
            },
          ]}
          names={[t('rob.sweep.series', { first: names[0], second: names[1] })]}
          leaders={[]}
          title={t('rob.sweep.title', { measure: pick(measure.label), first: names[0], second: names[1], assumption: label })}
          description={t('rob.sweep.desc', {
            first: names[0],
            second: names[1],
            list: rows
              .map((row, i) =>
                t('rob.sweep.point', {
                  value: valueLabel(i18n, dimension, values[i] ?? dimension.min),
                  median: formatNumber(row.median, measure.digits, i18n.lang),
                  first: names[0],
                  second: names[1],
                  a: Math.round(row.shareFirst * 100),
                  b: Math.round(row.shareSecond * 100),
                }),
              )
              .join('; '),
          })}
          parameterLabel={label}
          unit={pick(measure.unit)}
          digits={measure.digits}
          width={Math.min(width, 900)}
          fileParts={['kommunmodell', 'robusthet', 'svep', dimension.id, measure.id]}
        />
      )}
    </div>
  );
}
