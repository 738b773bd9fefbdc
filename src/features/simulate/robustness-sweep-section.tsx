// Robustness (DESIGN §9): one contested assumption — κ, ω, the size of the shocks or the volatility —
// swept over its whole range, every organisation run with the same seeds at each value (common random
// numbers, monte-carlo.ts `sweep`), in Web Workers. For each output with a better direction it says in
// words for which values each organisation comes out ahead (robustness.ts), draws the chosen output
// against the assumption with a strip of the leader at each value, and tabulates every verdict.
import { memo, useId, useMemo, useState } from 'react';
import type { Model } from '@/domain/model-schema';
import type { Scenario } from '@/domain/scenario-schema';
import { sweepSetting, sweepSeries, SWEEP_PARAMETERS, type SweepParameter, type SweepPoint } from '@/simulation/monte-carlo';
import { ledgerKey, ledgerParameter, settingOf } from '@/simulation/assumption-ledger';
import type { MessageKey } from '@/render/i18n/messages';
import { ledgerValueText } from '@/render/ledger-value';
import type { SimulationPool } from '@/simulation/simulation-pool';
import { DataTable } from '@/render/data-table';
import { CsvExportButton } from '@/render/export-buttons';
import type { I18n } from '@/render/i18n/language';
import { useI18n } from '@/render/i18n/language';
import { SweepChart } from '@/render/sweep-chart';
import type { TableSpec } from '@/render/table-spec';
import { outputLabel } from './monte-carlo-section';
import { JUDGED_OUTPUTS, outputOf, shownValue, type OutputMetric } from './outputs';
import { leaderRanges, leadersAlong, SWEEP_RUNS, SWEEP_VALUES } from './robustness-sweep';
import { usePoolJob } from './use-pool-job';

export function parameterValue(i18n: I18n, parameter: SweepParameter, value: number): string {
  if (parameter === 'kappa' || parameter === 'omega' || parameter === 'omegaInYear') return i18n.number(value, 1);
  if (parameter === 'shockScale' || parameter === 'volatilityScale') return `× ${i18n.number(value, 2)}`;
  const entry = ledgerParameter(parameter);
  return entry === undefined ? i18n.number(value, 2) : ledgerValueText(i18n, entry, sweepSetting(parameter, value));
}

const LEGACY = ['kappa', 'omega', 'shockScale', 'volatilityScale'] as const;
const isLegacy = (parameter: SweepParameter): parameter is (typeof LEGACY)[number] => (LEGACY as readonly string[]).includes(parameter);

/** A parameter's short name: its own words for κ, ω, shocks and volatility, else the ledger's label. */
export function parameterName(i18n: I18n, parameter: SweepParameter): string {
  return isLegacy(parameter) ? i18n.t(`robust.param.${parameter}.short`) : i18n.t(ledgerKey(parameter, 'label') as MessageKey);
}

/** A parameter's long name for the control and the chart's axis. */
function parameterLongName(i18n: I18n, parameter: SweepParameter): string {
  return isLegacy(parameter) ? i18n.t(`robust.param.${parameter}`) : i18n.t(ledgerKey(parameter, 'label') as MessageKey);
}

function currentValue(scenario: Scenario, parameter: SweepParameter): number {
  const value = settingOf(scenario, parameter);
  const entry = ledgerParameter(parameter);
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string') return Math.max(0, entry?.choices?.indexOf(value) ?? 0);
  return typeof value === 'number' ? value : 1;
}

function verdicts(points: readonly SweepPoint[], models: readonly Model[], parameter: SweepParameter, i18n: I18n): { output: OutputMetric; leaders: (number[] | undefined)[]; sentence: string }[] {
  const { t, pick } = i18n;
  const ids = models.map((m) => m.id);
  const values = points.map((p) => p.value);
  const param = parameterName(i18n, parameter);
  return JUDGED_OUTPUTS.map((output) => {
    const leaders = leadersAlong(points, ids, output);
    const ranges = leaderRanges(values, leaders);
    const metric = t(`output.${output.key}`);
    const better = t(`robust.better.${output.better ?? 'lower'}`);
    const name = (leader: number[] | undefined) =>
      (leader ?? []).map((i) => pick(models[i]?.name ?? { sv: '', en: '' })).join(t('robust.and'));
    const span = (from: number, to: number) =>
      from === to ? parameterValue(i18n, parameter, from) : `${parameterValue(i18n, parameter, from)}–${parameterValue(i18n, parameter, to)}`;
    let sentence: string;
    const only = ranges[0];
    if (ranges.length === 1 && only !== undefined) {
      sentence =
        only.leader === undefined
          ? t('robust.sentence.tie', { metric, better, parameter: param })
          : t('robust.sentence.all', { metric, better, model: name(only.leader), parameter: param, range: span(only.from, only.to) });
    } else {
      const parts = ranges.map((r) =>
        r.leader === undefined ? t('robust.part.tie', { range: span(r.from, r.to) }) : t('robust.part.ahead', { model: name(r.leader), range: span(r.from, r.to) }),
      );
      sentence = t('robust.sentence.mixed', { metric, better, parameter: param, parts: parts.join('; ') });
    }
    return { output, leaders, sentence };
  });
}

function verdictTable(points: readonly SweepPoint[], rows: ReturnType<typeof verdicts>, parameter: SweepParameter, i18n: I18n): TableSpec {
  const { t } = i18n;
  return {
    caption: t('robust.table.caption', { parameter: parameterName(i18n, parameter) }),
    rowHeader: t('mc.table.output'),
    columns: points.map((p) => ({ header: parameterValue(i18n, parameter, p.value) })),
    rows: rows.map((row) => ({
      key: row.output.key,
      header: `${t(`output.${row.output.key}`)} (${t(`robust.better.${row.output.better ?? 'lower'}`)})`,
      cells: row.leaders.map((leader) => {
        const text = leader === undefined ? '–' : leader.map((i) => i + 1).join('+');
        return { text, csv: text === '–' ? '' : text };
      }),
    })),
  };
}

function RobustnessSectionView({
  models,
  scenario,
  parameter,
  pool,
  width,
  onParameter,
}: {
  models: readonly Model[];
  scenario: Scenario;
  parameter: SweepParameter;
  pool: () => SimulationPool;
  width: number;
  onParameter(parameter: SweepParameter): void;
}) {
  const i18n = useI18n();
  const { t, pick, number } = i18n;
  const paramId = useId();
  const metricId = useId();
  const job = usePoolJob<SweepPoint[]>();
  const [metric, setMetric] = useState<OutputMetric['key']>('budgetYear.trappedSurplusMsek');
  const key = `${models.map((m) => m.id).join(',')}|${JSON.stringify(scenario)}|${parameter}`;
  const values = SWEEP_VALUES[parameter];
  const points = job.state.status === 'done' && job.state.key === key ? job.state.result : undefined;
  const rows = useMemo(() => (points ? verdicts(points, models, parameter, i18n) : []), [points, models, parameter, i18n]);
  const table = useMemo(() => (points ? verdictTable(points, rows, parameter, i18n) : undefined), [points, rows, parameter, i18n]);
  const output = outputOf(metric) ?? JUDGED_OUTPUTS[0];
  const chosenRow = rows.find((row) => row.output.key === output?.key);
  const series = useMemo(
    () =>
      points && output
        ? models.map((model) => ({
            key: model.id,
            points: sweepSeries(points, model.id, output.key).map((p) => ({
              value: p.value,
              median: shownValue(output, p.median),
              p10: shownValue(output, p.p10),
              p90: shownValue(output, p.p90),
            })),
          }))
        : [],
    [points, models, output],
  );
  const running = job.state.status === 'running' && job.state.key === key;
  if (models.length < 2) {
    return (
      <section aria-labelledby="simulate-robust-heading" className="simulate-section">
        <h2 id="simulate-robust-heading">{t('simulate.robust.heading')}</h2>
        <p>{t('robust.needTwo')}</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="simulate-robust-heading" className="simulate-section" data-sweep-status={job.state.status !== 'idle' && job.state.key === key ? job.state.status : 'idle'}>
      <h2 id="simulate-robust-heading">{t('simulate.robust.heading')}</h2>
      <p className="section-intro">{t('simulate.robust.intro')}</p>
      <div className="robust-controls">
        <div className="panel-field inline-field">
          <label htmlFor={paramId}>{t('robust.parameter')}</label>
          <select id={paramId} value={parameter} onChange={(event) => onParameter(event.target.value as SweepParameter)}>
            {SWEEP_PARAMETERS.map((p) => (
              <option key={p} value={p}>
                {parameterLongName(i18n, p)}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          className="primary-button"
          disabled={running}
          onClick={() =>
            job.start(key, (signal, onProgress) => pool().sweep(models, scenario, { parameter, values, runs: SWEEP_RUNS, signal, onProgress }))
          }
        >
          {t('robust.run', { points: values.length, runs: SWEEP_RUNS })}
        </button>
      </div>
      <p className="help">{t('robust.current', { value: parameterValue(i18n, parameter, currentValue(scenario, parameter)) })}</p>
      {running && job.state.status === 'running' && (
        <div className="mc-progress">
          <label htmlFor="sweep-progress">{t('robust.progress')}</label>
          <progress id="sweep-progress" max={Math.max(1, job.state.total)} value={job.state.done} />
          <button type="button" className="secondary-button" onClick={job.cancel}>
            {t('mc.cancel')}
          </button>
        </div>
      )}
      {job.state.status === 'cancelled' && job.state.key === key && <p role="status">{t('robust.cancelled')}</p>}
      {job.state.status === 'failed' && job.state.key === key && (
        <p role="alert" className="error-panel">
          {t('mc.failed', { message: pick(job.state.message) })}
        </p>
      )}
      {points && table && output && (
        <>
          <h3>{t('robust.words.heading')}</h3>
          <ul className="summary-list">
            {rows.map((row) => (
              <li key={row.output.key}>{row.sentence}</li>
            ))}
          </ul>
          <p className="help">{t('robust.rule', { percent: number(5), runs: SWEEP_RUNS })}</p>
          <div className="panel-field inline-field">
            <label htmlFor={metricId}>{t('robust.metric')}</label>
            <select id={metricId} value={output.key} onChange={(event) => setMetric(event.target.value as OutputMetric['key'])}>
              {JUDGED_OUTPUTS.map((o) => (
                <option key={o.key} value={o.key}>
                  {outputLabel(i18n, o)}
                </option>
              ))}
            </select>
          </div>
          <SweepChart
            series={series}
            names={models.map((m) => pick(m.name))}
            leaders={chosenRow?.leaders ?? []}
            title={t('robust.chart.title', { output: outputLabel(i18n, output), parameter: parameterName(i18n, parameter) })}
            description={`${chosenRow?.sentence ?? ''} ${t('robust.chart.desc')}`}
            parameterLabel={parameterLongName(i18n, parameter)}
            unit={t(`output.unit.${output.unit}`)}
            digits={output.digits}
            width={Math.min(width, 900)}
            fileParts={['kommunmodell', 'simulering', 'robusthet', parameter, output.key]}
          />
          <div className="section-heading">
            <h3>{t('robust.table.heading')}</h3>
            <CsvExportButton table={table} name={table.caption} fileParts={['kommunmodell', 'simulering', 'robusthet', parameter]} />
          </div>
          <p className="help">{t('robust.table.legend', { list: models.map((m, i) => `${i + 1} = ${pick(m.name)}`).join(', ') })}</p>
          <DataTable table={table} className="compare-table robust-table" />
        </>
      )}
    </section>
  );
}

export const RobustnessSweepSection = memo(RobustnessSectionView);
