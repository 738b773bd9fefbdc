// The live picture beside the form: the organisation chart (the same one Compare draws) and the derived
// facts of the draft as it is now. While a value is out of range (a seat count of a million, say) nothing
// is recomputed from it; the last picture stays, marked as such, until the value is fixed.
import { useDeferredValue, useMemo, useRef } from 'react';
import { useSettled } from './use-settled';
import { deriveFacts, type DerivedFacts } from '@/domain/derived-facts';
import type { Model } from '@/domain/model-schema';
import type { ValidationResult } from '@/domain/validate-model';
import { layoutOrgChart, type OrgChartLayout } from '@/layout/org-chart-layout';
import { useI18n } from '@/i18n/language';
import { OrgChart } from '@/render/org-chart';

interface Picture {
  layout: OrgChartLayout;
  facts: DerivedFacts;
}

// Problems that make a number meaningless or too large to compute with (a million seats, −3 meetings).
// Other errors — an id not yet well-formed, a reference to nothing — still leave a picture worth drawing.
const UNCOMPUTABLE = new Set(['schema.type', 'schema.missing-key', 'schema.min-value', 'schema.max-value', 'schema.integer', 'schema.finite', 'internal']);

/** True when every number is within the schema's bounds, so the computations are safe and meaningful. */
export function computable(validation: ValidationResult): boolean {
  return validation.errors.every((issue) => !UNCOMPUTABLE.has(issue.code));
}

function picture(model: Model, lang: 'sv' | 'en'): Picture | undefined {
  try {
    return { layout: layoutOrgChart(model, lang), facts: deriveFacts(model) };
  } catch {
    return undefined;
  }
}

export function LivePreview({ model, validation }: { model: Model; validation: ValidationResult }) {
  const { t, pick, lang, number } = useI18n();
  const deferred = useDeferredValue(useSettled(model, 250));
  const ok = computable(validation);
  const last = useRef<Picture | undefined>(undefined);
  const current = useMemo(() => (ok ? picture(deferred, lang) : undefined), [ok, deferred, lang]);
  if (current) last.current = current;
  const shown = current ?? last.current;
  const name = pick(model.name) || model.id;
  return (
    <section aria-labelledby="draft-preview-heading" className="draft-preview">
      <h2 id="draft-preview-heading">{t('draft.preview.heading')}</h2>
      {!current && <p className="issue issue-warning">{t('draft.preview.stale')}</p>}
      {shown && (
        <>
          <OrgChart layout={shown.layout} modelName={name} modelId={model.id || 'utkast'} />
          <h3>{t('facts.heading')}</h3>
          <dl className="draft-facts">
            <div>
              <dt>{t('facts.kind')}</dt>
              <dd>{t(`facts.kind.${shown.facts.organisationKind}`)}</dd>
            </div>
            <div>
              <dt>{t('facts.bodies')}</dt>
              <dd>{number(shown.facts.bodies.total)}</dd>
            </div>
            <div>
              <dt>{t('facts.seats')}</dt>
              <dd>{`${shown.facts.seats.ordinary} / ${shown.facts.seats.substitute} / ${shown.facts.seats.total}`}</dd>
            </div>
            <div>
              <dt>{t('facts.persons')}</dt>
              <dd>{number(shown.facts.persons.total)}</dd>
            </div>
            <div>
              <dt>{t('facts.budgetHolders')}</dt>
              <dd>{number(shown.facts.budgetHolders.length)}</dd>
            </div>
            <div>
              <dt>{t('facts.nEff')}</dt>
              <dd>{number(shown.facts.effectiveBudgetHolders, 2)}</dd>
            </div>
            <div>
              <dt>{t('facts.interfaces')}</dt>
              <dd>{number(shown.facts.interfaces.count)}</dd>
            </div>
            <div>
              <dt>{t('facts.meetings')}</dt>
              <dd>{number(shown.facts.meetings.perYear)}</dd>
            </div>
            <div>
              <dt>{t('facts.netCost')}</dt>
              <dd>{`${number(shown.facts.totalNetCostMsek, 1)} ${t('unit.msek')}`}</dd>
            </div>
            <div>
              <dt>{t('facts.meetingCost')}</dt>
              <dd>{`${number(shown.facts.meetingCost.sekPerYear)} ${t('unit.sek')}`}</dd>
            </div>
          </dl>
        </>
      )}
    </section>
  );
}
