// The evaluation plan for a chosen organisation (a shipped model or the published draft): when to measure
// (evaluationPlan in src/domain/evaluation-plan.ts) and what to watch, with the KommunKompassen values of
// the profiles shown as the baseline, and the organisation's goals per body.
import { useMemo } from 'react';
import { evaluationPlan } from '@/domain/evaluation-plan';
import type { Model } from '@/domain/model-schema';
import { DataTable } from '@/render/data-table';
import { CsvExportButton } from '@/render/export-buttons';
import { useI18n } from '@/render/i18n/language';
import type { TableSpec } from '@/render/table-spec';
import type { ShownProfile } from './evaluate-takeaway';

const SEED_KEYS = {
  '002_297859565b2dff9a.txt': 'evaluate.seed.002',
  '003_55ad4e35ba3d1ee8.txt': 'evaluate.seed.003',
  '004_dc18b45cb12f9112.txt': 'evaluate.seed.004',
} as const;

function seedKey(file: string | undefined) {
  return file !== undefined && file in SEED_KEYS ? SEED_KEYS[file as keyof typeof SEED_KEYS] : undefined;
}

export function PlanSection({
  models,
  model,
  start,
  badStart,
  midTerm,
  shown,
  onChange,
}: {
  models: readonly Model[];
  model: Model | undefined;
  start: string;
  badStart: string | undefined;
  midTerm: boolean;
  shown: readonly ShownProfile[];
  onChange: (next: { plan?: string; start?: string; midTerm?: boolean }) => void;
}) {
  const { t, pick, number, lang } = useI18n();
  const plan = useMemo(() => (model ? evaluationPlan(model, { startOfTerm: start, midTerm }) : undefined), [model, start, midTerm]);
  const date = (iso: string) =>
    new Intl.DateTimeFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(`${iso}T00:00:00Z`),
    );
  const table: TableSpec | undefined = useMemo(() => {
    if (!plan) return undefined;
    return {
      caption: t('evaluate.plan.table.caption', { name: pick(plan.modelName) }),
      rowHeader: t('evaluate.plan.table.indicator'),
      columns: [
        { header: t('evaluate.plan.table.kind') },
        { header: t('evaluate.plan.table.better') },
        { header: t('evaluate.plan.table.value') },
        { header: t('evaluate.plan.table.why') },
      ],
      rows: plan.indicators.map((indicator) => {
        let value: string;
        if (indicator.kind === 'model' && indicator.value !== undefined) value = number(indicator.value, 2);
        else if (indicator.kind === 'simulator') value = t('evaluate.plan.value.simulate');
        else {
          const values = shown.flatMap((s) => {
            const area = s.profile.areas.find((a) => a.area === indicator.area);
            const score = indicator.subQuestion ? area?.subQuestions.find((q) => q.id === indicator.subQuestion)?.score : area?.score;
            return score === undefined ? [] : [t('evaluate.plan.value.profile', { score: number(score), name: s.label })];
          });
          value = values.length > 0 ? values.join('; ') : t('evaluate.plan.value.none');
        }
        return {
          key: indicator.id,
          header: pick(indicator.name),
          cells: [t(`evaluate.plan.kind.${indicator.kind}`), t(`evaluate.plan.better.${indicator.better}`), value, pick(indicator.why)],
        };
      }),
    };
  }, [plan, shown, t, pick, number]);

  return (
    <section aria-labelledby="evaluate-plan-heading">
      <h2 id="evaluate-plan-heading">{t('evaluate.plan.heading')}</h2>
      <p>{t('evaluate.plan.intro')}</p>
      {models.length === 0 || !plan || !table ? (
        <p>{t('evaluate.plan.noModels')}</p>
      ) : (
        <>
          <div className="evaluate-plan-controls">
            <div className="evaluate-field">
              <label htmlFor="evaluate-plan-model">{t('evaluate.plan.model')}</label>
              <select id="evaluate-plan-model" value={plan.modelId} onChange={(e) => onChange({ plan: e.target.value })}>
                {models.map((m) => (
                  <option key={m.id} value={m.id}>
                    {pick(m.name)}
                  </option>
                ))}
              </select>
            </div>
            <div className="evaluate-field">
              <label htmlFor="evaluate-plan-start">{t('evaluate.plan.start')}</label>
              <input
                id="evaluate-plan-start"
                type="date"
                min="1990-01-01"
                max="2100-12-31"
                value={start}
                aria-describedby="evaluate-plan-start-help"
                onChange={(e) => e.target.value && onChange({ start: e.target.value })}
              />
              <span id="evaluate-plan-start-help" className="help">
                {t('evaluate.plan.start.help')}
              </span>
              {badStart !== undefined && (
                <span className="field-error" role="alert">
                  {t('evaluate.plan.start.invalid')}
                </span>
              )}
            </div>
            <label className="evaluate-check-label">
              <input type="checkbox" checked={midTerm} onChange={(e) => onChange({ midTerm: e.target.checked })} /> {t('evaluate.plan.midTerm')}
            </label>
          </div>
          <h3>{t('evaluate.plan.when')}</h3>
          <ol className="evaluate-timeline">
            {plan.measurements.map((m) => {
              const key = seedKey(m.source);
              return (
                <li key={m.kind} className={m.optional ? 'optional' : undefined}>
                  <strong>{pick(m.title)}</strong>: {t(m.timing === 'before' ? 'evaluate.plan.before' : 'evaluate.plan.from', { date: date(m.date) })}
                  <p>{pick(m.why)}</p>
                  {key && <p className="help">{t('evaluate.source', { source: t(key) })}</p>}
                </li>
              );
            })}
          </ol>
          <h3>{t('evaluate.plan.watch')}</h3>
          <DataTable table={table} className="evaluate-plan-table" />
          <p>
            <CsvExportButton table={table} name={table.caption} fileParts={['utvarderingsplan', plan.modelId]} />{' '}
            <a href={`#/simulate?models=${encodeURIComponent(plan.modelId)}`}>{t('evaluate.plan.simulateLink', { name: pick(plan.modelName) })}</a>
          </p>
          <h3>{t('evaluate.goals.heading')}</h3>
          {!plan.goals.described ? (
            <p>{t('evaluate.goals.notDescribed', { name: pick(plan.modelName) })}</p>
          ) : (
            <>
              <p>{t('evaluate.goals.count', { name: pick(plan.modelName), count: plan.goals.total })}</p>
              <ul>
                {plan.goals.owners.map((owner) => (
                  <li key={owner.bodyId}>
                    {t('evaluate.goals.owner', { body: pick(owner.name), count: owner.goals.length })}
                    {owner.overPractice && <strong> ⚠ {t('evaluate.goals.over')}</strong>}
                    <ul>
                      {owner.goals.map((goal, i) => (
                        <li key={i}>
                          {pick(goal.text)}
                          {goal.indicator && <> ({pick(goal.indicator)})</>}
                        </li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
            </>
          )}
          <p className="help">{t('evaluate.goals.practice')}</p>
        </>
      )}
    </section>
  );
}
