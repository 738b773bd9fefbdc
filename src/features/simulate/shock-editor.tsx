// The scenario's shocks in the assumption ledger: each as a row of fields (kind, service area, month,
// amount), with add and remove. A change replaces the whole list in the URL; a shock's label is made from
// its numbers (simulate-query.ts), so a link never carries free text.
import { useId } from 'react';
import type { Model } from '@/domain/model-schema';
import type { Shock } from '@/domain/scenario-schema';
import { ledgerKey, SCENARIO_LEDGER } from '@/simulation/assumption-ledger';
import { monthNames } from '@/render/day-text';
import { useI18n } from '@/render/i18n/language';
import { LedgerBadges } from '@/render/ledger-badges';
import { NumberField } from './number-field';
import { MAX_SHOCKS, specOfShock, type ShockSpec } from './simulate-query';

export function ShockEditor({
  shocks,
  models,
  edited,
  onChange,
}: {
  shocks: readonly Shock[];
  models: readonly Model[];
  edited: boolean;
  onChange(shocks: ShockSpec[]): void;
}) {
  const i18n = useI18n();
  const { t, pick } = i18n;
  const id = useId();
  const specs = shocks.map(specOfShock).filter((s): s is ShockSpec => s !== undefined);
  const areas = new Map<string, string>();
  for (const model of models) for (const area of model.serviceAreas) if (!areas.has(area.id)) areas.set(area.id, pick(area.name));
  const months = monthNames(i18n, 'long');
  const entry = SCENARIO_LEDGER.find((e) => e.id === 'shocks');
  const replace = (index: number, spec: ShockSpec) => onChange(specs.map((s, i) => (i === index ? spec : s)));
  const firstArea = areas.has('ifo') ? 'ifo' : ([...areas.keys()][0] ?? 'ifo');
  return (
    <fieldset className={`ledger-entry shock-editor${edited ? ' edited' : ''}`} aria-describedby={`${id}-help`}>
      <legend className="ledger-label">{t(ledgerKey('shocks', 'label'))}</legend>
      <p id={`${id}-help`} className="ledger-help">
        <span className="ledger-unit">{t(ledgerKey('shocks', 'unit'))}.</span> {t(ledgerKey('shocks', 'help'))}
      </p>
      {specs.length === 0 && <p className="help">{t('simulate.shocks.none')}</p>}
      <ol className="shock-list">
        {specs.map((spec, index) => {
          const base = `${id}-${index}`;
          return (
            <li key={index} className="shock-item">
              <div className="panel-field">
                <label htmlFor={`${base}-kind`}>{t('simulate.shocks.kind', { n: index + 1 })}</label>
                <select
                  id={`${base}-kind`}
                  value={spec.kind}
                  onChange={(event) =>
                    replace(
                      index,
                      event.target.value === 'cost'
                        ? { kind: 'cost', area: firstArea, fromMonth: spec.fromMonth, amountMsek: 5 }
                        : { kind: 'revenue', fromMonth: spec.fromMonth, revenueChange: -0.02 },
                    )
                  }
                >
                  <option value="cost">{t('simulate.shocks.kind.cost')}</option>
                  <option value="revenue">{t('simulate.shocks.kind.revenue')}</option>
                </select>
              </div>
              {spec.kind === 'cost' && (
                <div className="panel-field">
                  <label htmlFor={`${base}-area`}>{t('simulate.shocks.area')}</label>
                  <select id={`${base}-area`} value={spec.area} onChange={(event) => replace(index, { ...spec, area: event.target.value })}>
                    {!areas.has(spec.area) && <option value={spec.area}>{spec.area}</option>}
                    {[...areas.entries()].map(([areaId, name]) => (
                      <option key={areaId} value={areaId}>
                        {name}
                      </option>
                    ))}
                  </select>
                </div>
              )}
              <div className="panel-field">
                <label htmlFor={`${base}-month`}>{t('simulate.shocks.month')}</label>
                <select id={`${base}-month`} value={spec.fromMonth} onChange={(event) => replace(index, { ...spec, fromMonth: Number(event.target.value) })}>
                  {months.map((name, m) => (
                    <option key={m} value={m}>
                      {name}
                    </option>
                  ))}
                </select>
              </div>
              <div className="panel-field">
                <label htmlFor={`${base}-amount`}>{spec.kind === 'cost' ? t('simulate.shocks.amount') : t('simulate.shocks.change')}</label>
                {spec.kind === 'cost' ? (
                  <NumberField id={`${base}-amount`} value={spec.amountMsek} min={-1000} max={1000} onValid={(amountMsek) => replace(index, { ...spec, amountMsek })} />
                ) : (
                  <NumberField
                    id={`${base}-amount`}
                    value={Math.round(spec.revenueChange * 100 * 10_000) / 10_000}
                    min={-50}
                    max={50}
                    onValid={(percent) => replace(index, { ...spec, revenueChange: Math.round(percent * 1e7) / 1e9 })}
                  />
                )}
              </div>
              <button
                type="button"
                className="secondary-button"
                aria-label={t('simulate.shocks.removeLabel', { n: index + 1 })}
                onClick={() => onChange(specs.filter((_, i) => i !== index))}
              >
                {t('simulate.shocks.remove')}
              </button>
            </li>
          );
        })}
      </ol>
      {specs.length < MAX_SHOCKS && (
        <button
          type="button"
          className="secondary-button"
          onClick={() => onChange([...specs, { kind: 'cost', area: firstArea, fromMonth: 4, amountMsek: 5 }])}
        >
          {t('simulate.shocks.add')}
        </button>
      )}
      <p className="ledger-meta">
        {entry && <LedgerBadges source={entry.source} status={entry.status} />}
        {edited && <span className="edited-mark">{t('simulate.panel.edited')}</span>}
      </p>
    </fieldset>
  );
}
