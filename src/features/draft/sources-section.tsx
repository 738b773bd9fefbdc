// The sources of the draft: for each, what kind of source it is, the reference (a seed file, a public
// page, an SFS paragraph) and what it says that the model uses. Facts cite them by id; removing a source
// removes its citations too.
import type { Source } from '@/domain/model-schema';
import { useI18n } from '@/i18n/language';
import { useDraftEditing } from './draft-context';
import { fieldId } from './field-paths';
import { KeyField, SelectField, TextField } from './form-fields';
import { FoldedItem, idProblem, RemoveButton, SectionHeading } from './form-section';
import { addSource, removeSource, renameId } from './model-edits';

const HEADING_ID = 'draft-sources-heading';
const KINDS: readonly Source['kind'][] = ['seed', 'public', 'law', 'example'];

export function SourcesSection() {
  const i18n = useI18n();
  const { t, pick } = i18n;
  const { model, edit, markNew, announce } = useDraftEditing();
  const add = () => {
    const index = model.sources.length;
    edit(addSource());
    markNew(`sources:${index}`);
    announce(t('draft.sources.added'));
    requestAnimationFrame(() => document.getElementById(fieldId(['sources', index, 'reference']))?.focus());
  };
  return (
    <section aria-labelledby={HEADING_ID} className="draft-section" id={fieldId(['sources'])} tabIndex={-1}>
      <SectionHeading id={HEADING_ID} title={t('draft.sources.heading')} intro={t('draft.sources.intro')} />
      {model.sources.map((source, index) => {
        const path = ['sources', index] as const;
        const title = source.reference || t('draft.sources.untitled');
        return (
          <FoldedItem key={index} path={path} newKey={`sources:${index}`} title={title} detail={t(`draft.source.kind.${source.kind}`)}>
            {() => (
              <>
            <div className="draft-grid">
              <SelectField
                path={[...path, 'kind']}
                label={t('draft.source.kind')}
                options={KINDS.map((kind) => ({ value: kind, label: t(`draft.source.kind.${kind}`) }))}
              />
              <TextField path={[...path, 'reference']} label={t('draft.source.reference')} help={t('draft.source.reference.help')} wide />
              <TextField path={[...path, 'says', 'sv']} label={t('draft.source.saysSv')} multiline />
              <TextField path={[...path, 'says', 'en']} label={t('draft.source.saysEn')} multiline lang="en" />
              <KeyField
                label={t('draft.field.id')}
                help={t('draft.source.id.help')}
                fieldPath={[...path, 'id']}
                current={source.id}
                check={(value) => idProblem(value, model.sources, index, i18n)}
                onCommit={(value) => edit(renameId('sources', index, value))}
              />
            </div>
            <RemoveButton
              label={t('draft.source.remove', { name: source.reference || source.id })}
              onRemove={() => {
                edit(removeSource(index));
                announce(t('draft.removed', { name: source.reference || source.id }));
                document.getElementById(HEADING_ID)?.focus();
              }}
            />
            {pick(source.says) === '' && <p className="help">{t('draft.source.saysEmpty')}</p>}
              </>
            )}
          </FoldedItem>
        );
      })}
      <p>
        <button type="button" className="draft-button" onClick={add}>
          {t('draft.sources.add')}
        </button>
      </p>
    </section>
  );
}
