// The tables behind the robustness pictures (every chart has its data table, WCAG 2.1 AA): the PRIM
// boxes with coverage and density, the influence ranking, and the 2-D map's cells. Pure: a result and the
// i18n functions in, TableSpecs out (the same numbers feed the HTML table and the CSV).
import type { HeadlineMeasure } from '@/analysis/headline-measures';
import type { ParameterDimension, PointValue } from '@/analysis/parameter-space';
import type { BoxCondition, ConclusionBox, MeasureAnalysis } from '@/analysis/robustness-analysis';
import type { RobustnessResult } from '@/analysis/robustness-design';
import type { RobustnessMap } from '@/analysis/robustness-map';
import { conditionText, formatNumber } from '@/analysis/robustness-sentence';
import type { I18n } from '@/render/i18n/language';
import type { TableSpec } from '@/render/table-spec';

export function valueLabel(i18n: I18n, dimension: ParameterDimension, value: PointValue): string {
  if (typeof value === 'boolean') return i18n.t(value ? 'rob.yes' : 'rob.no');
  if (typeof value === 'string') return dimension.choiceLabels?.[value] ? i18n.pick(dimension.choiceLabels[value]) : value;
  const digits = dimension.kind === 'integer' ? 0 : (dimension.digits ?? 2);
  if (dimension.percent === true) return `${i18n.number(value * 100, digits)} %`;
  return i18n.number(value, digits);
}

export function rangeLabel(i18n: I18n, dimension: ParameterDimension): string {
  if (dimension.kind === 'boolean') return `${i18n.t('rob.yes')}/${i18n.t('rob.no')}`;
  if (dimension.kind === 'choice') return (dimension.choices ?? []).map((c) => valueLabel(i18n, dimension, c)).join(', ');
  return `${valueLabel(i18n, dimension, dimension.min)}–${valueLabel(i18n, dimension, dimension.max)}`;
}

export function groupLabel(i18n: I18n, dimension: ParameterDimension, from: PointValue, to: PointValue): string {
  return from === to ? valueLabel(i18n, dimension, from) : `${valueLabel(i18n, dimension, from)}–${valueLabel(i18n, dimension, to)}`;
}

function conditionCell(i18n: I18n, dimension: ParameterDimension, box: ConclusionBox | undefined): string {
  if (box === undefined) return i18n.t('rob.box.none');
  const condition: BoxCondition | undefined = box.conditions.find((c) => c.dimensionId === dimension.id);
  if (condition === undefined) return i18n.t('rob.box.whole');
  return conditionText({ ...dimension, term: { sv: '', en: '' }, termIsClause: true }, condition, i18n.lang).trim();
}

const percent = (i18n: I18n, share: number | undefined) => (share === undefined ? '–' : `${i18n.number(Math.round(share * 100))} %`);

export function boxTable(i18n: I18n, result: RobustnessResult, analysis: MeasureAnalysis, measure: HeadlineMeasure): TableSpec {
  const { t, pick } = i18n;
  const restricted = new Set([...(analysis.fails?.conditions ?? []), ...(analysis.holds?.conditions ?? [])].map((c) => c.dimensionId));
  const dims = result.dimensions.filter((d) => restricted.has(d.id));
  const stat = (key: 'rob.box.coverage' | 'rob.box.density' | 'rob.box.points', value: (box: ConclusionBox) => number, points = false) => ({
    key,
    header: t(key),
    cells: [analysis.fails, analysis.holds].map((box) =>
      box === undefined ? { text: '–', csv: null } : points ? { text: String(value(box)), csv: value(box) } : { text: percent(i18n, value(box)), csv: Math.round(value(box) * 1000) / 1000 },
    ),
  });
  return {
    caption: t('rob.box.caption', { measure: pick(measure.label) }),
    rowHeader: t('rob.box.assumption'),
    columns: [{ header: t('rob.box.fails') }, { header: t('rob.box.holds') }, { header: t('rob.box.tried') }],
    rows: [
      ...dims.map((d) => ({
        key: d.id,
        header: pick(d.label),
        cells: [conditionCell(i18n, d, analysis.fails), conditionCell(i18n, d, analysis.holds), rangeLabel(i18n, d)],
      })),
      { ...stat('rob.box.coverage', (b) => b.coverage), cells: [...stat('rob.box.coverage', (b) => b.coverage).cells, ''], help: t('rob.box.coverage.help') },
      { ...stat('rob.box.density', (b) => b.density), cells: [...stat('rob.box.density', (b) => b.density).cells, ''], help: t('rob.box.density.help') },
      { ...stat('rob.box.points', (b) => b.count, true), cells: [...stat('rob.box.points', (b) => b.count, true).cells, String(result.samples)] },
    ],
  };
}

export function influenceTable(i18n: I18n, result: RobustnessResult, analysis: MeasureAnalysis, measure: HeadlineMeasure): TableSpec {
  const { t, pick } = i18n;
  return {
    caption: t('rob.influence.caption', { measure: pick(measure.label) }),
    rowHeader: t('rob.box.assumption'),
    columns: [
      { header: t('rob.influence.spread'), numeric: true },
      { header: t('rob.influence.range') },
      { header: `${t('rob.influence.effect')} (${pick(measure.unit)})`, numeric: true },
      { header: t('rob.influence.maybeChance') },
    ],
    rows: analysis.influence.map((entry) => {
      const dimension = result.dimensions.find((d) => d.id === entry.dimensionId);
      const shares = entry.groups.map((g) => g.holds);
      const low = shares.length > 0 ? Math.min(...shares) : 0;
      const high = shares.length > 0 ? Math.max(...shares) : 0;
      return {
        key: entry.dimensionId,
        header: dimension ? pick(dimension.label) : entry.dimensionId,
        cells: [
          { text: i18n.number(Math.round(entry.spread * 100)), csv: Math.round(entry.spread * 1000) / 10 },
          `${percent(i18n, low)}–${percent(i18n, high)}`,
          { text: formatNumber(entry.effect, measure.digits, i18n.lang), csv: Math.round(entry.effect * 1000) / 1000 },
          entry.maybeChance ? t('rob.yes') : t('rob.no'),
        ],
      };
    }),
  };
}

export function mapTable(
  i18n: I18n,
  result: RobustnessResult,
  map: RobustnessMap,
  caption: string,
): TableSpec {
  const xDim = result.dimensions.find((d) => d.id === map.x.dimensionId);
  const yDim = result.dimensions.find((d) => d.id === map.y.dimensionId);
  const { t, pick } = i18n;
  return {
    caption,
    rowHeader: `${yDim ? pick(yDim.label) : ''} \\ ${xDim ? pick(xDim.label) : ''}`,
    columns: map.x.groups.map((g) => ({ header: xDim ? groupLabel(i18n, xDim, g.from, g.to) : '', numeric: true })),
    rows: map.y.groups
      .map((g, row) => ({
        key: String(row),
        header: yDim ? groupLabel(i18n, yDim, g.from, g.to) : '',
        cells: map.x.groups.map((_, column) => {
          const cell = map.cells.find((c) => c.row === row && c.column === column);
          if (cell === undefined || cell.shareFirst === undefined) return { text: '–', csv: null };
          return { text: t('rob.map.cell', { share: percent(i18n, cell.shareFirst), count: cell.count }), csv: Math.round(cell.shareFirst * 1000) / 1000 };
        }),
      }))
      .reverse(),
  };
}
