// The printable proposal (A4, print CSS in draft-print.css): the organisation chart, seats and substitutes
// per body, seats per party from the current KF, budget holders and the budget process in steps, the
// administrative organisation, derived facts against today's organisation, and the steering documents to
// update together with Norsjö's advice on timing. On screen it is shown on request; in print it is all
// that is printed.
import { useDeferredValue, useMemo, useState } from 'react';
import { deriveFacts } from '@/domain/derived-facts';
import type { Model } from '@/domain/model-schema';
import type { ValidationResult } from '@/domain/validate-model';
import { layoutOrgChart } from '@/layout/org-chart-layout';
import { DataTable } from '@/render/data-table';
import { useI18n } from '@/render/i18n/language';
import type { LoadedModel } from '@/render/loaded-model';
import { OrgChart } from '@/render/org-chart';
import { IssueList } from './form-fields';
import { computable } from './live-preview';
import { budgetProcessSteps, steeringDocuments } from './proposal-content';
import { bodiesTable, departmentsTable, factsComparisonTable, holdersTable, partySeatsTable } from './proposal-tables';

export function ProposalView({
  model,
  validation,
  title,
  models,
  today,
  onTodayChange,
}: {
  model: Model;
  validation: ValidationResult;
  title: string;
  models: readonly LoadedModel[];
  today: string;
  onTodayChange(id: string): void;
}) {
  const i18n = useI18n();
  const { t, pick, lang, number } = i18n;
  const [shown, setShown] = useState(false);
  const deferred = useDeferredValue(model);
  const ok = computable(validation);
  const available = models.flatMap((m) => (m.result.ok ? [m.result.model] : []));
  const todayModel = available.find((m) => m.id === today);
  const content = useMemo(() => {
    if (!ok) return undefined;
    try {
      return {
        layout: layoutOrgChart(deferred, lang),
        facts: deriveFacts(deferred),
        steps: budgetProcessSteps(deferred, i18n),
        documents: steeringDocuments(deferred, i18n),
      };
    } catch {
      return undefined;
    }
  }, [ok, deferred, lang, i18n]);
  const date = new Date().toLocaleDateString(lang === 'sv' ? 'sv-SE' : 'en-GB', { dateStyle: 'long' });
  const name = pick(model.name) || model.id;
  return (
    <>
      <section className="draft-screen draft-proposal-controls" aria-labelledby="draft-proposal-controls-heading">
        <h2 id="draft-proposal-controls-heading">{t('draft.proposal.controls.heading')}</h2>
        <p className="help">{t('draft.proposal.controls.intro')}</p>
        <div className="draft-add">
          <div className="draft-field">
            <label htmlFor="draft-today">{t('draft.proposal.today')}</label>
            <select id="draft-today" value={today} onChange={(e) => onTodayChange(e.target.value)}>
              {available.map((m) => (
                <option key={m.id} value={m.id}>
                  {pick(m.name)}
                </option>
              ))}
            </select>
          </div>
          <div className="draft-checkbox">
            <input id="draft-proposal-show" type="checkbox" checked={shown} onChange={(e) => setShown(e.target.checked)} />
            <label htmlFor="draft-proposal-show">{t('draft.proposal.show')}</label>
          </div>
          <button type="button" className="draft-button draft-button-primary" onClick={() => window.print()}>
            {t('draft.print')}
          </button>
        </div>
      </section>
      <article className={shown ? 'draft-proposal' : 'draft-proposal draft-proposal-print-only'} aria-labelledby="proposal-title">
        <header className="proposal-header">
          <p className="proposal-kicker">{t('draft.proposal.kicker', { municipality: model.municipality })}</p>
          <h2 id="proposal-title">{title || name}</h2>
          <p>
            {name} · {t('draft.proposal.date', { date })} · {t('draft.proposal.notDecided')}
          </p>
        </header>
        {validation.errors.length > 0 && (
          <div className="error-panel proposal-invalid">
            <p>
              <strong>{t('draft.proposal.invalid', { errors: validation.errors.length })}</strong>
            </p>
            <IssueList issues={validation.errors} />
          </div>
        )}
        {model.description.sv !== '' || model.description.en !== '' ? <p>{pick(model.description)}</p> : null}
        {!content ? (
          <p className="issue issue-warning">{t('draft.preview.stale')}</p>
        ) : (
          <>
            <section className="proposal-section proposal-chart" aria-labelledby="proposal-chart-heading">
              <h3 id="proposal-chart-heading">{t('draft.proposal.chart')}</h3>
              <p className="help">{t('compare.charts.legend')}</p>
              <OrgChart layout={content.layout} modelName={name} modelId={model.id || 'utkast'} />
            </section>
            <section className="proposal-section" aria-labelledby="proposal-bodies-heading">
              <h3 id="proposal-bodies-heading">{t('draft.proposal.bodies')}</h3>
              <DataTable table={bodiesTable(deferred, i18n)} />
              <p className="status-legend">{t('status.legend')}</p>
            </section>
            <section className="proposal-section" aria-labelledby="proposal-parties-heading">
              <h3 id="proposal-parties-heading">{t('draft.proposal.parties')}</h3>
              {(() => {
                const table = partySeatsTable(deferred, i18n);
                return table ? <DataTable table={table} className="seat-table" /> : <p>{t('model.seats.none')}</p>;
              })()}
            </section>
            <section className="proposal-section" aria-labelledby="proposal-budget-heading">
              <h3 id="proposal-budget-heading">{t('draft.proposal.budget')}</h3>
              <DataTable table={holdersTable(deferred, content.facts, i18n)} />
              <p>
                {t('draft.proposal.nEff', { value: number(content.facts.effectiveBudgetHolders, 2) })} {t('facts.nEff.help')}
              </p>
              <h4>{t('draft.proposal.process')}</h4>
              <ol className="proposal-steps">
                {content.steps.map((step, i) => (
                  <li key={i}>
                    <strong>{step.when}:</strong> {step.who} {step.what}
                    {step.details.length > 0 && (
                      <ul>
                        {step.details.map((line, j) => (
                          <li key={j}>{line}</li>
                        ))}
                      </ul>
                    )}
                  </li>
                ))}
              </ol>
            </section>
            <section className="proposal-section" aria-labelledby="proposal-administration-heading">
              <h3 id="proposal-administration-heading">{t('draft.proposal.administration')}</h3>
              {deferred.departments.length > 0 ? <DataTable table={departmentsTable(deferred, i18n)} /> : <p>{t('draft.proposal.noDepartments')}</p>}
            </section>
            <section className="proposal-section" aria-labelledby="proposal-today-heading">
              <h3 id="proposal-today-heading">{t('draft.proposal.comparison', { today: todayModel ? pick(todayModel.name) : '–' })}</h3>
              {todayModel && (
                <>
                  <DataTable table={factsComparisonTable(deferred, todayModel, i18n)} className="compare-table" />
                  <p className="help">{t('table.differsLegend')}</p>
                </>
              )}
            </section>
            <section className="proposal-section proposal-checklist" aria-labelledby="proposal-checklist-heading">
              <h3 id="proposal-checklist-heading">{t('draft.proposal.checklist')}</h3>
              <p>{t('draft.proposal.checklist.intro')}</p>
              <ul className="checklist">
                {content.documents.map((item, i) => (
                  <li key={i}>
                    <span aria-hidden="true" className="checkbox-mark">
                      ☐{' '}
                    </span>
                    {item}
                  </li>
                ))}
              </ul>
              <aside className="proposal-advice" aria-labelledby="proposal-advice-heading">
                <h4 id="proposal-advice-heading">{t('draft.proposal.advice')}</h4>
                <ul>
                  <li>{t('draft.proposal.advice.twoYears')}</li>
                  <li>{t('draft.proposal.advice.together')}</li>
                  <li>{t('draft.proposal.advice.fourYears')}</li>
                </ul>
                <p className="help">{t('draft.proposal.advice.source')}</p>
              </aside>
            </section>
          </>
        )}
        {model.sources.length > 0 && (
          <section className="proposal-section" aria-labelledby="proposal-sources-heading">
            <h3 id="proposal-sources-heading">{t('model.sources.heading')}</h3>
            <ul>
              {model.sources.map((source, i) => (
                <li key={i}>
                  <strong>{source.reference || source.id}</strong>
                  {pick(source.says) ? `: ${pick(source.says)}` : ''}
                </li>
              ))}
            </ul>
          </section>
        )}
      </article>
    </>
  );
}
