// Labels that tell where a figure comes from (value-status.ts): a documented value from a cited source,
// an example value of the tool, or the user's own value typed in a draft; and the label of a model as a
// whole (documented, partly documented, example, or a draft, which is never documented as a whole).
import type { Model, ValueStatus } from '@/domain/model-schema';
import { overallStatus, type OverallStatus } from '@/domain/value-status';
import { useI18n } from './i18n/language';

export type BadgeStatus = ValueStatus | OverallStatus;

export function StatusBadge({ status }: { status: BadgeStatus }) {
  const { t } = useI18n();
  return (
    <span className={`badge badge-${status}`} title={t(`status.${status}.help`)}>
      {t(`status.${status}`)}
    </span>
  );
}

/**
 * The badge of one figure: nothing for a documented value (the model's sources say where it comes from,
 * and the legend says so), "Exempel" for an example and "Eget värde" for a value typed in a draft.
 */
export function ValueBadge({ status }: { status: ValueStatus }) {
  if (status === 'documented') return null;
  return (
    <>
      {' '}
      <StatusBadge status={status} />
    </>
  );
}

/** The badge of a model as a whole; a draft (also one published to the other views) shows "Utkast", never "Belagt". */
export function ModelStatusBadge({ model, draft }: { model: Model; draft?: boolean }) {
  return <StatusBadge status={overallStatus(model, draft === undefined ? {} : { draft })} />;
}

/** Next to a figure that a lot decides: "beror på lottning" and the range over every outcome of the lot. */
export function LotNote({ min, max }: { min: string; max: string }) {
  const { t } = useI18n();
  return (
    <>
      {' '}
      <span className="badge badge-lot" title={t('status.lot.help')}>
        {t('status.lot')}
        {min !== max && <>: {t('status.lot.range', { min, max })}</>}
      </span>
    </>
  );
}
