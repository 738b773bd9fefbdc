// The robustness method proved on a synthetic model whose answer is known (src/analysis/): two
// "organisations" whose days to cover a deviation depend on five assumptions. Organisation A is faster
// everywhere except in a region built into the model — utskott without delegation AND a board meeting at
// most 7 times a year — where B is faster. The analysis must recover that region as its PRIM box with
// coverage and density ≥ 0.8, rank the two deciding assumptions above the three that do nothing, and say
// it in one plain sentence. Years are paired: both organisations draw the same year noise.
import { unitFor } from '@/analysis/robustness-sentence';
import { describe, expect, it } from 'vitest';
import { createPrng } from '@/domain/prng';
import { sampleDesign } from '@/analysis/latin-hypercube';
import type { ParameterDimension, SamplePoint } from '@/analysis/parameter-space';
import { prim } from '@/analysis/prim';
import { analyseMeasure, type MeasureSpec } from '@/analysis/robustness-analysis';
import { valueIndex, type RunValues } from '@/analysis/robustness-runs';
import { robustnessStatement } from '@/analysis/robustness-sentence';

const text = (sv: string, en = sv) => ({ sv, en });

const DIMENSIONS: ParameterDimension[] = [
  { id: 'noiseA', kind: 'number', min: 0, max: 1, label: text('Brus A'), term: text('brus A') },
  {
    id: 'meetings',
    kind: 'integer',
    min: 4,
    max: 15,
    label: text('Kommunstyrelsens sammanträden per år'),
    term: text('kommunstyrelsen sammanträder', 'the board meets'),
    termIsClause: true,
    unit: text('gånger om året', 'times a year'),
  },
  { id: 'noiseB', kind: 'number', min: -5, max: 5, label: text('Brus B'), term: text('brus B') },
  {
    id: 'delegation',
    kind: 'boolean',
    min: 0,
    max: 1,
    label: text('Utskotten har delegation'),
    yesNo: { yes: text('utskotten har delegation', 'subcommittees have delegation'), no: text('utskotten saknar delegation', 'subcommittees lack delegation') },
  },
  { id: 'noiseC', kind: 'choice', min: 0, max: 2, choices: ['x', 'y', 'z'], label: text('Brus C'), term: text('brus C') },
];

const inRegion = (p: SamplePoint) => p['delegation'] === false && (p['meetings'] as number) <= 7;

/** Days to cover for A and B on one point in year y: A 20, B 26 outside the region and 14 inside, ± shared noise. */
function syntheticRuns(points: readonly SamplePoint[], years: number, seed: number): RunValues {
  const shape = { samples: points.length, organisations: 2, years, measures: 1 };
  const values = new Float64Array(points.length * 2 * years);
  points.forEach((point, s) => {
    for (let y = 0; y < years; y++) {
      const year = createPrng(seed + y);
      const common = 3 * year.normal();
      const own = year.fork('own');
      values[valueIndex(shape, s, 0, y, 0)] = 20 + common + own.normal();
      values[valueIndex(shape, s, 1, y, 0)] = (inRegion(point) ? 14 : 26) + common + own.normal();
    }
  });
  return { ...shape, values };
}

const SPEC: MeasureSpec = { id: 'daysToCover', better: 'lower', margin: 1 };
const MEASURE = {
  label: text('Dagar tills en avvikelse är täckt'),
  ahead: text('täcker avvikelser snabbare', 'covers deviations faster'),
  unit: text('dagar', 'days'),
  margin: 1,
  digits: 0,
};

describe('scenario discovery on a synthetic model', () => {
  const design = sampleDesign(DIMENSIONS, {}, 256, 11);
  const runs = syntheticRuns(design.points, 20, 5);
  const analysis = analyseMeasure({ dimensions: DIMENSIONS, points: design.points, runs, measures: [SPEC], seed: 11 }, 0, 0, 1);
  const truth = design.points.filter(inRegion).length / design.points.length;

  it('finds the share of the space where each organisation does better', () => {
    expect(analysis.leading).toBe('first');
    expect(analysis.shares.second).toBeCloseTo(truth, 1);
    expect(analysis.shares.first).toBeCloseTo(1 - truth, 1);
  });

  it('recovers the built-in region as its box, with coverage and density ≥ 0.8', () => {
    const box = analysis.fails;
    expect(box).toBeDefined();
    if (box === undefined) return;
    expect(box.coverage).toBeGreaterThanOrEqual(0.8);
    expect(box.density).toBeGreaterThanOrEqual(0.8);
    expect(box.conditions.map((c) => c.dimensionId).sort()).toEqual(['delegation', 'meetings']);
    expect(box.conditions).toContainEqual({ dimensionId: 'delegation', kind: 'set', values: [false] });
    expect(box.conditions).toContainEqual({ dimensionId: 'meetings', kind: 'range', upper: 7 });
  });

  it('ranks the deciding assumptions first and marks the others as possibly chance', () => {
    expect(analysis.influence.slice(0, 2).map((i) => i.dimensionId).sort()).toEqual(['delegation', 'meetings']);
    for (const noise of analysis.influence.slice(2)) expect(noise.maybeChance).toBe(true);
    for (const real of analysis.influence.slice(0, 2)) expect(real.maybeChance).toBe(false);
  });

  it('says it in one plain sentence with the box in words', () => {
    const statement = robustnessStatement(analysis, MEASURE, DIMENSIONS, [text('Förslag A', 'Proposal A'), text('Förslag B', 'Proposal B')]);
    const percent = Math.round(analysis.shares.first * 100);
    expect(statement.sentence.sv).toBe(
      `Förslag A täcker avvikelser snabbare än Förslag B i ${percent} % av antagandena. Det vänder när kommunstyrelsen sammanträder högst 7 gånger om året och utskotten saknar delegation.`,
    );
    expect(statement.boxDetail?.sv).toMatch(/^Området rymmer \d+ % av de antaganden där slutsatsen inte gäller \(täckning\)/);
  });

  it('is reproducible from its seed', () => {
    const again = analyseMeasure({ dimensions: DIMENSIONS, points: design.points, runs: syntheticRuns(design.points, 20, 5), measures: [SPEC], seed: 11 }, 0, 0, 1);
    expect(again).toEqual(analysis);
  });

  it('says so when a conclusion holds everywhere, and names no box', () => {
    const everywhere = syntheticRuns(design.points, 5, 5);
    for (let s = 0; s < everywhere.samples; s++) for (let y = 0; y < 5; y++) everywhere.values[valueIndex(everywhere, s, 1, y, 0)] = 40;
    const result = analyseMeasure({ dimensions: DIMENSIONS, points: design.points, runs: everywhere, measures: [SPEC], seed: 1 }, 0, 0, 1);
    expect(result.shares.first).toBe(1);
    expect(result.fails).toBeUndefined();
    const statement = robustnessStatement(result, MEASURE, DIMENSIONS, [text('A'), text('B')]);
    expect(statement.sentence.sv).toBe('A täcker avvikelser snabbare än B i 100 % av antagandena. Det gäller i hela det prövade området.');
    expect(statement.box).toBeUndefined();
  });
});

describe('PRIM', () => {
  it('finds a box in a plain two-dimensional case with exact limits', () => {
    // 10 × 10 grid; cases of interest where x ≤ 2 and y ≥ 6 (12 points).
    const x: number[] = [];
    const y: number[] = [];
    for (let i = 0; i < 10; i++) for (let j = 0; j < 10; j++) {
      x.push(i, j);
      y.push(i <= 2 && j >= 6 ? 1 : 0);
    }
    const result = prim([{ kind: 'ordered', integer: true }, { kind: 'ordered', integer: true }], x, y);
    expect(result.box.coverage).toBe(1);
    expect(result.box.density).toBe(1);
    expect(result.box.limits).toEqual([
      { kind: 'range', lower: Number.NEGATIVE_INFINITY, upper: 2 },
      { kind: 'range', lower: 6, upper: Number.POSITIVE_INFINITY },
    ]);
  });

  it('returns the whole space when there is no case of interest', () => {
    const result = prim([{ kind: 'ordered' }], [0, 1, 2], [0, 0, 0]);
    expect(result.box.restricted).toEqual([]);
    expect(result.totalHits).toBe(0);
  });
});

describe('units in the number of their value', () => {
  it('writes "1 dag" and "14 dagar", "1 day" and "2 days", and leaves a unit without a singular as it is', () => {
    expect(unitFor('dagar', 1, 'sv')).toBe('dag');
    expect(unitFor('dagar', 14, 'sv')).toBe('dagar');
    expect(unitFor('dagar in i månaden', 1, 'sv')).toBe('dag in i månaden');
    expect(unitFor('days', 1, 'en')).toBe('day');
    expect(unitFor('days', 2, 'en')).toBe('days');
    expect(unitFor('mnkr', 1, 'sv')).toBe('mnkr');
  });
});
