// The pipe chart layout (src/layout/pipes-layout.ts) on fixed simulated years: the committee organisation
// of Ånge today (four budget holders, each its own pipe) against proposal A (KS holds every frame: one
// holder drawn as joined vessels, one per utskott). Checks what the chart claims: every water level is the
// traced forecast balance on one shared scale, joined vessels share one level under one holder, a surplus is
// flagged as trapped exactly when another holder runs a deficit, decisions appear once their meeting has
// happened, and the chart does not change size while the months play.
import { describe, expect, it } from 'vitest';
import { DAYS_IN_YEAR } from '@/domain/meeting-calendar';
import { pipePanelOf } from '@/layout/pipes-input';
import { layoutPipes, niceCeiling, PIPES, visibleUntilDay, type PipesLayout } from '@/layout/pipes-layout';
import { monthCloseDay } from '@/simulation/budget-year-plan';
import { MONTHS_SV, simulatedYear, wordsFor } from './simulated-year-fixture';

const today = simulatedYear('ange-today', 'ifo-shock');
const proposal = simulatedYear('ange-a', 'ifo-shock');
const panels = [
  pipePanelOf(today.result, today.model, 'Ånge i dag', wordsFor(today.model)),
  pipePanelOf(proposal.result, proposal.model, 'Förslag A', wordsFor(proposal.model)),
];
const layoutAt = (month: number): PipesLayout => layoutPipes({ panels, month, width: 900, monthLabels: MONTHS_SV });

describe('pipes layout', () => {
  it('draws each committee as its own pipe and KS in proposal A as joined vessels, one per utskott', () => {
    const layout = layoutAt(11);
    const [committees, board] = layout.panels;
    expect(committees?.groups.map((g) => g.holderId)).toEqual(['utbildningsnamnd', 'socialnamnd', 'tekniska-namnd', 'ks', 'bygg-miljonamnd']);
    for (const group of committees?.groups ?? []) {
      expect(group.vessels).toHaveLength(1);
      expect(group.channel).toBeUndefined();
    }
    expect(board?.groups).toHaveLength(1);
    const ks = board?.groups[0];
    expect(ks?.holderId).toBe('ks');
    expect(ks?.rules).toBe('whole');
    expect(ks?.vessels.map((v) => v.id)).toEqual(['larande-stod', 'omsorg-stod', 'service', 'ks']);
    // The channel runs under every vessel of the group, from the first pipe's left edge to the last one's right.
    const first = ks?.vessels[0];
    const last = ks?.vessels[ks.vessels.length - 1];
    expect(ks?.channel?.x).toBe(first?.x);
    expect(ks?.channel?.width).toBeCloseTo((last?.x ?? 0) + (last?.width ?? 0) - (first?.x ?? 0), 0);
    expect(ks?.channel?.y).toBe(ks?.bottom);
  });

  it('puts every water level at the traced forecast balance, on one scale shared by both organisations', () => {
    for (let month = 0; month < 12; month++) {
      const layout = layoutAt(month);
      const half = PIPES.pipeHeight / 2;
      for (const [p, panel] of layout.panels.entries()) {
        const source = [today, proposal][p]?.result.budgetYear.trace ?? [];
        for (const group of panel.groups) {
          const balance = source.find((t) => t.bodyId === group.holderId)?.forecastBalanceMsek[month] ?? Number.NaN;
          expect(group.balanceMsek).toBe(balance);
          // level = zero line − balance × (half the pipe / scale), within the 0.1 px rounding.
          expect(Math.abs(group.levelY - (group.zeroY - (balance / layout.scaleMsek) * half))).toBeLessThanOrEqual(0.15);
          expect(group.clamped).toBe(false);
          expect(group.state).toBe(balance > 0.05 ? 'surplus' : balance < -0.05 ? 'deficit' : 'balanced');
        }
      }
    }
  });

  it('chooses the scale from the largest balance of the year, rounded up to a 1–2–5 step', () => {
    const largest = Math.max(
      ...[today, proposal].flatMap((y) => y.result.budgetYear.trace.flatMap((t) => t.forecastBalanceMsek.map(Math.abs))),
    );
    const layout = layoutAt(4);
    expect(layout.scaleMsek).toBeGreaterThanOrEqual(largest);
    expect(layout.scaleMsek).toBe(niceCeiling(largest * 1.05));
    expect([1, 2, 2.5, 5]).toContain(layout.scaleMsek / 10 ** Math.floor(Math.log10(layout.scaleMsek)));
  });

  it('flags a surplus as trapped only while another holder of the same organisation runs a deficit', () => {
    let trappedSeen = 0;
    for (let month = 0; month < 12; month++) {
      const [committees, board] = layoutAt(month).panels;
      const anyDeficit = committees?.groups.some((g) => g.state === 'deficit') ?? false;
      for (const group of committees?.groups ?? []) {
        expect(group.trapped).toBe(group.state === 'surplus' && anyDeficit);
        if (group.trapped) trappedSeen++;
      }
      // One holder: no pipe is trapped against another; what its sectors keep apart (ω < 1) is the engine's figure.
      expect(board?.groups.every((g) => !g.trapped)).toBe(true);
      expect(committees?.trappedMsek).toBe(today.result.budgetYear.trappedSurplusByMonthMsek[month]);
    }
    expect(trappedSeen).toBeGreaterThan(0);
  });

  it('shows a deviation and the decision covering it only once the follow-up has seen them', () => {
    const covering = today.result.budgetYear.deviations.filter((d) => d.coveredDay !== undefined && d.route !== 'resolved');
    expect(covering.length).toBeGreaterThan(0);
    for (let month = 0; month < 12; month++) {
      const panel = layoutAt(month).panels[0];
      const until = visibleUntilDay(month);
      expect(until).toBe(monthCloseDay(month, 10));
      const expected = covering.filter((d) => (d.coveredDay ?? DAYS_IN_YEAR) <= until).length;
      expect(panel?.markers.filter((m) => m.kind === 'covered')).toHaveLength(expected);
      // Markers are numbered in day order and sit on the strip at their day.
      const xs = panel?.markers.map((m) => m.x) ?? [];
      expect([...xs].sort((a, b) => a - b)).toEqual(xs);
      expect(panel?.markers.map((m) => m.number)).toEqual(xs.map((_, i) => i + 1));
    }
  });

  it('takes the savings target KS sets after a tax-forecast drop off its level, as KF’s frame cuts are off the committees’', () => {
    const board = simulatedYear('ange-a', 'tax-drop');
    const committees = simulatedYear('ange-today', 'tax-drop');
    const boardPanel = pipePanelOf(board.result, board.model, 'A', wordsFor(board.model));
    const raw = board.result.budgetYear.trace[0]?.forecastBalanceMsek ?? [];
    const shown = boardPanel.holders[0]?.balanceByMonthMsek ?? [];
    const target = 0.02 * board.result.budgetYear.revenueMsek;
    // Before the drop is known (September) nothing changes; after KS's first meeting on it, the target counts.
    expect(shown.slice(0, 8)).toEqual(raw.slice(0, 8));
    expect((raw[11] ?? 0) - (shown[11] ?? 0)).toBeCloseTo(target, 9);
    // KS holds everything, so its year-end level, plus the reserve never granted and less KF's grants, is
    // the municipality's result against the lower revenue.
    const year = board.result.budgetYear;
    const unused = year.reserve.startMsek - year.reserve.grantedMsek;
    const granted = year.holders.reduce((s, h) => s + h.grantedMsek, 0);
    expect((shown[11] ?? 0) + unused - granted).toBeCloseTo(year.resultMsek, 9);
    // Committees' frames were cut by KF already: their traces are shown as they are.
    const committeePanel = pipePanelOf(committees.result, committees.model, 'I dag', wordsFor(committees.model));
    const socialnamnd = committeePanel.holders.find((h) => h.bodyId === 'socialnamnd');
    expect(socialnamnd?.balanceByMonthMsek).toEqual(committees.result.budgetYear.trace.find((t) => t.bodyId === 'socialnamnd')?.forecastBalanceMsek);
  });

  it('keeps its size while the months play, and keeps every pipe inside its panel', () => {
    const sizes = new Set(Array.from({ length: 12 }, (_, m) => `${layoutAt(m).width}x${layoutAt(m).height}`));
    expect(sizes.size).toBe(1);
    for (const panel of layoutAt(6).panels) {
      for (const group of panel.groups) {
        expect(group.x).toBeGreaterThanOrEqual(panel.x);
        expect(group.x + group.width).toBeLessThanOrEqual(panel.x + panel.width + 0.1);
        expect(group.levelY).toBeGreaterThanOrEqual(group.top);
        expect(group.levelY).toBeLessThanOrEqual(group.bottom);
      }
    }
  });
});
