// The Process view (DESIGN §6): the statechart of a process machine with its active state lit, run in one
// of two organisations, and one matter's journey through both organisations as swimlanes. Everything the
// view shows is in the URL (`#/process?machine=matter&models=ange-today,ange-a&seed=1`); values that cannot
// be used are named in a message in both languages and replaced by defaults, never a blank page.
import { useMemo } from 'react';
import * as v from 'valibot';
import type { Model } from '@/domain/model-schema';
import { ScenarioSchema, type Scenario } from '@/domain/scenario-schema';
import { useI18n } from '@/i18n/language';
import type { LoadedModel } from '@/data/loaded-model';
import { LinkProblems } from '@/render/link-problems';
import { Takeaway } from '@/render/takeaway';
import { ModelStatusBadge } from '@/render/status-badge';
import { parseScenario } from '@/simulation/load-scenario';
import { traceMatterJourney, type MatterJourney } from '@/simulation/matter-journey';
import baselineScenario from '../../../models/scenarios/baseline.json';
import { JourneyView, journeyTimeline } from './journey-view';
import { MachinePlayground } from './machine-playground';
import { processTakeaway } from './process-takeaway';
import { PROCESS_MACHINES, machineEvents, machineRun } from './process-machines';
import { MACHINE_IDS, MATTER_PARAMS, parseProcessSearch, processSearch, type MachineId, type ProcessState, type UrlProblem } from './process-url';
import './process.css';

/** The shipped baseline scenario: only its probability of återremiss and frame-setting inputs are used here. */
function baseline(): Scenario {
  const loaded = parseScenario(baselineScenario);
  return loaded.ok ? loaded.scenario : v.parse(ScenarioSchema, baselineScenario);
}

export interface ProcessPageProps {
  /** The query part of the hash (after "?"). */
  search: string;
  /** Moves to another hash path; the view replaces its own entry so stepping does not fill the history. */
  navigate(to: string, options?: { replace?: boolean }): void;
  models: readonly LoadedModel[];
}

export function ProcessPage({ search, navigate, models }: ProcessPageProps) {
  const i18n = useI18n();
  const { t, pick } = i18n;
  const scenario = useMemo(baseline, []);
  const valid = useMemo(() => models.flatMap((m) => (m.result.ok ? [m.result.model] : [])), [models]);
  const modelById = useMemo(() => new Map(valid.map((model) => [model.id, model])), [valid]);

  const { state, problems } = useMemo(
    () => parseProcessSearch(search, { modelIds: valid.map((m) => m.id), eventsOf: machineEvents }),
    [search, valid],
  );
  const pair = useMemo(() => {
    const first = modelById.get(state.models[0]);
    const second = modelById.get(state.models[1]) ?? first;
    return first === undefined || second === undefined ? undefined : ([first, second] as const);
  }, [modelById, state.models]);

  const update = (change: Partial<ProcessState>): void => {
    navigate(`/process?${processSearch({ ...state, ...change })}`, { replace: true });
  };

  // The example matter in both organisations: the takeaway sentence, and the check of the step in the link.
  const journeys = useMemo(() => {
    if (pair === undefined) return undefined;
    const kind = MATTER_PARAMS[state.matter];
    return pair.map((model) =>
      traceMatterJourney({ model, scenario, seed: state.seed, kind, referBack: state.referBack ? 'atFirstDecision' : 'drawn' }),
    ) as [MatterJourney, MatterJourney];
  }, [pair, scenario, state.matter, state.seed, state.referBack]);
  // A step beyond the journey's end (a hand-edited link) is reported and the journey starts over.
  const stepProblem: UrlProblem | undefined =
    journeys === undefined || state.step === 0 || state.step < journeyTimeline(journeys).length
      ? undefined
      : { key: 'process.url.badStep', value: String(state.step) };
  const allProblems = stepProblem === undefined ? problems : [...problems, stepProblem];
  const step = stepProblem === undefined ? state.step : 0;

  if (pair === undefined || journeys === undefined) {
    return (
      <p role="alert" className="error-panel">
        {t('process.noModels')}
      </p>
    );
  }

  const runModel: Model = pair.find((model) => model.id === state.runIn) ?? pair[0];
  const entry = PROCESS_MACHINES[state.machine];
  const machineName = t(entry.nameKey);

  return (
    <div className="process-page">
      <h1>{t('process.heading')}</h1>
      <Takeaway live>{processTakeaway(i18n, pair, journeys, state.matter, state.seed)}</Takeaway>
      <p className="lead">{t('process.intro')}</p>
      {allProblems.length > 0 && (
        <LinkProblems
          heading={t('process.url.heading')}
          problems={allProblems.map((problem) => t(problem.key, { value: problem.value ?? '' }))}
        />
      )}
      <form className="process-settings" aria-label={t('process.settings')} onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor="process-machine">{t('process.machine.label')}</label>
          <select id="process-machine" value={state.machine} onChange={(e) => update({ machine: e.target.value as MachineId, events: [] })}>
            {MACHINE_IDS.map((id) => (
              <option key={id} value={id}>
                {t(PROCESS_MACHINES[id].nameKey)}
              </option>
            ))}
          </select>
        </div>
        {([0, 1] as const).map((index) => (
          <div className="field" key={index}>
            <label htmlFor={`process-model-${index}`}>{t(index === 0 ? 'process.models.first' : 'process.models.second')}</label>
            <select
              id={`process-model-${index}`}
              value={pair[index].id}
              onChange={(e) => {
                const next: [string, string] = [...state.models];
                next[index] = e.target.value;
                if (next[0] === next[1]) next[1 - index] = pair[index].id;
                update({ models: next, runIn: next.includes(state.runIn) ? state.runIn : next[0], events: [], step: 0 });
              }}
            >
              {valid.map((model) => (
                <option key={model.id} value={model.id}>
                  {pick(model.name)}
                </option>
              ))}
            </select>
          </div>
        ))}
        <div className="field">
          <label htmlFor="process-seed">{t('process.seed.label')}</label>
          <input
            id="process-seed"
            type="number"
            min={0}
            max={4294967295}
            step={1}
            value={state.seed}
            aria-describedby="seed-help"
            onChange={(e) => {
              const seed = Number(e.target.value);
              if (Number.isInteger(seed) && seed >= 0 && seed <= 4294967295) update({ seed, step: 0 });
            }}
          />
        </div>
        <span id="seed-help" className="help">
          {t('process.seed.help')}
        </span>
      </form>

      <section aria-labelledby="statechart-heading" className="statechart-section">
        <div className="statechart-heading">
          <h2 id="statechart-heading">{t('process.diagram.heading', { machine: machineName })}</h2>
          <fieldset className="run-in">
            <legend>{t('process.diagram.runIn')}</legend>
            {pair.map((model) => (
              <label key={model.id}>
                <input
                  type="radio"
                  name="run-in"
                  value={model.id}
                  checked={model.id === runModel.id}
                  onChange={() => update({ runIn: model.id, events: [] })}
                />{' '}
                {pick(model.name)} <ModelStatusBadge model={model} />
              </label>
            ))}
          </fieldset>
        </div>
        <Playground
          machine={state.machine}
          model={runModel}
          scenario={scenario}
          seed={state.seed}
          matter={state.matter}
          events={state.events}
          onEvents={(events) => update({ events })}
        />
      </section>

      <JourneyView
        models={pair}
        scenario={scenario}
        seed={state.seed}
        matter={state.matter}
        referBack={state.referBack}
        step={step}
        onStep={(next) => update({ step: next })}
        onMatter={(matter) => update({ matter, step: 0 })}
        onReferBack={(referBack) => update({ referBack, step: 0 })}
      />
    </div>
  );
}

/** The playground for one machine and organisation; its input is rebuilt only when they change. */
function Playground({
  machine,
  model,
  scenario,
  seed,
  matter,
  events,
  onEvents,
}: {
  machine: MachineId;
  model: Model;
  scenario: Scenario;
  seed: number;
  matter: ProcessState['matter'];
  events: string[];
  onEvents(events: string[]): void;
}) {
  const kind = MATTER_PARAMS[matter];
  const run = useMemo(() => machineRun(machine, model, scenario, seed, kind), [machine, model, scenario, seed, kind]);
  return <MachinePlayground entry={PROCESS_MACHINES[machine]} run={run} model={model} events={events} onEvents={onEvents} />;
}
