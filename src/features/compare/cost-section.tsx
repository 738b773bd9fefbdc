// Representation and cost (DESIGN §4.4): positions, persons needed, seats with a view of the whole budget,
// meetings and meeting days, and the meeting fees a year — computed with example arvode values the user
// can change here (they go into the URL with the rest of the view).
import { useEffect, useId, useState } from 'react';
import type { I18n } from '@/i18n/language';
import { useI18n } from '@/i18n/language';
import { DataTable } from '@/render/data-table';
import { CsvExportButton } from '@/render/export-buttons';
import { StatusBadge } from '@/render/status-badge';
import type { TableCell, TableSpec } from '@/render/table-spec';
import type { CompareCosts, ModelFigures } from './compare-figures';
import { MAX_FEE_SEK } from './compare-query';
import { compareRow } from './facts-section';

export function costTable(figures: readonly ModelFigures[], i18n: I18n): TableSpec {
  const { t, pick, number } = i18n;
  const cells = (cell: (f: ModelFigures) => TableCell) => figures.map(cell);
  const count = (value: number, digits = 0): TableCell => ({
    text: number(value, digits),
    csv: Math.round(value * 10 ** digits) / 10 ** digits,
  });
  return {
    caption: t('compare.cost.caption'),
    rowHeader: t('compare.facts.fact'),
    columns: figures.map((f) => ({ header: pick(f.model.name), numeric: true })),
    rows: [
      compareRow(
        'positions',
        t('compare.cost.positions'),
        cells(({ facts: { seats } }) => ({ text: `${seats.ordinary} / ${seats.substitute} / ${seats.total}` })),
      ),
      compareRow('persons-bodies', t('compare.cost.personsBodies'), cells((f) => count(f.facts.persons.bodies))),
      compareRow('persons-council', t('compare.cost.personsCouncil'), cells((f) => count(f.facts.persons.council))),
      compareRow('persons', t('facts.persons'), cells((f) => count(f.facts.persons.total)), t('facts.persons.help')),
      compareRow(
        'whole-budget',
        t('compare.cost.wholeBudget'),
        cells((f) => ({
          text: `${f.wholeBudgetSeats} / ${f.allSeats} (${number((100 * f.wholeBudgetSeats) / Math.max(1, f.allSeats), 0)} %)`,
          csv: f.wholeBudgetSeats,
        })),
      ),
      compareRow('meetings', t('facts.meetings'), cells((f) => count(f.facts.meetings.perYear))),
      compareRow('meeting-days', t('compare.cost.meetingDays'), cells((f) => count(f.facts.meetings.calendarDays))),
      compareRow('attendances', t('compare.cost.attendances'), cells((f) => count(f.facts.meetings.attendances, 1))),
      compareRow(
        'cost',
        t('compare.cost.cost'),
        cells((f) => ({ ...count(f.facts.meetingCost.sekPerYear), example: true })),
        t('compare.cost.formula'),
      ),
    ],
  };
}

/** A number field that accepts a decimal comma and reports only valid values. */
function NumberField({
  label,
  value,
  min,
  max,
  onValid,
}: {
  label: string;
  value: number;
  min: number;
  max: number;
  onValid(value: number): void;
}) {
  const { t, number } = useI18n();
  const id = useId();
  const [text, setText] = useState(String(value));
  const parsed = /^\s*\d+([.,]\d+)?\s*$/.test(text) ? Number(text.trim().replace(',', '.')) : Number.NaN;
  const valid = Number.isFinite(parsed) && parsed >= min && parsed <= max;
  // The URL can change under the field (back button, a pasted link): show its value then.
  useEffect(() => {
    setText((current) => {
      const shown = Number(current.trim().replace(',', '.'));
      return shown === value ? current : String(value);
    });
  }, [value]);
  return (
    <div className="number-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        value={text}
        aria-invalid={!valid}
        aria-describedby={valid ? undefined : `${id}-error`}
        onChange={(event) => {
          const next = event.target.value;
          setText(next);
          const candidate = /^\s*\d+([.,]\d+)?\s*$/.test(next) ? Number(next.trim().replace(',', '.')) : Number.NaN;
          if (Number.isFinite(candidate) && candidate >= min && candidate <= max) onValid(candidate);
        }}
      />
      {!valid && (
        <span id={`${id}-error`} className="field-error">
          {t('compare.cost.invalid', { min: number(min), max: number(max) })}
        </span>
      )}
    </div>
  );
}

export function CostSection({
  figures,
  costs,
  onCostsChange,
}: {
  figures: readonly ModelFigures[];
  costs: CompareCosts;
  onCostsChange(costs: CompareCosts): void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const table = costTable(figures, i18n);
  const attendancePercent = Math.round(costs.substituteAttendance * 1000) / 10;
  return (
    <section aria-labelledby="compare-cost-heading">
      <div className="section-heading">
        <h2 id="compare-cost-heading">{t('compare.cost.heading')}</h2>
        <CsvExportButton table={table} name={table.caption} fileParts={['kommunmodell', 'jamforelse', 'representation-och-kostnad']} />
      </div>
      <p className="lead">{t('compare.cost.intro')}</p>
      <fieldset className="cost-examples">
        <legend>
          {t('compare.cost.examples')} <StatusBadge status="example" />
        </legend>
        <NumberField
          label={t('compare.cost.fee')}
          value={costs.feePerMeetingSek}
          min={0}
          max={MAX_FEE_SEK}
          onValid={(feePerMeetingSek) => onCostsChange({ ...costs, feePerMeetingSek })}
        />
        <NumberField
          label={t('compare.cost.attendance')}
          value={attendancePercent}
          min={0}
          max={100}
          onValid={(percent) => onCostsChange({ ...costs, substituteAttendance: percent / 100 })}
        />
        <p className="help">{t('compare.cost.examplesHelp')}</p>
      </fieldset>
      <DataTable table={table} className="compare-table" />
      {table.rows.some((r) => r.differs) && <p className="help">{t('table.differsLegend')}</p>}
    </section>
  );
}
