// The derived facts of DESIGN §2 for the chosen models in one table, a column per model, rows whose values
// differ marked with ≠; n_eff explained in one sentence under it.
import type { I18n } from '@/render/i18n/language';
import { useI18n } from '@/render/i18n/language';
import { DataTable } from '@/render/data-table';
import { CsvExportButton } from '@/render/export-buttons';
import type { TableCell, TableRow, TableSpec } from '@/render/table-spec';
import type { ValueStatus } from '@/domain/model-schema';
import { differs, type ModelFigures } from './compare-figures';

/** A row of the comparison: the same fact for every model; `differs` is judged on the CSV values. */
export function compareRow(key: string, header: string, cells: TableCell[], help?: string): TableRow {
  return { key, header, cells, differs: differs(cells.map((c) => (c.csv !== undefined ? c.csv : c.text))), ...(help ? { help } : {}) };
}

export function factsTable(figures: readonly ModelFigures[], i18n: I18n): TableSpec {
  const { t, pick, number } = i18n;
  const cells = (cell: (f: ModelFigures) => TableCell) => figures.map(cell);
  const count = (value: number, status: ValueStatus): TableCell => ({ text: number(value), csv: value, status });
  return {
    caption: t('compare.facts.caption'),
    rowHeader: t('compare.facts.fact'),
    columns: figures.map((f) => ({ header: pick(f.model.name), numeric: true })),
    rows: [
      compareRow('kind', t('facts.kind'), cells((f) => ({ text: t(`facts.kind.${f.facts.organisationKind}`) }))),
      compareRow('council', t('facts.councilSeats'), cells((f) => count(f.facts.councilSeats.ordinary, f.statuses.councilSeats))),
      compareRow('bodies', t('facts.bodies'), cells((f) => count(f.facts.bodies.total, f.statuses.bodies))),
      compareRow(
        'seats',
        t('facts.seats'),
        cells(({ facts: { seats }, statuses }) => ({
          text: `${seats.ordinary} / ${seats.substitute} / ${seats.total}`,
          status: statuses.seats,
        })),
      ),
      compareRow('persons', t('facts.persons'), cells((f) => count(f.facts.persons.total, f.statuses.persons)), t('facts.persons.help')),
      compareRow('holders', t('facts.budgetHolders'), cells((f) => count(f.facts.budgetHolders.length, f.statuses.budgetHolders))),
      compareRow(
        'neff',
        `${t('facts.nEff')} (n_eff)`,
        cells((f) => ({
          text: number(f.facts.effectiveBudgetHolders, 2),
          csv: Math.round(f.facts.effectiveBudgetHolders * 100) / 100,
          status: f.statuses.effectiveBudgetHolders,
        })),
      ),
      compareRow('interfaces', t('facts.interfaces'), cells((f) => count(f.facts.interfaces.count, f.statuses.interfaces))),
      compareRow('meetings', t('facts.meetings'), cells((f) => count(f.facts.meetings.perYear, f.statuses.meetings))),
      compareRow(
        'netcost',
        `${t('facts.netCost')} (${t('unit.msek')})`,
        cells((f) => ({
          text: number(f.facts.totalNetCostMsek, 1),
          csv: f.facts.totalNetCostMsek,
          status: f.statuses.totalNetCostMsek,
        })),
      ),
      compareRow(
        'meetingcost',
        `${t('facts.meetingCost')} (${t('unit.sek')})`,
        cells((f) => ({
          text: number(f.facts.meetingCost.sekPerYear),
          csv: Math.round(f.facts.meetingCost.sekPerYear),
          status: f.statuses.meetingCost,
        })),
        t('facts.meetingCost.help'),
      ),
    ],
  };
}

export function FactsSection({ figures }: { figures: readonly ModelFigures[] }) {
  const i18n = useI18n();
  const { t } = i18n;
  const table = factsTable(figures, i18n);
  return (
    <section aria-labelledby="compare-facts-heading">
      <div className="section-heading">
        <h2 id="compare-facts-heading">{t('facts.heading')}</h2>
        <CsvExportButton table={table} name={table.caption} fileParts={['kommunmodell', 'jamforelse', 'harledda-uppgifter']} />
      </div>
      <DataTable table={table} className="compare-table" />
      {table.rows.some((r) => r.differs) && <p className="help">{t('table.differsLegend')}</p>}
      <p className="status-legend">{t('status.legend')}</p>
      <p>{t('compare.facts.nEffSentence')}</p>
    </section>
  );
}
