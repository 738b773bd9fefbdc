// The scenario panel: the organisations run, the scenario, and the assumption ledger (DESIGN §9) — every
// parameter with its control, unit, source ("example", the model file, a calibration, the organisation),
// whether the working group treats it as agreed or contested, and a one-line explanation. Every change goes
// straight into the URL; a value changed from the scenario's is marked. The engine's fixed constants are
// listed read-only at the end.
import { memo, useId, type ReactNode } from 'react';
import type { Model } from '@/domain/model-schema';
import type { Scenario } from '@/domain/scenario-schema';
import { FURTHER_LEDGER, ledgerKey, SCENARIO_LEDGER, settingOf, type ScenarioLedgerId } from '@/simulation/assumption-ledger';
import type { MessageKey } from '@/render/i18n/messages';
import { ledgerValueText } from '@/render/ledger-value';
import { useI18n } from '@/render/i18n/language';
import { LedgerBadges } from '@/render/ledger-badges';
import { StatusBadge } from '@/render/status-badge';
import { NumberField } from './number-field';
import { ShockEditor } from './shock-editor';
import { MAX_MODELS, MAX_SEED, NUMERIC_EDITS, type ScenarioEdits, type SimulateState } from './simulate-query';

export const RUN_CHOICES = [1, 100, 200, 500, 1000, 2000, 5000] as const;

type Go = (change: (current: SimulateState) => SimulateState, replace?: boolean) => void;

function LedgerEntryView({
  id,
  edited,
  control,
  value,
}: {
  id: ScenarioLedgerId;
  edited: boolean;
  /** The control, given the id of its label and of its description. */
  control: (inputId: string, helpId: string) => ReactNode;
  /** The current value in words, when the control does not show it. */
  value?: string;
}) {
  const { t } = useI18n();
  const inputId = useId();
  const entry = SCENARIO_LEDGER.find((e) => e.id === id);
  return (
    <div className={`ledger-entry${edited ? ' edited' : ''}`}>
      <div className="ledger-head">
        <label htmlFor={inputId} className="ledger-label">
          {t(ledgerKey(id, 'label'))}
        </label>
        {value !== undefined && <span className="ledger-value">{value}</span>}
      </div>
      {control(inputId, `${inputId}-help`)}
      <p id={`${inputId}-help`} className="ledger-help">
        <span className="ledger-unit">{t(ledgerKey(id, 'unit'))}.</span> {t(ledgerKey(id, 'help'))}
      </p>
      <p className="ledger-meta">
        {entry && <LedgerBadges source={entry.source} status={entry.status} />}
        {edited && <span className="edited-mark">{t('simulate.panel.edited')}</span>}
      </p>
    </div>
  );
}

function ModelChoice({ state, available, go }: { state: SimulateState; available: readonly Model[]; go: Go }) {
  const { t, pick } = useI18n();
  const slots = Array.from({ length: MAX_MODELS }, (_, i) => i);
  const choose = (slot: number, id: string) => {
    const next: (string | undefined)[] = [...state.models];
    const other = id === '' ? -1 : next.indexOf(id);
    if (other !== -1 && other !== slot) next[other] = next[slot];
    next[slot] = id === '' ? undefined : id;
    const models = next.filter((m): m is string => m !== undefined && m !== '');
    if (models.length > 0) go((s) => ({ ...s, models }), false);
  };
  return (
    <fieldset className="panel-fieldset">
      <legend>{t('simulate.models.legend')}</legend>
      {slots.map((slot) => {
        const id = `simulate-model-${slot + 1}`;
        return (
          <div key={slot} className="panel-field">
            <label htmlFor={id}>{t('simulate.models.slot', { n: slot + 1 })}</label>
            <select id={id} value={state.models[slot] ?? ''} onChange={(event) => choose(slot, event.target.value)}>
              {slot > 0 || state.models.length > 1 ? <option value="">{t('simulate.models.none')}</option> : null}
              {available.map((model) => (
                <option key={model.id} value={model.id}>
                  {pick(model.name)}
                </option>
              ))}
            </select>
          </div>
        );
      })}
      <p className="help">{t('simulate.models.help')}</p>
    </fieldset>
  );
}

function ScenarioPanelView({
  state,
  scenario,
  base,
  available,
  scenarios,
  go,
}: {
  state: SimulateState;
  scenario: Scenario;
  base: Scenario | undefined;
  available: readonly Model[];
  scenarios: ReadonlyMap<string, Scenario>;
  go: Go;
}) {
  const i18n = useI18n();
  const { t, pick, number } = i18n;
  const edits = state.edits;
  const edit = (change: Partial<ScenarioEdits>) => go((s) => ({ ...s, edits: { ...s.edits, ...change } }));
  const edited = (key: keyof ScenarioEdits) => edits[key] !== undefined;
  const chosenModels = available.filter((m) => state.models.includes(m.id));
  const slider = (key: 'kappa' | 'omega' | 'volatilityScale' | 'surplusSpendShare', max: number, step: number, percent = false) => {
    const value = scenario[key];
    const factor = percent ? 100 : 1;
    return (inputId: string, helpId: string) => (
      <input
        id={inputId}
        type="range"
        min={0}
        max={max}
        step={step}
        value={Math.round(value * factor * 1000) / 1000}
        aria-describedby={helpId}
        aria-valuetext={percent ? `${number(value * 100, 0)} %` : number(value, 2)}
        onChange={(event) => edit({ [key]: Number(event.target.value) / factor })}
      />
    );
  };
  const numberField = (key: 'lambda' | 'trend' | 'referBackProbability' | 'agendaCapacity') => {
    const spec = NUMERIC_EDITS[key];
    return (inputId: string, helpId: string) => (
      <NumberField
        id={inputId}
        value={Math.round((scenario[key] / spec.factor) * 10_000) / 10_000}
        min={spec.min}
        max={spec.max}
        integer={spec.integer}
        describedBy={helpId}
        onValid={(value) => edit({ [key]: Math.round(value * spec.factor * 1e9) / 1e9 })}
      />
    );
  };
  return (
    <aside className="scenario-panel" aria-labelledby="scenario-panel-heading">
      <h2 id="scenario-panel-heading">{t('simulate.panel.heading')}</h2>
      <ModelChoice state={state} available={available} go={go} />
      <div className="panel-field">
        <label htmlFor="simulate-scenario">{t('simulate.panel.scenario')}</label>
        <select
          id="simulate-scenario"
          value={state.scenarioId}
          onChange={(event) => go((s) => ({ ...s, scenarioId: event.target.value, edits: {}, seed: scenarios.get(event.target.value)?.seed ?? s.seed }), false)}
        >
          {[...scenarios.values()].map((s) => (
            <option key={s.id} value={s.id}>
              {pick(s.name)}
            </option>
          ))}
        </select>
      </div>
      {base && (
        <p className="help">
          {pick(base.description)} {base.status === 'example' && <StatusBadge status="example" />}
        </p>
      )}
      {Object.keys(edits).length > 0 && (
        <p>
          <button type="button" className="secondary-button" onClick={() => go((s) => ({ ...s, edits: {} }), false)}>
            {t('simulate.panel.reset')}
          </button>
        </p>
      )}
      <h3 className="ledger-heading">{t('simulate.ledger.heading')}</h3>
      <p className="help">{t('simulate.ledger.intro')}</p>
      <LedgerEntryView id="kappa" edited={edited('kappa')} value={number(scenario.kappa, 2)} control={slider('kappa', 1, 0.05)} />
      <LedgerEntryView id="omega" edited={edited('omega')} value={number(scenario.omega, 2)} control={slider('omega', 1, 0.05)} />
      <ShockEditor
        shocks={scenario.shocks}
        models={chosenModels}
        edited={edited('shocks')}
        onChange={(shocks) => edit({ shocks })}
      />
      <LedgerEntryView
        id="volatilityScale"
        edited={edited('volatilityScale')}
        value={`× ${number(scenario.volatilityScale, 2)}`}
        control={slider('volatilityScale', 3, 0.1)}
      />
      <LedgerEntryView id="trend" edited={edited('trend')} control={numberField('trend')} />
      <LedgerEntryView
        id="surplusSpendShare"
        edited={edited('surplusSpendShare')}
        value={`${number(scenario.surplusSpendShare * 100, 0)} %`}
        control={slider('surplusSpendShare', 100, 5, true)}
      />
      <LedgerEntryView
        id="matterRates"
        edited={edited('matterRates')}
        control={(inputId, helpId) => (
          <div className="rate-fields">
            {(['singleArea', 'crossArea', 'council'] as const).map((kind, i) => {
              const fieldId = i === 0 ? inputId : `${inputId}-${kind}`;
              return (
                <div key={kind} className="rate-field">
                  <label htmlFor={fieldId}>{t(`simulate.rates.${kind}`)}</label>
                  <NumberField
                    id={fieldId}
                    value={scenario.matterRates[kind]}
                    min={0}
                    max={10_000}
                    describedBy={helpId}
                    onValid={(value) => edit({ matterRates: { ...scenario.matterRates, [kind]: value } })}
                  />
                </div>
              );
            })}
          </div>
        )}
      />
      <LedgerEntryView id="referBackProbability" edited={edited('referBackProbability')} control={numberField('referBackProbability')} />
      <LedgerEntryView id="agendaCapacity" edited={edited('agendaCapacity')} control={numberField('agendaCapacity')} />
      <LedgerEntryView
        id="budgetProcess"
        edited={edited('budgetProcess')}
        control={(inputId, helpId) => (
          <select
            id={inputId}
            aria-describedby={helpId}
            value={scenario.budgetProcess ?? 'bottomUp'}
            onChange={(event) => edit({ budgetProcess: event.target.value as 'bottomUp' | 'topDown' })}
          >
            {(['bottomUp', 'topDown'] as const).map((p) => (
              <option key={p} value={p}>
                {t(`simulate.process.${p}`)}
              </option>
            ))}
          </select>
        )}
      />
      <LedgerEntryView id="lambda" edited={edited('lambda')} control={numberField('lambda')} />
      <LedgerEntryView
        id="seed"
        edited={base !== undefined && state.seed !== base.seed}
        control={(inputId, helpId) => (
          <div className="seed-field">
            <NumberField id={inputId} value={state.seed} min={0} max={MAX_SEED} integer describedBy={helpId} onValid={(seed) => go((s) => ({ ...s, seed }))} />
            <button type="button" className="secondary-button" onClick={() => go((s) => ({ ...s, seed: (s.seed + 1) % (MAX_SEED + 1) }))}>
              {t('simulate.seed.next')}
            </button>
          </div>
        )}
      />
      <LedgerEntryView
        id="runs"
        edited={false}
        control={(inputId, helpId) => (
          <select id={inputId} aria-describedby={helpId} value={state.runs} onChange={(event) => go((s) => ({ ...s, runs: Number(event.target.value) }), false)}>
            {[...new Set([...RUN_CHOICES, state.runs])].sort((a, b) => a - b).map((runs) => (
              <option key={runs} value={runs}>
                {runs === 1 ? t('simulate.runs.one') : t('simulate.runs.many', { runs: number(runs) })}
              </option>
            ))}
          </select>
        )}
      />
      <details className="engine-ledger">
        <summary>{t('simulate.engine.heading')}</summary>
        <p className="help">{t('simulate.engine.intro')}</p>
        <dl>
          {FURTHER_LEDGER.map((entry) => (
            <div key={entry.id} className="engine-entry">
              <dt>{t(ledgerKey(entry.id, 'label') as MessageKey)}</dt>
              <dd>
                <strong>
                  {ledgerValueText({ t, number }, entry, settingOf(scenario, entry.id))} {t(ledgerKey(entry.id, 'unit') as MessageKey)}
                </strong>{' '}
                <LedgerBadges source={entry.source} status={entry.status} />
                <br />
                <span className="help">{t(ledgerKey(entry.id, 'help') as MessageKey)}</span>
              </dd>
            </div>
          ))}
        </dl>
        <p>
          <a href="#/about">{t('simulate.engine.about')}</a>
        </p>
      </details>
    </aside>
  );
}

/** Re-rendered only when the link's state changes (not while Monte Carlo reports progress). */
export const ScenarioPanel = memo(ScenarioPanelView);
