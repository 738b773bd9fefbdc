// Where a conclusion holds (DESIGN §4.6): from the paired runs of two organisations on every sampled point
// of the assumption space, per headline measure,
//  1. the verdict on each point: the first organisation does better when the median of its paired yearly
//     differences is beyond the measure's margin in its favour (equivalently: it does better by more than
//     the margin in most of the years), the second when beyond it the other way, too close to call when
//     within it; no verdict when no year has a value (no deviation to cover);
//  2. the share of the space with each verdict, and the leading verdict (the most common one);
//  3. influence — how much each assumption decides it, by a method a reader can check: the points are cut
//     into five equally large groups by the assumption's value (one group per value for yes/no, choices and
//     whole numbers with at most six values), and the influence is the spread (highest minus lowest) of the
//     share of points where the leading verdict holds across the groups. A spread smaller than what the same
//     groups show when the verdicts are shuffled at random (the 90th percentile of the largest spread over
//     39 seeded shuffles) is marked as possibly chance. Ties are ranked by the spread of the mean paired
//     difference;
//  4. the region where the leading verdict does not hold and the one where it does, as PRIM boxes (prim.ts)
//     with coverage and density.
// Generic: the values may come from the engine (robustness-runs.ts) or a test's synthetic model. Pure.
import { createPrng } from '@/domain/prng';
import { isDiscrete, levelCount, numericValue, valueOfCode, type ParameterDimension, type PointValue, type SamplePoint } from './parameter-space';
import { prim, type PrimBox, type PrimDimension } from './prim';
import { valueIndex, type RunValues } from './robustness-runs';

export interface MeasureSpec {
  id: string;
  better: 'higher' | 'lower' | undefined;
  margin: number;
}

/** 1: the first organisation does better; −1: the second; 0: too close to call; 2: no value. */
export type Verdict = 1 | -1 | 0 | 2;
export type Leading = 'first' | 'second' | 'tie';

export interface PairSamples {
  verdict: Int8Array;
  /** Share of the paired years in which the first does better (beyond the margin); NaN with no value. */
  shareYearsFirst: Float64Array;
  shareYearsSecond: Float64Array;
  /** Median paired difference, signed so that positive favours the first, in the measure's unit. */
  medianDifference: Float64Array;
}

export interface Shares {
  /** Shares of the points with a verdict (they sum to 1 when any has one). */
  first: number;
  second: number;
  tie: number;
  /** Points with no verdict (no year had a value), as a count. */
  none: number;
  /** Points with a verdict. */
  judged: number;
}

export interface InfluenceGroup {
  /** Lowest and highest value of the assumption in the group (codes for yes/no and choices). */
  from: PointValue;
  to: PointValue;
  count: number;
  /** Share of the group's points where the leading verdict holds. */
  holds: number;
  meanDifference: number;
}

export interface Influence {
  dimensionId: string;
  /** Highest minus lowest share over the groups, 0–1. */
  spread: number;
  /** Highest minus lowest mean paired difference over the groups, in the measure's unit. */
  effect: number;
  groups: InfluenceGroup[];
  /** The spread is above 0 but within what chance alone gives. */
  maybeChance: boolean;
}

export type BoxCondition =
  | { dimensionId: string; kind: 'range'; lower?: number; upper?: number }
  | { dimensionId: string; kind: 'set'; values: PointValue[] };

export interface ConclusionBox {
  conditions: BoxCondition[];
  coverage: number;
  density: number;
  mass: number;
  /** Points in the box and cases of interest among them. */
  count: number;
  cases: number;
  /** All cases of interest in the sample. */
  totalCases: number;
}

export interface MeasureAnalysis {
  measureId: string;
  /** Organisation indices compared: [first, second]. */
  pair: [number, number];
  shares: Shares;
  leading: Leading;
  /** Sampled assumptions, most influential first. */
  influence: Influence[];
  /** The spread chance alone gives (see above). */
  chanceSpread: number;
  /** Where the leading verdict does not hold; undefined when it holds everywhere. */
  fails?: ConclusionBox;
  /** Of the points where it does not hold, how many have the other organisation ahead (the rest too close). */
  failsReversed: number;
  /** Where the leading verdict holds. */
  holds?: ConclusionBox;
  samples: PairSamples;
}

export interface AnalysisInput {
  dimensions: readonly ParameterDimension[];
  points: readonly SamplePoint[];
  runs: RunValues;
  measures: readonly MeasureSpec[];
  /** Seed of the shuffles that give the chance level. */
  seed: number;
}

const SHUFFLES = 39;
const MAX_LEVEL_GROUPS = 6;
const GROUPS = 5;

function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  values.sort((a, b) => a - b);
  const mid = values.length >> 1;
  return values.length % 2 === 1 ? (values[mid] ?? 0) : ((values[mid - 1] ?? 0) + (values[mid] ?? 0)) / 2;
}

/** Verdicts of one pair on one measure over every sample. */
export function pairSamples(runs: RunValues, measureIndex: number, spec: MeasureSpec, first: number, second: number): PairSamples {
  const n = runs.samples;
  const verdict = new Int8Array(n);
  const shareYearsFirst = new Float64Array(n);
  const shareYearsSecond = new Float64Array(n);
  const medianDifference = new Float64Array(n);
  const sign = spec.better === 'lower' ? -1 : 1;
  const diffs: number[] = [];
  for (let s = 0; s < n; s++) {
    diffs.length = 0;
    let a = 0;
    let b = 0;
    for (let y = 0; y < runs.years; y++) {
      const x1 = runs.values[valueIndex(runs, s, first, y, measureIndex)] ?? Number.NaN;
      const x2 = runs.values[valueIndex(runs, s, second, y, measureIndex)] ?? Number.NaN;
      if (!Number.isFinite(x1) || !Number.isFinite(x2)) continue;
      const d = sign * (x1 - x2);
      diffs.push(d);
      if (d > spec.margin) a++;
      else if (d < -spec.margin) b++;
    }
    const count = diffs.length;
    if (count === 0) {
      verdict[s] = 2;
      shareYearsFirst[s] = Number.NaN;
      shareYearsSecond[s] = Number.NaN;
      medianDifference[s] = Number.NaN;
      continue;
    }
    const m = median(diffs);
    medianDifference[s] = m;
    shareYearsFirst[s] = a / count;
    shareYearsSecond[s] = b / count;
    verdict[s] = m > spec.margin ? 1 : m < -spec.margin ? -1 : 0;
  }
  return { verdict, shareYearsFirst, shareYearsSecond, medianDifference };
}

export function sharesOf(verdict: Int8Array): Shares {
  let first = 0;
  let second = 0;
  let tie = 0;
  let none = 0;
  for (const v of verdict) {
    if (v === 1) first++;
    else if (v === -1) second++;
    else if (v === 0) tie++;
    else none++;
  }
  const judged = first + second + tie;
  const share = (k: number) => (judged > 0 ? k / judged : 0);
  return { first: share(first), second: share(second), tie: share(tie), none, judged };
}

function leadingOf(shares: Shares): Leading {
  if (shares.first >= shares.second && shares.first >= shares.tie) return 'first';
  if (shares.second > shares.first && shares.second >= shares.tie) return 'second';
  return 'tie';
}

const LEADING_VERDICT: Record<Leading, Verdict> = { first: 1, second: -1, tie: 0 };

/** Group of each judged point along one dimension (equal-count groups, or one per value). */
function groupsAlong(dimension: ParameterDimension, codes: readonly number[], judged: readonly number[]): { group: Int32Array; groups: number } {
  const group = new Int32Array(judged.length);
  const levels = levelCount(dimension);
  if (isDiscrete(dimension) && levels <= MAX_LEVEL_GROUPS) {
    const distinct = [...new Set(judged.map((i) => codes[i] ?? 0))].sort((a, b) => a - b);
    judged.forEach((i, k) => {
      group[k] = distinct.indexOf(codes[i] ?? 0);
    });
    return { group, groups: distinct.length };
  }
  const order = judged.map((i, k) => ({ k, value: codes[i] ?? 0 })).sort((a, b) => a.value - b.value || a.k - b.k);
  const groups = Math.min(GROUPS, judged.length);
  order.forEach((entry, rank) => {
    group[entry.k] = Math.min(groups - 1, Math.floor((rank * groups) / judged.length));
  });
  return { group, groups };
}

function spreadOf(holds: ArrayLike<number>, group: Int32Array, groups: number): number {
  const hits = new Float64Array(groups);
  const counts = new Float64Array(groups);
  for (let k = 0; k < group.length; k++) {
    const g = group[k] ?? 0;
    counts[g] = (counts[g] ?? 0) + 1;
    hits[g] = (hits[g] ?? 0) + (holds[k] ?? 0);
  }
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  for (let g = 0; g < groups; g++) {
    if ((counts[g] ?? 0) === 0) continue;
    const share = (hits[g] ?? 0) / (counts[g] ?? 1);
    low = Math.min(low, share);
    high = Math.max(high, share);
  }
  return Number.isFinite(low) ? high - low : 0;
}

function toBox(dimensions: readonly ParameterDimension[], box: PrimBox, totalCases: number): ConclusionBox {
  const conditions: BoxCondition[] = box.restricted.map((j) => {
    const dimension = dimensions[j] as ParameterDimension;
    const limit = box.limits[j];
    if (limit === undefined || limit.kind === 'set') {
      return { dimensionId: dimension.id, kind: 'set', values: (limit?.codes ?? []).map((code) => valueOfCode(dimension, code)) };
    }
    return {
      dimensionId: dimension.id,
      kind: 'range',
      ...(Number.isFinite(limit.lower) ? { lower: limit.lower } : {}),
      ...(Number.isFinite(limit.upper) ? { upper: limit.upper } : {}),
    };
  });
  return { conditions, coverage: box.coverage, density: box.density, mass: box.mass, count: box.count, cases: box.hits, totalCases };
}

/** Analysis of one pair on one measure. */
export function analyseMeasure(input: AnalysisInput, measureIndex: number, first: number, second: number): MeasureAnalysis {
  const spec = input.measures[measureIndex] as MeasureSpec;
  const { dimensions, points } = input;
  const samples = pairSamples(input.runs, measureIndex, spec, first, second);
  const shares = sharesOf(samples.verdict);
  const leading = leadingOf(shares);
  const target = LEADING_VERDICT[leading];
  const judged: number[] = [];
  for (let s = 0; s < samples.verdict.length; s++) if (samples.verdict[s] !== 2) judged.push(s);
  const holds = Float64Array.from(judged, (s) => (samples.verdict[s] === target ? 1 : 0));
  const d = dimensions.length;
  const codes = dimensions.map((dimension) => points.map((point) => numericValue(dimension, point[dimension.id] ?? dimension.min)));

  // Influence, and the chance level from seeded shuffles of the verdicts.
  const grouping = dimensions.map((dimension, j) => groupsAlong(dimension, codes[j] ?? [], judged));
  const prng = createPrng(input.seed).fork(`influence:${spec.id}:${first}:${second}`);
  const shuffled = Float64Array.from(holds);
  const largest: number[] = [];
  for (let r = 0; r < SHUFFLES; r++) {
    for (let k = shuffled.length - 1; k > 0; k--) {
      const swap = prng.int(k + 1);
      const t = shuffled[k] ?? 0;
      shuffled[k] = shuffled[swap] ?? 0;
      shuffled[swap] = t;
    }
    let max = 0;
    for (const { group, groups } of grouping) max = Math.max(max, spreadOf(shuffled, group, groups));
    largest.push(max);
  }
  largest.sort((a, b) => a - b);
  const chanceSpread = largest.length > 0 ? (largest[Math.min(largest.length - 1, Math.floor(0.9 * largest.length))] ?? 0) : 0;

  const influence: Influence[] = dimensions.map((dimension, j) => {
    const { group, groups } = grouping[j] ?? { group: new Int32Array(0), groups: 0 };
    const stats = Array.from({ length: groups }, () => ({ count: 0, hits: 0, sum: 0, from: Number.POSITIVE_INFINITY, to: Number.NEGATIVE_INFINITY }));
    judged.forEach((s, k) => {
      const g = stats[group[k] ?? 0];
      if (g === undefined) return;
      const code = codes[j]?.[s] ?? 0;
      g.count++;
      g.hits += holds[k] ?? 0;
      g.sum += samples.medianDifference[s] ?? 0;
      g.from = Math.min(g.from, code);
      g.to = Math.max(g.to, code);
    });
    const present = stats.filter((g) => g.count > 0);
    const shareList = present.map((g) => g.hits / g.count);
    const meanList = present.map((g) => g.sum / g.count);
    const spread = shareList.length > 0 ? Math.max(...shareList) - Math.min(...shareList) : 0;
    const effect = meanList.length > 0 ? Math.max(...meanList) - Math.min(...meanList) : 0;
    return {
      dimensionId: dimension.id,
      spread,
      effect,
      groups: present.map((g) => ({
        from: valueOfCode(dimension, g.from),
        to: valueOfCode(dimension, g.to),
        count: g.count,
        holds: g.hits / g.count,
        meanDifference: g.sum / g.count,
      })),
      maybeChance: spread > 0 && spread <= chanceSpread,
    };
  });
  influence.sort((a, b) => b.spread - a.spread || b.effect - a.effect || a.dimensionId.localeCompare(b.dimensionId));

  // Boxes over the judged points.
  const primDims: PrimDimension[] = dimensions.map((dimension) =>
    dimension.kind === 'boolean' || dimension.kind === 'choice' ? { kind: 'categorical' } : { kind: 'ordered', integer: dimension.kind === 'integer' },
  );
  const x = new Float64Array(judged.length * d);
  judged.forEach((s, k) => {
    for (let j = 0; j < d; j++) x[k * d + j] = codes[j]?.[s] ?? 0;
  });
  const failing = Float64Array.from(holds, (h) => 1 - h);
  let failsReversed = 0;
  for (const s of judged) if (samples.verdict[s] !== target && samples.verdict[s] !== 0 && target !== 0) failsReversed++;
  if (target === 0) for (const s of judged) if (samples.verdict[s] !== 0) failsReversed++;
  const failCount = failing.reduce((sum, v) => sum + v, 0);
  const holdCount = judged.length - failCount;
  const fails = failCount > 0 && d > 0 ? toBox(dimensions, prim(primDims, x, failing).box, failCount) : undefined;
  const holdsBox = holdCount > 0 && d > 0 ? toBox(dimensions, prim(primDims, x, holds).box, holdCount) : undefined;
  return {
    measureId: spec.id,
    pair: [first, second],
    shares,
    leading,
    influence,
    chanceSpread,
    ...(fails ? { fails } : {}),
    failsReversed,
    ...(holdsBox ? { holds: holdsBox } : {}),
    samples,
  };
}

/** Every measure for every pair of organisations (first < second). */
export function analyseRobustness(input: AnalysisInput): MeasureAnalysis[] {
  const analyses: MeasureAnalysis[] = [];
  for (let first = 0; first < input.runs.organisations; first++) {
    for (let second = first + 1; second < input.runs.organisations; second++) {
      input.measures.forEach((_, k) => analyses.push(analyseMeasure(input, k, first, second)));
    }
  }
  return analyses;
}
