// One assumption's value in words for the ledger lists (Simulate panel, About page): a number in the
// reader's locale (shares as per cent), yes/no, or the name of a choice.
import type { LedgerParameter, LedgerValue } from '@/simulation/assumption-ledger';
import type { I18n } from './i18n/language';
import type { MessageKey } from './i18n/messages';

export function ledgerValueText(i18n: Pick<I18n, 't' | 'number'>, parameter: LedgerParameter, value: LedgerValue | undefined): string {
  const { t, number } = i18n;
  if (value === undefined) return '–';
  if (typeof value === 'boolean') return t(value ? 'ledger.value.yes' : 'ledger.value.no');
  if (typeof value === 'string') return t(`ledger.choice.${value}` as MessageKey);
  if (parameter.unit.en.startsWith('share')) return `${number(value * 100, Math.abs(value) < 0.01 && value !== 0 ? 2 : 1)} %`;
  return number(value, Number.isInteger(value) ? 0 : 2);
}
