// The Simulate view (DESIGN §6 and §9, issue 6): the same budget year, with the same shocks and the same
// random numbers, run through each chosen organisation. Left, the scenario and its assumption ledger;
// right, the pipes (downpipes against communicating vessels) played over the months, the summary in words,
// the money flows, the year wheels, the frame setting, the matters, both sides of the argument, Monte Carlo
// distributions, the robustness sweep and the snapshot. All state is in the URL (simulate-query.ts); a
// broken link shows what was wrong and runs with what was valid.
import { useCallback, useDeferredValue, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Model } from '@/domain/model-schema';
import type { Scenario } from '@/domain/scenario-schema';
import { useI18n } from '@/i18n/language';
import { LinkProblems } from '@/render/link-problems';
import { SectionIndex } from '@/render/section-index';
import { Takeaway } from '@/render/takeaway';
import { simulateTakeaway } from './simulate-takeaway';
import type { Navigate } from '@/url-state/url-state';
import type { LoadedModel } from '@/data/loaded-model';
import { useElementWidth } from '@/render/use-element-width';
import { BothSidesSection } from './both-sides-section';
import { FrameSettingSection } from './frame-setting-section';
import { MattersSection } from './matters-section';
import { MoneyFlowSection } from './money-flow-section';
import { MonteCarloSection } from './monte-carlo-section';
import { RobustnessSection } from './robustness-section';
import { DEFAULT_ROBUSTNESS_QUERY, type RobustnessQuery } from './robustness-query';
import { RobustnessSweepSection } from './robustness-sweep-section';
import { ScenarioPanel } from './scenario-panel';
import { shippedScenarios } from '@/data/shipped-scenarios';
import {
  parseSimulateQuery,
  simulateQueryString,
  type SimulateCatalogue,
  type SimulateProblem,
  type SimulateState,
} from './simulate-query';
import { SnapshotSection } from './snapshot-section';
import { SummarySection } from './summary-section';
import { usePool, usePoolJob } from './use-pool-job';
import { useYearResults } from './use-year-results';
import { YearSection } from './year-section';
import { YearWheelSection } from './year-wheel-section';
import type { PoolMonteCarloResult } from '@/simulation/simulation-pool';
import { exampleSeedOf, pairedSummaries } from './paired-years';
import './simulate.css';

/** Pause after the last change before Monte Carlo starts again by itself. */
const AUTO_RUN_DELAY_MS = 300;
/** Delay before the worker pool is started in the background. */
const WARM_UP_DELAY_MS = 1000;
/**
 * A slider's value is drawn at once and written to the link this long after it stops moving: writing the
 * link (history.replaceState) costs a browser several milliseconds, and browsers throttle it when it is
 * called on every movement.
 */
const LINK_WRITE_DELAY_MS = 150;

function Problems({ problems }: { problems: readonly SimulateProblem[] }) {
  const { t } = useI18n();
  const text = (problem: SimulateProblem): string => {
    switch (problem.kind) {
      case 'unknownModel':
      case 'invalidModel':
      case 'duplicateModel':
        return t(`simulate.problem.${problem.kind}`, { id: problem.id });
      case 'tooManyModels':
        return t('simulate.problem.tooManyModels', { ids: problem.dropped.join(', ') });
      case 'noModels':
      case 'invalidScenario':
        return t(`simulate.problem.${problem.kind}`);
      case 'unknownScenario':
        return t('simulate.problem.unknownScenario', { id: problem.id });
      case 'badValue':
        return t('simulate.problem.badValue', { parameter: problem.parameter, value: problem.value });
      case 'badShock':
        return t('simulate.problem.badShock', { value: problem.value });
      case 'unknownArea':
        return t('simulate.problem.unknownArea', { area: problem.area });
      case 'tooManyShocks':
        return t('simulate.problem.tooManyShocks', { count: problem.count });
      case 'conflict':
        return t('simulate.problem.conflict', { value: problem.value });
    }
  };
  return <LinkProblems heading={t('simulate.problems.heading')} problems={problems.map(text)} />;
}

/** The canonical text of a scenario: two scenarios with the same text are the same simulation. */
const scenarioKey = (scenario: Scenario): string => JSON.stringify(scenario);

export function SimulatePage({ search, navigate, models }: { search: string; navigate: Navigate; models: readonly LoadedModel[] }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [panelOpen, setPanelOpen] = useState(false);
  const available = useMemo(() => models.flatMap((m) => (m.result.ok ? [m.result.model] : [])), [models]);
  const catalogue: SimulateCatalogue = useMemo(
    () => ({
      models: available.map((m) => m.id),
      invalidModels: models.filter((m) => !m.result.ok).map((m) => m.file.replace(/\.json$/, '')),
      scenarios: shippedScenarios,
      areas: new Set(available.flatMap((m) => m.serviceAreas.map((a) => a.id))),
    }),
    [available, models],
  );
  // A change made here is shown at once and reaches the link a moment later (LINK_WRITE_DELAY_MS); until
  // then it overrides the link it was made on. Any other change of the link (back button, a pasted link)
  // drops the override.
  const [pending, setPending] = useState<{ search: string; madeOn: string } | undefined>(undefined);
  const current = pending !== undefined && pending.madeOn === search ? pending.search : search;
  const searchRef = useRef(search);
  searchRef.current = search;
  const pendingRef = useRef(pending);
  pendingRef.current = pending;
  const writeTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(writeTimer.current), []);
  const parsed = useMemo(() => parseSimulateQuery(current, catalogue), [current, catalogue]);
  const { state, problems } = parsed;
  // Keep the scenario object (and so every memo that depends on it) while its numbers stay the same.
  const key = scenarioKey(parsed.scenario);
  const scenarioRef = useRef<{ key: string; scenario: Scenario }>({ key, scenario: parsed.scenario });
  if (scenarioRef.current.key !== key) scenarioRef.current = { key, scenario: parsed.scenario };
  const scenario = scenarioRef.current.scenario;
  const base = shippedScenarios.get(state.scenarioId);
  const modelKey = state.models.join(',');
  const chosen: Model[] = useMemo(
    () => modelKey.split(',').flatMap((id) => available.filter((m) => m.id === id)),
    [modelKey, available],
  );
  // Monte Carlo: runs off the main thread whenever the link asks for more than one run (500 by default).
  const pool = usePool();
  const monteCarlo = usePoolJob<PoolMonteCarloResult>();
  // Run i of many uses seed (seed + i).
  const seeded = useMemo(() => ({ ...scenario, seed: state.seed }), [scenario, state.seed]);
  const mcKey = `${modelKey}|${key}|${state.seed}|${state.runs}`;
  const mcState = useDeferredValue(monteCarlo.state);
  const mcDone = mcState.status === 'done' && mcState.key === mcKey ? mcState.result : undefined;
  // The paired comparison over the years, and the example year: the one whose paired difference in the
  // year result (first two organisations) is closest to the median (DESIGN §4.0), never "seed 1".
  const paired = useMemo(() => (mcDone ? pairedSummaries(chosen, mcDone.blocks) : undefined), [mcDone, chosen]);
  const exampleSeed = useMemo(() => (mcDone ? exampleSeedOf(chosen, seeded, mcDone.blocks) : state.seed), [mcDone, chosen, seeded, state.seed]);
  const results = useYearResults(chosen, scenario, exampleSeed);
  // The pipes and the summary redraw at once; the other sections follow in a background render
  // (React's deferred value), so a slider answers within a frame however much else the page shows.
  const later = useDeferredValue(useMemo(() => ({ models: chosen, results }), [chosen, results]));
  const laterMonth = useDeferredValue(state.month);

  const stateRef = useRef(state);
  stateRef.current = state;
  const go = useCallback(
    (change: (current: SimulateState) => SimulateState, replace = true) => {
      const next = change(stateRef.current);
      const query = simulateQueryString(next, shippedScenarios.get(next.scenarioId));
      clearTimeout(writeTimer.current);
      if (!replace) {
        setPending(undefined);
        navigate(`/simulate?${query}`);
        return;
      }
      const madeOn = searchRef.current;
      setPending({ search: query, madeOn });
      writeTimer.current = setTimeout(() => {
        // Write only if the link has not been changed by something else meanwhile.
        const latest = pendingRef.current;
        if (latest !== undefined && latest.madeOn === searchRef.current) navigate(`/simulate?${latest.search}`, { replace: true });
      }, LINK_WRITE_DELAY_MS);
    },
    [navigate],
  );

  const startMonteCarlo = monteCarlo.start;
  const runMonteCarlo = useCallback(() => {
    startMonteCarlo(mcKey, (signal, onProgress) => pool().runMonteCarlo(chosen, seeded, { runs: state.runs, signal, onProgress }));
  }, [startMonteCarlo, mcKey, pool, chosen, seeded, state.runs]);
  // Start the workers once the page has settled, so the first Monte Carlo does not wait for them.
  useEffect(() => {
    const timer = setTimeout(() => pool().warmUp(), WARM_UP_DELAY_MS);
    return () => clearTimeout(timer);
  }, [pool]);
  const autoKey = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (state.runs <= 1 || autoKey.current === mcKey) return;
    // Wait for a slider to come to rest before starting thousands of runs.
    const timer = setTimeout(() => {
      autoKey.current = mcKey;
      runMonteCarlo();
    }, AUTO_RUN_DELAY_MS);
    return () => clearTimeout(timer);
  }, [state.runs, mcKey, runMonteCarlo]);

  // Measured by the E2E test: the page marks each commit of new results, so input-to-redraw can be timed.
  const renderSeq = useRef(0);
  const mainRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(mainRef);
  useLayoutEffect(() => {
    renderSeq.current += 1;
    mainRef.current?.setAttribute('data-rendered', String(renderSeq.current));
  }, [results, state.month]);

  const onMonth = useCallback((month: number) => go((s) => ({ ...s, month })), [go]);
  const onRuns = useCallback((runs: number) => go((s) => ({ ...s, runs }), false), [go]);
  const onSweep = useCallback((sweep: SimulateState['sweep']) => go((s) => ({ ...s, sweep })), [go]);
  const onRobustness = useCallback((robustness: RobustnessQuery) => go((s) => ({ ...s, robustness })), [go]);
  const chartWidth = Math.max(640, Math.floor(width) - 12);
  return (
    <div className="simulate">
      <h1>{t('simulate.heading')}</h1>
      {problems.length > 0 && <Problems problems={problems} />}
      {chosen.length > 0 && results.length === chosen.length && <Takeaway>{simulateTakeaway(chosen, results, i18n)}</Takeaway>}
      <SectionIndex
        label={t('simulate.index.label')}
        entries={[
          { id: 'simulate-part-result', label: t('simulate.index.result') },
          { id: 'simulate-part-year', label: t('simulate.index.year') },
          { id: 'simulate-part-money', label: t('simulate.index.money') },
          { id: 'simulate-part-matters', label: t('simulate.index.matters') },
          { id: 'simulate-part-assumptions', label: t('simulate.index.assumptions') },
          { id: 'simulate-part-robustness', label: t('simulate.index.robustness') },
        ]}
      />
      <div className="simulate-layout">
        <div
          id="simulate-part-assumptions"
          className={panelOpen ? 'section-group simulate-panel-group open' : 'section-group simulate-panel-group'}
          tabIndex={-1}
        >
        {/* On a narrow screen the panel is a drawer, closed at first, so the picture comes before the controls. */}
        <button
          type="button"
          className="panel-toggle"
          aria-expanded={panelOpen}
          aria-controls="simulate-panel-drawer"
          onClick={() => setPanelOpen((open) => !open)}
        >
          {t('simulate.panel.heading')}
        </button>
        <div id="simulate-panel-drawer" className="panel-drawer">
        <ScenarioPanel
          state={state}
          scenario={scenario}
          base={base}
          available={available}
          scenarios={shippedScenarios}
          go={go}
        />
        </div>
        </div>
        <div className="simulate-results" ref={mainRef} data-rendered="0">
          {chosen.length > 0 && results.length === chosen.length && width > 0 && (
            <>
              <YearSection
                models={chosen}
                results={results}
                shocks={scenario.shocks}
                month={state.month}
                seed={exampleSeed}
                width={chartWidth}
                onMonth={onMonth}
              />
              <div id="simulate-part-result" className="section-group" tabIndex={-1}>
              <p className="lead">{t('simulate.intro')}</p>
              <SummarySection
                models={later.models}
                results={later.results}
                scenario={scenario}
                runs={mcDone && state.runs > 1 ? { summaries: mcDone.summaries, runs: state.runs, paired: paired ?? [], exampleSeed } : undefined}
                seed={exampleSeed}
              />
              <MonteCarloSection
                models={chosen}
                runs={state.runs}
                job={mcState}
                current={mcState.status !== 'idle' && mcState.key === mcKey}
                width={chartWidth}
                onRun={runMonteCarlo}
                onCancel={monteCarlo.cancel}
                onRuns={onRuns}
              />
              </div>
              <div id="simulate-part-year" className="section-group" tabIndex={-1}>
                <YearWheelSection models={later.models} results={later.results} month={laterMonth} width={chartWidth} />
              </div>
              <div id="simulate-part-money" className="section-group" tabIndex={-1}>
                <MoneyFlowSection models={later.models} results={later.results} width={chartWidth} />
                <FrameSettingSection models={later.models} results={later.results} />
              </div>
              <div id="simulate-part-matters" className="section-group" tabIndex={-1}>
                <MattersSection models={later.models} results={later.results} width={chartWidth} />
                <BothSidesSection models={later.models} results={later.results} />
              </div>
              <div id="simulate-part-robustness" className="section-group" tabIndex={-1}>
              <RobustnessSection
                models={chosen}
                scenario={seeded}
                width={chartWidth}
                query={state.robustness ?? DEFAULT_ROBUSTNESS_QUERY}
                onQuery={onRobustness}
              />
              <RobustnessSweepSection
                models={chosen}
                scenario={seeded}
                parameter={state.sweep}
                pool={pool}
                width={chartWidth}
                onParameter={onSweep}
              />
              </div>
              <SnapshotSection
                models={chosen}
                results={results}
                exampleSeed={exampleSeed}
                scenario={scenario}
                state={state}
                available={available}
                navigate={navigate}
              />
            </>
          )}
        </div>
      </div>
    </div>
  );
}
