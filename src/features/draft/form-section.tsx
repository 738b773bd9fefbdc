// Pieces every list in the Draft form shares: a folded item (one body, area, department or source) whose
// summary tells its name and how many errors and warnings it holds, the check for a new id, and the
// remove button that says what it removed.
import { useState, type ReactNode } from 'react';
import { IdSchema } from '@/domain/model-schema';
import type { I18n } from '@/i18n/language';
import { useI18n } from '@/i18n/language';
import * as v from 'valibot';
import { useDraftEditing } from './draft-context';
import { fieldId } from './field-paths';
import { IssueList } from './form-fields';
import type { FieldPath } from './model-edits';

export function IssueCount({ path }: { path: FieldPath }) {
  const { t } = useI18n();
  const { countUnder } = useDraftEditing();
  const { errors, warnings } = countUnder(path);
  return (
    <>
      {errors > 0 && (
        <span className="count count-error">
          <span aria-hidden="true">✖ </span>
          {t('draft.count.errors', { count: errors })}
        </span>
      )}
      {warnings > 0 && (
        <span className="count count-warning">
          <span aria-hidden="true">⚠ </span>
          {t('draft.count.warnings', { count: warnings })}
        </span>
      )}
    </>
  );
}

/**
 * One folded item of a list; opens by itself when it was just added. Its fields are drawn only while it
 * is open (`children` is called then): a model with 500 bodies would otherwise draw 500 forms, each with
 * a choice among the other 499 bodies, on every keystroke anywhere in the draft.
 */
export function FoldedItem({
  path,
  newKey,
  title,
  detail,
  children,
}: {
  path: FieldPath;
  newKey: string;
  title: string;
  detail?: string;
  children: () => ReactNode;
}) {
  const { isNew, issuesAt } = useDraftEditing();
  const [opened, setOpened] = useState(false);
  const open = opened || isNew(newKey);
  return (
    <details className="draft-item" id={fieldId(path)} open={open || undefined} onToggle={(e) => setOpened(e.currentTarget.open)}>
      <summary>
        <span className="draft-item-title">{title}</span>
        {detail && <span className="draft-item-detail">{detail}</span>}
        <IssueCount path={path} />
      </summary>
      {open && (
        <div className="draft-item-body">
          <IssueList issues={issuesAt(path)} />
          {children()}
        </div>
      )}
    </details>
  );
}

/** A message when `value` cannot be the id of item `index` of `items`; undefined when it can. */
export function idProblem(value: string, items: readonly { id: string }[], index: number, i18n: I18n): string | undefined {
  if (!v.is(IdSchema, value)) return i18n.t('draft.id.pattern');
  if (items.some((item, i) => i !== index && item.id === value)) return i18n.t('draft.id.taken', { id: value });
  return undefined;
}

export function RemoveButton({ label, onRemove }: { label: string; onRemove(): void }) {
  return (
    <p className="draft-remove">
      <button type="button" className="draft-button draft-button-danger" onClick={onRemove}>
        {label}
      </button>
    </p>
  );
}

export function SectionHeading({ id, title, intro }: { id: string; title: string; intro?: string }) {
  return (
    <>
      <h2 id={id} tabIndex={-1}>
        {title}
      </h2>
      {intro && <p className="help">{intro}</p>}
    </>
  );
}
