// The model as a whole and its council: identity (municipality, names, description, status), KF's party
// mandates and cooperations (valteknisk samverkan) with the election year, and the arvode values used
// for the meeting cost.
import { useState } from 'react';
import { PartyCodeSchema } from '@/domain/model-schema';
import { useI18n } from '@/i18n/language';
import * as v from 'valibot';
import { useDraftEditing } from './draft-context';
import { FactStatusFields } from './fact-status-fields';
import { fieldId } from './field-paths';
import { IssueList, KeyField, ListField, NumberField, SelectField, TextField } from './form-fields';
import { SectionHeading } from './form-section';
import {
  addCooperation,
  addParty,
  removeCooperation,
  removeParty,
  renameCooperation,
  renameParty,
  setOwnCostParameters,
} from './model-edits';

export function IdentitySection() {
  const i18n = useI18n();
  const { t } = i18n;
  const { model, edit } = useDraftEditing();
  return (
    <section aria-labelledby="draft-identity-heading" className="draft-section" id="f-model" tabIndex={-1}>
      <SectionHeading id="draft-identity-heading" title={t('draft.identity.heading')} />
      <div className="draft-grid">
        <TextField path={['municipality']} label={t('draft.identity.municipality')} />
        <SelectField
          path={['status']}
          label={t('draft.identity.status')}
          options={[
            { value: 'documented', label: t('status.documented') },
            { value: 'example', label: t('status.example') },
          ]}
          help={t('draft.identity.status.help')}
        />
        <TextField path={['name', 'sv']} label={t('draft.identity.nameSv')} />
        <TextField path={['name', 'en']} label={t('draft.identity.nameEn')} lang="en" />
        <TextField path={['description', 'sv']} label={t('draft.identity.descriptionSv')} multiline />
        <TextField path={['description', 'en']} label={t('draft.identity.descriptionEn')} multiline lang="en" />
        <KeyField
          label={t('draft.identity.id')}
          help={t('draft.identity.id.help')}
          fieldPath={['id']}
          current={model.id}
          check={(value) => (v.is(v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,63}$/)), value) ? undefined : t('draft.id.pattern'))}
          onCommit={(value) => edit((draft) => void (draft.id = value))}
        />
      </div>
    </section>
  );
}

function partyProblem(value: string, taken: readonly string[], current: string, t: ReturnType<typeof useI18n>['t']): string | undefined {
  if (!v.is(PartyCodeSchema, value)) return t('draft.council.party.pattern');
  if (value !== current && taken.includes(value)) return t('draft.council.party.taken', { party: value });
  return undefined;
}

export function CouncilSection() {
  const { t, number } = useI18n();
  const { model, edit, issuesAt, announce } = useDraftEditing();
  const parties = Object.entries(model.council.parties ?? {});
  const cooperations = Object.entries(model.council.cooperations ?? {});
  const council = model.bodies.find((b) => b.kind === 'council');
  const sum = parties.reduce((total, [, seats]) => total + (Number.isFinite(seats) ? seats : 0), 0);
  const [newParty, setNewParty] = useState('');
  const [newCooperation, setNewCooperation] = useState('');
  const codes = parties.map(([code]) => code);
  const newPartyProblem = newParty === '' ? undefined : partyProblem(newParty, codes, '', t);
  const newCooperationProblem =
    newCooperation === '' ? undefined : partyProblem(newCooperation, [...codes, ...cooperations.map(([name]) => name)], '', t);
  return (
    <section aria-labelledby="draft-council-heading" className="draft-section" id={fieldId(['council'])} tabIndex={-1}>
      <SectionHeading id="draft-council-heading" title={t('draft.council.heading')} intro={t('draft.council.intro')} />
      <NumberField path={['council', 'electionYear']} label={t('draft.council.electionYear')} help={t('draft.council.electionYear.help')} optional />
      <fieldset className="draft-subgroup" id={fieldId(['council', 'parties'])}>
        <legend>{t('draft.council.parties')}</legend>
        <IssueList issues={issuesAt(['council', 'parties'])} />
        <div className="draft-party-list">
          {parties.map(([code], index) => (
            <div key={`${index}-${code}`} className="draft-party">
              <KeyField
                label={t('draft.council.party.code')}
                fieldPath={['council', 'parties', code, 'code']}
                current={code}
                check={(value) => partyProblem(value, codes, code, t)}
                onCommit={(value) => edit(renameParty(code, value))}
              />
              <NumberField path={['council', 'parties', code]} label={t('draft.council.party.seats', { party: code })} unit={t('draft.unit.seats')} />
              <button
                type="button"
                className="draft-button draft-button-small"
                onClick={() => {
                  edit(removeParty(code));
                  announce(t('draft.removed', { name: code }));
                }}
              >
                {t('draft.council.party.remove', { party: code })}
              </button>
            </div>
          ))}
        </div>
        <p className={council && sum !== council.members ? 'issue issue-warning' : 'help'}>
          {t('draft.council.sum', { sum: number(sum), seats: council ? number(council.members) : '–' })}
        </p>
        <div className="draft-add">
          <div className="draft-field">
            <label htmlFor="draft-new-party">{t('draft.council.party.new')}</label>
            <input
              id="draft-new-party"
              type="text"
              value={newParty}
              aria-describedby={newPartyProblem ? 'draft-new-party-problem' : undefined}
              onChange={(e) => setNewParty(e.target.value.trim())}
            />
            {newPartyProblem && (
              <p className="issue issue-error" id="draft-new-party-problem">
                <span aria-hidden="true">✖</span> {newPartyProblem}
              </p>
            )}
          </div>
          <button
            type="button"
            className="draft-button"
            disabled={newParty === '' || newPartyProblem !== undefined}
            onClick={() => {
              edit(addParty(newParty));
              announce(t('draft.council.party.added', { party: newParty }));
              setNewParty('');
            }}
          >
            {t('draft.council.party.add')}
          </button>
        </div>
      </fieldset>
      <fieldset className="draft-subgroup" id={fieldId(['council', 'cooperations'])}>
        <legend>{t('draft.council.cooperations')}</legend>
        <p className="help">{t('draft.council.cooperations.help')}</p>
        {cooperations.map(([name], index) => (
          <div key={`${index}-${name}`} className="draft-party">
            <KeyField
              label={t('draft.council.cooperation.name')}
              fieldPath={['council', 'cooperations', name, 'name']}
              current={name}
              check={(value) => partyProblem(value, [...codes, ...cooperations.map(([n]) => n)], name, t)}
              onCommit={(value) => edit(renameCooperation(name, value))}
            />
            <ListField
              path={['council', 'cooperations', name]}
              label={t('draft.council.cooperation.members', { name })}
              help={t('draft.council.cooperation.members.help')}
              keepEmpty
            />
            <button type="button" className="draft-button draft-button-small" onClick={() => edit(removeCooperation(name))}>
              {t('draft.council.cooperation.remove', { name })}
            </button>
          </div>
        ))}
        <div className="draft-add">
          <div className="draft-field">
            <label htmlFor="draft-new-cooperation">{t('draft.council.cooperation.new')}</label>
            <input id="draft-new-cooperation" type="text" value={newCooperation} onChange={(e) => setNewCooperation(e.target.value.trim())} />
            {newCooperationProblem && (
              <p className="issue issue-error">
                <span aria-hidden="true">✖</span> {newCooperationProblem}
              </p>
            )}
          </div>
          <button
            type="button"
            className="draft-button"
            disabled={newCooperation === '' || newCooperationProblem !== undefined}
            onClick={() => {
              edit(addCooperation(newCooperation));
              setNewCooperation('');
            }}
          >
            {t('draft.council.cooperation.add')}
          </button>
        </div>
      </fieldset>
      <FactStatusFields factPath={['council']} />
    </section>
  );
}

export function CostSection() {
  const { t } = useI18n();
  const { model, edit } = useDraftEditing();
  const own = model.costParameters !== undefined;
  return (
    <section aria-labelledby="draft-cost-heading" className="draft-section" id={fieldId(['costParameters'])} tabIndex={-1}>
      <SectionHeading id="draft-cost-heading" title={t('draft.cost.heading')} intro={t('draft.cost.intro')} />
      <div className="draft-checkbox">
        <input id="draft-cost-own" type="checkbox" checked={own} onChange={(e) => edit(setOwnCostParameters(e.target.checked))} />
        <label htmlFor="draft-cost-own">{t('draft.cost.own')}</label>
      </div>
      {own && (
        <div className="draft-grid">
          <NumberField path={['costParameters', 'feePerMeetingSek']} label={t('draft.cost.fee')} unit={t('unit.sek')} />
          <NumberField path={['costParameters', 'substituteAttendance']} label={t('draft.cost.attendance')} unit="%" scale={100} />
          <SelectField
            path={['costParameters', 'status']}
            label={t('draft.fact.status')}
            options={[
              { value: 'documented', label: t('status.documented') },
              { value: 'example', label: t('status.example') },
            ]}
          />
        </div>
      )}
    </section>
  );
}

