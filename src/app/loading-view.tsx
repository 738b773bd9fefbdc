// Shown for the moment a view's code is being loaded.
import { useI18n } from '@/i18n/language';

export function LoadingView() {
  const { t } = useI18n();
  return (
    <p role="status" aria-live="polite">
      {t('app.loading')}
    </p>
  );
}
