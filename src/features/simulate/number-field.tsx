// A text field for a number that accepts a decimal comma and a minus sign and reports only valid values;
// an invalid entry is marked and explained, and the last valid value stays in force.
import { useEffect, useState } from 'react';
import { useI18n } from '@/i18n/language';

const DECIMAL = /^\s*-?\d+([.,]\d+)?\s*$/;
const parseText = (text: string): number => (DECIMAL.test(text) ? Number(text.trim().replace(',', '.')) : Number.NaN);

export function NumberField({
  id,
  value,
  min,
  max,
  integer = false,
  describedBy,
  onValid,
}: {
  id: string;
  value: number;
  min: number;
  max: number;
  integer?: boolean;
  describedBy?: string;
  onValid(value: number): void;
}) {
  const { t, lang } = useI18n();
  const bound = (v: number) => new Intl.NumberFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { maximumFractionDigits: 3 }).format(v);
  const [text, setText] = useState(String(value));
  const parsed = parseText(text);
  const valid = Number.isFinite(parsed) && parsed >= min && parsed <= max && (!integer || Number.isInteger(parsed));
  // The URL can change under the field (back button, a pasted link, a reset): show its value then.
  useEffect(() => {
    setText((current) => (parseText(current) === value ? current : String(value)));
  }, [value]);
  return (
    <>
      <input
        id={id}
        type="text"
        inputMode={integer ? 'numeric' : 'decimal'}
        className="number-input"
        value={text}
        aria-invalid={!valid}
        aria-describedby={[describedBy, valid ? undefined : `${id}-error`].filter(Boolean).join(' ') || undefined}
        onChange={(event) => {
          const next = event.target.value;
          setText(next);
          const candidate = parseText(next);
          if (Number.isFinite(candidate) && candidate >= min && candidate <= max && (!integer || Number.isInteger(candidate))) {
            onValid(candidate);
          }
        }}
      />
      {!valid && (
        <span id={`${id}-error`} className="field-error">
          {t('simulate.field.invalid', { min: bound(min), max: bound(max) })}
        </span>
      )}
    </>
  );
}

