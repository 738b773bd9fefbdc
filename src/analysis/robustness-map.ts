// The 2-D map of a robustness result (DESIGN §4.6: "a 2-D map for any two assumptions"): the sampled
// points grouped by two assumptions into a grid (six equally large groups of values for a number, one per
// value for yes/no, choices and whole numbers with at most six values), and in each cell the mean share of
// the paired years in which the first organisation does better, with the number of points behind it.
// With a Latin hypercube every row and every column holds about the same number of points. Pure.
import { isDiscrete, levelCount, numericValue, type ParameterDimension, type PointValue } from './parameter-space';
import type { RobustnessResult } from './robustness-design';
import type { MeasureAnalysis } from './robustness-analysis';

export const MAP_GROUPS = 6;

export interface MapAxis {
  dimensionId: string;
  /** Each group's lowest and highest value. */
  groups: { from: PointValue; to: PointValue }[];
}

export interface MapCell {
  column: number;
  row: number;
  /** Points in the cell with a value. */
  count: number;
  /** Mean share of years the first organisation does better; undefined with no points. */
  shareFirst: number | undefined;
  /** Mean share of years the second does better. */
  shareSecond: number | undefined;
}

export interface RobustnessMap {
  x: MapAxis;
  y: MapAxis;
  cells: MapCell[];
}

function grouping(dimension: ParameterDimension, codes: readonly number[]): { groupOf: number[]; groups: { from: number; to: number }[] } {
  if (isDiscrete(dimension) && levelCount(dimension) <= MAP_GROUPS) {
    const distinct = [...new Set(codes)].sort((a, b) => a - b);
    return { groupOf: codes.map((c) => distinct.indexOf(c)), groups: distinct.map((c) => ({ from: c, to: c })) };
  }
  const order = codes.map((value, i) => ({ value, i })).sort((a, b) => a.value - b.value || a.i - b.i);
  const count = Math.min(MAP_GROUPS, codes.length);
  const groupOf = new Array<number>(codes.length).fill(0);
  const groups = Array.from({ length: count }, () => ({ from: Number.POSITIVE_INFINITY, to: Number.NEGATIVE_INFINITY }));
  order.forEach((entry, rank) => {
    const g = Math.min(count - 1, Math.floor((rank * count) / codes.length));
    groupOf[entry.i] = g;
    const group = groups[g];
    if (group) {
      group.from = Math.min(group.from, entry.value);
      group.to = Math.max(group.to, entry.value);
    }
  });
  return { groupOf, groups: groups.filter((g) => Number.isFinite(g.from)) };
}

const decode = (dimension: ParameterDimension, code: number): PointValue =>
  dimension.kind === 'boolean' ? code >= 0.5 : dimension.kind === 'choice' ? (dimension.choices?.[code] ?? '') : code;

/** The map of one analysed measure over two sampled assumptions; undefined if either is not sampled. */
export function robustnessMap(result: RobustnessResult, analysis: MeasureAnalysis, xId: string, yId: string): RobustnessMap | undefined {
  const xDim = result.dimensions.find((d) => d.id === xId);
  const yDim = result.dimensions.find((d) => d.id === yId);
  if (xDim === undefined || yDim === undefined || xId === yId) return undefined;
  const xCodes = result.points.map((p) => numericValue(xDim, p[xId] ?? xDim.min));
  const yCodes = result.points.map((p) => numericValue(yDim, p[yId] ?? yDim.min));
  const gx = grouping(xDim, xCodes);
  const gy = grouping(yDim, yCodes);
  const sums = new Map<string, { count: number; first: number; second: number }>();
  result.points.forEach((_, s) => {
    const first = analysis.samples.shareYearsFirst[s] ?? Number.NaN;
    const second = analysis.samples.shareYearsSecond[s] ?? Number.NaN;
    if (!Number.isFinite(first)) return;
    const key = `${gx.groupOf[s]}:${gy.groupOf[s]}`;
    const cell = sums.get(key) ?? { count: 0, first: 0, second: 0 };
    cell.count++;
    cell.first += first;
    cell.second += Number.isFinite(second) ? second : 0;
    sums.set(key, cell);
  });
  const cells: MapCell[] = [];
  gy.groups.forEach((_, row) =>
    gx.groups.forEach((__, column) => {
      const cell = sums.get(`${column}:${row}`);
      cells.push({
        column,
        row,
        count: cell?.count ?? 0,
        shareFirst: cell && cell.count > 0 ? cell.first / cell.count : undefined,
        shareSecond: cell && cell.count > 0 ? cell.second / cell.count : undefined,
      });
    }),
  );
  return {
    x: { dimensionId: xId, groups: gx.groups.map((g) => ({ from: decode(xDim, g.from), to: decode(xDim, g.to) })) },
    y: { dimensionId: yId, groups: gy.groups.map((g) => ({ from: decode(yDim, g.from), to: decode(yDim, g.to) })) },
    cells,
  };
}
