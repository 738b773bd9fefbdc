// PRIM, the Patient Rule Induction Method (Friedman & Fisher 1999, "Bump hunting in high-dimensional
// data", Statistics and Computing 9:123–143), used for scenario discovery as Bryant & Lempert (2010,
// "Thinking inside the box", Technological Forecasting & Social Change 77:34–49) and the EMA Workbench
// (Kwakkel, ema_workbench/analysis/prim.py) use it: find a box — one range per assumption — inside which
// the cases of interest (y = 1) are concentrated.
//  - Peeling: starting from the whole sample, each step tries cutting off a share α (peelAlpha, 0.05 as in
//    the EMA Workbench) of the points in the box from the low or the high end of one number dimension, or
//    one value of a yes/no or choice dimension, and keeps the cut with the best "lenient" objective of the
//    EMA Workbench (gain in the share of cases of interest divided by the number of points removed), until
//    the box holds less than massMin (0.05) of the sample. Every box on the way is the peeling trajectory.
//  - Selection: among the boxes on the trajectory whose density reaches densityTarget (0.8) — all of
//    them if none does — the one with the best balance of coverage and density (their harmonic mean), the
//    choice Bryant & Lempert leave to the analyst on the coverage–density trade-off curve.
//  - Pasting: the chosen box is widened again, a share pasteAlpha (0.05) at a time, on any side where that
//    raises its density (Friedman & Fisher §5.2).
//  - Pruning, for a sentence a person can read: a restriction is dropped when the density falls by less
//    than pruneTolerance without it, and at most maxRestricted restrictions are kept (the weakest go first).
// Coverage = cases of interest in the box / all cases of interest; density = cases of interest in the box /
// points in the box; mass = points in the box / all points (the EMA Workbench's definitions). Pure.

export type PrimDimensionKind = 'ordered' | 'categorical';

export interface PrimDimension {
  /** Ordered: numbers and whole numbers (peeled from either end). Categorical: yes/no and choices
   *  (peeled one value at a time), given as codes 0, 1, 2 …. */
  kind: PrimDimensionKind;
  /** Whole-number dimension: limits are values of the data, not midpoints between them. */
  integer?: boolean;
}

export type PrimLimit =
  /** Inclusive; −Infinity/Infinity where that side is not restricted. */
  | { kind: 'range'; lower: number; upper: number }
  /** The codes inside the box. */
  | { kind: 'set'; codes: number[] };

export interface PrimBox {
  limits: PrimLimit[];
  /** Indices of the dimensions the box restricts. */
  restricted: number[];
  coverage: number;
  density: number;
  mass: number;
  /** Points in the box, and cases of interest among them. */
  count: number;
  hits: number;
}

export interface PrimOptions {
  peelAlpha?: number;
  pasteAlpha?: number;
  massMin?: number;
  densityTarget?: number;
  maxRestricted?: number;
  pruneTolerance?: number;
}

export interface PrimResult {
  box: PrimBox;
  trajectory: PrimBox[];
  /** Cases of interest in the whole sample. */
  totalHits: number;
}

export const PRIM_DEFAULTS = {
  peelAlpha: 0.05,
  pasteAlpha: 0.05,
  massMin: 0.05,
  densityTarget: 0.8,
  maxRestricted: 3,
  pruneTolerance: 0.02,
} as const;

interface Data {
  dims: readonly PrimDimension[];
  /** Row-major: point i, dimension j at [i·d + j]. */
  x: ArrayLike<number>;
  y: ArrayLike<number>;
  n: number;
  d: number;
  totalHits: number;
  /** Codes of each categorical dimension present in the data. */
  allCodes: number[][];
  /** For each dimension, the point indices sorted by their value on it. */
  sorted: Int32Array[];
}

const at = (data: Data, i: number, j: number): number => data.x[i * data.d + j] ?? 0;

function inLimit(limit: PrimLimit, value: number): boolean {
  return limit.kind === 'range' ? value >= limit.lower && value <= limit.upper : limit.codes.includes(value);
}

function inBox(data: Data, limits: readonly PrimLimit[], i: number, skip = -1): boolean {
  for (let j = 0; j < data.d; j++) {
    if (j === skip) continue;
    const limit = limits[j];
    if (limit !== undefined && !inLimit(limit, at(data, i, j))) return false;
  }
  return true;
}

function isRestricted(data: Data, limits: readonly PrimLimit[], j: number): boolean {
  const limit = limits[j];
  if (limit === undefined) return false;
  if (limit.kind === 'range') return Number.isFinite(limit.lower) || Number.isFinite(limit.upper);
  return limit.codes.length < (data.allCodes[j]?.length ?? 0);
}

/** A box's figures; `members` (the points known to be inside) saves testing every point again. */
function describe(data: Data, limits: PrimLimit[], members?: readonly number[]): PrimBox {
  let count = 0;
  let hits = 0;
  if (members !== undefined) {
    count = members.length;
    for (const i of members) hits += data.y[i] ?? 0;
  } else {
    for (let i = 0; i < data.n; i++) {
      if (!inBox(data, limits, i)) continue;
      count++;
      hits += data.y[i] ?? 0;
    }
  }
  const restricted: number[] = [];
  for (let j = 0; j < data.d; j++) if (isRestricted(data, limits, j)) restricted.push(j);
  return {
    limits,
    restricted,
    coverage: data.totalHits > 0 ? hits / data.totalHits : 0,
    density: count > 0 ? hits / count : 0,
    mass: data.n > 0 ? count / data.n : 0,
    count,
    hits,
  };
}

/** The lenient objective of the EMA Workbench: gain in mean per point removed (or added). */
function objective(old: PrimBox, next: PrimBox): number {
  const change = Math.abs(old.count - next.count);
  if (change === 0 || next.count === 0) return Number.NEGATIVE_INFINITY;
  return (next.density - old.density) / change;
}

function withLimit(limits: readonly PrimLimit[], j: number, limit: PrimLimit): PrimLimit[] {
  const next = [...limits];
  next[j] = limit;
  return next;
}

/** A boundary between a removed value and a kept one: the midpoint, or the kept value for whole numbers. */
function boundary(dim: PrimDimension, removed: number, kept: number): number {
  return dim.integer === true ? kept : (removed + kept) / 2;
}

interface Peel {
  limits: PrimLimit[];
  /** Objective of the peel (EMA Workbench "lenient 1"). */
  score: number;
  count: number;
  hits: number;
  restrictedCount: number;
}

/**
 * The best single peel of the box whose points are `members`: for each ordered dimension the points are
 * taken in the sample's order of that dimension and both ends tried; for each categorical one every value
 * is tried. O(d · n) per peel.
 */
function bestPeel(data: Data, box: PrimBox, members: readonly number[], inside: Uint8Array, alpha: number): Peel | undefined {
  const m = members.length;
  const cut = Math.max(1, Math.floor(alpha * m));
  let chosen: Peel | undefined;
  const consider = (j: number, limit: PrimLimit, removed: number, removedHits: number) => {
    const count = m - removed;
    if (removed <= 0 || count <= 0) return;
    const density = (box.hits - removedHits) / count;
    const score = (density - box.density) / removed;
    const limits = withLimit(box.limits, j, limit);
    const restrictedCount = box.restricted.includes(j) ? box.restricted.length : box.restricted.length + 1;
    if (chosen === undefined || score > chosen.score + 1e-12 || (Math.abs(score - chosen.score) <= 1e-12 && restrictedCount < chosen.restrictedCount)) {
      chosen = { limits, score, count, hits: box.hits - removedHits, restrictedCount };
    }
  };
  const order = new Int32Array(m);
  for (let j = 0; j < data.d; j++) {
    const dim = data.dims[j];
    const limit = box.limits[j];
    if (dim === undefined || limit === undefined) continue;
    if (limit.kind === 'set') {
      if (limit.codes.length <= 1) continue;
      for (const code of limit.codes) {
        let removed = 0;
        let removedHits = 0;
        for (const i of members) {
          if (at(data, i, j) !== code) continue;
          removed++;
          removedHits += data.y[i] ?? 0;
        }
        consider(j, { kind: 'set', codes: limit.codes.filter((c) => c !== code) }, removed, removedHits);
      }
      continue;
    }
    // The members in the order of dimension j: the whole sample's order, filtered.
    const sorted = data.sorted[j];
    let filled = 0;
    if (sorted !== undefined) for (let k = 0; k < data.n; k++) {
      const i = sorted[k] ?? 0;
      if (inside[i] === 1) order[filled++] = i;
    }
    const value = (k: number) => at(data, order[k] ?? 0, j);
    if (m < 2 || value(0) === value(m - 1)) continue;
    // Low end: remove the `cut` smallest values, moving past ties so at least one distinct value goes.
    let low = cut;
    while (low < m && value(low) === value(low - 1)) low++;
    if (low < m) {
      let hits = 0;
      for (let k = 0; k < low; k++) hits += data.y[order[k] ?? 0] ?? 0;
      consider(j, { ...limit, lower: boundary(dim, value(low - 1), value(low)) }, low, hits);
    }
    let high = m - cut;
    while (high > 0 && value(high - 1) === value(high)) high--;
    if (high > 0) {
      let hits = 0;
      for (let k = high; k < m; k++) hits += data.y[order[k] ?? 0] ?? 0;
      consider(j, { ...limit, upper: boundary(dim, value(high), value(high - 1)) }, m - high, hits);
    }
  }
  return chosen;
}

function pasteCandidates(data: Data, box: PrimBox, alpha: number): PrimLimit[][] {
  const candidates: PrimLimit[][] = [];
  const add = Math.max(1, Math.floor(alpha * box.count));
  for (const j of box.restricted) {
    const dim = data.dims[j];
    const limit = box.limits[j];
    if (dim === undefined || limit === undefined) continue;
    if (limit.kind === 'set') {
      for (const code of data.allCodes[j] ?? []) {
        if (!limit.codes.includes(code)) candidates.push(withLimit(box.limits, j, { kind: 'set', codes: [...limit.codes, code].sort((a, b) => a - b) }));
      }
      continue;
    }
    // Points inside the box on every other dimension but outside it on this one.
    const below: number[] = [];
    const above: number[] = [];
    for (let i = 0; i < data.n; i++) {
      if (!inBox(data, box.limits, i, j)) continue;
      const value = at(data, i, j);
      if (value < limit.lower) below.push(value);
      else if (value > limit.upper) above.push(value);
    }
    below.sort((a, b) => b - a);
    above.sort((a, b) => a - b);
    if (below.length > 0) {
      let k = Math.min(add, below.length);
      while (k < below.length && below[k] === below[k - 1]) k++;
      const lower = k >= below.length ? Number.NEGATIVE_INFINITY : boundary(dim, below[k] ?? 0, below[k - 1] ?? 0);
      candidates.push(withLimit(box.limits, j, { ...limit, lower }));
    }
    if (above.length > 0) {
      let k = Math.min(add, above.length);
      while (k < above.length && above[k] === above[k - 1]) k++;
      const upper = k >= above.length ? Number.POSITIVE_INFINITY : boundary(dim, above[k] ?? 0, above[k - 1] ?? 0);
      candidates.push(withLimit(box.limits, j, { ...limit, upper }));
    }
  }
  return candidates;
}

function unrestricted(data: Data, box: PrimBox, j: number): PrimLimit[] {
  const dim = data.dims[j];
  return withLimit(
    box.limits,
    j,
    dim?.kind === 'categorical'
      ? { kind: 'set', codes: [...(data.allCodes[j] ?? [])] }
      : { kind: 'range', lower: Number.NEGATIVE_INFINITY, upper: Number.POSITIVE_INFINITY },
  );
}

/** Ranks boxes: higher objective first, then fewer restrictions, then the earlier candidate. */
function best(data: Data, from: PrimBox, candidates: readonly PrimLimit[][]): PrimBox | undefined {
  let chosen: PrimBox | undefined;
  let chosenScore = Number.NEGATIVE_INFINITY;
  for (const limits of candidates) {
    const box = describe(data, limits);
    const score = objective(from, box);
    if (chosen === undefined || score > chosenScore + 1e-12 || (Math.abs(score - chosenScore) <= 1e-12 && box.restricted.length < chosen.restricted.length)) {
      chosen = box;
      chosenScore = score;
    }
  }
  return chosen;
}

/** Harmonic mean of coverage and density: high only when the box is both full and pure. */
function balance(box: PrimBox): number {
  return box.coverage + box.density > 0 ? (2 * box.coverage * box.density) / (box.coverage + box.density) : 0;
}

function select(trajectory: readonly PrimBox[], densityTarget: number): PrimBox | undefined {
  const good = trajectory.filter((box) => box.density >= densityTarget - 1e-12);
  const pool = good.length > 0 ? good : trajectory;
  const score = balance;
  let chosen: PrimBox | undefined;
  for (const box of pool) {
    if (chosen === undefined || score(box) > score(chosen) + 1e-12) chosen = box;
  }
  return chosen;
}

/**
 * PRIM on points `x` (row-major, `dims.length` columns) and cases of interest `y` (1 or 0). Categorical
 * dimensions carry codes; ordered ones their values.
 */
export function prim(dims: readonly PrimDimension[], x: ArrayLike<number>, y: ArrayLike<number>, options: PrimOptions = {}): PrimResult {
  const o = { ...PRIM_DEFAULTS, ...options };
  const d = dims.length;
  const n = y.length;
  let totalHits = 0;
  for (let i = 0; i < n; i++) totalHits += (y[i] ?? 0) > 0 ? 1 : 0;
  const yBinary = Uint8Array.from({ length: n }, (_, i) => ((y[i] ?? 0) > 0 ? 1 : 0));
  const allCodes = dims.map((dim, j) => {
    if (dim.kind !== 'categorical') return [];
    const codes = new Set<number>();
    for (let i = 0; i < n; i++) codes.add(x[i * d + j] ?? 0);
    return [...codes].sort((a, b) => a - b);
  });
  const sorted = dims.map((_, j) => Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => (x[a * d + j] ?? 0) - (x[b * d + j] ?? 0)));
  const data: Data = { dims, x, y: yBinary, n, d, totalHits, allCodes, sorted };
  const initialLimits: PrimLimit[] = dims.map((dim, j) =>
    dim.kind === 'categorical'
      ? { kind: 'set', codes: [...(allCodes[j] ?? [])] }
      : { kind: 'range', lower: Number.NEGATIVE_INFINITY, upper: Number.POSITIVE_INFINITY },
  );
  let box = describe(data, initialLimits);
  const trajectory: PrimBox[] = [box];
  if (totalHits === 0 || n === 0) return { box, trajectory, totalHits };

  // Peeling.
  let members = Array.from({ length: n }, (_, i) => i);
  const inside = new Uint8Array(n).fill(1);
  while (box.density < 1) {
    const peel = bestPeel(data, box, members, inside, o.peelAlpha);
    if (peel === undefined || peel.count / n < o.massMin || peel.count >= box.count) break;
    members = members.filter((i) => {
      const keep = inBox(data, peel.limits, i);
      if (!keep) inside[i] = 0;
      return keep;
    });
    box = describe(data, peel.limits, members);
    trajectory.push(box);
  }

  let chosen = select(trajectory, o.densityTarget) ?? trajectory[0] ?? box;

  // Pasting.
  for (;;) {
    const next = best(data, chosen, pasteCandidates(data, chosen, o.pasteAlpha));
    if (next === undefined || next.count <= chosen.count || next.density <= chosen.density) break;
    chosen = next;
  }

  // Pruning: drop restrictions that barely matter, and keep at most maxRestricted.
  for (;;) {
    let weakest: PrimBox | undefined;
    for (const j of chosen.restricted) {
      const candidate = describe(data, unrestricted(data, chosen, j));
      if (weakest === undefined || candidate.density > weakest.density + 1e-12) weakest = candidate;
    }
    if (weakest === undefined) break;
    const tooMany = chosen.restricted.length > o.maxRestricted;
    if (!tooMany && weakest.density < chosen.density - o.pruneTolerance) break;
    chosen = weakest;
  }
  return { box: chosen, trajectory, totalHits };
}
