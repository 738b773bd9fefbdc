// Where an assumption's value comes from and whether the working group treats it as agreed or contested,
// as two small labels (text, not colour alone).
import type { LedgerSource, LedgerStatus } from '@/simulation/assumption-ledger';
import { useI18n } from './i18n/language';

export function LedgerBadges({ source, status }: { source: LedgerSource; status: LedgerStatus }) {
  const { t } = useI18n();
  return (
    <span className="ledger-badges">
      <span className={`badge ${source === 'example' ? 'badge-example' : 'badge-neutral'}`} title={t(`ledger.source.${source}.help`)}>
        {t(`ledger.source.${source}`)}
      </span>{' '}
      <span className={`badge ${status === 'contested' ? 'badge-contested' : 'badge-agreed'}`} title={t(`ledger.status.${status}.help`)}>
        {t(`ledger.status.${status}`)}
      </span>
    </span>
  );
}
