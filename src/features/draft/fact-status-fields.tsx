// Status and sources of one fact (a body, a service area, a department, the council): whether its values
// are documented or examples, and which of the model's sources it cites. Without a status of its own a
// fact takes the model's.
import type { Issue } from '@/domain/validation-issue';
import { useI18n } from '@/i18n/language';
import { useDraftEditing } from './draft-context';
import { fieldId } from './field-paths';
import { IssueList, SelectField } from './form-fields';
import { toggleFactSource, valueAt, type FieldPath } from './model-edits';

export function FactStatusFields({ factPath }: { factPath: FieldPath }) {
  const { t } = useI18n();
  const { model, edit, issuesAt } = useDraftEditing();
  const sourcesPath = [...factPath, 'sources'];
  const cited = valueAt(model, sourcesPath);
  const citedIds = new Set(Array.isArray(cited) ? cited.map(String) : []);
  const groupId = fieldId(sourcesPath);
  const unknownCited = [...citedIds].filter((id) => !model.sources.some((s) => s.id === id));
  return (
    <div className="draft-fact-status">
      <SelectField
        path={[...factPath, 'status']}
        label={t('draft.fact.status')}
        emptyLabel={t('draft.fact.status.inherit', { status: t(`status.${model.status}`) })}
        options={[
          { value: 'documented', label: t('status.documented') },
          { value: 'example', label: t('status.example') },
        ]}
        help={t('draft.fact.status.help')}
      />
      <fieldset className="draft-sources-choice" id={groupId}>
        <legend>{t('draft.fact.sources')}</legend>
        {model.sources.length === 0 && <p className="help">{t('draft.fact.sources.none')}</p>}
        {model.sources.map((source, i) => {
          const id = `${groupId}-${i}`;
          return (
            <div key={`${i}-${source.id}`} className="draft-checkbox">
              <input
                id={id}
                type="checkbox"
                checked={citedIds.has(source.id)}
                onChange={(e) => edit(toggleFactSource(factPath, source.id, e.target.checked))}
              />
              <label htmlFor={id}>{source.reference || source.id}</label>
            </div>
          );
        })}
        {unknownCited.map((id, i) => (
          <div key={`unknown-${id}`} className="draft-checkbox">
            <input
              id={`${groupId}-unknown-${i}`}
              type="checkbox"
              checked
              onChange={() => edit(toggleFactSource(factPath, id, false))}
            />
            <label htmlFor={`${groupId}-unknown-${i}`}>{t('draft.fact.sources.unknown', { id })}</label>
          </div>
        ))}
        <IssueList issues={[...issuesAt(sourcesPath), ...citedPathIssues(issuesAt, sourcesPath, citedIds.size)]} />
      </fieldset>
    </div>
  );
}

/** Issues about single citations (`…sources[2]`) shown with the group, which has no field per citation. */
function citedPathIssues(issuesAt: (path: FieldPath) => readonly Issue[], path: FieldPath, count: number): Issue[] {
  return Array.from({ length: count }, (_, i) => issuesAt([...path, i])).flat();
}
