// A small label that tells whether a value is documented (from a cited source) or an example.
import { useI18n } from '@/i18n/language';

export function StatusBadge({ status }: { status: 'documented' | 'example' }) {
  const { t } = useI18n();
  return (
    <span className={`badge badge-${status}`} title={t(`status.${status}.help`)}>
      {t(`status.${status}`)}
    </span>
  );
}
