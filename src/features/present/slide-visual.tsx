// The picture beside a step's narration: a compact rendering of the view the step names, drawn with the
// same render/ and layout/ components the views use (features never import each other): organisation
// charts for Compare and a model, the downpipes-and-vessels chart for Simulate, the matter's journey as
// swimlanes (or the steering documents a reorganisation must update together) for Process.
import { useMemo, useRef } from 'react';
import { DAYS_IN_YEAR } from '@/domain/meeting-calendar';
import type { Model } from '@/domain/model-schema';
import type { StoryStep } from '@/domain/story-schema';
import { layoutOrgChart } from '@/layout/org-chart-layout';
import { pipePanelOf, type PipeWords } from '@/layout/pipes-input';
import { layoutSwimlanes, sharedDayRange } from '@/layout/swimlane-layout';
import { steeringDocumentsFor, STEERING_DOCUMENT_KINDS } from '@/machines/reorganisation';
import { DataTable } from '@/render/data-table';
import { useI18n, type I18n, type Language } from '@/i18n/language';
import { OrgChart } from '@/render/org-chart';
import { PipesChart } from '@/render/pipes-chart';
import { SwimlaneChart } from '@/render/swimlane-chart';
import type { TableSpec } from '@/render/table-spec';
import { useElementWidth } from '@/render/use-element-width';
import type { JourneyKind } from '@/simulation/matter-journey';
import { shortName } from './short-name';
import { journeyOf, stepScenario, stepSeed, yearOf, type FigureWorld } from './story-figures';

/** A non-leap reference year for turning the simulation's day numbers into dates. */
const REFERENCE_YEAR = 2025;

function dateText(lang: Language, day: number, options: Intl.DateTimeFormatOptions): string {
  const date = new Date(Date.UTC(REFERENCE_YEAR, 0, 1 + (Math.floor(day) % DAYS_IN_YEAR)));
  return date.toLocaleDateString(lang === 'sv' ? 'sv-SE' : 'en-GB', { ...options, timeZone: 'UTC' });
}

function monthNames(lang: Language, month: 'short' | 'long'): string[] {
  return Array.from({ length: 12 }, (_, m) => new Date(Date.UTC(REFERENCE_YEAR, m, 1)).toLocaleDateString(lang === 'sv' ? 'sv-SE' : 'en-GB', { month, timeZone: 'UTC' }));
}

function stepModels(step: StoryStep, world: FigureWorld): Model[] {
  return (step.state?.models ?? []).flatMap((id) => {
    const model = world.models.get(id);
    return model === undefined ? [] : [model];
  });
}

function OrgCharts({ models }: { models: readonly Model[] }) {
  const { pick, lang } = useI18n();
  const layouts = useMemo(() => models.map((model) => layoutOrgChart(model, lang)), [models, lang]);
  return (
    <div className={`present-charts present-charts-${models.length}`}>
      {models.map((model, i) => (
        <figure key={model.id} className="present-chart">
          <figcaption title={pick(model.name)}>{shortName(model, pick)}</figcaption>
          {layouts[i] && <OrgChart layout={layouts[i]} modelName={pick(model.name)} modelId={model.id} />}
        </figure>
      ))}
    </div>
  );
}

function pipeWords(model: Model, i18n: I18n): PipeWords {
  const { t, pick, number, lang } = i18n;
  const nameOf = (bodyId: string): string => {
    const body = model.bodies.find((b) => b.id === bodyId);
    return body === undefined ? bodyId : pick(body.name);
  };
  return {
    nameOf,
    holderLabel: (bodyId, _rules, joined) => (joined ? t('present.pipes.joined', { name: nameOf(bodyId) }) : nameOf(bodyId)),
    event: (facts) => {
      const day = dateText(lang, facts.day, { day: 'numeric', month: 'short' });
      if (facts.kind === 'detected') {
        return { mark: '!', label: t('present.pipes.detected', { day, body: nameOf(facts.record.holder), amount: number(facts.record.gapMsek, 1) }) };
      }
      const decider = facts.deciderId === undefined ? nameOf(facts.record.holder) : nameOf(facts.deciderId);
      const amount = number(facts.record.measuresMsek + facts.record.appropriationMsek, 1);
      return { mark: '◆', label: t('present.pipes.covered', { day, body: decider, amount }) };
    },
  };
}

function Pipes({ step, models, world }: { step: StoryStep; models: readonly Model[]; world: FigureWorld }) {
  const i18n = useI18n();
  const box = useRef<HTMLDivElement>(null);
  const width = Math.max(480, Math.floor(useElementWidth(box)) || 720);
  const scenario = stepScenario(step.state, world);
  const panels = useMemo(() => {
    if (scenario === undefined) return [];
    const seed = stepSeed(step.state, scenario);
    return models.map((model) => pipePanelOf(yearOf(model, scenario, seed), model, shortName(model, i18n.pick), pipeWords(model, i18n)));
  }, [models, scenario, step.state, i18n]);
  const monthShort = useMemo(() => monthNames(i18n.lang, 'short'), [i18n.lang]);
  const monthLong = useMemo(() => monthNames(i18n.lang, 'long'), [i18n.lang]);
  return (
    <div ref={box} className="present-pipes">
      {panels.length > 0 && (
        <PipesChart panels={panels} month={(step.state?.month ?? 12) - 1} width={width} monthShort={monthShort} monthLong={monthLong} />
      )}
    </div>
  );
}

const JOURNEY_KINDS: Record<NonNullable<NonNullable<StoryStep['state']>['matter']>, JourneyKind> = {
  'single-area': 'singleArea',
  'cross-area': 'crossArea',
  deviation: 'deviation',
  council: 'council',
};

const journeyKindOf = (step: StoryStep): JourneyKind => JOURNEY_KINDS[step.state?.matter ?? 'cross-area'];

function Journey({ step, model, world, range }: { step: StoryStep; model: Model; world: FigureWorld; range: { dayFrom: number; dayTo: number } }) {
  const { t, pick, lang, number } = useI18n();
  const column = useRef<HTMLElement>(null);
  const width = Math.max(360, Math.floor(useElementWidth(column)) || 640);
  const scenario = stepScenario(step.state, world);
  const journey = scenario === undefined ? undefined : journeyOf(model, scenario, stepSeed(step.state, scenario), journeyKindOf(step));
  const months = useMemo(() => monthNames(lang, 'short'), [lang]);
  const layout = useMemo(
    () => (journey === undefined ? undefined : layoutSwimlanes(journey, { width, ...range, laneName: (lane) => pick(lane.name) })),
    [journey, width, range, pick],
  );
  if (journey === undefined || layout === undefined) return null;
  const name = shortName(model, pick);
  const caption =
    journey.leadTimeDays === undefined
      ? t('present.journey.notDecided', { name })
      : t('present.journey.caption', { name, days: number(journey.leadTimeDays, 0), handovers: journey.handovers, meetings: journey.meetings });
  return (
    <figure ref={column} className="present-journey">
      <figcaption>{caption}</figcaption>
      <SwimlaneChart
        layout={layout}
        currentStep={journey.steps.length - 1}
        currentDay={undefined}
        label={t('present.journey.label', { name })}
        monthLabel={(month) => months[((month % 12) + 12) % 12] ?? ''}
      />
    </figure>
  );
}

function Journeys({ step, models, world }: { step: StoryStep; models: readonly Model[]; world: FigureWorld }) {
  const scenario = stepScenario(step.state, world);
  const range = useMemo(() => {
    if (scenario === undefined) return { dayFrom: 0, dayTo: DAYS_IN_YEAR };
    const seed = stepSeed(step.state, scenario);
    return sharedDayRange(models.map((model) => journeyOf(model, scenario, seed, journeyKindOf(step))));
  }, [models, scenario, step.state]);
  return (
    <div className="present-journeys">
      {models.map((model) => (
        <Journey key={model.id} step={step} model={model} world={world} range={range} />
      ))}
    </div>
  );
}

/** The steering documents each organisation must update together (Norsjö's advice, reorganisation.ts). */
export function steeringDocumentsTable(models: readonly Model[], i18n: I18n): TableSpec {
  const { t, pick } = i18n;
  const documents = models.map((model) => steeringDocumentsFor(model).documents);
  const names = (model: Model, ids: readonly string[]): string =>
    ids.map((id) => {
      const body = model.bodies.find((b) => b.id === id);
      return body === undefined ? t(`present.docs.single.${id === 'attest-rules' ? 'attestRules' : 'budgetCalendar'}`) : pick(body.name);
    }).join(', ');
  return {
    caption: t('present.docs.caption'),
    rowHeader: t('present.docs.document'),
    columns: models.map((model) => ({ header: shortName(model, pick) })),
    rows: STEERING_DOCUMENT_KINDS.map((kind) => ({
      key: kind,
      header: t(`present.docs.kind.${kind}`),
      cells: models.map((model, i) => {
        const ids = documents[i]?.[kind] ?? [];
        return { text: `${ids.length}: ${names(model, ids)}`, csv: ids.length };
      }),
    })),
  };
}

/** Whether a step has a picture: a view with one, models to draw, and the chart not traded for the figures. */
export function hasVisual(step: StoryStep): boolean {
  const machine = step.state?.machine ?? 'matter';
  if (step.state?.highlight === 'figures' || (step.state?.models ?? []).length === 0) return false;
  if (step.view === 'process') return machine === 'matter' || machine === 'reorganisation';
  return step.view === 'compare' || step.view === 'model' || step.view === 'simulate';
}

export function SlideVisual({ step, world }: { step: StoryStep; world: FigureWorld }) {
  const i18n = useI18n();
  const models = useMemo(() => stepModels(step, world), [step, world]);
  if (!hasVisual(step) || models.length === 0) return null;
  switch (step.view) {
    case 'compare':
    case 'model':
      return <OrgCharts models={models} />;
    case 'simulate':
      return <Pipes step={step} models={models} world={world} />;
    case 'process':
      if (step.state?.machine === 'reorganisation') return <DataTable table={steeringDocumentsTable(models, i18n)} className="present-docs" />;
      return step.state?.machine === undefined || step.state.machine === 'matter' ? <Journeys step={step} models={models} world={world} /> : null;
    default:
      return null;
  }
}
