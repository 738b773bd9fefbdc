// The robustness map on a slide (layout: slide-map-layout.ts): a grid over two assumptions, each cell
// shaded from white (the first organisation never better) to green (always better) and its share written.
import { useMemo } from 'react';
import { layoutSlideMap, type SlideMapInput } from '@/layout/slide-map-layout';
import { SLIDE_CHART } from '@/layout/slide-geometry';
import { INK, INK_SOFT } from './chart-ink';
import { SlideFigure } from './slide-figure';
import type { TableSpec } from './table-spec';

/** Green at the given strength over white; text turns white past the middle. */
function shade(share: number): string {
  const mix = (a: number, b: number) => Math.round(a + (b - a) * share);
  return `rgb(${mix(255, 43)}, ${mix(255, 107)}, ${mix(255, 57)})`;
}

export function SlideMapChart({ input, label, table, shareText, height }: { input: SlideMapInput; label: string; table: TableSpec; shareText(share: number): string; height?: number }) {
  const layout = useMemo(() => layoutSlideMap(input, height), [input, height]);
  const { small } = SLIDE_CHART;
  return (
    <SlideFigure label={label} table={table} height={layout.height}>
      {layout.cells.map((cell, i) => (
        <g key={i}>
          <rect x={cell.x} y={cell.y} width={cell.width - 3} height={cell.height - 3} fill={cell.share === undefined ? '#e3e7eb' : shade(cell.share)} stroke={INK_SOFT} strokeWidth={1} />
          {cell.share !== undefined && (
            <text x={cell.textX} y={cell.textY} textAnchor="middle" fontSize={small} fontWeight={700} fill={cell.share > 0.55 ? '#ffffff' : INK}>
              {shareText(cell.share)}
            </text>
          )}
        </g>
      ))}
      {layout.columnLabels.map((l, i) => (
        <text key={`c${i}`} x={l.x} y={l.y} textAnchor="middle" fontSize={small} fill={INK}>
          {l.text}
        </text>
      ))}
      {layout.rowLabels.map((l, i) => (
        <text key={`r${i}`} x={l.x} y={l.y} textAnchor="end" fontSize={small} fill={INK}>
          {l.text}
        </text>
      ))}
      <text x={layout.xLabel.x} y={layout.xLabel.y} textAnchor="middle" fontSize={small} fontWeight={600} fill={INK}>
        {layout.xLabel.text}
      </text>
      <text x={layout.yLabel.x} y={layout.yLabel.y} fontSize={small} fontWeight={600} fill={INK}>
        {layout.yLabel.text}
      </text>
    </SlideFigure>
  );
}
