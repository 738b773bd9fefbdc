// What the robustness analysis says on a slide (DESIGN §4.6, §7): a step names a headline measure as its
// `statement`, and the slide shows the analysis's own sentence and the box where the conclusion stops
// holding, with either the influence bars (which assumptions decide it) or the 2-D map over the two most
// influential assumptions. The analysis runs at show time (story-runs.ts) for the step's first two
// organisations in its scenario; until then the slide says it is computing.
import { useMemo } from 'react';
import type { Model } from '@/domain/model-schema';
import type { StoryStep } from '@/domain/story-schema';
import { measureById } from '@/analysis/headline-measures';
import type { ParameterDimension } from '@/analysis/parameter-space';
import type { RobustnessResult } from '@/analysis/robustness-design';
import { robustnessMap } from '@/analysis/robustness-map';
import { valueText } from '@/analysis/robustness-sentence';
import { analysisFor, shortModelName, statementFor } from '@/analysis/robustness-statement';
import { useI18n } from '@/i18n/language';
import { SlideBandsChart } from '@/render/slide-bands-chart';
import { SlideMapChart } from '@/render/slide-map-chart';
import type { TableSpec } from '@/render/table-spec';
import { stepScenario, type FigureWorld } from './story-figures';
import { robustnessOf, STORY_ROBUSTNESS, useStoryRuns } from './story-runs';

/** The headline measure a step's robustness chart or statement is about. */
export const statementMeasure = (step: StoryStep): string => step.statement ?? step.state?.metrics?.[0] ?? 'trappedSurplus';

function pairOf(step: StoryStep, world: FigureWorld): [Model, Model] | undefined {
  const [a, b] = (step.state?.models ?? []).map((id) => world.models.get(id));
  return a === undefined || b === undefined ? undefined : [a, b];
}

/** The step's analysis, or what to say while there is none. */
export function useStepRobustness(step: StoryStep, world: FigureWorld): RobustnessResult | 'waiting' | 'failed' {
  useStoryRuns();
  const pair = pairOf(step, world);
  const scenario = stepScenario(step.state, world);
  if (pair === undefined || scenario === undefined) return 'failed';
  return robustnessOf(pair, scenario) ?? 'waiting';
}

/** The statement's sentence and box, in the reader's language; undefined while the analysis runs. */
export function useStatement(step: StoryStep, world: FigureWorld): { sentence: string; box: string | undefined } | undefined {
  const { pick } = useI18n();
  const result = useStepRobustness(step, world);
  const pair = pairOf(step, world);
  if (typeof result === 'string' || pair === undefined || step.statement === undefined) return undefined;
  const names = Object.fromEntries(pair.map((m) => [m.id, shortModelName(m)]));
  const statement = statementFor(result, { measure: step.statement, first: pair[0].id, second: pair[1].id }, names);
  if (statement === undefined) return undefined;
  return { sentence: pick(statement.sentence), box: statement.boxDetail === undefined ? undefined : pick(statement.boxDetail) };
}

/** The statement above the chart: the analysis's sentence and its box, at the stage's reading size. */
export function StatementLine({ step, world }: { step: StoryStep; world: FigureWorld }) {
  const statement = useStatement(step, world);
  if (statement === undefined) return null;
  return (
    <div className="slide-statement">
      <p>{statement.sentence}</p>
      {statement.box !== undefined && <p className="slide-statement-box">{statement.box}</p>}
    </div>
  );
}

/** The robustness charts leave room above them for the statement's sentence and box. */
const STATEMENT_CHART_HEIGHT = 380;

const termOf = (dimension: ParameterDimension, lang: 'sv' | 'en'): string => dimension.term?.[lang] ?? dimension.label[lang];

export function InfluenceSlide({ step, world }: { step: StoryStep; world: FigureWorld }) {
  const { t, lang, number } = useI18n();
  const result = useStepRobustness(step, world);
  const pair = pairOf(step, world);
  const groups = useMemo(() => {
    if (typeof result === 'string' || pair === undefined) return undefined;
    const found = analysisFor(result, { measure: statementMeasure(step), first: pair[0].id, second: pair[1].id });
    if (found === undefined) return undefined;
    const rows = found.analysis.influence.slice(0, 6).map((influence, i) => {
      const dimension = result.dimensions.find((d) => d.id === influence.dimensionId);
      const label = dimension === undefined ? influence.dimensionId : termOf(dimension, lang);
      return { key: influence.dimensionId, label, median: influence.spread, p10: influence.spread, p90: influence.spread, valueText: t('slide.influence.value', { points: number(influence.spread * 100, 0) }), series: i === 0 ? 0 : 2 };
    });
    return [{ key: 'influence', title: t('slide.influence.title', { measure: measureById(statementMeasure(step))?.label[lang] ?? statementMeasure(step) }), rows }];
  }, [result, pair, step, t, lang, number]);
  if (result === 'waiting') return <p className="slide-waiting" role="status">{t('slide.robustness.waiting')}</p>;
  if (groups === undefined) return <p className="slide-waiting">{t('slide.robustness.none')}</p>;
  const table: TableSpec = {
    caption: groups[0]?.title ?? '',
    rowHeader: t('slide.influence.assumption'),
    columns: [{ header: t('slide.influence.spread'), numeric: true }],
    rows: (groups[0]?.rows ?? []).map((row) => ({ key: row.key, header: row.label, cells: [row.valueText] })),
  };
  return <SlideBandsChart groups={groups} domain={[0, 1]} label={table.caption} table={table} height={STATEMENT_CHART_HEIGHT} labelWidth={480} />;
}

export function MapSlide({ step, world }: { step: StoryStep; world: FigureWorld }) {
  const { t, lang, number } = useI18n();
  const result = useStepRobustness(step, world);
  const pair = pairOf(step, world);
  const built = useMemo(() => {
    if (typeof result === 'string' || pair === undefined) return undefined;
    const found = analysisFor(result, { measure: statementMeasure(step), first: pair[0].id, second: pair[1].id });
    const [x, y] = found?.analysis.influence ?? [];
    if (found === undefined || x === undefined || y === undefined) return undefined;
    const map = robustnessMap(result, found.analysis, x.dimensionId, y.dimensionId);
    const dimX = result.dimensions.find((d) => d.id === x.dimensionId);
    const dimY = result.dimensions.find((d) => d.id === y.dimensionId);
    if (map === undefined || dimX === undefined || dimY === undefined) return undefined;
    const range = (dimension: ParameterDimension, g: { from: number | boolean | string; to: number | boolean | string }) =>
      g.from === g.to ? valueText(dimension, g.from, lang) : `${valueText(dimension, g.from, lang)}–${valueText(dimension, g.to, lang)}`;
    // The share shown is the first organisation's, whichever order the analysis ran the pair in.
    const first = (cell: { shareFirst: number | undefined; shareSecond: number | undefined }) => (found.swapped ? cell.shareSecond : cell.shareFirst);
    return {
      input: {
        columns: map.x.groups.map((g) => range(dimX, g)),
        rows: map.y.groups.map((g) => range(dimY, g)),
        cells: map.cells.map((cell) => ({ column: cell.column, row: cell.row, share: first(cell) })),
        xLabel: termOf(dimX, lang),
        yLabel: termOf(dimY, lang),
      },
      name: shortModelName(pair[0])[lang],
    };
  }, [result, pair, step, lang]);
  if (result === 'waiting') return <p className="slide-waiting" role="status">{t('slide.robustness.waiting')}</p>;
  if (built === undefined) return <p className="slide-waiting">{t('slide.robustness.none')}</p>;
  const pct = (share: number) => `${number(share * 100, 0)} %`;
  const table: TableSpec = {
    caption: t('slide.map.caption', { name: built.name }),
    rowHeader: built.input.yLabel,
    columns: built.input.columns.map((header) => ({ header, numeric: true })),
    rows: built.input.rows.map((header, r) => ({
      key: String(r),
      header,
      cells: built.input.columns.map((_, c) => {
        const share = built.input.cells.find((cell) => cell.column === c && cell.row === r)?.share;
        return share === undefined ? '–' : pct(share);
      }),
    })),
  };
  return <SlideMapChart input={built.input} label={table.caption} table={table} shareText={pct} height={STATEMENT_CHART_HEIGHT} />;
}

/** How large the story's analysis is, for the source line. */
export const robustnessSize = (): { samples: number; years: number } => ({ samples: STORY_ROBUSTNESS.samples, years: STORY_ROBUSTNESS.years });
