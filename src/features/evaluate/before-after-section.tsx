// Before and after for one municipality: the earliest and the latest of its profiles (shipped or own),
// area by area with the change, marked ≠ where it moved. Shown when a municipality has two profiles.
import { useMemo } from 'react';
import { DataTable } from '@/render/data-table';
import { CsvExportButton } from '@/render/export-buttons';
import { useI18n } from '@/render/i18n/language';
import type { ShownProfile } from './evaluate-takeaway';
import { useTableWords } from './profiles-section';
import { beforeAfterTable } from './profile-tables';

export function BeforeAfterSection({
  all,
  municipality,
  onMunicipality,
}: {
  /** Every valid profile the user can see. */
  all: readonly ShownProfile[];
  municipality: string | undefined;
  onMunicipality: (municipality: string) => void;
}) {
  const { t } = useI18n();
  const withTwo = useMemo(() => {
    const counts = new Map<string, number>();
    for (const s of all) counts.set(s.profile.municipality, (counts.get(s.profile.municipality) ?? 0) + 1);
    return [...counts].filter(([, count]) => count >= 2).map(([name]) => name).sort((a, b) => a.localeCompare(b, 'sv'));
  }, [all]);
  const chosen = municipality !== undefined && withTwo.includes(municipality) ? municipality : withTwo[0];
  const pair = useMemo(() => {
    const own = all.filter((s) => s.profile.municipality === chosen).sort((a, b) => a.profile.year - b.profile.year || (a.profile.month ?? 0) - (b.profile.month ?? 0));
    const earlier = own[0];
    const later = own[own.length - 1];
    return earlier && later && earlier !== later ? { earlier, later } : undefined;
  }, [all, chosen]);
  const caption = pair
    ? t('evaluate.beforeAfter.caption', { municipality: chosen ?? '', earlier: pair.earlier.label, later: pair.later.label })
    : '';
  const words = useTableWords(caption);
  const table = useMemo(
    () => (pair ? beforeAfterTable(pair.earlier, pair.later, { ...words, change: t('evaluate.beforeAfter.change') }) : undefined),
    [pair, words, t],
  );
  return (
    <section aria-labelledby="evaluate-before-after-heading">
      <h2 id="evaluate-before-after-heading">{t('evaluate.beforeAfter.heading')}</h2>
      {withTwo.length === 0 || !table || !pair ? (
        <p>{t('evaluate.beforeAfter.none')}</p>
      ) : (
        <>
          {withTwo.length > 1 && (
            <p>
              <label>
                {t('evaluate.beforeAfter.pick')}{' '}
                <select value={chosen} onChange={(e) => onMunicipality(e.target.value)}>
                  {withTwo.map((name) => (
                    <option key={name} value={name}>
                      {name}
                    </option>
                  ))}
                </select>
              </label>
            </p>
          )}
          <DataTable table={table} className="evaluate-before-after" />
          <CsvExportButton table={table} name={table.caption} fileParts={['fore-efter', pair.earlier.profile.id, pair.later.profile.id]} />
        </>
      )}
    </section>
  );
}
