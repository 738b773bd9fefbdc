// The Draft view's commands: undo and redo, read a model file, save the draft as a file, a share link,
// compare the draft with another organisation (only when it is valid, and it says why not), print the
// proposal — and whether the latest change is saved in the browser.
import { useRef, useState } from 'react';
import type { Model } from '@/domain/model-schema';
import { MAX_MODEL_FILE_BYTES } from '@/domain/parse-model';
import type { ValidationResult } from '@/domain/validate-model';
import { useI18n } from '@/i18n/language';
import { encodeDraftShare, MAX_SHARE_PARAM_LENGTH } from '@/storage/share-link';
import { canRedo, canUndo, type EditHistory } from './edit-history';
import type { DraftSession, SaveStatus } from './use-draft-session';

/** Reads a dropped or chosen file, refusing one too large to be a model before reading it. */
export async function readModelFile(file: File, session: DraftSession): Promise<void> {
  if (file.size > MAX_MODEL_FILE_BYTES) {
    session.notify({ tone: 'error', key: 'draft.notice.fileTooLarge', params: { file: file.name.slice(0, 100) } });
    return;
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    session.notify({ tone: 'error', key: 'draft.notice.fileUnreadable', params: { file: file.name.slice(0, 100) } });
    return;
  }
  await session.importText(text, file.name.slice(0, 100));
}

/** "Läs in fil …": a button that opens the file picker (the input itself is hidden). */
export function ImportButton({ session }: { session: DraftSession }) {
  const { t } = useI18n();
  const fileInput = useRef<HTMLInputElement>(null);
  return (
    <>
      <input
        ref={fileInput}
        type="file"
        accept=".json,application/json"
        hidden
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void readModelFile(file, session);
        }}
      />
      <button type="button" className="draft-button" onClick={() => fileInput.current?.click()} title={t('draft.import.help')}>
        {t('draft.import')}
      </button>
    </>
  );
}

function SaveState({ status }: { status: SaveStatus }) {
  const { t, lang } = useI18n();
  if (status.kind === 'pending') return <span className="draft-save">{t('draft.save.pending')}</span>;
  if (status.kind === 'conflict') {
    return <span className="draft-save draft-save-error">{t('storage.save.conflict')}</span>;
  }
  if (status.kind === 'memory') {
    return <span className="draft-save draft-save-error">{t('storage.save.memory')}</span>;
  }
  if (status.kind === 'error') {
    return (
      <span className="draft-save draft-save-error" role="alert">
        {t('draft.save.error', { reason: status.reason })}
      </span>
    );
  }
  if (status.kind === 'saved') {
    const time = new Date(status.at).toLocaleTimeString(lang === 'sv' ? 'sv-SE' : 'en-GB', { hour: '2-digit', minute: '2-digit' });
    return <span className="draft-save">{t('draft.save.saved', { time })}</span>;
  }
  return null;
}

export function DraftToolbar({
  session,
  history,
  validation,
  compareWith,
  compareWithName,
}: {
  session: DraftSession;
  history: EditHistory<Model>;
  validation: ValidationResult;
  compareWith: string;
  /** The name of that organisation, for the button's explanation. */
  compareWithName: string;
}) {
  const { t } = useI18n();
  const model = history.present;
  const [shareLink, setShareLink] = useState<string | undefined>(undefined);
  const [message, setMessage] = useState<string | undefined>(undefined);
  const errors = validation.errors.length;

  const exportFile = () => {
    session.saveAsFile();
    setMessage(errors === 0 ? t('draft.export.done') : t('draft.export.doneInvalid', { errors }));
  };
  const share = () => {
    const encoded = encodeDraftShare(model);
    if (!encoded.ok) {
      setShareLink(undefined);
      setMessage(t('draft.share.tooLong', { length: encoded.length, max: MAX_SHARE_PARAM_LENGTH }));
      return;
    }
    const link = `${location.origin}${location.pathname}#/draft?share=${encoded.param}`;
    setShareLink(link);
    setMessage(undefined);
    navigator.clipboard?.writeText(link).then(
      () => setMessage(t('draft.share.copied')),
      () => setMessage(t('draft.share.copyYourself')),
    );
  };
  /** Publishes the valid draft for the other views and opens one of them with it beside `compareWith`. */
  const [others, setOthers] = useState<readonly string[]>([]);
  const otherDrafts = session.drafts.filter((d) => d.id !== (session.state.phase === 'open' ? session.state.meta.id : ''));
  const openIn = (view: 'compare' | 'simulate') => session.openIn(view, compareWith, others.filter((id) => otherDrafts.some((d) => d.id === id)));

  return (
    <div className="draft-toolbar" role="group" aria-label={t('draft.toolbar')}>
      <div className="button-group">
        <button type="button" className="draft-button draft-button-small" onClick={session.undo} disabled={!canUndo(history)} aria-keyshortcuts="Control+Z">
          {t('draft.undo')} <kbd>{t('draft.shortcut.undo')}</kbd>
        </button>
        <button
          type="button"
          className="draft-button draft-button-small"
          onClick={session.redo}
          disabled={!canRedo(history)}
          aria-keyshortcuts="Control+Shift+Z Control+Y"
        >
          {t('draft.redo')} <kbd>{t('draft.shortcut.redo')}</kbd>
        </button>
      </div>
      <div className="button-group">
        <ImportButton session={session} />
        <button type="button" className="draft-button draft-button-small" onClick={exportFile}>
          {t('draft.export')}
        </button>
        <button type="button" className="draft-button draft-button-small" onClick={share}>
          {t('draft.share')}
        </button>
        <button type="button" className="draft-button draft-button-small" onClick={() => void openIn('compare')} disabled={errors > 0} aria-describedby="draft-compare-why">
          {t('draft.compare')}
        </button>
        <button type="button" className="draft-button draft-button-small" onClick={() => void openIn('simulate')} disabled={errors > 0} aria-describedby="draft-compare-why">
          {t('draft.simulate')}
        </button>
        <a className="draft-button draft-button-small draft-button-primary" href="#draft-proposal-controls" onClick={(e) => {
          e.preventDefault();
          document.getElementById('draft-proposal-controls')?.focus();
        }}>
          {t('draft.index.toDocument')}
        </a>
      </div>
      {otherDrafts.length > 0 && (
        <details className="draft-others">
          <summary>{t('draft.compare.others', { count: others.length })}</summary>
          <p className="help">{t('draft.compare.others.help')}</p>
          {otherDrafts.map((d) => (
            <div key={d.id} className="draft-checkbox">
              <input
                id={`draft-other-${d.id}`}
                type="checkbox"
                checked={others.includes(d.id)}
                onChange={(e) => setOthers((list) => (e.target.checked ? [...list, d.id] : list.filter((id) => id !== d.id)))}
              />
              <label htmlFor={`draft-other-${d.id}`}>{d.title}</label>
            </div>
          ))}
        </details>
      )}
      <SaveState status={session.saveStatus} />
      {/* Said aloud for the two buttons; shown only when it blocks them, to keep the sticky bar low. */}
      <p id="draft-compare-why" className={errors > 0 ? 'draft-toolbar-note issue issue-error' : 'visually-hidden'}>
        {errors > 0 ? t('draft.compare.blocked', { errors }) : t('draft.compare.help', { name: compareWithName })}
      </p>
      {message && (
        <p className="draft-toolbar-note" role="status">
          {message}
        </p>
      )}
      {shareLink && (
        <div className="draft-field draft-field-wide draft-share">
          <label htmlFor="draft-share-link">{t('draft.share.label')}</label>
          <input id="draft-share-link" type="text" readOnly value={shareLink} onFocus={(e) => e.target.select()} />
          <p className="help">{t('draft.share.help')}</p>
        </div>
      )}
    </div>
  );
}
