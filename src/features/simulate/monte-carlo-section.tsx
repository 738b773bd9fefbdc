// Many runs (DESIGN §4.5): the chosen number of seeds per organisation, run in Web Workers off the main
// thread with a progress bar and a cancel button, shown as distributions — a median with its 10–90 % band
// for every output, bands side by side, and a histogram of one output — never as one number.
import { memo, useId, useMemo, useState } from 'react';
import type { Model } from '@/domain/model-schema';
import { metricValues, type ModelSummary } from '@/simulation/monte-carlo';
import type { PoolMonteCarloResult } from '@/simulation/simulation-pool';
import { DataTable } from '@/render/data-table';
import { CsvExportButton } from '@/render/export-buttons';
import { HistogramChart } from '@/render/histogram-chart';
import type { I18n } from '@/i18n/language';
import { useI18n } from '@/i18n/language';
import { IntervalBandsChart } from '@/render/interval-bands-chart';
import type { TableSpec } from '@/render/table-spec';
import { OUTPUTS, outputOf, shownValue, type OutputMetric } from './outputs';
import type { JobState } from './use-pool-job';

/** The outputs drawn as bands (all of OUTPUTS are in the table). */
const BAND_OUTPUTS = [
  'budgetYear.resultMsek',
  'budgetYear.trappedSurplusMsek',
  'budgetYear.daysToCoverMedian',
  'frameSetting.allocativeLossMsek',
  'matters.leadTimeMedianDays',
  'executiveBoard.mattersPerMeeting',
] as const;

export function outputLabel(i18n: I18n, output: OutputMetric): string {
  return `${i18n.t(`output.${output.key}`)} (${i18n.t(`output.unit.${output.unit}`)})`;
}

function distributionTable(models: readonly Model[], summaries: readonly ModelSummary[], i18n: I18n): TableSpec {
  const { t, pick, number } = i18n;
  return {
    caption: t('mc.table.caption'),
    rowHeader: t('mc.table.output'),
    columns: models.map((m) => ({ header: pick(m.name), numeric: true })),
    rows: OUTPUTS.map((output) => ({
      key: output.key,
      header: outputLabel(i18n, output),
      cells: models.map((model) => {
        const s = summaries.find((x) => x.modelId === model.id)?.metrics[output.key];
        if (s === undefined) return { text: '–', csv: null };
        const f = (v: number) => number(shownValue(output, v), output.digits);
        return { text: t('mc.cell', { median: f(s.median), p10: f(s.p10), p90: f(s.p90) }), csv: shownValue(output, s.median) };
      }),
    })),
  };
}

function distributionCsv(models: readonly Model[], summaries: readonly ModelSummary[], i18n: I18n) {
  const { t, pick } = i18n;
  const header = [t('mc.table.output'), t('mc.csv.model'), t('mc.csv.median'), t('mc.csv.p10'), t('mc.csv.p90')];
  const rows = OUTPUTS.flatMap((output) =>
    models.map((model) => {
      const s = summaries.find((x) => x.modelId === model.id)?.metrics[output.key];
      const r = (v: number | undefined) => (v === undefined ? null : Math.round(shownValue(output, v) * 1000) / 1000);
      return [outputLabel(i18n, output), pick(model.name), r(s?.median), r(s?.p10), r(s?.p90)];
    }),
  );
  return [header, ...rows];
}

function Results({ models, result, width }: { models: readonly Model[]; result: PoolMonteCarloResult; width: number }) {
  const i18n = useI18n();
  const { t, pick } = i18n;
  const selectId = useId();
  const [histogramKey, setHistogramKey] = useState<(typeof OUTPUTS)[number]['key']>('budgetYear.trappedSurplusMsek');
  const table = useMemo(() => distributionTable(models, result.summaries, i18n), [models, result, i18n]);
  const csv = useMemo(() => distributionCsv(models, result.summaries, i18n), [models, result, i18n]);
  const groups = useMemo(
    () =>
      BAND_OUTPUTS.flatMap((key) => {
        const output = outputOf(key);
        if (output === undefined) return [];
        return [
          {
            key,
            label: outputLabel(i18n, output),
            rows: models.map((model) => {
              const s = result.summaries.find((x) => x.modelId === model.id)?.metrics[key] ?? { median: 0, p10: 0, p90: 0 };
              return { key: model.id, label: pick(model.name), summary: s };
            }),
          },
        ];
      }),
    [models, result, i18n, pick],
  );
  const histogramOutput = outputOf(histogramKey) ?? OUTPUTS[0];
  const series = useMemo(
    () =>
      models.map((model) => ({
        key: model.id,
        label: pick(model.name),
        values: histogramOutput ? metricValues(result.blocks, model.id, histogramOutput.key).map((v) => shownValue(histogramOutput, v)) : [],
      })),
    [models, result, histogramOutput, pick],
  );
  return (
    <>
      <div className="section-heading">
        <h3>{t('mc.table.heading')}</h3>
        <CsvExportButton table={table} csv={csv} name={table.caption} fileParts={['kommunmodell', 'simulering', 'fordelningar']} />
      </div>
      <DataTable table={table} className="compare-table" />
      <h3>{t('mc.bands.heading')}</h3>
      <IntervalBandsChart
        groups={groups}
        digitsOf={(key) => outputOf(key as (typeof OUTPUTS)[number]['key'])?.digits ?? 1}
        title={t('mc.bands.title')}
        width={Math.min(width, 900)}
        fileParts={['kommunmodell', 'simulering', 'medianer-och-band']}
      />
      <h3>{t('mc.hist.heading')}</h3>
      <div className="panel-field inline-field">
        <label htmlFor={selectId}>{t('mc.hist.metric')}</label>
        <select id={selectId} value={histogramKey} onChange={(event) => setHistogramKey(event.target.value as typeof histogramKey)}>
          {OUTPUTS.map((output) => (
            <option key={output.key} value={output.key}>
              {outputLabel(i18n, output)}
            </option>
          ))}
        </select>
      </div>
      {histogramOutput && (
        <HistogramChart
          series={series}
          title={t('mc.hist.title', { output: outputLabel(i18n, histogramOutput) })}
          unit={t(`output.unit.${histogramOutput.unit}`)}
          digits={histogramOutput.digits}
          width={Math.min(width, 900)}
          fileParts={['kommunmodell', 'simulering', 'histogram', histogramOutput.key]}
        />
      )}
    </>
  );
}

function MonteCarloSectionView({
  models,
  runs,
  job,
  current,
  width,
  onRun,
  onCancel,
  onRuns,
}: {
  models: readonly Model[];
  runs: number;
  job: JobState<PoolMonteCarloResult>;
  /** The job belongs to the models, scenario and runs shown now. */
  current: boolean;
  width: number;
  onRun(): void;
  onCancel(): void;
  onRuns(runs: number): void;
}) {
  const { t, number, pick } = useI18n();
  const status = runs <= 1 ? 'single' : current ? job.status : 'waiting';
  return (
    <section
      aria-labelledby="simulate-mc-heading"
      className="simulate-section"
      data-mc-status={status}
      data-mc-ms={job.status === 'done' && current ? Math.round(job.milliseconds) : undefined}
    >
      <h2 id="simulate-mc-heading">{t('simulate.mc.heading')}</h2>
      <p className="section-intro">{t('simulate.mc.intro')}</p>
      {runs <= 1 ? (
        <p>
          {t('mc.single')}{' '}
          <button type="button" className="primary-button" onClick={() => onRuns(1000)}>
            {t('mc.runThousand')}
          </button>
        </p>
      ) : (
        <>
          {(status === 'waiting' || status === 'idle') && <p role="status">{t('mc.starting', { runs: number(runs) })}</p>}
          {job.status === 'running' && current && (
            <div className="mc-progress">
              <label htmlFor="mc-progress">{t('mc.progress', { runs: number(runs), models: models.map((m) => pick(m.name)).join(', ') })}</label>
              <progress id="mc-progress" max={Math.max(1, job.total)} value={job.done}>
                {job.total > 0 ? `${Math.round((100 * job.done) / job.total)} %` : ''}
              </progress>
              <span className="mc-count" aria-hidden="true">
                {job.total > 0 ? `${number(job.done)} / ${number(job.total)}` : ''}
              </span>
              <button type="button" className="secondary-button" onClick={onCancel}>
                {t('mc.cancel')}
              </button>
            </div>
          )}
          {job.status === 'cancelled' && current && (
            <p role="status" className="notice">
              {t('mc.cancelled')}{' '}
              <button type="button" className="primary-button" onClick={onRun}>
                {t('mc.rerun')}
              </button>
            </p>
          )}
          {job.status === 'failed' && current && (
            <div role="alert" className="error-panel">
              <p>{t('mc.failed', { message: pick(job.message) })}</p>
              <button type="button" className="primary-button" onClick={onRun}>
                {t('mc.rerun')}
              </button>
            </div>
          )}
          {job.status === 'done' && current && (
            <>
              <p role="status">{t('mc.done', { runs: number(runs), seconds: number(job.milliseconds / 1000, 1) })}</p>
              <Results models={models} result={job.result} width={width} />
            </>
          )}
        </>
      )}
    </section>
  );
}

export const MonteCarloSection = memo(MonteCarloSectionView);
