// How the organisations compared in one chart are told apart: a colour (contrast ≥ 4.5:1 on white) and a
// line dash, so lines and bars can be told apart without colour too; labels and tables name them as well.
export interface SeriesStyle {
  colour: string;
  /** Lighter fill for bands and areas. */
  fill: string;
  dash: string | undefined;
}

export const SERIES_STYLES: readonly SeriesStyle[] = [
  { colour: '#1f5f9e', fill: '#cfe0f1', dash: undefined },
  { colour: '#a34a00', fill: '#f6dcc6', dash: '7 3' },
  { colour: '#2b6b39', fill: '#d3ead8', dash: '2 3' },
];

export function seriesStyle(index: number): SeriesStyle {
  return SERIES_STYLES[index % SERIES_STYLES.length] ?? { colour: '#1b1f24', fill: '#e0e0e0', dash: undefined };
}
