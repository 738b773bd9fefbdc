// The plain-language summary under the charts (plain-summary.ts): what the example year shows, the
// distributions when many runs are done, and the contested assumptions every number rests on.
import { memo, useMemo } from 'react';
import type { Model } from '@/domain/model-schema';
import type { Scenario } from '@/domain/scenario-schema';
import type { YearResult } from '@/simulation/run-year';
import { useI18n } from '@/render/i18n/language';
import { plainSummary } from './plain-summary';

function SummarySectionView({
  models,
  results,
  scenario,
  runs,
  seed,
}: {
  models: readonly Model[];
  results: readonly YearResult[];
  scenario: Scenario;
  runs: Parameters<typeof plainSummary>[3];
  seed: number;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const summary = useMemo(() => plainSummary(models, results, scenario, runs, i18n), [models, results, scenario, runs, i18n]);
  return (
    <section aria-labelledby="simulate-summary-heading" className="simulate-section summary-section">
      <h2 id="simulate-summary-heading">{t('summary.heading')}</h2>
      {summary.overRuns.length > 0 && (
        <>
          <p className="summary-lead">{t('summary.overRuns')}</p>
          <ul className="summary-list">
            {summary.overRuns.map((sentence, i) => (
              <li key={i}>{sentence}</li>
            ))}
          </ul>
        </>
      )}
      <p className="summary-lead">{t('summary.exampleYear', { seed })}</p>
      <ul className="summary-list">
        {summary.exampleYear.map((sentence, i) => (
          <li key={i}>{sentence}</li>
        ))}
      </ul>
      <p className="summary-assumptions">{summary.assumptions}</p>
    </section>
  );
}

export const SummarySection = memo(SummarySectionView);
