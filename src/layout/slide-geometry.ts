// The geometry of a slide on the 16:9 stage (DESIGN §7): the stage is laid out once at 1280 × 720 units
// and scaled to the screen as a whole, so a unit is a CSS pixel at 1280 × 720 and every text size below
// is at least the 20 px a shared Teams screen needs. Each slide chart is drawn in the chart box under the
// takeaway sentence, in these units. Pure constants and two small helpers.

export const STAGE = { width: 1280, height: 720 } as const;

/** The chart box of a slide, in stage units (under the takeaway, above the source line). */
export const SLIDE_CHART = {
  width: 1184,
  height: 468,
  /** Text sizes in the charts: labels, the smallest text, big numbers. */
  font: 22,
  small: 20,
  big: 30,
  line: 28,
} as const;

/** Average width of a character at `font` units (for fitting labels without measuring). */
export const charWidth = (font: number): number => font * 0.56;

/** The label cut to what fits in `width` at `font`, with an ellipsis when cut. */
export function fitLabel(text: string, width: number, font: number): string {
  const chars = Math.max(1, Math.floor(width / charWidth(font)));
  return text.length <= chars ? text : `${text.slice(0, Math.max(1, chars - 1))}…`;
}

export const round1 = (value: number): number => Math.round(value * 10) / 10;
