// The political bodies of the draft: add one of any kind under a chosen parent, and for each body its
// names, kind, parent, seats, substitutes, meetings, delegation, shared municipalities, id, status and
// sources. Removing an utskott or beredning hands its areas and departments back to its nämnd.
import { useState } from 'react';
import { BODY_KINDS, INDIVIDUAL_CASE_LAWS, type Body, type BodyKind } from '@/domain/model-schema';
import { translate, useI18n } from '@/i18n/language';
import { useDraftEditing } from './draft-context';
import { FactStatusFields } from './fact-status-fields';
import { fieldId } from './field-paths';
import { KeyField, ListField, NumberField, SelectField, TextField } from './form-fields';
import { FoldedItem, idProblem, RemoveButton, SectionHeading } from './form-section';
import { ConvertToBoard } from './convert-to-board';
import { addBody, removeBody, renameId, setDelegation, setIndividualCases } from './model-edits';

const HEADING_ID = 'draft-bodies-heading';

export function BodiesSection() {
  const i18n = useI18n();
  const { t, pick } = i18n;
  const { model, edit, markNew, announce } = useDraftEditing();
  const board = model.bodies.find((b) => b.kind === 'executiveBoard');
  const [kind, setKind] = useState<BodyKind>('subcommittee');
  const [parent, setParent] = useState<string>(board?.id ?? model.bodies[0]?.id ?? '');
  const parentValid = model.bodies.some((b) => b.id === parent);
  const add = () => {
    const index = model.bodies.length;
    const name = { sv: translate('sv', `draft.bodies.newName.${kind}`), en: translate('en', `draft.bodies.newName.${kind}`) };
    edit(addBody(kind, parentValid ? parent : undefined, name));
    markNew(`bodies:${index}`);
    announce(t('draft.bodies.added', { name: pick(name) }));
    // The new body's first field, once it is drawn.
    requestAnimationFrame(() => document.getElementById(fieldId(['bodies', index, 'name', 'sv']))?.focus());
  };
  return (
    <section aria-labelledby={HEADING_ID} className="draft-section" id={fieldId(['bodies'])} tabIndex={-1}>
      <SectionHeading id={HEADING_ID} title={t('draft.bodies.heading')} intro={t('draft.bodies.intro')} />
      <ConvertToBoard />
      <div className="draft-add" role="group" aria-label={t('draft.bodies.addGroup')}>
        <div className="draft-field">
          <label htmlFor="draft-add-body-kind">{t('draft.bodies.addKind')}</label>
          <select id="draft-add-body-kind" value={kind} onChange={(e) => setKind(e.target.value as BodyKind)}>
            {BODY_KINDS.filter((k) => k !== 'council').map((k) => (
              <option key={k} value={k}>
                {t(`kind.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="draft-field">
          <label htmlFor="draft-add-body-parent">{t('draft.bodies.addParent')}</label>
          <select id="draft-add-body-parent" value={parentValid ? parent : ''} onChange={(e) => setParent(e.target.value)}>
            {!parentValid && <option value="">{t('draft.field.choose')}</option>}
            {model.bodies.map((b, i) => (
              <option key={`${i}-${b.id}`} value={b.id}>
                {pick(b.name) || b.id}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="draft-button" onClick={add}>
          {t('draft.bodies.add', { kind: t(`kind.${kind}`).toLowerCase() })}
        </button>
      </div>
      {model.bodies.map((body, index) => (
        <BodyItem key={index} body={body} index={index} headingId={HEADING_ID} />
      ))}
    </section>
  );
}

function BodyItem({ body, index, headingId }: { body: Body; index: number; headingId: string }) {
  const i18n = useI18n();
  const { t, pick } = i18n;
  const { model, edit, announce } = useDraftEditing();
  const path = ['bodies', index] as const;
  const name = pick(body.name) || body.id;
  const councils = model.bodies.filter((b) => b.kind === 'council').length;
  const removable = body.kind !== 'council' || councils > 1;
  const chosenBy = model.bodies.find((b) => b.id === body.parent);
  const seatsHelp =
    body.kind === 'subcommittee'
      ? t('draft.body.members.helpSubcommittee', { parent: chosenBy ? pick(chosenBy.name) : t('draft.body.theParent') })
      : body.kind === 'council'
        ? t('draft.body.members.helpCouncil')
        : t('draft.body.members.help');
  return (
    <FoldedItem
      path={path}
      newKey={`bodies:${index}`}
      title={name}
      detail={t('draft.body.summary', { kind: t(`kind.${body.kind}`), members: body.members, substitutes: body.substitutes })}
    >
      {() => (
        <>
      <div className="draft-grid">
        <TextField path={[...path, 'name', 'sv']} label={t('draft.field.nameSv')} />
        <TextField path={[...path, 'name', 'en']} label={t('draft.field.nameEn')} lang="en" />
        <SelectField
          path={[...path, 'kind']}
          label={t('draft.body.kind')}
          options={BODY_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
        />
        <SelectField
          path={[...path, 'parent']}
          label={t('draft.body.parent')}
          emptyLabel={t('draft.body.parent.none')}
          options={model.bodies
            .filter((_, i) => i !== index)
            .map((b) => ({ value: b.id, label: `${pick(b.name) || b.id} (${t(`kind.${b.kind}`).toLowerCase()})` }))}
          help={t('draft.body.parent.help')}
        />
        <NumberField path={[...path, 'members']} label={t('draft.body.members')} unit={t('draft.unit.persons')} help={seatsHelp} />
        <NumberField path={[...path, 'substitutes']} label={t('draft.body.substitutes')} unit={t('draft.unit.persons')} />
        <NumberField path={[...path, 'meetingsPerYear']} label={t('draft.body.meetings')} unit={t('draft.unit.perYear')} />
      </div>
      {body.kind !== 'council' && (
        <fieldset className="draft-subgroup">
          <legend>{t('draft.body.delegation')}</legend>
          {(['matters', 'budgetDeviations', 'urgentByChair', 'toOfficials'] as const).map((flag) => {
            const id = fieldId([...path, 'delegation', flag]);
            return (
              <div key={flag} className="draft-checkbox">
                <input
                  id={id}
                  type="checkbox"
                  checked={body.delegation?.[flag] === true}
                  aria-describedby={`${id}-help`}
                  onChange={(e) => edit(setDelegation(index, flag, e.target.checked))}
                />
                <label htmlFor={id}>{t(`draft.body.delegation.${flag}`)}</label>
                <p className="help" id={`${id}-help`}>
                  {t(`draft.body.delegation.${flag}.help`)}
                </p>
              </div>
            );
          })}
        </fieldset>
      )}
      {body.kind !== 'council' && body.kind !== 'draftingCommittee' && (
        <fieldset className="draft-subgroup">
          <legend>{t('draft.body.individualCases')}</legend>
          <p className="help">{t('draft.body.individualCases.help')}</p>
          {INDIVIDUAL_CASE_LAWS.map((law) => {
            const id = fieldId([...path, 'delegation', 'individualCases', law]);
            return (
              <div key={law} className="draft-checkbox">
                <input
                  id={id}
                  type="checkbox"
                  checked={body.delegation?.individualCases?.includes(law) === true}
                  onChange={(e) => edit(setIndividualCases(index, law, e.target.checked))}
                />
                <label htmlFor={id}>{t(`draft.body.individualCases.${law}`)}</label>
              </div>
            );
          })}
        </fieldset>
      )}
      <div className="draft-grid">
        <ListField path={[...path, 'sharedWith']} label={t('draft.body.sharedWith')} help={t('draft.body.sharedWith.help')} />
        <KeyField
          label={t('draft.field.id')}
          help={t('draft.field.id.help')}
          fieldPath={[...path, 'id']}
          current={body.id}
          check={(value) => idProblem(value, model.bodies, index, i18n)}
          onCommit={(value) => edit(renameId('bodies', index, value))}
        />
      </div>
      <FactStatusFields factPath={path} />
      {removable && (
        <RemoveBody
          body={body}
          index={index}
          onRemoved={() => {
            announce(t('draft.body.removed', { name }));
            document.getElementById(headingId)?.focus();
          }}
        />
      )}
        </>
      )}
    </FoldedItem>
  );
}

/**
 * Removing a body. A nämnd (or KS) that holds frames, prepares areas or has departments first asks where
 * they go, so nothing is left pointing at a body that is gone; an utskott's or beredning's go to its nämnd.
 */
function RemoveBody({ body, index, onRemoved }: { body: Body; index: number; onRemoved(): void }) {
  const { t, pick } = useI18n();
  const { model, edit } = useDraftEditing();
  const [asking, setAsking] = useState(false);
  const areas = model.serviceAreas.filter((a) => a.budgetHolder === body.id || a.preparedBy === body.id).length;
  const departments = model.departments.filter((d) => d.reportsTo === body.id).length;
  const heirs = model.bodies.filter((b) => b.id !== body.id && b.kind !== 'council' && b.kind !== 'draftingCommittee' && b.parent !== body.id);
  const [heir, setHeir] = useState(heirs.find((b) => b.kind === 'executiveBoard')?.id ?? heirs[0]?.id ?? '');
  const name = pick(body.name) || body.id;
  const needsHeir = (body.kind === 'committee' || body.kind === 'executiveBoard' || body.kind === 'electionCommittee') && areas + departments > 0 && heirs.length > 0;
  const remove = (to?: string) => {
    edit(removeBody(index, to));
    onRemoved();
  };
  if (!needsHeir) return <RemoveButton label={t('draft.body.remove', { name })} onRemove={() => remove()} />;
  if (!asking) return <RemoveButton label={t('draft.body.remove', { name })} onRemove={() => setAsking(true)} />;
  const selectId = `draft-remove-heir-${index}`;
  const heirName = pick(heirs.find((b) => b.id === heir)?.name ?? { sv: heir, en: heir });
  return (
    <div className="draft-confirm" role="group" aria-labelledby={`${selectId}-label`}>
      <div className="draft-field">
        <label id={`${selectId}-label`} htmlFor={selectId}>
          {t('draft.body.remove.heir')}
        </label>
        <select id={selectId} value={heir} onChange={(e) => setHeir(e.target.value)} aria-describedby={`${selectId}-help`}>
          {heirs.map((b) => (
            <option key={b.id} value={b.id}>
              {pick(b.name) || b.id}
            </option>
          ))}
        </select>
        <p className="help" id={`${selectId}-help`}>
          {t('draft.body.remove.heir.help', { areas, departments, name })}
        </p>
      </div>
      <p className="button-group">
        <button type="button" className="draft-button draft-button-danger" onClick={() => remove(heir)}>
          {t('draft.body.remove.confirm', { name, heir: heirName })}
        </button>
        <button type="button" className="draft-button" onClick={() => setAsking(false)}>
          {t('draft.body.remove.cancel')}
        </button>
      </p>
    </div>
  );
}
