// Where everything of a radar (profile) chart goes: one spoke per axis, clockwise from the top, rings
// at fixed shares of the maximum, and one closed polygon per series with a point per axis. Labels sit
// outside the spokes, wrapped into lines and anchored away from the centre, so they never cross the
// chart. Pure and deterministic (coordinates rounded to hundredths), so a golden test can pin it down.
// Used for KommunKompassen profiles (eight areas, each out of 100; DESIGN §12).
import { charsThatFit, wrapText } from './text-wrap';

export interface Point {
  x: number;
  y: number;
}

export interface RadarInput {
  /** Axis labels, in order clockwise from the top. */
  axes: readonly { key: string; label: string }[];
  /** The value at the outer ring. */
  max: number;
  /** Ring values, e.g. [25, 50, 75, 100]. */
  rings: readonly number[];
  series: readonly { key: string; values: readonly (number | undefined)[] }[];
  width: number;
  height: number;
  fontSize: number;
}

export interface RadarAxis {
  key: string;
  angle: number;
  end: Point;
  label: { x: number; y: number; anchor: 'start' | 'middle' | 'end'; lines: string[] };
}

export interface RadarSeries {
  key: string;
  /** One point per axis; absent values are drawn at the centre and flagged. */
  points: (Point & { value: number | undefined })[];
  /** SVG path of the closed polygon. */
  path: string;
}

export interface RadarLayout {
  width: number;
  height: number;
  center: Point;
  radius: number;
  axes: RadarAxis[];
  rings: { value: number; path: string; labelAt: Point }[];
  series: RadarSeries[];
}

/** Room beside the chart for the labels: the widest label column, in characters. */
const LABEL_CHARS = 18;
const LABEL_GAP = 10;
const MAX_LABEL_LINES = 3;

const round = (value: number): number => Math.round(value * 100) / 100 + 0;

export function layoutRadar(input: RadarInput): RadarLayout {
  const { width, height, fontSize, max } = input;
  const lineHeight = fontSize * 1.2;
  const labelWidth = Math.min(LABEL_CHARS * fontSize * 0.55, width * 0.28);
  const radius = Math.max(
    10,
    Math.min(width / 2 - labelWidth - LABEL_GAP, height / 2 - LABEL_GAP - lineHeight * MAX_LABEL_LINES),
  );
  const center = { x: round(width / 2), y: round(height / 2) };
  const count = input.axes.length;
  const angleOf = (index: number) => -Math.PI / 2 + (index * 2 * Math.PI) / Math.max(1, count);
  const at = (index: number, r: number): Point => ({
    x: round(center.x + r * Math.cos(angleOf(index))),
    y: round(center.y + r * Math.sin(angleOf(index))),
  });
  const scale = (value: number) => (max > 0 ? (Math.min(Math.max(value, 0), max) / max) * radius : 0);
  const closed = (points: readonly Point[]) =>
    points.length === 0 ? '' : `M${points.map((p) => `${p.x},${p.y}`).join('L')}Z`;

  const axes: RadarAxis[] = input.axes.map((axis, index) => {
    const angle = angleOf(index);
    const cos = Math.cos(angle);
    const sin = Math.sin(angle);
    const anchor = Math.abs(cos) < 0.2 ? 'middle' : cos > 0 ? 'start' : 'end';
    const lines = wrapText(axis.label, charsThatFit(labelWidth, fontSize), MAX_LABEL_LINES);
    const labelPoint = at(index, radius + LABEL_GAP);
    // Above the chart the block grows upwards, below it downwards, beside it it is centred on the spoke.
    const blockHeight = lines.length * lineHeight;
    const top =
      sin < -0.5 ? labelPoint.y - blockHeight + fontSize * 0.8 : sin > 0.5 ? labelPoint.y + fontSize : labelPoint.y - blockHeight / 2 + fontSize * 0.8;
    return {
      key: axis.key,
      angle: round(angle),
      end: at(index, radius),
      label: { x: labelPoint.x, y: round(top), anchor, lines },
    };
  });

  const rings = input.rings.map((value) => {
    const r = scale(value);
    return { value, path: closed(input.axes.map((_, i) => at(i, r))), labelAt: { x: round(center.x + 4), y: round(center.y - r + fontSize + 2) } };
  });

  const series: RadarSeries[] = input.series.map((s) => {
    const points = input.axes.map((_, i) => {
      const value = s.values[i];
      return { ...at(i, value === undefined ? 0 : scale(value)), value };
    });
    return { key: s.key, points, path: closed(points) };
  });

  return { width, height, center, radius: round(radius), axes, rings, series };
}
