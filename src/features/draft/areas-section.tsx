// Service areas (verksamheter) and departments (förvaltningar) of the draft: for each area its net cost,
// the body that holds its frame, the body that prepares its matters, its department and the simulation
// parameters; for each department the body it reports to. Both with id, status and sources.
import { UNIT_KINDS, type Model } from '@/domain/model-schema';
import { translate, useI18n } from '@/i18n/language';
import { useDraftEditing } from './draft-context';
import { FactStatusFields } from './fact-status-fields';
import { fieldId } from './field-paths';
import { KeyField, NumberField, SelectField, TextField, type SelectOption } from './form-fields';
import { FoldedItem, idProblem, RemoveButton, SectionHeading } from './form-section';
import { addDepartment, addServiceArea, removeAt, renameId } from './model-edits';

const AREAS_HEADING = 'draft-areas-heading';
const DEPARTMENTS_HEADING = 'draft-departments-heading';

function useBodyOptions(model: Model): SelectOption[] {
  const { t, pick } = useI18n();
  return model.bodies.map((b) => ({ value: b.id, label: `${pick(b.name) || b.id} (${t(`kind.${b.kind}`).toLowerCase()})` }));
}

export function AreasSection() {
  const i18n = useI18n();
  const { t, pick, number } = i18n;
  const { model, edit, markNew, announce } = useDraftEditing();
  const bodyOptions = useBodyOptions(model);
  const departmentOptions = model.departments.map((d) => ({ value: d.id, label: pick(d.name) || d.id }));
  const total = model.serviceAreas.reduce((sum, a) => sum + (Number.isFinite(a.netCostMsek) ? a.netCostMsek : 0), 0);
  const add = () => {
    const index = model.serviceAreas.length;
    const name = { sv: translate('sv', 'draft.areas.newName'), en: translate('en', 'draft.areas.newName') };
    edit(addServiceArea(name));
    markNew(`serviceAreas:${index}`);
    announce(t('draft.areas.added', { name: pick(name) }));
    requestAnimationFrame(() => document.getElementById(fieldId(['serviceAreas', index, 'name', 'sv']))?.focus());
  };
  return (
    <section aria-labelledby={AREAS_HEADING} className="draft-section" id={fieldId(['serviceAreas'])} tabIndex={-1}>
      <SectionHeading id={AREAS_HEADING} title={t('draft.areas.heading')} intro={t('draft.areas.intro')} />
      <p>{t('draft.areas.total', { amount: number(total, 1) })}</p>
      {model.serviceAreas.map((area, index) => {
        const path = ['serviceAreas', index] as const;
        const name = pick(area.name) || area.id;
        return (
          <FoldedItem
            key={index}
            path={path}
            newKey={`serviceAreas:${index}`}
            title={name}
            detail={t('draft.area.summary', {
              amount: number(Number.isFinite(area.netCostMsek) ? area.netCostMsek : 0, 1),
              holder: pick(model.bodies.find((b) => b.id === area.budgetHolder)?.name ?? { sv: area.budgetHolder, en: area.budgetHolder }),
            })}
          >
            {() => (
              <>
            <div className="draft-grid">
              <TextField path={[...path, 'name', 'sv']} label={t('draft.field.nameSv')} />
              <TextField path={[...path, 'name', 'en']} label={t('draft.field.nameEn')} lang="en" />
              <NumberField path={[...path, 'netCostMsek']} label={t('draft.area.netCost')} unit={t('unit.msek')} help={t('draft.area.netCost.help')} />
              <SelectField path={[...path, 'budgetHolder']} label={t('draft.area.holder')} options={bodyOptions} help={t('draft.area.holder.help')} />
              <SelectField path={[...path, 'preparedBy']} label={t('draft.area.preparedBy')} options={bodyOptions} help={t('draft.area.preparedBy.help')} />
              <SelectField path={[...path, 'department']} label={t('draft.area.department')} options={departmentOptions} />
            </div>
            <fieldset className="draft-subgroup">
              <legend>{t('draft.area.simulation')}</legend>
              <div className="draft-grid">
                <NumberField path={[...path, 'flexibility']} label={t('draft.area.flexibility')} unit="%" scale={100} help={t('draft.area.flexibility.help')} />
                <NumberField path={[...path, 'volatility']} label={t('draft.area.volatility')} unit="%" scale={100} help={t('draft.area.volatility.help')} />
                <NumberField path={[...path, 'priorityWeight']} label={t('draft.area.priorityWeight')} help={t('draft.area.priorityWeight.help')} />
              </div>
            </fieldset>
            <KeyField
              label={t('draft.field.id')}
              help={t('draft.field.id.help')}
              fieldPath={[...path, 'id']}
              current={area.id}
              check={(value) => idProblem(value, model.serviceAreas, index, i18n)}
              onCommit={(value) => edit(renameId('serviceAreas', index, value))}
            />
            <FactStatusFields factPath={path} />
            <RemoveButton
              label={t('draft.area.remove', { name })}
              onRemove={() => {
                edit(removeAt('serviceAreas', index));
                announce(t('draft.removed', { name }));
                document.getElementById(AREAS_HEADING)?.focus();
              }}
            />
              </>
            )}
          </FoldedItem>
        );
      })}
      <p>
        <button type="button" className="draft-button" onClick={add}>
          {t('draft.areas.add')}
        </button>
      </p>
    </section>
  );
}

export function DepartmentsSection() {
  const i18n = useI18n();
  const { t, pick } = i18n;
  const { model, edit, markNew, announce } = useDraftEditing();
  const bodyOptions = useBodyOptions(model);
  const add = () => {
    const index = model.departments.length;
    const name = { sv: translate('sv', 'draft.departments.newName'), en: translate('en', 'draft.departments.newName') };
    edit(addDepartment(name));
    markNew(`departments:${index}`);
    announce(t('draft.departments.added', { name: pick(name) }));
    requestAnimationFrame(() => document.getElementById(fieldId(['departments', index, 'name', 'sv']))?.focus());
  };
  return (
    <section aria-labelledby={DEPARTMENTS_HEADING} className="draft-section" id={fieldId(['departments'])} tabIndex={-1}>
      <SectionHeading id={DEPARTMENTS_HEADING} title={t('draft.departments.heading')} intro={t('draft.departments.intro')} />
      {model.departments.map((department, index) => {
        const path = ['departments', index] as const;
        const name = pick(department.name) || department.id;
        const served = model.serviceAreas.filter((a) => a.department === department.id).length;
        return (
          <FoldedItem
            key={index}
            path={path}
            newKey={`departments:${index}`}
            title={name}
            detail={t('draft.department.summary', {
              body: pick(model.bodies.find((b) => b.id === department.reportsTo)?.name ?? { sv: department.reportsTo, en: department.reportsTo }),
              areas: served,
            })}
          >
            {() => (
              <>
            <div className="draft-grid">
              <TextField path={[...path, 'name', 'sv']} label={t('draft.field.nameSv')} />
              <TextField path={[...path, 'name', 'en']} label={t('draft.field.nameEn')} lang="en" />
              <SelectField path={[...path, 'reportsTo']} label={t('draft.department.reportsTo')} options={bodyOptions} help={t('draft.department.reportsTo.help')} />
              <SelectField
                path={[...path, 'kind']}
                label={t('draft.department.kind')}
                emptyLabel={t('draft.department.kind.department')}
                options={UNIT_KINDS.filter((k) => k !== 'department').map((k) => ({ value: k, label: t(`draft.department.kind.${k}`) }))}
              />
              <SelectField
                path={[...path, 'parent']}
                label={t('draft.department.parent')}
                emptyLabel={t('draft.department.parent.none')}
                options={model.departments
                  .filter((_, i) => i !== index)
                  .map((d) => ({ value: d.id, label: pick(d.name) || d.id }))}
                help={t('draft.department.parent.help')}
              />
              <KeyField
                label={t('draft.field.id')}
                help={t('draft.field.id.help')}
                fieldPath={[...path, 'id']}
                current={department.id}
                check={(value) => idProblem(value, model.departments, index, i18n)}
                onCommit={(value) => edit(renameId('departments', index, value))}
              />
            </div>
            <FactStatusFields factPath={path} />
            <RemoveButton
              label={t('draft.department.remove', { name })}
              onRemove={() => {
                edit(removeAt('departments', index));
                announce(t('draft.removed', { name }));
                document.getElementById(DEPARTMENTS_HEADING)?.focus();
              }}
            />
              </>
            )}
          </FoldedItem>
        );
      })}
      <p>
        <button type="button" className="draft-button" onClick={add}>
          {t('draft.departments.add')}
        </button>
      </p>
    </section>
  );
}
