// The Draft view (DESIGN §6, issue 8): the officials' editor for a new political and administrative
// organisation. The form on the left edits everything a model file holds; beside it the validation
// summary, the live organisation chart and the derived facts follow every keystroke. Below, the printable
// proposal. Undo/redo with buttons and Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y; a model file can be dropped
// anywhere on the view.
import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import type { Model } from '@/domain/model-schema';
import type { Issue } from '@/domain/validation-issue';
import { validateModel } from '@/domain/validate-model';
import { useI18n } from '@/i18n/language';
import type { LoadedModel } from '@/data/loaded-model';
import { ForgetEverything } from '@/storage/forget-everything-button';
import { Takeaway } from '@/render/takeaway';
import { AreasSection, DepartmentsSection } from './areas-section';
import { BodiesSection } from './bodies-section';
import { CostSection, CouncilSection, IdentitySection } from './council-section';
import { DraftEditingContext, type DraftEditing } from './draft-context';
import { DraftIndex } from './draft-index';
import { draftTakeaway } from './draft-takeaway';
import { DraftsPanel, NewDraftControls } from './drafts-panel';
import { DraftToolbar, ImportButton, readModelFile } from './draft-toolbar';
import type { EditHistory } from './edit-history';
import { keepHistory } from './kept-history';
import { issuePathOf, issuesByPath } from './field-paths';
import { IssueList } from './form-fields';
import { IssuesPanel } from './issues-panel';
import { LivePreview } from './live-preview';
import type { FieldPath } from './model-edits';
import { ProposalView } from './proposal-view';
import { SourcesSection } from './sources-section';
import { useDraftSession, type DraftMeta, type DraftSession } from './use-draft-session';
import type { Navigate } from '@/url-state/url-state';
import './draft.css';
import './draft-print.css';

/** The organisation a proposal is compared with unless the user picks another. */
const DEFAULT_TODAY = 'ange-today';

function Notices({ session }: { session: DraftSession }) {
  const { t } = useI18n();
  if (session.notices.length === 0) return null;
  return (
    <div className="draft-notices">
      {session.notices.map((notice) => (
        <div key={notice.id} role={notice.tone === 'error' ? 'alert' : 'status'} className={notice.tone === 'error' ? 'error-panel' : 'info-panel'}>
          <p>
            <strong>{t(notice.key, notice.params)}</strong>
          </p>
          {notice.issues && <IssueList issues={notice.issues as Issue[]} />}
          {notice.offerFile && session.state.phase === 'open' && (
            <>
              <button type="button" className="draft-button draft-button-small draft-button-primary" onClick={session.saveAsFile}>
                {t('storage.saveAsFile')}
              </button>{' '}
            </>
          )}
          <button type="button" className="draft-button draft-button-small" onClick={() => session.dismissNotice(notice.id)}>
            {t('draft.notice.dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}

/** Another tab saved, or the draft is gone, while this tab has unsaved changes: the user chooses. */
function ConflictPanel({ session }: { session: DraftSession }) {
  const { t } = useI18n();
  const { conflict } = session;
  if (!conflict || session.state.phase !== 'open') return null;
  return (
    <div role="alert" className="error-panel draft-conflict">
      <p>
        <strong>
          {conflict.kind === 'newer' ? t('storage.conflict.newer', { revision: conflict.revision }) : t('storage.conflict.missing')}
        </strong>
      </p>
      <div role="group" aria-label={t('storage.conflict.group')} className="button-group">
        {conflict.kind === 'newer' && (
          <button type="button" className="draft-button" onClick={() => void session.resolveConflict('loadNewer')}>
            {t('storage.conflict.loadNewer')}
          </button>
        )}
        <button type="button" className="draft-button draft-button-primary" onClick={() => void session.resolveConflict('keepCopy')}>
          {t('storage.conflict.keepCopy')}
        </button>
        {conflict.kind === 'missing' && (
          <button type="button" className="draft-button" onClick={() => void session.resolveConflict('close')}>
            {t('storage.conflict.close')}
          </button>
        )}
        <button type="button" className="draft-button" onClick={session.saveAsFile}>
          {t('storage.saveAsFile')}
        </button>
      </div>
    </div>
  );
}

export function DraftPage({ search, navigate, models }: { search: string; navigate: Navigate; models: readonly LoadedModel[] }) {
  const i18n = useI18n();
  const { t } = i18n;
  const session = useDraftSession({ search, navigate, models, i18n });
  const [dragging, setDragging] = useState(false);
  const onDragOver = (event: DragEvent) => {
    if (!event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    setDragging(true);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) void readModelFile(file, session);
  };
  return (
    <div className="draft-page" onDragOver={onDragOver} onDragLeave={() => setDragging(false)} onDrop={onDrop}>
      <div className="draft-screen">
        <h1>{t('draft.heading')}</h1>
        <p className="lead">{t('draft.intro')}</p>
        {dragging && <p className="draft-drop-hint">{t('draft.import.drop')}</p>}
        <Notices session={session} />
        <ConflictPanel session={session} />
        {session.state.phase === 'loading' && <p role="status">{t('draft.loading')}</p>}
        {session.state.phase === 'empty' && (
          <section aria-labelledby="draft-start-heading">
            <h2 id="draft-start-heading">{t('draft.start.heading')}</h2>
            <p>{t('draft.start.text')}</p>
            <NewDraftControls session={session} models={models} />
            <p>
              <ImportButton session={session} /> <span className="help">{t('draft.import.help')}</span>
            </p>
          </section>
        )}
      </div>
      {session.state.phase === 'open' && (
        <OpenDraft session={session} history={session.state.history} meta={session.state.meta} models={models} />
      )}
      <div className="draft-screen">
        <ForgetEverything />
      </div>
    </div>
  );
}

function OpenDraft({
  session,
  history,
  meta,
  models,
}: {
  session: DraftSession;
  history: EditHistory<Model>;
  meta: DraftMeta;
  models: readonly LoadedModel[];
}) {
  const i18n = useI18n();
  const { t, pick } = i18n;
  const model = history.present;
  const pickName = (list: readonly LoadedModel[], id: string): string => {
    const found = list.find((m) => m.result.ok && m.result.model.id === id);
    return found?.result.ok ? pick(found.result.model.name) : id;
  };
  const validation = useMemo(() => validateModel(model), [model]);
  const byPath = useMemo(() => issuesByPath([...validation.errors, ...validation.warnings]), [validation]);
  const [newItems, setNewItems] = useState<ReadonlySet<string>>(new Set());
  const [announcement, setAnnouncement] = useState('');
  const shippedIds = models.flatMap((m) => (m.result.ok ? [m.result.model.id] : []));
  const [today, setToday] = useState(shippedIds.includes(DEFAULT_TODAY) ? DEFAULT_TODAY : (shippedIds[0] ?? ''));
  const { undo, redo, edit } = session;
  const todayModel = models.find((m) => m.result.ok && m.result.model.id === today);
  const takeaway = useMemo(
    () => draftTakeaway(i18n, model, validation, todayModel?.result.ok ? todayModel.result.model : undefined),
    [i18n, model, validation, todayModel],
  );

  const editing: DraftEditing = useMemo(
    () => ({
      model,
      edit,
      issuesAt: (path: FieldPath) => byPath.get(issuePathOf(path)) ?? [],
      countUnder: (path: FieldPath) => {
        const prefix = issuePathOf(path);
        let errors = 0;
        let warnings = 0;
        for (const [issuePath, issues] of byPath) {
          if (issuePath !== prefix && !issuePath.startsWith(`${prefix}.`) && !issuePath.startsWith(`${prefix}[`)) continue;
          for (const issue of issues) {
            if (issue.severity === 'error') errors++;
            else warnings++;
          }
        }
        return { errors, warnings };
      },
      isNew: (key: string) => newItems.has(key),
      markNew: (key: string) => setNewItems((set) => new Set([...set, key])),
      announce: setAnnouncement,
    }),
    [model, edit, byPath, newItems],
  );

  const undoAndSay = useCallback(() => {
    undo();
    setAnnouncement(t('draft.undone'));
  }, [undo, t]);
  const redoAndSay = useCallback(() => {
    redo();
    setAnnouncement(t('draft.redone'));
  }, [redo, t]);
  // Ctrl+Z belongs to the text field while one is being typed in: there it takes back only that field's
  // own typing (the draft's latest step, when it is this field's), and otherwise is left to the browser,
  // so it never undoes an unrelated change elsewhere. Outside a text field it is the draft's undo.
  const historyRef = useRef(history);
  historyRef.current = history;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      const isUndo = key === 'z' && !event.shiftKey;
      const isRedo = (key === 'z' && event.shiftKey) || key === 'y';
      if (!isUndo && !isRedo) return;
      const target = event.target as HTMLElement | null;
      if (target && (target.tagName === 'TEXTAREA' || (target.tagName === 'INPUT' && /^(text|search|number|url|email|)$/.test((target as HTMLInputElement).type)))) {
        const field = target.dataset.fieldPath;
        const steps = isUndo ? historyRef.current.past : historyRef.current.future;
        const step = isUndo ? steps[steps.length - 1] : steps[0];
        const own = field !== undefined && step?.fieldPath === field;
        if (!own) return;
      }
      if (isUndo) undoAndSay();
      else redoAndSay();
      event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [undoAndSay, redoAndSay]);

  // The undo history survives a reload of this tab.
  useEffect(() => {
    const timer = setTimeout(() => keepHistory(meta.id, history), 250);
    return () => clearTimeout(timer);
  }, [history, meta.id]);

  return (
    <DraftEditingContext.Provider value={editing}>
      <div className="draft-screen">
        <a className="skip-link draft-skip" href="#draft-index" onClick={(e) => {
          e.preventDefault();
          document.querySelector<HTMLElement>('#draft-index a')?.focus();
        }}>
          {t('draft.index.skip')}
        </a>
        {takeaway !== undefined && <Takeaway live>{takeaway}</Takeaway>}
        <DraftsPanel session={session} models={models} />
        <DraftToolbar
          session={{ ...session, undo: undoAndSay, redo: redoAndSay }}
          history={history}
          validation={validation}
          compareWith={today}
          compareWithName={pickName(models, today)}
        />
        <p className="visually-hidden" role="status" aria-live="polite">
          {announcement}
        </p>
        <div className="draft-layout">
          <div className="draft-form">
            <DraftIndex />
            <IdentitySection />
            <CouncilSection />
            <BodiesSection />
            <AreasSection />
            <DepartmentsSection />
            <SourcesSection />
            <CostSection />
          </div>
          <aside className="draft-side" aria-label={t('draft.side')}>
            <IssuesPanel validation={validation} />
            <LivePreview model={model} validation={validation} />
          </aside>
        </div>
      </div>
      <ProposalView model={model} validation={validation} title={meta.title} draftId={meta.id} models={models} today={today} onTodayChange={setToday} />
    </DraftEditingContext.Provider>
  );
}
