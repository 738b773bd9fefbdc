// The year wheel layout (src/layout/year-wheel-layout.ts, year-wheel-input.ts) on the fixed simulated year
// of Ånge today under the IFO shock: one meeting ring per acting body with one arc per meeting of its
// calendar at the meeting's angle, the meetings that took a covering decision marked, and the budget
// process's phases cut into next year's planning, this year's execution and last year's closing without
// gaps or overlaps.
import { describe, expect, it } from 'vitest';
import { DAYS_IN_YEAR, meetingCalendar } from '@/domain/meeting-calendar';
import { angleOfDay, layoutYearWheel, phaseSegments, type PhaseSegment } from '@/layout/year-wheel-layout';
import { wheelBodies, yearWheelRings } from '@/layout/year-wheel-input';
import { MONTHS_SV, simulatedYear, wordsFor } from './simulated-year-fixture';

const { model, result } = simulatedYear('ange-today', 'ifo-shock');
const words = { ...wordsFor(model), phaseRing: (window: string) => `fas ${window}` };
const rings = yearWheelRings(result, model, words);
const layout = layoutYearWheel({ rings, width: 420, monthLabels: MONTHS_SV, markerDay: 130, phaseLabels: [] });

describe('year wheel layout', () => {
  it('draws KF first, then KS, the committees and the bodies preparing areas, then the three phase rings', () => {
    expect(wheelBodies(model)).toEqual(['kf', 'ks', 'utbildningsnamnd', 'socialnamnd', 'tekniska-namnd', 'bygg-miljonamnd', 'ks-au']);
    expect(layout.rings.map((r) => r.id)).toEqual([
      'kf',
      'ks',
      'utbildningsnamnd',
      'socialnamnd',
      'tekniska-namnd',
      'bygg-miljonamnd',
      'ks-au',
      'phases-closing',
      'phases-execution',
      'phases-planning',
    ]);
  });

  it('gives every meeting of a body one arc centred on its day, and nests the rings without overlap', () => {
    const calendar = meetingCalendar(model);
    for (const ring of layout.rings.filter((r) => r.kind === 'meetings')) {
      const days = calendar.get(ring.id) ?? [];
      expect(ring.arcs).toHaveLength(days.length);
      ring.arcs.forEach((arc, i) => {
        const centre = (arc.startAngle + arc.endAngle) / 2;
        const day = days[i] ?? 0;
        // Centred on the day, except where the arc is cut at 1 January or 31 December.
        if (day >= 2 && day <= DAYS_IN_YEAR - 2) expect(centre).toBeCloseTo(angleOfDay(day), 6);
        expect(arc.path.startsWith('M')).toBe(true);
      });
    }
    for (let i = 1; i < layout.rings.length; i++) {
      expect(layout.rings[i]?.outerRadius).toBeLessThan(layout.rings[i - 1]?.innerRadius ?? 0);
    }
    expect(layout.rings[layout.rings.length - 1]?.innerRadius).toBeGreaterThanOrEqual(layout.innerRadius - 0.1);
  });

  it('marks the meetings whose decision covered a deviation, and only those', () => {
    const covered = result.budgetYear.deviations.filter((d) => d.coveredDay !== undefined);
    expect(covered.length).toBeGreaterThan(0);
    const expected = new Set(covered.map((d) => `${d.route === 'appropriation' ? 'kf' : d.holder}@${d.coveredDay}`));
    const calendar = meetingCalendar(model);
    const marked = new Set(
      layout.rings.flatMap((ring) =>
        ring.arcs.flatMap((arc, i) => (arc.kind === 'decision' ? [`${ring.id}@${calendar.get(ring.id)?.[i]}`] : [])),
      ),
    );
    expect(marked).toEqual(expected);
  });

  it('cuts the budget phases into three years that each run without gaps or overlaps', () => {
    const segments = phaseSegments(result.budgetYear.phases);
    const contiguous = (list: PhaseSegment[]) => list.every((s, i) => i === 0 || s.startDay === list[i - 1]?.endDay);
    // Next year's budget is drawn up from 1 January (planning) until it is adopted and waits for the year.
    expect(segments.planning[0]).toMatchObject({ state: 'planning', startDay: 0 });
    expect(segments.planning[segments.planning.length - 1]?.endDay).toBe(DAYS_IN_YEAR);
    expect(contiguous(segments.planning)).toBe(true);
    // This year's budget is carried out all year, with the two interim reports.
    expect(segments.execution[0]?.startDay).toBe(0);
    expect(segments.execution[segments.execution.length - 1]?.endDay).toBe(DAYS_IN_YEAR);
    expect(contiguous(segments.execution)).toBe(true);
    expect(segments.execution.filter((s) => s.state === 'execution.interimReport')).toHaveLength(2);
    // Last year's accounts are closed early in the year: December's follow-up (its books close on 10
    // January), then the annual report and KF's approval of it.
    expect(segments.closing.map((s) => s.state)).toEqual(['execution.followingUp', 'closing.annualReport', 'closing.councilApproval']);
    expect(segments.closing[0]).toMatchObject({ startDay: 0, endDay: 10 });
    expect(contiguous(segments.closing)).toBe(true);
    for (const list of Object.values(segments)) for (const s of list) expect(s.endDay).toBeGreaterThan(s.startDay);
  });

  it('points the needle at the day asked for', () => {
    const angle = Math.atan2((layout.marker?.x2 ?? 0) - layout.cx, layout.cy - (layout.marker?.y2 ?? 0));
    expect(angle).toBeCloseTo(angleOfDay(130), 2);
  });
});
