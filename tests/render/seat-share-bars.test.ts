// The paired share bars (src/layout/seat-share-bars.ts): bar lengths proportional to the shares on one
// scale, a row per party in order, values that make no sense drawn as 0, and the text wrap for labels.
import { describe, expect, it } from 'vitest';
import { layoutSeatShareBars, SEAT_BARS } from '@/layout/seat-share-bars';
import { wrapText } from '@/layout/text-wrap';

describe('seat share bars', () => {
  const parties = [
    { party: 'S', councilShare: 14 / 21, positionShare: 66 / 77 },
    { party: 'C', councilShare: 4 / 21, positionShare: 7 / 77 },
    { party: 'V', councilShare: 1 / 21, positionShare: 1 / 77 },
  ];
  const layout = layoutSeatShareBars(parties, 500);

  it('draws one row per party, in order, each below the last', () => {
    expect(layout.rows.map((r) => r.party)).toEqual(['S', 'C', 'V']);
    const tops = layout.rows.map((r) => r.council.y);
    expect(tops).toEqual([...tops].sort((a, b) => a - b));
    for (const row of layout.rows) expect(row.positions.y).toBe(row.council.y + SEAT_BARS.barHeight + SEAT_BARS.barGap);
  });

  it('makes bar lengths proportional to the shares, on a nice axis from 0', () => {
    // S's 85.7 % of positions is the largest share; the axis is niced to 100 %.
    expect(layout.ticks.map((t) => t.share)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    const full = layout.ticks.at(-1)!.x - layout.ticks[0]!.x;
    const s = layout.rows[0]!;
    expect(s.council.width / full).toBeCloseTo(14 / 21, 2);
    expect(s.positions.width / full).toBeCloseTo(66 / 77, 2);
    expect(layout.rows[2]!.council.width).toBeGreaterThan(layout.rows[2]!.positions.width);
    // Everything fits in the width asked for, value labels included.
    for (const row of layout.rows) expect(row.positions.labelX + SEAT_BARS.valueWidth - 4).toBeLessThanOrEqual(500);
  });

  it('draws shares that make no sense (negative, above 1, NaN) within 0–100 %', () => {
    const odd = layoutSeatShareBars([{ party: 'X', councilShare: Number.NaN, positionShare: 7 }], 400).rows[0]!;
    expect(odd.council.width).toBe(0);
    expect(odd.council.share).toBe(0);
    expect(odd.positions.share).toBe(1);
  });
});

describe('label wrapping', () => {
  it('breaks between words within the budget and ends an overlong text with an ellipsis', () => {
    expect(wrapText('Individ- och familjeomsorg (IFO)', 16, 3)).toEqual(['Individ- och', 'familjeomsorg', '(IFO)']);
    expect(wrapText('Individ- och familjeomsorg (IFO)', 16, 2)).toEqual(['Individ- och', 'familjeomsorg…']);
    expect(wrapText('  Valnämnden  ', 20, 2)).toEqual(['Valnämnden']);
  });

  it('cuts a long compound between its parts or syllables where it can', () => {
    expect(wrapText('Utbildningsförvaltningen', 20, 3)).toEqual(['Utbildnings-', 'förvaltningen']);
    expect(wrapText('Miljöförvaltningen', 10, 3)).toEqual(['Miljö-', 'förvalt-', 'ningen']);
    for (const line of wrapText('Samhällsbyggnadsförvaltningen och mer text', 12, 5)) expect(line.length).toBeLessThanOrEqual(12);
  });
});
