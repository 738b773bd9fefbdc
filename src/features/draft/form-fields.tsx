// The form fields of the Draft view. Each is bound to a path in the model: it shows the value there,
// writes every change through the undo history, and shows the validation issues of that path under it
// (errors marked "Fel" with ✖, warnings "Varning" with ⚠ — told apart by words and signs, not by colour).
// Element ids come from the path, so an issue in the summary can move focus to its field.
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { Issue } from '@/domain/validation-issue';
import { useI18n } from '@/i18n/language';
import { useDraftEditing } from './draft-context';
import { fieldId, issuePathOf } from './field-paths';
import { figureOf, setAt, setText as setNameAwareText, setTypedValue, valueAt, type FieldPath } from './model-edits';
import { VALUE_STATUSES, type ValueStatus } from '@/domain/model-schema';
import { valueStatus, type FactOwner } from '@/domain/value-status';
import { StatusBadge } from '@/render/status-badge';
import { numberFieldText, parseNumberText } from './number-text';

let focusSessions = 0;

/** A merge key for the edits of one visit to a field: typing there is undone as one step. */
function useMergeKey(path: FieldPath): { mergeKey: () => string; onFocus: () => void } {
  const session = useRef(0);
  return {
    mergeKey: () => `${issuePathOf(path)}@${session.current}`,
    onFocus: () => {
      session.current = ++focusSessions;
    },
  };
}

export function IssueList({ issues, id }: { issues: readonly Issue[]; id?: string }) {
  const { t, pick } = useI18n();
  if (issues.length === 0) return null;
  return (
    <ul className="field-issues" id={id}>
      {issues.map((issue, i) => (
        <li key={i} className={`issue issue-${issue.severity}`}>
          <span aria-hidden="true" className="issue-sign">
            {issue.severity === 'error' ? '✖' : '⚠'}
          </span>{' '}
          <strong>{t(issue.severity === 'error' ? 'draft.issue.error' : 'draft.issue.warning')}:</strong> {pick(issue.message)}
        </li>
      ))}
    </ul>
  );
}

/** Label, control, unit, help and issues laid out the same way for every kind of field. */
function FieldShell({
  id,
  label,
  unit,
  help,
  issues,
  localError,
  wide,
  badge,
  children,
}: {
  id: string;
  label: string;
  unit?: string;
  /** The value's status badge (a figure's own status), after the unit. */
  badge?: ReactNode;
  help?: string;
  issues: readonly Issue[];
  localError?: string;
  wide?: boolean;
  children: (describedBy: string | undefined, invalid: boolean) => ReactNode;
}) {
  const describedBy = [help ? `${id}-help` : '', localError ? `${id}-local` : '', issues.length > 0 ? `${id}-issues` : '']
    .filter(Boolean)
    .join(' ');
  const invalid = Boolean(localError) || issues.some((i) => i.severity === 'error');
  return (
    <div className={`draft-field${wide ? ' draft-field-wide' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <div className="draft-control">
        {children(describedBy || undefined, invalid)}
        {unit && <span className="draft-unit">{unit}</span>}
        {badge}
      </div>
      {help && (
        <p className="help" id={`${id}-help`}>
          {help}
        </p>
      )}
      {localError && (
        <p className="issue issue-error field-local-error" id={`${id}-local`}>
          <span aria-hidden="true">✖</span> {localError}
        </p>
      )}
      <IssueList issues={issues} id={`${id}-issues`} />
    </div>
  );
}

export function TextField({
  path,
  label,
  help,
  multiline,
  wide,
  lang,
}: {
  path: FieldPath;
  label: string;
  help?: string;
  multiline?: boolean;
  wide?: boolean;
  /** The language of the text, when it is not the page's (an English name on a Swedish page). */
  lang?: 'sv' | 'en';
}) {
  const { model, edit, issuesAt } = useDraftEditing();
  const { mergeKey, onFocus } = useMergeKey(path);
  const id = fieldId(path);
  const raw = valueAt(model, path);
  const value = typeof raw === 'string' ? raw : '';
  const onChange = (next: string) => edit(setNameAwareText(path, next), mergeKey());
  return (
    <FieldShell id={id} label={label} help={help} issues={issuesAt(path)} wide={wide || multiline}>
      {(describedBy, invalid) =>
        multiline ? (
          <textarea
            id={id}
            value={value}
            rows={4}
            lang={lang}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            onFocus={onFocus}
            data-field-path={issuePathOf(path)}
            onChange={(e) => onChange(e.target.value)}
          />
        ) : (
          <input
            id={id}
            type="text"
            value={value}
            lang={lang}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            onFocus={onFocus}
            data-field-path={issuePathOf(path)}
            onChange={(e) => onChange(e.target.value)}
          />
        )
      }
    </FieldShell>
  );
}

/**
 * A number typed as text (decimal comma allowed). A value that is a number goes into the model at once,
 * even out of range, so validation says what is wrong with it; text that is no number at all stays in
 * the field with a message and the model keeps its last number.
 */
export function NumberField({
  path,
  label,
  unit,
  help,
  scale = 1,
  optional = false,
}: {
  path: FieldPath;
  label: string;
  unit?: string;
  help?: string;
  /** Shown value = stored value × scale (100 for a share shown in per cent). */
  scale?: number;
  /** An empty field removes the value (for optional numbers such as the election year). */
  optional?: boolean;
}) {
  const { model, edit, issuesAt } = useDraftEditing();
  const { t, lang } = useI18n();
  const { mergeKey, onFocus } = useMergeKey(path);
  const id = fieldId(path);
  const stored = valueAt(model, path);
  const shown = typeof stored === 'number' ? stored * scale : stored;
  const [text, setText] = useState(() => numberFieldText(shown, lang));
  // The model can change under the field (undo, redo, an import): show its value then.
  useEffect(() => {
    setText((current) => {
      const typed = parseNumberText(current);
      return typed !== undefined && typeof shown === 'number' && Math.abs(typed - shown) < 1e-9 ? current : numberFieldText(shown, lang);
    });
  }, [shown, lang]);
  const parsed = parseNumberText(text);
  const empty = text.trim() === '';
  const localError = parsed === undefined && !(optional && empty) ? t('draft.field.notANumber') : undefined;
  return (
    <FieldShell id={id} label={label} unit={unit} help={help} issues={issuesAt(path)} localError={localError} badge={<FigureStatus path={path} />}>
      {(describedBy, invalid) => (
        <input
          id={id}
          type="text"
          inputMode="decimal"
          className="draft-number"
          value={text}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          onFocus={onFocus}
          data-field-path={issuePathOf(path)}
          onChange={(e) => {
            setText(e.target.value);
            const value = parseNumberText(e.target.value);
            if (optional && e.target.value.trim() === '') edit(setTypedValue(path, undefined), mergeKey());
            else if (value !== undefined) edit(setTypedValue(path, scale === 1 ? value : Number((value / scale).toPrecision(12))), mergeKey());
          }}
        />
      )}
    </FieldShell>
  );
}

export interface SelectOption {
  value: string;
  label: string;
}

/** A choice. A value that matches no option (a reference to something removed) is shown as such. */
export function SelectField({
  path,
  label,
  options,
  help,
  emptyLabel,
}: {
  path: FieldPath;
  label: string;
  options: readonly SelectOption[];
  help?: string;
  /** When given, the first option; choosing it removes the value from the model. */
  emptyLabel?: string;
}) {
  const { model, edit, issuesAt } = useDraftEditing();
  const { t } = useI18n();
  const id = fieldId(path);
  const raw = valueAt(model, path);
  const value = typeof raw === 'string' ? raw : '';
  const dangling = value !== '' && !options.some((o) => o.value === value);
  return (
    <FieldShell id={id} label={label} help={help} issues={issuesAt(path)}>
      {(describedBy, invalid) => (
        <select
          id={id}
          value={value}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          onChange={(e) => edit(setAt(path, e.target.value === '' && emptyLabel !== undefined ? undefined : e.target.value))}
        >
          {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
          {emptyLabel === undefined && value === '' && <option value="">{t('draft.field.choose')}</option>}
          {dangling && <option value={value}>{t('draft.field.missingOption', { value })}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}

export function CheckboxField({ path, label, help }: { path: FieldPath; label: string; help?: string }) {
  const { model, edit, issuesAt } = useDraftEditing();
  const id = fieldId(path);
  const issues = issuesAt(path);
  return (
    <div className="draft-field draft-checkbox">
      <input
        id={id}
        type="checkbox"
        checked={valueAt(model, path) === true}
        aria-describedby={help ? `${id}-help` : undefined}
        onChange={(e) => edit(setAt(path, e.target.checked))}
      />
      <label htmlFor={id}>{label}</label>
      {help && (
        <p className="help" id={`${id}-help`}>
          {help}
        </p>
      )}
      <IssueList issues={issues} />
    </div>
  );
}

/** A list of short texts typed with commas between them (municipalities, parties); empty removes it. */
export function ListField({ path, label, help, keepEmpty }: { path: FieldPath; label: string; help?: string; keepEmpty?: boolean }) {
  const { model, edit, issuesAt } = useDraftEditing();
  const { mergeKey, onFocus } = useMergeKey(path);
  const id = fieldId(path);
  const raw = valueAt(model, path);
  const stored = Array.isArray(raw) ? raw.map(String).join(', ') : '';
  const [text, setText] = useState(stored);
  useEffect(() => {
    setText((current) => (splitList(current).join(', ') === stored ? current : stored));
  }, [stored]);
  return (
    <FieldShell id={id} label={label} help={help} issues={issuesAt(path)}>
      {(describedBy, invalid) => (
        <input
          id={id}
          type="text"
          value={text}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          onFocus={onFocus}
          data-field-path={issuePathOf(path)}
          onChange={(e) => {
            setText(e.target.value);
            const items = splitList(e.target.value);
            edit(setAt(path, items.length === 0 && !keepEmpty ? undefined : items), mergeKey());
          }}
        />
      )}
    </FieldShell>
  );
}

function splitList(text: string): string[] {
  return text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

/**
 * A key that other parts of the model refer to (an id, a party code). It is changed when the user
 * leaves the field or presses Enter, and only to a free, well-formed value, so that references never
 * follow a half-typed name onto something else. Until then the field says what is wrong.
 */
export function KeyField({
  label,
  help,
  fieldPath,
  current,
  check,
  onCommit,
}: {
  label: string;
  help?: string;
  fieldPath: FieldPath;
  current: string;
  /** A message when `value` cannot be used; undefined when it can. */
  check(value: string): string | undefined;
  onCommit(value: string): void;
}) {
  const { issuesAt } = useDraftEditing();
  const id = fieldId(fieldPath);
  const [text, setText] = useState(current);
  const editing = useRef(false);
  useEffect(() => {
    if (!editing.current) setText(current);
  }, [current]);
  const localError = text === current ? undefined : check(text);
  const commit = () => {
    editing.current = false;
    if (text !== current && check(text) === undefined) onCommit(text);
  };
  return (
    <FieldShell id={id} label={label} help={help} issues={issuesAt(fieldPath)} localError={localError}>
      {(describedBy, invalid) => (
        <input
          id={id}
          type="text"
          value={text}
          spellCheck={false}
          autoComplete="off"
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          onFocus={() => {
            editing.current = true;
          }}
          onChange={(e) => setText(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              commit();
              editing.current = true;
            }
          }}
        />
      )}
    </FieldShell>
  );
}

/** An id for a group of fields, for labelled groups without a path of their own. */
export function useGroupId(): string {
  return useId().replace(/[^a-zA-Z0-9_-]/g, '');
}

/**
 * The status of the figure a field edits: "Belagt", "Exempel", or "Eget värde" once the user has typed
 * it. Nothing for a field that is not a figure, or while the draft is too broken to tell.
 */
function FigureStatus({ path }: { path: FieldPath }) {
  const { model } = useDraftEditing();
  const figure = figureOf(path);
  if (figure === undefined) return null;
  const owner = valueAt(model, figure.owner);
  if (typeof owner !== 'object' || owner === null) return null;
  const status: ValueStatus = valueStatus(model, owner as FactOwner, figure.field);
  if (!(VALUE_STATUSES as readonly string[]).includes(status)) return null;
  return <StatusBadge status={status} />;
}
