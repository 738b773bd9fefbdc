// The signature chart of the Simulate view (DESIGN §6), as positioned plain data for
// src/render/pipes-chart.tsx: "downpipes against communicating vessels". Each budget holder is drawn as
// a vertical pipe whose water level is its forecast balance at the chosen month-end: the middle line is a
// budget in balance, water above it a forecast surplus, below it a deficit. A committee organisation's
// holders are separate pipes, each with its own closed bottom (a surplus in one cannot reach a deficit in
// another); a holder that nets several bodies' areas (KS with utskott) is drawn as one pipe per preparing
// body, joined at the bottom by a channel, so they always show one common level — the holder's balance.
// Decisions that covered a deviation, and detections still waiting for one, are marked on a month strip
// with the meeting (body and date) that took them.
//
// All panels share one vertical scale (the largest balance over every month and model, rounded up to a
// 1–2–5 step), so a level can be compared across organisations and does not jump while the months play.
// Pure and deterministic; coordinates rounded to 0.1 px. Text comes in ready-made (the caller's language);
// this module only wraps and places it.
import { DAYS_IN_YEAR, MONTH_START_DAY } from '@/domain/meeting-calendar';
import { DEFAULT_CLOSE_LAG_DAYS } from '@/simulation/assumption-ledger';
import { monthCloseDay } from '@/simulation/budget-year-plan';
import { charsThatFit, wrapText } from './text-wrap';

export const PIPES = {
  margin: 10,
  panelGap: 28,
  titleFont: 15,
  titleLine: 19,
  font: 12,
  line: 15,
  smallFont: 11,
  axisWidth: 44,
  valueSpace: 34,
  pipeHeight: 200,
  minPipeWidth: 18,
  maxPipeWidth: 58,
  vesselGap: 10,
  groupGap: 22,
  channelHeight: 14,
  nameLines: 3,
  nameFont: 11,
  stripHeight: 34,
  decisionLines: 2,
  maxDecisions: 6,
} as const;

export interface PipeVesselInput {
  id: string;
  /** Written vertically inside the pipe. */
  name: string;
}

export interface PipeHolderInput {
  bodyId: string;
  /** Written under the pipe group. */
  name: string;
  /** `whole`: the holder nets all its areas (KS); `silo`: a committee with its own frame. */
  rules: 'silo' | 'whole';
  /** Forecast balance at each month-end (index 0 = January), MSEK; positive = surplus. */
  balanceByMonthMsek: readonly number[];
  /** One vessel per preparing body under a holder that nets them; one (the holder itself) otherwise. */
  vessels: readonly PipeVesselInput[];
}

export interface PipeEventInput {
  holderId: string;
  /** Day of the year (0 = 1 January) of the meeting or the detection. */
  day: number;
  /** `covered`: a decision closed a deviation; `detected`: the forecast showed one (still open then). */
  kind: 'covered' | 'detected';
  /** Short mark on the strip, e.g. "KF". */
  mark: string;
  /** The line in the list under the chart, e.g. "12 maj, Socialnämnden: egna åtgärder 4,0 mnkr". */
  label: string;
}

export interface PipePanelInput {
  key: string;
  title: string;
  holders: readonly PipeHolderInput[];
  events: readonly PipeEventInput[];
  /** Trapped surplus at each month-end, MSEK (budget-year-run.ts). */
  trappedByMonthMsek: readonly number[];
}

export interface PipesInput {
  panels: readonly PipePanelInput[];
  /** Month shown, 0 = January … 11 = December. */
  month: number;
  width: number;
  /** Twelve short month names for the strip. */
  monthLabels: readonly string[];
  /** The scenario's closing lag of the monthly accounts (the ledger's default when absent). */
  closeLagDays?: number;
}

export type BalanceState = 'surplus' | 'deficit' | 'balanced';

export interface PipeVessel {
  id: string;
  name: string;
  x: number;
  width: number;
  /** The vertical name: its anchor (rotated −90° about it), and how many characters fit. */
  labelX: number;
  labelY: number;
  labelText: string;
}

export interface PipeGroup {
  holderId: string;
  rules: 'silo' | 'whole';
  x: number;
  width: number;
  /** Top and bottom of the pipes; `zeroY` is a budget in balance; `levelY` the water surface. */
  top: number;
  bottom: number;
  zeroY: number;
  levelY: number;
  /** The balance shown (unclamped), MSEK. */
  balanceMsek: number;
  /** True when the level is beyond the scale (never with the shared scale, kept for safety). */
  clamped: boolean;
  state: BalanceState;
  /** A surplus while another holder of the same organisation runs a deficit in the same month. */
  trapped: boolean;
  vessels: PipeVessel[];
  /** The channel joining the vessels at the bottom (only when they are joined). */
  channel: { x: number; y: number; width: number; height: number } | undefined;
  valueX: number;
  valueBaseline: number;
  nameLines: string[];
  nameX: number;
  nameBaseline: number;
}

export interface PipeMarker {
  x: number;
  y: number;
  kind: 'covered' | 'detected';
  mark: string;
  /** 1-based number, shared with the list entry. */
  number: number;
}

export interface PipeListEntry {
  number: number;
  kind: 'covered' | 'detected';
  lines: string[];
  baseline: number;
}

export interface PipePanel {
  key: string;
  x: number;
  width: number;
  titleLines: string[];
  titleBaseline: number;
  axis: { x: number; ticks: { y: number; valueMsek: number }[] };
  groups: PipeGroup[];
  strip: {
    x0: number;
    x1: number;
    y: number;
    months: { x: number; label: string }[];
    /** The month shown, as a band on the strip. */
    current: { x: number; width: number };
  };
  markers: PipeMarker[];
  /** Decisions and open detections up to the month shown, most recent last (at most maxDecisions). */
  entries: PipeListEntry[];
  /** Entries left out because the list is full. */
  hiddenEntries: number;
  trappedMsek: number;
  trappedBaseline: number;
}

export interface PipesLayout {
  width: number;
  height: number;
  month: number;
  /** The scale's top: a level at the pipe top is +scaleMsek, at the bottom −scaleMsek. */
  scaleMsek: number;
  panels: PipePanel[];
}

const round = (value: number): number => Math.round(value * 10) / 10;

/** The smallest 1–2–5 step ≥ value (at least 1 MSEK), so the axis reads in round numbers. */
export function niceCeiling(value: number): number {
  if (!(value > 1)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= value - 1e-9) return step * power;
  return 10 * power;
}

/** The last day whose events the month's follow-up has seen: the day its accounts close. */
export function visibleUntilDay(month: number, closeLagDays: number = DEFAULT_CLOSE_LAG_DAYS): number {
  return monthCloseDay(Math.min(11, Math.max(0, Math.floor(month))), closeLagDays);
}

function balanceAt(holder: PipeHolderInput, month: number): number {
  const value = holder.balanceByMonthMsek[month];
  return value !== undefined && Number.isFinite(value) ? value : 0;
}

function stateOf(balance: number): BalanceState {
  if (balance > 0.05) return 'surplus';
  if (balance < -0.05) return 'deficit';
  return 'balanced';
}

/** Events up to the month shown, in day order (covered decisions and the detections not yet covered). */
function eventsUpTo(events: readonly PipeEventInput[], month: number, closeLagDays: number | undefined): PipeEventInput[] {
  const until = visibleUntilDay(month, closeLagDays);
  return [...events].filter((event) => event.day <= until).sort((a, b) => a.day - b.day || (a.kind < b.kind ? -1 : 1));
}

export function layoutPipes(input: PipesInput): PipesLayout {
  const P = PIPES;
  const month = Math.min(11, Math.max(0, Math.floor(input.month)));
  const count = Math.max(1, input.panels.length);
  const width = Math.max(320, input.width);
  const panelWidth = (width - 2 * P.margin - (count - 1) * P.panelGap) / count;
  let largest = 0;
  for (const panel of input.panels) {
    for (const holder of panel.holders) {
      for (const value of holder.balanceByMonthMsek) if (Number.isFinite(value)) largest = Math.max(largest, Math.abs(value));
    }
  }
  const scaleMsek = niceCeiling(largest * 1.05);
  const titleChars = charsThatFit(panelWidth, P.titleFont);
  const titleLineCount = Math.max(1, ...input.panels.map((p) => wrapText(p.title, titleChars, 2).length));
  const top = P.margin + titleLineCount * P.titleLine + 6 + P.valueSpace;
  const bottom = top + P.pipeHeight;
  const zeroY = (top + bottom) / 2;
  const half = P.pipeHeight / 2;
  const yOf = (msek: number): number => zeroY - (msek / scaleMsek) * half;
  const namesTop = bottom + P.channelHeight + 6;

  // Name blocks and decision lists are sized for the whole year, so the chart keeps its height while playing.
  const nameBlock = P.nameLines * P.line;
  const trappedBaseline = namesTop + nameBlock + P.font + 4;
  const stripY = trappedBaseline + 12;
  const listTop = stripY + P.stripHeight;
  const listChars = charsThatFit(panelWidth - 22, P.smallFont);
  const listHeightOf = (panel: PipePanelInput): number => {
    let most = 0;
    for (let m = 0; m < 12; m++) {
      const entries = eventsUpTo(panel.events, m, input.closeLagDays).slice(-P.maxDecisions);
      const lines = entries.reduce((sum, e) => sum + wrapText(e.label, listChars, P.decisionLines).length, 0);
      most = Math.max(most, lines + (eventsUpTo(panel.events, m, input.closeLagDays).length > P.maxDecisions ? 1 : 0));
    }
    return most * P.line;
  };
  const listHeight = Math.max(P.line, ...input.panels.map(listHeightOf));
  const height = listTop + listHeight + P.margin;

  const panels: PipePanel[] = input.panels.map((panel, index) => {
    const x = P.margin + index * (panelWidth + P.panelGap);
    const plotX = x + P.axisWidth;
    const plotWidth = panelWidth - P.axisWidth;
    const vesselCount = panel.holders.reduce((sum, h) => sum + Math.max(1, h.vessels.length), 0);
    const gaps =
      Math.max(0, panel.holders.length - 1) * P.groupGap +
      panel.holders.reduce((sum, h) => sum + Math.max(0, h.vessels.length - 1) * P.vesselGap, 0);
    const pipeWidth = Math.min(P.maxPipeWidth, Math.max(P.minPipeWidth, (plotWidth - gaps) / Math.max(1, vesselCount)));
    // Room left over widens the gaps between holders (up to 26 px more), so their names have space.
    const spare = Math.max(0, plotWidth - vesselCount * pipeWidth - gaps);
    const groupGap = P.groupGap + Math.min(26, spare / Math.max(1, panel.holders.length));
    const used = vesselCount * pipeWidth + gaps + Math.max(0, panel.holders.length - 1) * (groupGap - P.groupGap);
    let cursor = plotX + Math.max(0, (plotWidth - used) / 2);

    const deficitsThisMonth = panel.holders.some((h) => stateOf(balanceAt(h, month)) === 'deficit');
    const groups: PipeGroup[] = panel.holders.map((holder) => {
      const vesselsIn = holder.vessels.length > 0 ? holder.vessels : [{ id: holder.bodyId, name: holder.name }];
      const groupX = cursor;
      const vessels: PipeVessel[] = vesselsIn.map((vessel, v) => {
        const vx = groupX + v * (pipeWidth + P.vesselGap);
        return {
          id: vessel.id,
          name: vessel.name,
          x: round(vx),
          width: round(pipeWidth),
          labelX: round(vx + pipeWidth / 2 + P.smallFont * 0.35),
          labelY: round(bottom - 6),
          // Only joined vessels are named inside the pipe; a lone pipe's name is written under it.
          labelText: vesselsIn.length > 1 ? (wrapText(vessel.name, charsThatFit(P.pipeHeight - 24, P.smallFont), 1)[0] ?? '') : '',
        };
      });
      const groupWidth = vesselsIn.length * pipeWidth + (vesselsIn.length - 1) * P.vesselGap;
      cursor += groupWidth + groupGap;
      const balance = balanceAt(holder, month);
      const rawLevel = yOf(balance);
      const levelY = Math.min(bottom, Math.max(top, rawLevel));
      const state = stateOf(balance);
      const joined = vesselsIn.length > 1;
      const nameChars = charsThatFit(groupWidth + groupGap, P.nameFont);
      return {
        holderId: holder.bodyId,
        rules: holder.rules,
        x: round(groupX),
        width: round(groupWidth),
        top: round(top),
        bottom: round(bottom),
        zeroY: round(zeroY),
        levelY: round(levelY),
        balanceMsek: balance,
        clamped: rawLevel !== levelY,
        state,
        trapped: state === 'surplus' && deficitsThisMonth,
        vessels,
        channel: joined
          ? { x: round(groupX), y: round(bottom), width: round(groupWidth), height: P.channelHeight }
          : undefined,
        valueX: round(groupX + groupWidth / 2),
        valueBaseline: round(top - 6),
        nameLines: wrapText(holder.name, nameChars, P.nameLines),
        nameX: round(groupX + groupWidth / 2),
        nameBaseline: round(namesTop + P.font),
      };
    });

    const ticks = [1, 0.5, 0, -0.5, -1].map((share) => ({ y: round(yOf(share * scaleMsek)), valueMsek: share * scaleMsek }));
    const x0 = plotX;
    const x1 = x + panelWidth;
    const dayX = (day: number): number => x0 + (Math.min(DAYS_IN_YEAR, Math.max(0, day)) / DAYS_IN_YEAR) * (x1 - x0);
    // A narrow strip gets each month's initial only, so the names do not run into each other.
    const roomy = (x1 - x0) / 12 >= 4 * P.smallFont * 0.55 + 4;
    const months = input.monthLabels.slice(0, 12).map((label, m) => ({
      x: round((dayX(MONTH_START_DAY[m] ?? 0) + dayX(MONTH_START_DAY[m + 1] ?? DAYS_IN_YEAR)) / 2),
      label: roomy ? label : label.slice(0, 1),
    }));
    const currentStart = dayX(MONTH_START_DAY[month] ?? 0);
    const currentEnd = dayX(MONTH_START_DAY[month + 1] ?? DAYS_IN_YEAR);
    const visible = eventsUpTo(panel.events, month, input.closeLagDays);
    const numbered = visible.map((event, i) => ({ event, number: i + 1 }));
    const stripMarkY = stripY + 8;
    const markers: PipeMarker[] = numbered.map(({ event, number }) => ({
      x: round(dayX(event.day)),
      y: round(stripMarkY),
      kind: event.kind,
      mark: event.mark,
      number,
    }));
    const shown = numbered.slice(-P.maxDecisions);
    const hiddenEntries = numbered.length - shown.length;
    let lineY = listTop + P.smallFont + (hiddenEntries > 0 ? P.line : 0);
    const entries: PipeListEntry[] = shown.map(({ event, number }) => {
      const lines = wrapText(event.label, listChars, P.decisionLines);
      const entry = { number, kind: event.kind, lines, baseline: round(lineY) };
      lineY += lines.length * P.line;
      return entry;
    });
    return {
      key: panel.key,
      x: round(x),
      width: round(panelWidth),
      titleLines: wrapText(panel.title, titleChars, 2),
      titleBaseline: round(P.margin + P.titleFont),
      axis: { x: round(plotX - 6), ticks },
      groups,
      strip: {
        x0: round(x0),
        x1: round(x1),
        y: round(stripY),
        months,
        current: { x: round(currentStart), width: round(currentEnd - currentStart) },
      },
      markers,
      entries,
      hiddenEntries,
      trappedMsek: Number.isFinite(panel.trappedByMonthMsek[month] ?? Number.NaN) ? (panel.trappedByMonthMsek[month] ?? 0) : 0,
      trappedBaseline: round(trappedBaseline),
    };
  });

  return { width: round(width), height: round(height), month, scaleMsek, panels };
}
