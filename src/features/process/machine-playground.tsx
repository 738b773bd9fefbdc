// The statechart of one process machine, run in one organisation: the diagram with the active state lit,
// the events that can be sent now (on the diagram and as a list), an event log and a reset. The machine is
// stepped with XState's pure `initialTransition` / `transition`, replaying the events kept in the URL, so
// the same link always shows the same state. Guards are evaluated by XState itself
// (`machine.getTransitionData`), so a button is offered only for the transition that would really fire.
import { useMemo } from 'react';
import { initialTransition, transition, type AnyMachineSnapshot, type AnyStateMachine, type StateValue } from 'xstate';
import type { Model } from '@/domain/model-schema';
import { layoutStatechart, type StatechartGraph, type StatechartTransition } from '@/layout/statechart-layout';
import { useI18n, type I18n } from '@/i18n/language';
import { eventWords, guardWords, transitionWords } from '@/render/process-words';
import { StatechartDiagram } from '@/render/statechart-diagram';
import { StatechartTable } from '@/render/statechart-table';
import { laneName } from './journey-text';
import type { MachineRun, ProcessMachine } from './process-machines';
import { NorsjoAdvice } from './norsjo-advice';

interface Replay {
  snapshot: AnyMachineSnapshot;
  log: { event: string; count: number; state: string }[];
}

/** Active state paths of a state value: {decision: 'byPreparer'} → decision, decision.byPreparer. */
function activePaths(value: StateValue, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix + value];
  return Object.entries(value).flatMap(([key, child]) =>
    child === undefined ? [prefix + key] : [prefix + key, ...activePaths(child, `${prefix}${key}.`)],
  );
}

function leafPath(snapshot: AnyMachineSnapshot): string {
  const paths = activePaths(snapshot.value as StateValue);
  return paths[paths.length - 1] ?? '';
}

interface TransitionDefinitionLike {
  eventType: string;
  source: { path: string[]; transitions: Map<string, unknown[]> };
  target?: readonly { path: string[] }[];
}

/** The graph ids of the transitions XState would take for each event the machine knows. */
function enabledTransitions(machine: AnyStateMachine, snapshot: AnyMachineSnapshot, graph: StatechartGraph): Set<string> {
  const enabled = new Set<string>();
  if (snapshot.status !== 'active') return enabled;
  const events = new Set(graph.transitions.flatMap((t) => (t.event === undefined ? [] : [t.event])));
  for (const type of events) {
    const taken = machine.getTransitionData(snapshot, { type }) as unknown as TransitionDefinitionLike[];
    for (const definition of taken) {
      const source = definition.source.path.join('.');
      const position = definition.source.transitions.get(type)?.indexOf(definition) ?? -1;
      const target = definition.target?.[0]?.path.join('.');
      const match =
        graph.transitions.find((t) => t.source === source && t.event === type && t.position === position) ??
        graph.transitions.find((t) => t.source === source && t.event === type && t.target === target);
      if (match !== undefined) enabled.add(match.id);
    }
  }
  return enabled;
}

function replay(machine: AnyStateMachine, input: unknown, events: readonly string[]): Replay {
  let [snapshot] = initialTransition(machine, input);
  const log: Replay['log'] = [];
  for (const type of events) {
    const [next] = transition(machine, snapshot, { type });
    if (next === snapshot) continue;
    snapshot = next;
    const state = leafPath(snapshot);
    const last = log[log.length - 1];
    if (last !== undefined && last.event === type && last.state === state) last.count++;
    else log.push({ event: type, count: 1, state });
  }
  return { snapshot, log };
}

function stateName(graph: StatechartGraph, pick: I18n['pick'], path: string): string {
  const state = graph.states.find((s) => s.id === path);
  return state?.label !== undefined ? pick(state.label) : path;
}

/** A short account of what the machine has counted so far (its context), in words. */
function ContextSummary({ entry, snapshot }: { entry: ProcessMachine; snapshot: AnyMachineSnapshot }) {
  const { t, number } = useI18n();
  const context = snapshot.context as Record<string, unknown>;
  const lines: string[] = [];
  const num = (key: string): number => (typeof context[key] === 'number' ? (context[key] as number) : 0);
  if (entry.id === 'matter') {
    const legs = Array.isArray(context.legs) ? context.legs.length : 0;
    lines.push(t('process.context.decisions', { taken: num('decisionsTaken'), needed: legs }));
  } else if (entry.id === 'budget-year') {
    lines.push(t('process.context.process', { order: t(context.process === 'topDown' ? 'process.context.topDown' : 'process.context.bottomUp') }));
    lines.push(t('process.context.rounds', { held: num('roundsHeld'), needed: num('negotiationRounds') }));
    lines.push(t('process.context.months', { closed: num('monthsClosed'), reports: num('interimReports') }));
  } else if (entry.id === 'deviation') {
    lines.push(
      t('process.context.deviation', {
        gap: number(num('gapMsek'), 1),
        covered: number(num('coveredMsek'), 1),
        rules: t(context.rules === 'silo' ? 'process.context.silo' : 'process.context.whole'),
      }),
    );
  }
  if (lines.length === 0) return null;
  return (
    <ul className="process-context">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}

export interface MachinePlaygroundProps {
  entry: ProcessMachine;
  run: MachineRun;
  model: Model;
  /** Events sent so far (kept in the URL). */
  events: readonly string[];
  onEvents(events: string[]): void;
}

export function MachinePlayground({ entry, run, model, events, onEvents }: MachinePlaygroundProps) {
  const { t, pick } = useI18n();
  const { machine, graph } = entry;

  const layout = useMemo(
    () =>
      layoutStatechart(graph, {
        title: (state) => (state.label !== undefined ? pick(state.label) : state.key),
        detail: (state) => {
          if (state.children.length > 0) return '';
          const actors = run.actors(state.id);
          if (actors.officials.length > 0) {
            return t('process.actor.officials', { names: actors.officials.map((id) => laneName(model, pick, id)).join(', ') });
          }
          return actors.bodies.length > 0
            ? t('process.actor.bodies', { names: actors.bodies.map((id) => laneName(model, pick, id)).join(', ') })
            : '';
        },
        transition: (tr) => transitionWords(t, tr),
      }),
    // The text depends on the language and the organisation; `t` and `pick` change with the language.
    [graph, run, model, t, pick],
  );

  const { snapshot, log } = useMemo(() => replay(machine, run.input, events), [machine, run, events]);
  const active = useMemo(() => new Set(activePaths(snapshot.value as StateValue)), [snapshot]);
  const enabled = useMemo(() => enabledTransitions(machine, snapshot, graph), [machine, snapshot, graph]);
  const current = stateName(graph, pick, leafPath(snapshot));
  const machineName = t(entry.nameKey);

  const fire = (tr: StatechartTransition, times = 1): void => {
    if (tr.event === undefined) return;
    onEvents([...events, ...Array.from({ length: times }, () => tr.event as string)]);
  };

  const enabledList = graph.transitions.filter((tr) => enabled.has(tr.id) && tr.event !== undefined);
  const enabledEvents = new Set(enabledList.map((tr) => tr.event));
  const blocked = graph.transitions.filter(
    (tr) =>
      tr.event !== undefined &&
      tr.guard !== undefined &&
      active.has(tr.source) &&
      !enabledEvents.has(tr.event) &&
      snapshot.status === 'active',
  );

  return (
    <div className="playground">
      <div className="playground-diagram">
        <StatechartDiagram
          graph={graph}
          layout={layout}
          active={active}
          enabled={enabled}
          label={t('process.diagram.label', { machine: machineName, model: pick(model.name), state: current })}
          onFire={(tr) => fire(tr)}
        />
        <p className="help">{t('process.diagram.help')}</p>
      </div>
      <aside className="playground-side" aria-label={t('process.log.heading')}>
        <p className="playground-current" aria-live="polite">
          <span className="help">{t('process.current')}</span>
          <br />
          <strong>{current}</strong>
        </p>
        {snapshot.status === 'done' && <p>{t('process.done')}</p>}
        <ContextSummary entry={entry} snapshot={snapshot} />
        <h3>{t('process.available.heading')}</h3>
        {enabledList.length === 0 && blocked.length === 0 ? (
          <p className="help">{t('process.available.none')}</p>
        ) : (
          <ul className="event-buttons">
            {enabledList.map((tr) => (
              <li key={tr.id}>
                <button type="button" onClick={() => fire(tr)} data-event={tr.event}>
                  {eventWords(t, tr.event)}
                </button>
                {tr.internal && (
                  <button
                    type="button"
                    className="repeat"
                    onClick={() => fire(tr, 12)}
                    aria-label={t('process.available.repeatLabel', { event: eventWords(t, tr.event) })}
                  >
                    {t('process.available.repeat')}
                  </button>
                )}
              </li>
            ))}
            {blocked.map((tr) => (
              <li key={tr.id} className="blocked">
                <span>{eventWords(t, tr.event)}</span>
                <span className="help"> {t('process.available.blocked', { guard: guardWords(t, tr.guard ?? '') })}</span>
              </li>
            ))}
          </ul>
        )}
        <h3>{t('process.log.heading')}</h3>
        {log.length === 0 ? (
          <p className="help">{t('process.log.empty')}</p>
        ) : (
          <ol className="event-log">
            {log.map((entryLine, index) => (
              <li key={index}>
                {entryLine.count > 1
                  ? t('process.log.repeated', { event: eventWords(t, entryLine.event), count: entryLine.count, state: stateName(graph, pick, entryLine.state) })
                  : t('process.log.entry', { event: eventWords(t, entryLine.event), state: stateName(graph, pick, entryLine.state) })}
              </li>
            ))}
          </ol>
        )}
        <button type="button" className="secondary" onClick={() => onEvents([])} disabled={events.length === 0}>
          {t('process.reset')}
        </button>
      </aside>
      {entry.id === 'reorganisation' && <NorsjoAdvice snapshot={snapshot} />}
      <details className="statechart-details">
        <summary>{t('process.table.heading')}</summary>
        <StatechartTable graph={graph} caption={t('process.table.caption', { machine: machineName })} enabled={enabled} />
      </details>
    </div>
  );
}
