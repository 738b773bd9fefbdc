// An accessible data table drawn from a TableSpec: caption, column and row headers with scope, numbers
// right-aligned, rows that differ marked with ≠ and a spoken label (never by colour alone), example values
// with their badge. Wide tables scroll inside their own box, not the page; the box is a named region that
// takes focus, so it can be scrolled with the keyboard too.
import { useI18n } from './i18n/language';
import { LotNote, StatusBadge, ValueBadge } from './status-badge';
import type { Cell, TableSpec } from './table-spec';

function CellContent({ cell }: { cell: Cell }) {
  if (typeof cell !== 'object') return <>{cell}</>;
  return (
    <>
      {cell.text}
      {cell.mark && (
        <>
          <span aria-hidden="true" className="cell-mark">
            {cell.mark}
          </span>
          {cell.markLabel && <span className="visually-hidden"> ({cell.markLabel})</span>}
        </>
      )}
      {cell.status !== undefined ? (
        <ValueBadge status={cell.status} />
      ) : (
        cell.example && (
          <>
            {' '}
            <StatusBadge status="example" />
          </>
        )
      )}
      {cell.lot && <LotNote min={cell.lot.min} max={cell.lot.max} />}
    </>
  );
}

export function DataTable({ table, className }: { table: TableSpec; className?: string }) {
  const { t } = useI18n();
  return (
    <div className="table-scroll" role="region" aria-label={table.caption} tabIndex={0}>
      <table className={className}>
        <caption>{table.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{table.rowHeader}</th>
            {table.columns.map((column, i) => (
              <th key={i} scope="col" className={column.numeric ? 'num' : undefined}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.key} className={row.differs ? 'differs' : undefined}>
              <th scope="row">
                {row.differs && (
                  <>
                    <span aria-hidden="true" className="diff-mark">
                      ≠{' '}
                    </span>
                    <span className="visually-hidden">({t('table.differs')}) </span>
                  </>
                )}
                {row.header}
                {row.help && <div className="help">{row.help}</div>}
              </th>
              {row.cells.map((cell, i) => (
                <td key={i} className={table.columns[i]?.numeric ? 'num' : undefined}>
                  <CellContent cell={cell} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
