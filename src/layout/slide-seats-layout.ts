// Seats as dots for a slide (DESIGN §7 "seat dot-matrices"): one panel per organisation, one block per
// political body (KF left out: it is the same in every organisation compared), its name over a row of
// dots — filled for members, open for substitutes — so the audience sees how many positions each
// organisation has and where they sit. Pure: input in stage units, positions out.
import { fitLabel, round1, SLIDE_CHART } from './slide-geometry';

export interface SeatBodyInput {
  id: string;
  name: string;
  members: number;
  substitutes: number;
  /** The body holds (or prepares for the holder of) the whole budget: KS and its utskott. */
  whole: boolean;
}

export interface SeatPanelInput {
  key: string;
  title: string;
  /** Written under the title, e.g. "58 platser". */
  subtitle: string;
  bodies: readonly SeatBodyInput[];
}

export interface SeatDot {
  x: number;
  y: number;
  filled: boolean;
}

export interface SeatBlock {
  id: string;
  label: string;
  labelX: number;
  labelBaseline: number;
  whole: boolean;
  dots: SeatDot[];
}

export interface SeatPanel {
  key: string;
  x: number;
  width: number;
  title: string;
  titleBaseline: number;
  subtitle: string;
  subtitleBaseline: number;
  blocks: SeatBlock[];
}

export interface SeatsLayout {
  width: number;
  height: number;
  radius: number;
  panels: SeatPanel[];
}

const GAP = 36;

export function layoutSlideSeats(panels: readonly SeatPanelInput[]): SeatsLayout {
  const { width, height, font, small, line } = SLIDE_CHART;
  const n = Math.max(1, panels.length);
  const panelWidth = (width - GAP * (n - 1)) / n;
  const top = font + line + 12;
  // The dot pitch that lets the fullest panel fit the height: each block a label line and its dot rows.
  const fits = (pitch: number): boolean =>
    panels.every((panel) => {
      const perRow = Math.max(1, Math.floor(panelWidth / pitch));
      const used = panel.bodies.reduce((sum, b) => sum + small + 8 + Math.ceil((b.members + b.substitutes) / perRow) * pitch + 10, top);
      return used <= height - 34;
    });
  let pitch = 22;
  while (pitch > 9 && !fits(pitch)) pitch -= 1;
  const radius = round1(pitch * 0.36);
  return {
    width,
    height,
    radius,
    panels: panels.map((panel, p) => {
      const x = p * (panelWidth + GAP);
      const perRow = Math.max(1, Math.floor(panelWidth / pitch));
      let cursor = top;
      const blocks = panel.bodies.map((body): SeatBlock => {
        const labelBaseline = cursor + small;
        cursor = labelBaseline + 8;
        const dots: SeatDot[] = [];
        const total = body.members + body.substitutes;
        for (let i = 0; i < total; i++) {
          dots.push({
            x: round1(x + (i % perRow) * pitch + pitch / 2),
            y: round1(cursor + Math.floor(i / perRow) * pitch + pitch / 2),
            filled: i < body.members,
          });
        }
        cursor += Math.ceil(total / perRow) * pitch + 10;
        return { id: body.id, label: fitLabel(`${body.name} ${body.members} + ${body.substitutes}`, panelWidth, small), labelX: round1(x), labelBaseline: round1(labelBaseline), whole: body.whole, dots };
      });
      return {
        key: panel.key,
        x: round1(x),
        width: round1(panelWidth),
        title: fitLabel(panel.title, panelWidth, font),
        titleBaseline: font,
        subtitle: fitLabel(panel.subtitle, panelWidth, small),
        subtitleBaseline: font + line,
        blocks,
      };
    }),
  };
}
