// The editor for a municipality's own KommunKompassen profile: start an empty one or one with the
// sub-questions of a shipped profile, type the points from the report, and see at once what the check says.
// Every change is saved in the browser (use-own-profiles.ts); a profile can be saved as a JSON file (the
// format of models/evaluations/) and read back, a broken file being refused with all its errors.
import { useId, useMemo, useRef, useState } from 'react';
import type { Evaluation } from '@/domain/evaluation-schema';
import { KOMPASS_AREAS } from '@/domain/kommunkompassen';
import { parseEvaluationText, validateEvaluation } from '@/domain/validate-evaluation';
import type { Issue } from '@/domain/validation-issue';
import { downloadBlob, fileNameOf } from '@/render/export/download';
import { useI18n } from '@/render/i18n/language';
import { newOwnId, readOwnProfile } from '@/storage/evaluation-store';
import { emptyProfile, profileFileText, referenceOf, withAreaScore, withReference, withSubScore } from './profile-template';
import type { OwnProfiles } from './use-own-profiles';

/** Largest profile file read from disk before parsing; the parser refuses more than 1 MB itself. */
const READ_LIMIT_BYTES = 2 * 1024 * 1024;

function parseScore(text: string, max: number): number | undefined {
  const clean = text.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(clean)) return undefined;
  const value = Number(clean);
  return Number.isFinite(value) && value >= 0 && value <= max ? value : undefined;
}

function ScoreField({
  id,
  label,
  help,
  value,
  max,
  onValue,
  accept = () => true,
  errorText,
  format,
}: {
  id: string;
  label: string;
  help?: string;
  value: number;
  max: number;
  onValue: (value: number) => void;
  accept?: (value: number) => boolean;
  errorText?: string;
  format?: (value: number) => string;
}) {
  const { t, number } = useI18n();
  const [text, setText] = useState<string | undefined>(undefined);
  const parsed = text === undefined ? undefined : parseScore(text, max);
  const bad = text !== undefined && (parsed === undefined || !accept(parsed));
  // What the user typed, while it is unfinished or says the current value; otherwise the value (which
  // may have changed from elsewhere, e.g. an area's score following its sub-questions).
  const shown = text !== undefined && (bad || parsed === value) ? text : (format ?? ((v: number) => number(v, Number.isInteger(v) ? 0 : 1)))(value);
  return (
    <div className="evaluate-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        inputMode="decimal"
        value={shown}
        aria-invalid={bad || undefined}
        aria-describedby={[help ? `${id}-help` : '', bad ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined}
        onChange={(e) => {
          setText(e.target.value);
          const next = parseScore(e.target.value, max);
          if (next !== undefined && accept(next)) onValue(next);
        }}
        onBlur={() => {
          if (!bad) setText(undefined);
        }}
      />
      {help && (
        <span id={`${id}-help`} className="help">
          {help}
        </span>
      )}
      {bad && (
        <span id={`${id}-error`} className="field-error">
          {errorText ?? t('evaluate.editor.number', { max: number(max) })}
        </span>
      )}
    </div>
  );
}

function IssueList({ issues }: { issues: readonly Issue[] }) {
  const { pick } = useI18n();
  return (
    <ul>
      {issues.map((issue, i) => (
        <li key={i}>
          {issue.path && <code>{issue.path}</code>} {pick(issue.message)}
        </li>
      ))}
    </ul>
  );
}

export function ProfileEditor({
  own,
  template,
  shownIds,
  onShow,
  labelOf,
}: {
  own: OwnProfiles;
  /** The shipped profile whose sub-questions a new profile can take. */
  template: Evaluation | undefined;
  shownIds: readonly string[];
  onShow: (id: string) => void;
  labelOf: (profile: Evaluation) => string;
}) {
  const { t, pick } = useI18n();
  const base = useId();
  const [editingId, setEditingId] = useState<string | undefined>(undefined);
  const [notice, setNotice] = useState<{ ok: boolean; text: string; errors?: Issue[]; importedId?: string } | undefined>(undefined);
  const fileInput = useRef<HTMLInputElement>(null);
  const editing = own.profiles.find((p) => p.id === editingId) ?? own.profiles[own.profiles.length - 1];
  const check = useMemo(() => (editing ? validateEvaluation(editing) : undefined), [editing]);
  const taken = () => new Set([...own.profiles.map((p) => p.id), ...(template ? [template.id] : [])]);

  const create = (from?: Evaluation) => {
    const id = newOwnId(Date.now(), taken());
    const profile = emptyProfile(id, from?.municipality ?? '', new Date().getFullYear(), t('evaluate.editor.defaultEvaluator'), from);
    own.put(profile);
    setEditingId(id);
    onShow(id);
    setNotice(undefined);
  };

  const importFile = async (file: File) => {
    const text = file.size > READ_LIMIT_BYTES ? `"${'x'.repeat(READ_LIMIT_BYTES)}"` : await file.text();
    const result = parseEvaluationText(text);
    const value = result.ok ? result.evaluation : readOwnProfile(safeJson(text));
    if (!value || result.errors.some((e) => e.code.startsWith('json.') || e.code.startsWith('file.'))) {
      setNotice({ ok: false, text: t('evaluate.editor.importFailed', { file: file.name.slice(0, 80), count: result.errors.length }), errors: result.errors });
      return;
    }
    const id = newOwnId(Date.now(), taken());
    const profile = { ...value, id };
    delete (profile as { $schema?: string }).$schema;
    own.put(profile);
    setEditingId(id);
    onShow(id);
    setNotice({ ok: true, text: '', importedId: id });
  };

  // Named when shown, so the label is the one the list uses (it marks own profiles once they are listed).
  const importedText = (id: string) => {
    const profile = own.profiles.find((p) => p.id === id);
    return profile ? t('evaluate.editor.imported', { name: labelOf(profile) }) : '';
  };

  const saveLabel =
    own.saveState === 'saving'
      ? t('evaluate.editor.saving')
      : own.saveState === 'saved'
        ? t('evaluate.editor.saved')
        : own.saveState === 'failed'
          ? t('evaluate.editor.saveFailed')
          : own.saveState === 'unavailable'
            ? t('evaluate.editor.noStorage')
            : '';

  return (
    <section aria-labelledby="evaluate-editor-heading" className="evaluate-editor">
      <h2 id="evaluate-editor-heading">{t('evaluate.editor.heading')}</h2>
      <p>{t('evaluate.editor.intro')}</p>
      <div className="evaluate-editor-commands">
        <button type="button" onClick={() => create()}>
          {t('evaluate.editor.new')}
        </button>
        {template && (
          <button type="button" onClick={() => create(template)}>
            {t('evaluate.editor.newFrom', { name: labelOf(template) })}
          </button>
        )}
        <button type="button" onClick={() => fileInput.current?.click()}>
          {t('evaluate.editor.import')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          hidden
          aria-hidden="true"
          tabIndex={-1}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void importFile(file);
          }}
        />
      </div>
      <p className="evaluate-save" role="status">
        {saveLabel}
      </p>
      {own.setAside > 0 && <p role="alert">{t('evaluate.editor.corrupt', { count: own.setAside })}</p>}
      {notice && (
        <div role={notice.ok ? 'status' : 'alert'} className={notice.ok ? 'notice' : 'error-panel'}>
          <p>{notice.importedId ? importedText(notice.importedId) : notice.text}</p>
          {notice.errors && <IssueList issues={notice.errors.slice(0, 20)} />}
        </div>
      )}
      <h3>{t('evaluate.editor.list')}</h3>
      {own.profiles.length === 0 ? (
        <p>{own.loaded ? t('evaluate.editor.none') : ''}</p>
      ) : (
        <ul className="evaluate-own-list">
          {own.profiles.map((profile) => (
            <li key={profile.id}>
              <span>{labelOf(profile)}</span>{' '}
              <button type="button" aria-pressed={profile.id === editing?.id} onClick={() => setEditingId(profile.id)}>
                {t('evaluate.editor.open')}
                <span className="visually-hidden"> {labelOf(profile)}</span>
              </button>{' '}
              {!shownIds.includes(profile.id) && (
                <button type="button" onClick={() => onShow(profile.id)}>
                  {t('evaluate.editor.show')}
                  <span className="visually-hidden"> {labelOf(profile)}</span>
                </button>
              )}{' '}
              <button
                type="button"
                aria-label={t('evaluate.editor.exportLabel', { name: labelOf(profile) })}
                onClick={() => downloadBlob(new Blob([profileFileText(profile)], { type: 'application/json' }), fileNameOf(['kommunkompassen', profile.municipality, String(profile.year)], 'json'))}
              >
                {t('evaluate.editor.export')}
              </button>{' '}
              <button
                type="button"
                onClick={() => {
                  if (window.confirm(t('evaluate.editor.deleteConfirm', { name: labelOf(profile) }))) own.remove(profile.id);
                }}
              >
                {t('evaluate.editor.delete', { name: labelOf(profile) })}
              </button>
            </li>
          ))}
        </ul>
      )}
      {editing && check && (
        <form className="evaluate-form" aria-label={t('evaluate.editor.editing', { name: labelOf(editing) })} onSubmit={(e) => e.preventDefault()}>
          <h3>{t('evaluate.editor.editing', { name: labelOf(editing) })}</h3>
          <div className="evaluate-form-head">
            <div className="evaluate-field">
              <label htmlFor={`${base}-municipality`}>{t('evaluate.editor.municipality')}</label>
              <input
                id={`${base}-municipality`}
                value={editing.municipality}
                maxLength={100}
                onChange={(e) => own.put({ ...editing, municipality: e.target.value })}
              />
            </div>
            <ScoreField
              key={`${editing.id}-year`}
              id={`${base}-year`}
              label={t('evaluate.editor.year')}
              value={editing.year}
              max={2100}
              accept={(year) => Number.isInteger(year) && year >= 1990}
              errorText={t('evaluate.editor.yearError')}
              format={String}
              onValue={(year) => own.put({ ...editing, year })}
            />
            <div className="evaluate-field">
              <label htmlFor={`${base}-evaluator`}>{t('evaluate.editor.evaluator')}</label>
              <input id={`${base}-evaluator`} value={editing.evaluator} maxLength={200} onChange={(e) => own.put({ ...editing, evaluator: e.target.value })} />
            </div>
            <div className="evaluate-field">
              <label htmlFor={`${base}-reference`}>{t('evaluate.editor.reference')}</label>
              <input
                id={`${base}-reference`}
                value={referenceOf(editing)}
                maxLength={500}
                aria-describedby={`${base}-reference-help`}
                onChange={(e) => own.put(withReference(editing, e.target.value))}
              />
              <span id={`${base}-reference-help`} className="help">
                {t('evaluate.editor.reference.help')}
              </span>
            </div>
          </div>
          <div className="evaluate-areas">
            {KOMPASS_AREAS.map((area) => {
              const entry = editing.areas.find((a) => a.area === area.number);
              if (!entry) return null;
              return (
                <fieldset key={area.number} className="evaluate-area">
                  <legend>
                    {area.number}. {pick(area.name)}
                  </legend>
                  <ScoreField
                    key={`${editing.id}-${area.number}`}
                    id={`${base}-area-${area.number}`}
                    label={t('evaluate.editor.areaScore', { number: area.number })}
                    value={entry.score}
                    max={100}
                    onValue={(score) => own.put(withAreaScore(editing, area.number, score))}
                  />
                  {entry.subQuestions.length > 0 && (
                    <details>
                      <summary>{t('evaluate.editor.subQuestions', { number: area.number })}</summary>
                      {entry.subQuestions.map((q) => (
                        <ScoreField
                          key={`${editing.id}-${q.id}`}
                          id={`${base}-q-${q.id.replace('.', '-')}`}
                          label={t('evaluate.editor.subScore', { id: q.id, max: q.max })}
                          help={pick(q.question)}
                          value={q.score}
                          max={q.max}
                          onValue={(score) => own.put(withSubScore(editing, area.number, q.id, score))}
                        />
                      ))}
                    </details>
                  )}
                </fieldset>
              );
            })}
          </div>
          <div className="evaluate-check" role="status">
            {check.ok ? <p>{t('evaluate.editor.valid')}</p> : <p>{t('evaluate.editor.invalid', { count: check.errors.length })}</p>}
            {!check.ok && <IssueList issues={check.errors} />}
            {check.warnings.length > 0 && (
              <>
                <p>{t('evaluate.editor.warnings')}</p>
                <IssueList issues={check.warnings} />
              </>
            )}
          </div>
        </form>
      )}
    </section>
  );
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
