// The radar layout with fixed coordinates: eight KommunKompassen axes on a 600 × 440 chart, Vännäs 2016's
// area scores (seed 003, table 1). Exact positions are derivable by hand: the centre is (300, 220), the
// radius is the smaller of the room beside (600/2 − 97.35 − 10) and above (440/2 − 10 − 3 lines × 14.4),
// and area k sits at angle −90° + 45°·(k − 1), at value/100 of the radius.
import { describe, expect, it } from 'vitest';
import { layoutRadar } from '@/layout/radar-layout';

const AXES = [
  'Offentlighet och demokrati',
  'Tillgänglighet och brukarorientering',
  'Politisk styrning och kontroll',
  'Ledarskap, ansvar och delegation',
  'Resultat och effektivitet',
  'Kommunen som arbetsgivare – personalpolitik',
  'Verksamhetsutveckling',
  'Kommunen som samhällsbyggare',
].map((label, i) => ({ key: String(i + 1), label }));
const VANNAS = [67, 49, 65, 61, 54, 57, 46, 61];

const layout = layoutRadar({
  axes: AXES,
  max: 100,
  rings: [25, 50, 75, 100],
  series: [{ key: 'vannas-2016', values: VANNAS }, { key: 'partial', values: [100, undefined, 0, 0, 0, 0, 0, 0] }],
  width: 600,
  height: 440,
  fontSize: 12,
});

describe('radar layout', () => {
  it('centres the chart and sizes it to leave room for three label lines above and below', () => {
    expect(layout.center).toEqual({ x: 300, y: 220 });
    // 440/2 − 10 − 3 × 14.4 = 166.8 is less than 600/2 − 118.8 − 10 = 171.2 (label width 18 × 12 × 0.55).
    expect(layout.radius).toBe(166.8);
  });

  it('puts area 1 at the top and goes clockwise', () => {
    expect(layout.axes.map((a) => a.end)).toEqual([
      { x: 300, y: 53.2 },
      { x: 417.95, y: 102.05 },
      { x: 466.8, y: 220 },
      { x: 417.95, y: 337.95 },
      { x: 300, y: 386.8 },
      { x: 182.05, y: 337.95 },
      { x: 133.2, y: 220 },
      { x: 182.05, y: 102.05 },
    ]);
    expect(layout.axes.map((a) => a.label.anchor)).toEqual(['middle', 'start', 'start', 'start', 'middle', 'end', 'end', 'end']);
  });

  it('places Vännäs 2016 at its scores: 67 at the top is 0.67 of the radius above the centre', () => {
    const points = layout.series[0]?.points ?? [];
    expect(points.map((p) => p.value)).toEqual(VANNAS);
    expect(points[0]).toMatchObject({ x: 300, y: 108.24 }); // 220 − 0.67 × 166.8
    expect(points[2]).toMatchObject({ x: 408.42, y: 220 }); // 300 + 0.65 × 166.8
    expect(points[4]).toMatchObject({ x: 300, y: 310.07 }); // 220 + 0.54 × 166.8
    expect(points[6]).toMatchObject({ x: 223.27, y: 220 }); // 300 − 0.46 × 166.8
    // Area 4 on the diagonal: 61 % of the radius at 45° below right.
    expect(points[3]).toMatchObject({ x: round(300 + 0.61 * 166.8 * Math.SQRT1_2), y: round(220 + 0.61 * 166.8 * Math.SQRT1_2) });
    expect(layout.series[0]?.path).toBe(
      `M${points.map((p) => `${p.x},${p.y}`).join('L')}Z`,
    );
  });

  it('draws a missing value at the centre and clamps values to the maximum', () => {
    const points = layout.series[1]?.points ?? [];
    expect(points[0]).toMatchObject({ x: 300, y: 53.2, value: 100 });
    expect(points[1]).toMatchObject({ x: 300, y: 220, value: undefined });
    const clamped = layoutRadar({ axes: AXES, max: 100, rings: [], series: [{ key: 'x', values: [150, -5] }], width: 600, height: 440, fontSize: 12 });
    expect(clamped.series[0]?.points[0]).toMatchObject({ x: 300, y: 53.2 });
    expect(clamped.series[0]?.points[1]).toMatchObject({ x: 300, y: 220 });
  });

  it('draws the rings at 25, 50, 75 and 100 and wraps labels into at most three lines', () => {
    expect(layout.rings.map((r) => r.value)).toEqual([25, 50, 75, 100]);
    expect(layout.rings[3]?.path.startsWith('M300,53.2L417.95,102.05')).toBe(true);
    expect(layout.axes[5]?.label.lines).toEqual(['Kommunen som', 'arbetsgivare –', 'personalpolitik']);
    for (const axis of layout.axes) expect(axis.label.lines.length).toBeLessThanOrEqual(3);
  });

  it('is deterministic', () => {
    const again = layoutRadar({ axes: AXES, max: 100, rings: [25, 50, 75, 100], series: [{ key: 'vannas-2016', values: VANNAS }, { key: 'partial', values: [100, undefined, 0, 0, 0, 0, 0, 0] }], width: 600, height: 440, fontSize: 12 });
    expect(again).toEqual(layout);
  });
});

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
