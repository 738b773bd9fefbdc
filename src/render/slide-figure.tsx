// The frame of every slide chart (DESIGN §7): an SVG in stage units (slide-geometry.ts) that fills the
// chart box, named for screen readers, with the numbers behind it as a table that screen readers read
// and the eye does not see (the stage has no room to scroll; the presenter window and the handout show
// the same numbers in full).
import type { ReactNode } from 'react';
import { SLIDE_CHART } from '@/layout/slide-geometry';
import { CHART_FONT } from './chart-frame';
import { cellText, type TableSpec } from './table-spec';

export function SlideTable({ table }: { table: TableSpec }) {
  return (
    <table className="visually-hidden">
      <caption>{table.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{table.rowHeader}</th>
          {table.columns.map((column, i) => (
            <th key={i} scope="col">
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.header}</th>
            {row.cells.map((cell, i) => (
              <td key={i}>{cellText(cell)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function SlideFigure({
  label,
  table,
  children,
  width = SLIDE_CHART.width,
  height = SLIDE_CHART.height,
}: {
  label: string;
  table: TableSpec | undefined;
  children: ReactNode;
  width?: number;
  height?: number;
}) {
  return (
    <figure className="slide-figure">
      <svg
        className="slide-svg"
        role="img"
        aria-label={label}
        viewBox={`0 0 ${width} ${height}`}
        width={width}
        height={height}
        fontFamily={CHART_FONT}
        xmlns="http://www.w3.org/2000/svg"
      >
        {children}
      </svg>
      {table && <SlideTable table={table} />}
    </figure>
  );
}
