// The picture of a slide (DESIGN §7: one chart that fills the stage), built from the step and the
// simulator's output and drawn by the slide charts in render/: seats as dots, the budget between its
// holders, paired years, medians with bands, the concentration in KS, a sweep, the pipes month by month,
// a matter's swimlane, the road as a timeline, and the steering documents. Every simulated chart reads many
// years paired (story-runs.ts); the pipes and the swimlane show the example year, labelled as such.
import { useEffect, useMemo, useState } from 'react';
import { budgetHolderShares, deriveFacts } from '@/domain/derived-facts';
import type { Model } from '@/domain/model-schema';
import { differenceFormat, STORY_FIGURES } from '@/domain/story-figure-names';
import type { LoadedStory } from '@/domain/validate-story';
import { ROAD_MILESTONES, type SlideChart, type StoryStep } from '@/domain/story-schema';
import { pipePanelOf, type PipeWords } from '@/layout/pipes-input';
import { steeringDocumentsFor, STEERING_DOCUMENT_KINDS, reorganisationMachine } from '@/machines/reorganisation';
import { useI18n, type I18n } from '@/i18n/language';
import { SlideBandsChart } from '@/render/slide-bands-chart';
import { SlideBudgetChart } from '@/render/slide-budget-chart';
import { SlidePairedChart } from '@/render/slide-paired-chart';
import { SlidePipesChart } from '@/render/slide-pipes-chart';
import { SlideSeatsChart } from '@/render/slide-seats-chart';
import { SlideSweepChart } from '@/render/slide-sweep-chart';
import { SlideSwimlaneChart } from '@/render/slide-swimlane-chart';
import { SlideTimelineChart } from '@/render/slide-timeline-chart';
import type { TableSpec } from '@/render/table-spec';
import { useReducedMotion } from '@/render/use-reduced-motion';
import type { JourneyKind } from '@/simulation/matter-journey';
import type { MetricKey } from '@/simulation/monte-carlo';
import { pairedYears, yearsSummary } from './paired-years';
import { InfluenceSlide, MapSlide } from './slide-robustness';
import { shortName } from './short-name';
import { exampleSeed, formatFigure, headlineFigure, journeyOf, stepScenario, stepSetting, stepSweep, yearOf, type FigureWorld } from './story-figures';
import { FIGURE_METRICS, useStoryRuns, yearsOf } from './story-runs';

/** The chart a step shows: its own, or the one its view implies. */
export function chartOf(step: StoryStep): SlideChart {
  if (step.chart !== undefined) return step.chart;
  const models = step.state?.models?.length ?? 0;
  switch (step.view) {
    case 'compare':
    case 'model':
      return models > 0 ? 'seats' : 'timeline';
    case 'simulate':
      return models > 0 ? 'pipes' : 'timeline';
    case 'process':
      return step.state?.machine === 'reorganisation' ? 'documents' : models > 0 ? 'swimlane' : 'timeline';
    default:
      return 'timeline';
  }
}

function stepModels(step: StoryStep, world: FigureWorld): Model[] {
  return (step.state?.models ?? []).flatMap((id) => {
    const model = world.models.get(id);
    return model === undefined ? [] : [model];
  });
}

const isBoardSide = (model: Model, bodyId: string): boolean => {
  const body = model.bodies.find((b) => b.id === bodyId);
  if (body === undefined) return false;
  if (body.kind === 'executiveBoard') return true;
  return body.kind === 'subcommittee' && model.bodies.find((b) => b.id === body.parent)?.kind === 'executiveBoard';
};

const bodyName = (model: Model, id: string, i18n: I18n): string => {
  const body = model.bodies.find((b) => b.id === id);
  return body === undefined ? id : i18n.pick(body.name);
};

function Waiting({ label }: { label: string }) {
  return (
    <p className="slide-waiting" role="status">
      {label}
    </p>
  );
}

function SeatsSlide({ models }: { models: readonly Model[] }) {
  const i18n = useI18n();
  const { t, pick } = i18n;
  const panels = useMemo(
    () =>
      models.map((model) => {
        const facts = deriveFacts(model);
        return {
          key: model.id,
          title: shortName(model, pick),
          subtitle: t('slide.seats.subtitle', { seats: facts.seats.total, persons: facts.persons.total }),
          bodies: model.bodies
            .filter((body) => body.kind !== 'council')
            .map((body) => ({ id: body.id, name: pick(body.name), members: body.members, substitutes: body.substitutes, whole: isBoardSide(model, body.id) })),
        };
      }),
    [models, pick, t],
  );
  const table: TableSpec = {
    caption: t('slide.seats.caption'),
    rowHeader: t('slide.seats.body'),
    columns: [{ header: t('slide.seats.organisation') }, { header: t('slide.seats.members'), numeric: true }, { header: t('slide.seats.substitutes'), numeric: true }],
    rows: panels.flatMap((panel) =>
      panel.bodies.map((body) => ({ key: `${panel.key}.${body.id}`, header: body.name, cells: [panel.title, body.members, body.substitutes] })),
    ),
  };
  return <SlideSeatsChart panels={panels} label={t('slide.seats.label', { names: panels.map((p) => p.title).join(', ') })} legend={t('slide.seats.legend')} table={table} />;
}

function DocumentsSlide({ models }: { models: readonly Model[] }) {
  const { t, pick } = useI18n();
  const panels = models.map((model) => {
    const documents = steeringDocumentsFor(model).documents;
    const total = STEERING_DOCUMENT_KINDS.reduce((sum, kind) => sum + documents[kind].length, 0);
    return {
      key: model.id,
      title: shortName(model, pick),
      subtitle: t('slide.docs.subtitle', { count: total }),
      bodies: STEERING_DOCUMENT_KINDS.map((kind) => ({ id: kind, name: t(`present.docs.kind.${kind}`), members: documents[kind].length, substitutes: 0, whole: true })),
    };
  });
  const table: TableSpec = {
    caption: t('present.docs.caption'),
    rowHeader: t('present.docs.document'),
    columns: panels.map((panel) => ({ header: panel.title, numeric: true })),
    rows: STEERING_DOCUMENT_KINDS.map((kind, k) => ({ key: kind, header: t(`present.docs.kind.${kind}`), cells: panels.map((panel) => panel.bodies[k]?.members ?? 0) })),
  };
  return <SlideSeatsChart panels={panels} label={t('present.docs.caption')} legend={t('slide.docs.legend')} table={table} />;
}

function BudgetSlide({ models }: { models: readonly Model[] }) {
  const i18n = useI18n();
  const { t, pick, number } = i18n;
  const shareText = useMemo(() => (share: number) => `${number(share * 100, 0)} %`, [number]);
  const rows = useMemo(
    () =>
      models.map((model) => {
        const facts = deriveFacts(model);
        const shares = [...budgetHolderShares(model).entries()].sort((a, b) => b[1] - a[1]);
        return {
          key: model.id,
          title: t('slide.budget.row', { name: shortName(model, pick), holders: shares.length, nEff: number(facts.effectiveBudgetHolders, 1) }),
          holders: shares.map(([id, share]) => ({ id, name: bodyName(model, id, i18n), share, whole: model.bodies.find((b) => b.id === id)?.kind === 'executiveBoard' })),
        };
      }),
    [models, t, pick, number, i18n],
  );
  const table: TableSpec = {
    caption: t('slide.budget.caption'),
    rowHeader: t('slide.budget.holder'),
    columns: [{ header: t('slide.seats.organisation') }, { header: t('slide.budget.share'), numeric: true }],
    rows: rows.flatMap((row) => row.holders.map((h) => ({ key: `${row.key}.${h.id}`, header: h.name, cells: [row.title, shareText(h.share)] }))),
  };
  return <SlideBudgetChart rows={rows} label={t('slide.budget.label')} table={table} shareText={shareText} />;
}

function PairedSlide({ step, world }: { step: StoryStep; world: FigureWorld }) {
  useStoryRuns();
  const i18n = useI18n();
  const { t, pick, number } = i18n;
  const setting = stepSetting(step.state, world);
  const [a, b] = stepModels(step, world);
  if (setting === undefined || a === undefined || b === undefined) return null;
  const metrics = step.state?.metrics ?? ['trappedSurplus'];
  const nameA = shortName(a, pick);
  const nameB = shortName(b, pick);
  const rows = metrics.flatMap((figure) => {
    const key = FIGURE_METRICS[figure] as MetricKey;
    const x = yearsOf(setting, a.id, key);
    const y = yearsOf(setting, b.id, key);
    if (x === undefined || y === undefined) return [];
    const paired = pairedYears(x, y, STORY_FIGURES[figure].better);
    const pct = (share: number) => `${number(share * 100, 0)} %`;
    const diff = (value: number) => formatFigure(value, differenceFormat(STORY_FIGURES[figure].format), number);
    return [
      {
        key: figure,
        title: t(`present.figure.${figure}`),
        better: paired.better,
        ties: paired.ties,
        worse: paired.worse,
        labels: [t('slide.paired.better', { name: nameA, share: pct(paired.better) }), t('slide.paired.ties', { share: pct(paired.ties) }), t('slide.paired.better', { name: nameB, share: pct(paired.worse) })] as const,
        note: t('slide.paired.note', { a: nameA, b: nameB, median: diff(paired.median), p10: diff(paired.p10), p90: diff(paired.p90), years: number(paired.years, 0) }),
      },
    ];
  });
  if (rows.length === 0) return <Waiting label={t('slide.waiting')} />;
  const table: TableSpec = {
    caption: t('slide.paired.caption', { a: nameA, b: nameB }),
    rowHeader: t('slide.paired.figure'),
    columns: [t('slide.paired.col.better', { name: nameA }), t('slide.paired.col.ties'), t('slide.paired.col.better', { name: nameB }), t('slide.paired.col.median')].map((header) => ({ header, numeric: true })),
    rows: rows.map((row) => ({ key: row.key, header: row.title, cells: [row.labels[0], row.labels[1], row.labels[2], row.note] })),
  };
  return <SlidePairedChart rows={rows} label={t('slide.paired.label', { a: nameA, b: nameB })} table={table} />;
}

const CONCENTRATION = ['ksShareOfDecisions', 'ksShareOfMoney', 'ksShareOfPositions'] as const;

function BandsSlide({ step, world, concentration }: { step: StoryStep; world: FigureWorld; concentration: boolean }) {
  useStoryRuns();
  const { t, pick, number } = useI18n();
  const setting = stepSetting(step.state, world);
  const models = stepModels(step, world);
  if (setting === undefined) return null;
  const figures = concentration ? CONCENTRATION : (step.state?.metrics ?? ['trappedSurplus']);
  let waiting = false;
  const groups = figures.map((figure) => ({
    key: figure,
    title: t(`present.figure.${figure}`),
    rows: models.map((model, m) => {
      const values = yearsOf(setting, model.id, FIGURE_METRICS[figure] as MetricKey);
      if (values === undefined) waiting = true;
      const s = values === undefined ? { median: 0, p10: 0, p90: 0 } : yearsSummary(values);
      const f = (v: number) => formatFigure(v, STORY_FIGURES[figure].format, number);
      return { key: model.id, label: shortName(model, pick), median: s.median, p10: s.p10, p90: s.p90, valueText: t('slide.bands.value', { median: f(s.median), p10: f(s.p10), p90: f(s.p90) }), series: m };
    }),
  }));
  if (waiting) return <Waiting label={t('slide.waiting')} />;
  const table: TableSpec = {
    caption: t('slide.bands.caption'),
    rowHeader: t('slide.paired.figure'),
    columns: models.map((model) => ({ header: shortName(model, pick), numeric: true })),
    rows: groups.map((group) => ({ key: group.key, header: group.title, cells: group.rows.map((row) => row.valueText) })),
  };
  return <SlideBandsChart groups={groups} domain={concentration ? [0, 1] : undefined} label={t(concentration ? 'slide.concentration.label' : 'slide.bands.label')} table={table} />;
}

function SweepSlide({ step, world }: { step: StoryStep; world: FigureWorld }) {
  useStoryRuns();
  const { t, pick, number } = useI18n();
  const sweep = stepSweep(step, world);
  const [a, b] = stepModels(step, world);
  const scenario = stepScenario(step.state, world);
  if (sweep === undefined || a === undefined || b === undefined || scenario === undefined) return null;
  const figure = headlineFigure(step);
  const key = FIGURE_METRICS[figure] as MetricKey;
  const points = sweep.points.flatMap(({ value, setting }) => {
    const x = yearsOf(setting, a.id, key);
    const y = yearsOf(setting, b.id, key);
    if (x === undefined || y === undefined) return [];
    const paired = pairedYears(x, y, STORY_FIGURES[figure].better);
    return [{ value, median: paired.median, p10: paired.p10, p90: paired.p90 }];
  });
  if (points.length < sweep.points.length) return <Waiting label={t('slide.waiting')} />;
  const nameA = shortName(a, pick);
  const nameB = shortName(b, pick);
  const parameter = t(`slide.sweep.${sweep.parameter}`);
  const mark = sweep.parameter === 'kappa' ? scenario.kappa : sweep.parameter === 'omega' ? scenario.omega : 1;
  const f = (v: number) => formatFigure(v, differenceFormat(STORY_FIGURES[figure].format), number);
  const table: TableSpec = {
    caption: t('slide.sweep.caption', { a: nameA, b: nameB, figure: t(`present.figure.${figure}`), parameter }),
    rowHeader: parameter,
    columns: [{ header: t('slide.paired.col.median'), numeric: true }, { header: '10 %', numeric: true }, { header: '90 %', numeric: true }],
    rows: points.map((p) => ({ key: String(p.value), header: number(p.value, 2), cells: [f(p.median), f(p.p10), f(p.p90)] })),
  };
  return (
    <SlideSweepChart
      points={points}
      mark={mark}
      label={table.caption}
      table={table}
      xLabel={parameter}
      yLabel={t('slide.sweep.y', { a: nameA, b: nameB, figure: t(`present.figure.${figure}`) })}
      zeroLabel={t('slide.sweep.zero')}
      markLabel={t('slide.sweep.mark', { value: number(mark, 2) })}
      tick={(value, axis) => (axis === 'x' ? number(value, 2) : f(value))}
    />
  );
}

const MONTH_MS = 700;

function pipeWords(model: Model, i18n: I18n): PipeWords {
  const nameOf = (id: string) => bodyName(model, id, i18n);
  return {
    nameOf,
    holderLabel: (bodyId, _rules, joined) => (joined ? i18n.t('present.pipes.joined', { name: nameOf(bodyId) }) : nameOf(bodyId)),
    event: () => ({ mark: '', label: '' }),
  };
}

function monthName(lang: string, month: number): string {
  return new Date(Date.UTC(2025, month, 1)).toLocaleDateString(lang === 'sv' ? 'sv-SE' : 'en-GB', { month: 'long', timeZone: 'UTC' });
}

function PipesSlide({ step, world, animate }: { step: StoryStep; world: FigureWorld; animate: boolean }) {
  useStoryRuns();
  const i18n = useI18n();
  const { t, pick, number, lang } = i18n;
  const reduced = useReducedMotion();
  const last = (step.state?.month ?? 12) - 1;
  const [month, setMonth] = useState(animate && !reduced ? 0 : last);
  useEffect(() => {
    if (!animate || reduced) {
      setMonth(last);
      return;
    }
    setMonth(0);
    const timer = setInterval(() => setMonth((m) => (m >= last ? m : m + 1)), MONTH_MS);
    return () => clearInterval(timer);
  }, [animate, reduced, last, step]);
  const models = stepModels(step, world);
  const scenario = stepScenario(step.state, world);
  const seed = exampleSeed(step, world);
  const panels = useMemo(
    () => (scenario === undefined || seed === undefined ? [] : models.map((model) => pipePanelOf(yearOf(model, scenario, seed), model, shortName(model, pick), pipeWords(model, i18n)))),
    [models, scenario, seed, pick, i18n],
  );
  if (panels.length === 0) return <Waiting label={t('slide.waiting')} />;
  const signed = (v: number) => formatFigure(v, 'signedMsek1', number);
  const table: TableSpec = {
    caption: t('slide.pipes.caption'),
    rowHeader: t('slide.budget.holder'),
    columns: [{ header: t('slide.seats.organisation') }, { header: monthName(lang, month), numeric: true }],
    rows: panels.flatMap((panel) => panel.holders.map((h) => ({ key: `${panel.key}.${h.bodyId}`, header: h.name, cells: [panel.title, signed(h.balanceByMonthMsek[month] ?? 0)] }))),
  };
  return (
    <SlidePipesChart
      panels={panels}
      month={month}
      monthName={monthName(lang, month)}
      label={t('slide.pipes.label', { month: monthName(lang, month) })}
      table={table}
      valueText={signed}
      trappedText={(v) => t('slide.pipes.trapped', { amount: number(v, 1) })}
    />
  );
}

const JOURNEY_KINDS: Record<string, JourneyKind> = { 'single-area': 'singleArea', 'cross-area': 'crossArea', deviation: 'deviation', council: 'council' };

function SwimlaneSlide({ step, world }: { step: StoryStep; world: FigureWorld }) {
  useStoryRuns();
  const { t, pick, number } = useI18n();
  const models = stepModels(step, world);
  const scenario = stepScenario(step.state, world);
  const seed = exampleSeed(step, world);
  if (scenario === undefined || seed === undefined) return <Waiting label={t('slide.waiting')} />;
  const kind = JOURNEY_KINDS[step.state?.matter ?? 'cross-area'] ?? 'crossArea';
  const panels = models.map((model) => {
    const journey = journeyOf(model, scenario, seed, kind);
    const name = shortName(model, pick);
    return {
      key: model.id,
      title:
        journey.leadTimeDays === undefined
          ? t('present.journey.notDecided', { name })
          : t('slide.swim.title', { name, days: number(journey.leadTimeDays, 0), handovers: journey.handovers, meetings: journey.meetings }),
      lanes: journey.lanes.map((lane) => ({ id: lane.id, name: pick(lane.name) })),
      steps: journey.steps.map((s) => ({ day: s.day, lane: s.lane })),
      arrivalDay: journey.arrivalDay,
    };
  });
  const table: TableSpec = {
    caption: t('slide.swim.caption'),
    rowHeader: t('slide.seats.organisation'),
    columns: [{ header: t('slide.swim.summary') }],
    rows: panels.map((p) => ({ key: p.key, header: p.key, cells: [p.title] })),
  };
  return <SlideSwimlaneChart panels={panels} label={t('slide.swim.label')} table={table} dayText={(days) => t('slide.swim.day', { days })} />;
}

type Meta = { label?: { sv: string; en: string } };
/** The milestones' names, read from the reorganisation machine's own states. */
function milestoneName(id: string, i18n: I18n): string {
  const states = reorganisationMachine.config.states ?? {};
  const underway = (states.underway as { states?: Record<string, { meta?: Meta }> } | undefined)?.states ?? {};
  const meta = (underway[id]?.meta ?? (states[id] as { meta?: Meta } | undefined)?.meta) as Meta | undefined;
  return meta?.label === undefined ? id : i18n.pick(meta.label);
}

function roadDateText(date: string, example: boolean, i18n: I18n): string {
  const [year, month, day] = date.split('-').map(Number);
  const locale = i18n.lang === 'sv' ? 'sv-SE' : 'en-GB';
  const when =
    month === undefined
      ? String(year)
      : new Date(Date.UTC(year ?? 2020, month - 1, day ?? 1)).toLocaleDateString(locale, { ...(day === undefined ? {} : { day: 'numeric' }), month: 'short', year: 'numeric', timeZone: 'UTC' });
  return example ? i18n.t('slide.road.example', { when }) : when;
}

export function roadMilestones(story: LoadedStory, i18n: I18n) {
  return ROAD_MILESTONES.map((id) => {
    const dated = story.road?.find((d) => d.milestone === id);
    return {
      id,
      label: milestoneName(id, i18n),
      date: dated === undefined ? '' : roadDateText(dated.date, dated.status === 'example', i18n),
      example: dated?.status !== 'documented',
    };
  });
}

function TimelineSlide({ story, step }: { story: LoadedStory; step: StoryStep }) {
  const i18n = useI18n();
  const { t } = i18n;
  const milestones = useMemo(() => roadMilestones(story, i18n), [story, i18n]);
  const current = ROAD_MILESTONES.indexOf(step.state?.milestone ?? 'hearing');
  const table: TableSpec = {
    caption: t('slide.road.caption'),
    rowHeader: t('slide.road.milestone'),
    columns: [{ header: t('slide.road.date') }],
    rows: milestones.map((m) => ({ key: m.id, header: m.label, cells: [m.date] })),
  };
  return <SlideTimelineChart milestones={milestones} current={current} label={t('slide.road.label', { milestone: milestones[current]?.label ?? '' })} table={table} />;
}

export function SlideChartView({ story, step, world, animate = true }: { story: LoadedStory; step: StoryStep; world: FigureWorld; animate?: boolean }) {
  const models = useMemo(() => stepModels(step, world), [step, world]);
  switch (chartOf(step)) {
    case 'seats':
      return <SeatsSlide models={models} />;
    case 'documents':
      return <DocumentsSlide models={models} />;
    case 'budget':
      return <BudgetSlide models={models} />;
    case 'paired':
      return <PairedSlide step={step} world={world} />;
    case 'bands':
      return <BandsSlide step={step} world={world} concentration={false} />;
    case 'concentration':
      return <BandsSlide step={step} world={world} concentration />;
    case 'sweep':
      return <SweepSlide step={step} world={world} />;
    case 'influence':
      return <InfluenceSlide step={step} world={world} />;
    case 'map':
      return <MapSlide step={step} world={world} />;
    case 'pipes':
      return <PipesSlide step={step} world={world} animate={animate} />;
    case 'swimlane':
      return <SwimlaneSlide step={step} world={world} />;
    case 'timeline':
      return <TimelineSlide story={story} step={step} />;
  }
}
