// The road to a new organisation on a slide (DESIGN §5, §7): the reorganisation machine's milestones as a
// dated timeline, labels alternating above and below one line so each has room to be read; milestones
// passed are filled, the one the step is about is large and named in bold, those ahead are open. A date
// that is a plan rather than a fact is written with the word the caller gives for an example. Pure.
import { round1, SLIDE_CHART } from './slide-geometry';
import { charsThatFit, wrapText } from './text-wrap';

export interface MilestoneInput {
  id: string;
  label: string;
  /** e.g. "20 maj 2020" or "jan 2023 (exempel)". */
  date: string;
  example: boolean;
}

export interface MilestoneLayout {
  id: string;
  x: number;
  y: number;
  state: 'passed' | 'current' | 'ahead';
  example: boolean;
  above: boolean;
  date: string;
  dateBaseline: number;
  lines: string[];
  lineBaselines: number[];
  /** The connector from the dot to the label. */
  stemY1: number;
  stemY2: number;
}

export function layoutSlideTimeline(
  milestones: readonly MilestoneInput[],
  current: number,
): { width: number; height: number; lineY: number; x0: number; x1: number; milestones: MilestoneLayout[] } {
  const { width, height, small, line } = SLIDE_CHART;
  const n = Math.max(1, milestones.length);
  // Labels alternate above and below, so each may be nearly two steps wide; the outer ones must fit inside.
  const labelWidth = Math.min(300, (2 * width) / (n + 1) - 24);
  const margin = labelWidth / 2 + 4;
  const step = n === 1 ? 0 : (width - 2 * margin) / (n - 1);
  const lineY = height / 2;
  const chars = charsThatFit(labelWidth, small);
  return {
    width,
    height,
    lineY: round1(lineY),
    x0: round1(margin - 30),
    x1: round1(width - margin + 30),
    milestones: milestones.map((m, i): MilestoneLayout => {
      const x = margin + i * step;
      const above = i % 2 === 0;
      const lines = wrapText(m.label, chars, 3);
      const block = small + 6 + lines.length * line;
      const stemLength = 40;
      const top = above ? lineY - stemLength - block : lineY + stemLength + 6;
      const dateBaseline = top + small;
      return {
        id: m.id,
        x: round1(x),
        y: round1(lineY),
        state: i < current ? 'passed' : i === current ? 'current' : 'ahead',
        example: m.example,
        above,
        date: m.date,
        dateBaseline: round1(dateBaseline),
        lines,
        lineBaselines: lines.map((_, l) => round1(dateBaseline + 6 + (l + 1) * line)),
        stemY1: round1(above ? lineY - 14 : lineY + 14),
        stemY2: round1(above ? lineY - stemLength + 4 : lineY + stemLength),
      };
    }),
  };
}
