// Where a conclusion holds (DESIGN §4.6): the scenario-discovery analysis of the Simulate view. Every
// contested assumption is sampled together (a Latin hypercube over the ranges, narrowed or fixed by the
// user), every organisation runs the same years at every point, in Web Workers with progress and cancel.
// The answer comes first, in words, for every headline measure; then, for the measure chosen, the PRIM
// boxes with coverage and density, the assumptions ranked by influence and a 2-D map of any two of them,
// each with its table and CSV/SVG/PNG export. The settings live in the link (robustness-query.ts), so a
// result can be pasted into minutes; `rob=1` runs it when the link is opened.
import { memo, useCallback, useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Model } from '@/domain/model-schema';
import type { Scenario } from '@/domain/scenario-schema';
import { HEADLINE_MEASURES, measureById } from '@/analysis/headline-measures';
import { restrictionProblem, type ParameterDimension, type Restriction } from '@/analysis/parameter-space';
import type { RobustnessRequest, RobustnessResult } from '@/analysis/robustness-design';
import { robustnessMap } from '@/analysis/robustness-map';
import { shortModelName, statementFor } from '@/analysis/robustness-statement';
import { LEDGER_PARAMETER_SPACE } from '@/analysis/ledger-parameter-space';
import { DataTable } from '@/render/data-table';
import { InfluenceChart } from '@/render/influence-chart';
import { useI18n, type I18n } from '@/render/i18n/language';
import { RobustnessMapChart } from '@/render/robustness-map-chart';
import { PairedSweep } from './robustness-paired-sweep';
import { boxTable, groupLabel, influenceTable, mapTable, rangeLabel } from './robustness-tables';
import { SAMPLE_CHOICES, YEAR_CHOICES, type RobustnessQuery } from './robustness-query';
import { usePoolJob } from './use-pool-job';
import { useRobustnessPool } from './use-robustness-pool';

const SPACE = LEDGER_PARAMETER_SPACE;

function limitsKey(limits: Readonly<Record<string, Restriction>>): string {
  return Object.keys(limits)
    .sort()
    .map((id) => `${id}=${JSON.stringify(limits[id])}`)
    .join(';');
}

function AssumptionRow({ dimension, restriction, onChange }: { dimension: ParameterDimension; restriction: Restriction | undefined; onChange(next: Restriction | undefined): void }) {
  const i18n = useI18n();
  const { t, pick } = i18n;
  const id = useId();
  const [invalid, setInvalid] = useState(false);
  const rowRef = useRef<HTMLTableRowElement | null>(null);
  if (dimension.kind === 'boolean' || dimension.kind === 'choice') {
    const values = dimension.kind === 'boolean' ? [true, false] : [...(dimension.choices ?? [])];
    const current = restriction && 'fixed' in restriction ? String(restriction.fixed) : '';
    return (
      <tr>
        <th scope="row">{pick(dimension.label)}</th>
        <td colSpan={2}>
          <label className="visually-hidden" htmlFor={id}>
            {`${t('rob.choice')}: ${pick(dimension.term ?? dimension.label)}`}
          </label>
          <select id={id} value={current} onChange={(event) => onChange(event.target.value === '' ? undefined : { fixed: values.find((v) => String(v) === event.target.value) ?? values[0] ?? '' })}>
            <option value="">{t('rob.choice.all')}</option>
            {values.map((v) => (
              <option key={String(v)} value={String(v)}>
                {typeof v === 'boolean' ? t(v ? 'rob.yes' : 'rob.no') : v}
              </option>
            ))}
          </select>
        </td>
        <td>{rangeLabel(i18n, dimension)}</td>
      </tr>
    );
  }
  const low = restriction === undefined ? '' : 'fixed' in restriction ? String(restriction.fixed) : String(restriction.min);
  const high = restriction === undefined ? '' : 'fixed' in restriction ? String(restriction.fixed) : String(restriction.max);
  const step = dimension.kind === 'integer' ? 1 : (dimension.max - dimension.min) / 20;
  const commit = (form: HTMLElement | null) => {
    if (form === null) return;
    const [minInput, maxInput] = [...form.querySelectorAll('input')] as HTMLInputElement[];
    const parse = (text: string | undefined, fallback: number) => (text === undefined || text.trim() === '' ? fallback : Number(text.replace(',', '.')));
    const min = parse(minInput?.value, dimension.min);
    const max = parse(maxInput?.value, dimension.max);
    if ((minInput?.value ?? '').trim() === '' && (maxInput?.value ?? '').trim() === '') {
      setInvalid(false);
      onChange(undefined);
      return;
    }
    const next: Restriction = min === max ? { fixed: min } : { min, max };
    const problem = restrictionProblem(dimension, next);
    setInvalid(problem !== undefined);
    if (problem === undefined) onChange(min === dimension.min && max === dimension.max ? undefined : next);
  };
  return (
    <tr ref={rowRef}>
      <th scope="row">{pick(dimension.label)}</th>
      {(['from', 'to'] as const).map((part) => (
        <td key={part}>
          <label className="visually-hidden" htmlFor={`${id}-${part}`}>
            {`${t(part === 'from' ? 'rob.from' : 'rob.to')}: ${pick(dimension.term ?? dimension.label)}`}
          </label>
          <input
            id={`${id}-${part}`}
            type="number"
            inputMode="decimal"
            min={dimension.min}
            max={dimension.max}
            step={step}
            placeholder={String(part === 'from' ? dimension.min : dimension.max)}
            defaultValue={part === 'from' ? low : high}
            aria-invalid={invalid}
            onChange={() => commit(rowRef.current)}
          />
        </td>
      ))}
      <td>{rangeLabel(i18n, dimension)}</td>
    </tr>
  );
}

function statements(result: RobustnessResult, models: readonly Model[], pair: readonly [number, number]) {
  const names = Object.fromEntries(models.map((m) => [m.id, shortModelName(m)]));
  const first = result.organisations[pair[0]] ?? '';
  const second = result.organisations[pair[1]] ?? '';
  return HEADLINE_MEASURES.flatMap((measure) => {
    const statement = statementFor(result, { measure: measure.id, first, second }, names);
    return statement ? [{ measure, statement }] : [];
  });
}

function seconds(i18n: I18n, ms: number): string {
  return i18n.number(ms / 1000, 1);
}

function RobustnessSectionView({
  models,
  scenario,
  width,
  query,
  onQuery,
}: {
  models: readonly Model[];
  scenario: Scenario;
  width: number;
  query: RobustnessQuery;
  onQuery(next: RobustnessQuery): void;
}) {
  const i18n = useI18n();
  const { t, pick } = i18n;
  const baseId = useId();
  const pool = useRobustnessPool();
  const job = usePoolJob<RobustnessResult>();
  const [resetCount, setResetCount] = useState(0);
  const seed = query.seed ?? scenario.seed;
  const request: RobustnessRequest = useMemo(
    () => ({ samples: query.samples, years: query.years, seed, restrictions: query.limits }),
    [query.samples, query.years, seed, query.limits],
  );
  const key = `${models.map((m) => m.id).join(',')}|${JSON.stringify(scenario)}|${query.samples}|${query.years}|${seed}|${limitsKey(query.limits)}`;
  const start = job.start;
  const run = useCallback(() => {
    start(key, (signal, onProgress) => pool().analyse(models, scenario, SPACE, request, { signal, onProgress }));
  }, [start, key, pool, models, scenario, request]);
  const autoKey = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!query.run || models.length < 2 || autoKey.current === key) return;
    autoKey.current = key;
    run();
  }, [query.run, key, run, models.length]);

  // Drawn in a background render that React slices, so showing the result never blocks the page.
  const state = useDeferredValue(job.state);
  const current = state.status !== 'idle' && state.key === key;
  const result = state.status === 'done' && state.key === key ? state.result : undefined;
  const pair: [number, number] = query.pair[1] < models.length ? query.pair : [0, 1];
  const said = useMemo(() => (result ? statements(result, models, pair) : []), [result, models, pair]);
  const measure = measureById(query.measure) ?? HEADLINE_MEASURES[0];
  const chosen = said.find((entry) => entry.measure.id === measure?.id);
  const analysis = result?.analyses.find((a) => a.measureId === measure?.id && a.pair[0] === pair[0] && a.pair[1] === pair[1]);
  const names = models.map((m) => pick(shortModelName(m)));
  const [firstName, secondName] = [names[pair[0]] ?? '', names[pair[1]] ?? ''];

  const sampledIds = result?.dimensions.map((d) => d.id) ?? [];
  const byInfluence = analysis?.influence.map((i) => i.dimensionId) ?? sampledIds;
  const mapAxes: [string, string] | undefined =
    query.map && sampledIds.includes(query.map[0]) && sampledIds.includes(query.map[1])
      ? query.map
      : byInfluence.length >= 2
        ? [byInfluence[0] ?? '', byInfluence[1] ?? '']
        : undefined;
  const map = useMemo(() => (result && analysis && mapAxes ? robustnessMap(result, analysis, mapAxes[0], mapAxes[1]) : undefined), [result, analysis, mapAxes?.[0], mapAxes?.[1]]);

  if (models.length < 2) {
    return (
      <section aria-labelledby={`${baseId}-heading`} className="simulate-section">
        <h2 id={`${baseId}-heading`}>{t('rob.heading')}</h2>
        <p>{t('rob.needTwo')}</p>
      </section>
    );
  }
  const dimensionOf = (id: string) => result?.dimensions.find((d) => d.id === id);
  const measureLabel = measure ? pick(measure.label) : '';
  const fileParts = ['kommunmodell', 'robusthet', measure?.id ?? '', ...models.map((m) => m.id)];
  const set = (change: Partial<RobustnessQuery>) => onQuery({ ...query, ...change });
  const setLimit = (id: string, restriction: Restriction | undefined) => {
    const limits = { ...query.limits };
    if (restriction === undefined) delete limits[id];
    else limits[id] = restriction;
    set({ limits });
  };

  return (
    <section aria-labelledby={`${baseId}-heading`} className="simulate-section robustness-section" data-robustness-status={current ? state.status : 'idle'}>
      <h2 id={`${baseId}-heading`}>{t('rob.heading')}</h2>
      <p className="section-intro">{t('rob.intro')}</p>
      <details className="robustness-assumptions-details" open={Object.keys(query.limits).length > 0}>
        <summary>{t('rob.assumptions.summary', { count: SPACE.length, limited: Object.keys(query.limits).length })}</summary>
      <fieldset className="panel-fieldset robustness-assumptions">
        <legend>{t('rob.assumptions')}</legend>
        <p className="help">{t('rob.assumptions.help')}</p>
        <div className="table-scroll" role="region" aria-label={t('rob.assumptions')} tabIndex={0}>
          <table className="compare-table">
            <thead>
              <tr>
                <th scope="col">{t('rob.box.assumption')}</th>
                <th scope="col">{t('rob.from')}</th>
                <th scope="col">{t('rob.to')}</th>
                <th scope="col">{t('rob.box.tried')}</th>
              </tr>
            </thead>
            <tbody>
              {SPACE.map((dimension) => (
                <AssumptionRow key={`${dimension.id}-${resetCount}`} dimension={dimension} restriction={query.limits[dimension.id]} onChange={(next) => setLimit(dimension.id, next)} />
              ))}
            </tbody>
          </table>
        </div>
        <button
          type="button"
          className="secondary-button"
          onClick={() => {
            setResetCount((n) => n + 1);
            set({ limits: {} });
          }}
          disabled={Object.keys(query.limits).length === 0}
        >
          {t('rob.reset')}
        </button>
      </fieldset>
      </details>
      <div className="robust-controls">
        <div className="panel-field inline-field">
          <label htmlFor={`${baseId}-samples`}>{t('rob.samples')}</label>
          <select id={`${baseId}-samples`} value={query.samples} onChange={(event) => set({ samples: Number(event.target.value) })}>
            {[...new Set([...SAMPLE_CHOICES, query.samples])].sort((a, b) => a - b).map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </div>
        <div className="panel-field inline-field">
          <label htmlFor={`${baseId}-years`}>{t('rob.years')}</label>
          <select id={`${baseId}-years`} value={query.years} onChange={(event) => set({ years: Number(event.target.value) })}>
            {[...new Set([...YEAR_CHOICES, query.years])].sort((a, b) => a - b).map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          className="primary-button"
          disabled={current && state.status === 'running'}
          onClick={() => {
            autoKey.current = key;
            set({ run: true });
            run();
          }}
        >
          {t('rob.run', { points: query.samples, years: query.years })}
        </button>
      </div>
      {current && state.status === 'running' && (
        <div className="mc-progress">
          <label htmlFor={`${baseId}-progress`}>{t('rob.progress')}</label>
          <progress id={`${baseId}-progress`} max={Math.max(1, state.total)} value={state.done} />
          <button type="button" className="secondary-button" onClick={job.cancel}>
            {t('mc.cancel')}
          </button>
        </div>
      )}
      {current && state.status === 'cancelled' && <p role="status">{t('rob.cancelled')}</p>}
      {current && state.status === 'failed' && (
        <p role="alert" className="error-panel">
          {t('rob.failed', { message: pick(state.message) })}
        </p>
      )}
      {result && state.status === 'done' && (
        <>
          <p className="help" role="status">
            {t('rob.done', { points: result.samples, years: result.years, seed: result.seed, seconds: seconds(i18n, state.milliseconds) })}
          </p>
          {models.length > 2 && (
            <div className="panel-field inline-field">
              <label htmlFor={`${baseId}-pair`}>{t('rob.pair')}</label>
              <select id={`${baseId}-pair`} value={`${pair[0]}-${pair[1]}`} onChange={(event) => set({ pair: event.target.value.split('-').map(Number) as [number, number] })}>
                {[
                  [0, 1],
                  [0, 2],
                  [1, 2],
                ].map(([a, b]) => (
                  <option key={`${a}-${b}`} value={`${a}-${b}`}>
                    {t('rob.pair.option', { first: names[a ?? 0] ?? '', second: names[b ?? 1] ?? '' })}
                  </option>
                ))}
              </select>
            </div>
          )}
          <h3>{t('rob.words.heading')}</h3>
          <ul className="summary-list robustness-sentences">
            {said.map(({ measure: m, statement }) => (
              <li key={m.id}>
                <strong>{pick(m.label)}.</strong> {pick(statement.sentence)}
              </li>
            ))}
          </ul>
          <div className="panel-field inline-field">
            <label htmlFor={`${baseId}-measure`}>{t('rob.measure')}</label>
            <select id={`${baseId}-measure`} value={measure?.id} onChange={(event) => set({ measure: event.target.value })}>
              {HEADLINE_MEASURES.map((m) => (
                <option key={m.id} value={m.id}>
                  {pick(m.label)}
                </option>
              ))}
            </select>
          </div>
          {chosen && analysis && measure && (
            <>
              <p className="robustness-takeaway">{pick(chosen.statement.sentence)}</p>
              <p>{pick(chosen.statement.detail)}</p>
              {chosen.statement.boxDetail && <p className="help">{pick(chosen.statement.boxDetail)}</p>}
              <h3>{t('rob.box.heading')}</h3>
              <DataTable table={boxTable(i18n, result, analysis, measure)} className="compare-table" />
              <p className="help">{t('rob.box.method')}</p>
              <h3>{t('rob.influence.heading')}</h3>
              <InfluenceChart
                bars={analysis.influence.map((entry) => ({
                  id: entry.dimensionId,
                  label: pick(dimensionOf(entry.dimensionId)?.label ?? { sv: entry.dimensionId, en: entry.dimensionId }),
                  spread: entry.spread,
                  maybeChance: entry.maybeChance,
                }))}
                chance={analysis.chanceSpread}
                width={Math.min(width, 900)}
                title={t('rob.influence.title', { measure: measureLabel })}
                description={t('rob.influence.desc', { chance: Math.round(analysis.chanceSpread * 100) })}
                chanceLabel={t('rob.influence.chance')}
                table={influenceTable(i18n, result, analysis, measure)}
                fileParts={[...fileParts, 'inflytande']}
              />
              <p className="help">{t('rob.influence.method')}</p>
              {analysis.influence.every((entry) => entry.spread === 0) && <p className="help">{t('rob.influence.none')}</p>}
              <DataTable table={influenceTable(i18n, result, analysis, measure)} className="compare-table" />
              <h3>{t('rob.map.heading')}</h3>
              {mapAxes === undefined || map === undefined ? (
                <p>{t('rob.map.notSampled')}</p>
              ) : (
                <MapView
                  i18n={i18n}
                  result={result}
                  map={map}
                  axes={mapAxes}
                  measureLabel={measureLabel}
                  first={firstName}
                  second={secondName}
                  width={Math.min(width, 900)}
                  fileParts={[...fileParts, 'karta', ...mapAxes]}
                  onAxes={(axes) => set({ map: axes })}
                />
              )}
              <PairedSweep
                key={pair.join("-")}
                models={models}
                scenario={{ ...scenario, seed }}
                dimensions={result.dimensions}
                fixed={result.fixed}
                initial={byInfluence[0] ?? result.dimensions[0]?.id ?? ''}
                measure={measure}
                pair={pair}
                names={[firstName, secondName]}
                pool={pool}
                width={width}
              />
            </>
          )}
        </>
      )}
    </section>
  );
}

function MapView({
  i18n,
  result,
  map,
  axes,
  measureLabel,
  first,
  second,
  width,
  fileParts,
  onAxes,
}: {
  i18n: I18n;
  result: RobustnessResult;
  map: NonNullable<ReturnType<typeof robustnessMap>>;
  axes: [string, string];
  measureLabel: string;
  first: string;
  second: string;
  width: number;
  fileParts: string[];
  onAxes(axes: [string, string]): void;
}) {
  const { t, pick } = i18n;
  const id = useId();
  const xDim = result.dimensions.find((d) => d.id === axes[0]);
  const yDim = result.dimensions.find((d) => d.id === axes[1]);
  const input = useMemo(
    () => ({
      columns: xDim ? map.x.groups.map((g) => groupLabel(i18n, xDim, g.from, g.to)) : [],
      rows: yDim ? map.y.groups.map((g) => groupLabel(i18n, yDim, g.from, g.to)) : [],
      cells: map.cells.map((c) => ({ column: c.column, row: c.row, value: c.shareFirst, count: c.count })),
      xTitle: xDim ? pick(xDim.label) : '',
      yTitle: yDim ? pick(yDim.label) : '',
      width,
    }),
    [map, xDim, yDim, i18n, pick, width],
  );
  const x = xDim ? pick(xDim.label) : '';
  const y = yDim ? pick(yDim.label) : '';
  const table = mapTable(i18n, result, map, t('rob.map.caption', { measure: measureLabel, first, x, y }));
  const select = (which: 0 | 1) => (
    <div className="panel-field inline-field">
      <label htmlFor={`${id}-${which}`}>{t(which === 0 ? 'rob.map.x' : 'rob.map.y')}</label>
      <select
        id={`${id}-${which}`}
        value={axes[which]}
        onChange={(event) => {
          const next: [string, string] = which === 0 ? [event.target.value, axes[1]] : [axes[0], event.target.value];
          if (next[0] === next[1]) next[which === 0 ? 1 : 0] = axes[which];
          onAxes(next);
        }}
      >
        {result.dimensions.map((d) => (
          <option key={d.id} value={d.id}>
            {pick(d.label)}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <>
      <div className="robust-controls">
        {select(0)}
        {select(1)}
      </div>
      <RobustnessMapChart
        input={input}
        title={t('rob.map.title', { measure: measureLabel, first, second })}
        description={t('rob.map.desc', { x, y, first, second })}
        legendLow={t('rob.map.low', { second })}
        legendHigh={t('rob.map.high', { first })}
        table={table}
        fileParts={fileParts}
      />
      <DataTable table={table} className="compare-table" />
    </>
  );
}

export const RobustnessSection = memo(RobustnessSectionView);
