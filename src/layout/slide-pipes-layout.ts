// The pipes on a slide, month by month (DESIGN §6's downpipes against communicating vessels, made big):
// per organisation a panel, per budget holder a group of pipes — one pipe for a committee with its own
// frame, one per preparing utskott joined at the bottom for KS — with the water at the holder's forecast
// balance at the month-end shown. One vertical scale for every month and panel, so the levels can be
// compared and do not jump while the months play. Input: pipes-input.ts's panels. Pure, stage units.
import type { PipePanelInput } from './pipes-layout';
import { fitLabel, round1, SLIDE_CHART } from './slide-geometry';
import { charsThatFit, wrapText } from './text-wrap';

export interface SlidePipe {
  id: string;
  /** Written upwards inside the pipe, from its bottom. */
  name: string;
  x: number;
  width: number;
  labelX: number;
  labelY: number;
}

export interface SlidePipeGroup {
  holderId: string;
  joined: boolean;
  x: number;
  width: number;
  levelY: number;
  balance: number;
  pipes: SlidePipe[];
  nameLines: string[];
  nameBaselines: number[];
}

export interface SlidePipePanel {
  key: string;
  title: string;
  x: number;
  width: number;
  groups: SlidePipeGroup[];
  trapped: number;
}

export interface SlidePipesLayout {
  width: number;
  height: number;
  top: number;
  bottom: number;
  zeroY: number;
  panels: SlidePipePanel[];
}

const PANEL_GAP = 48;
const GROUP_GAP = 26;
const MAX_PIPE = 64;

export function layoutSlidePipes(panels: readonly PipePanelInput[], month: number): SlidePipesLayout {
  const { width, height, small, line } = SLIDE_CHART;
  const top = 72;
  const bottom = height - 2 * line - 44;
  const zeroY = (top + bottom) / 2;
  const largest = Math.max(0.5, ...panels.flatMap((p) => p.holders.flatMap((h) => h.balanceByMonthMsek.map(Math.abs))));
  const perMsek = (bottom - zeroY - 6) / largest;
  const n = Math.max(1, panels.length);
  const panelWidth = (width - PANEL_GAP * (n - 1)) / n;
  return {
    width,
    height,
    top,
    bottom,
    zeroY: round1(zeroY),
    panels: panels.map((panel, p) => {
      const x0 = p * (panelWidth + PANEL_GAP);
      const pipeCount = panel.holders.reduce((sum, h) => sum + h.vessels.length, 0);
      const gaps = GROUP_GAP * Math.max(0, panel.holders.length - 1);
      const pipeWidth = Math.min(MAX_PIPE, (panelWidth - gaps) / Math.max(1, pipeCount));
      let x = x0;
      const groups = panel.holders.map((holder): SlidePipeGroup => {
        const groupWidth = pipeWidth * holder.vessels.length;
        const balance = holder.balanceByMonthMsek[month] ?? 0;
        // A lone pipe carries the holder's name inside it; joined pipes carry their utskott, the holder's name goes under.
        const lines = holder.vessels.length > 1 ? wrapText(holder.name, charsThatFit(groupWidth + GROUP_GAP - 4, small), 2) : [];
        const group = {
          holderId: holder.bodyId,
          joined: holder.vessels.length > 1,
          x: round1(x),
          width: round1(groupWidth),
          levelY: round1(zeroY - balance * perMsek),
          balance,
          pipes: holder.vessels.map((vessel, v) => ({
            id: vessel.id,
            name: fitLabel(holder.vessels.length > 1 ? vessel.name : holder.name, bottom - top - 24, small),
            x: round1(x + v * pipeWidth),
            width: round1(pipeWidth),
            labelX: round1(x + v * pipeWidth + pipeWidth / 2 + small * 0.35),
            labelY: round1(bottom - 12),
          })),
          nameLines: lines,
          nameBaselines: lines.map((_, l) => round1(bottom + 16 + (l + 1) * line - 6)),
        };
        x += groupWidth + GROUP_GAP;
        return group;
      });
      return { key: panel.key, title: fitLabel(panel.title, panelWidth, SLIDE_CHART.font), x: round1(x0), width: round1(panelWidth), groups, trapped: panel.trappedByMonthMsek[month] ?? 0 };
    }),
  };
}
