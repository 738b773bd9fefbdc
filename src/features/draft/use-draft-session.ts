// The Draft view's working state: which draft is open, its edit history, the list of saved drafts, what
// was set aside, and the notices to show. It reads the link (`?id=`, `?from=`, `?share=`), opens or
// creates the draft it names, and saves every change to the browser shortly after it is made (and at
// once when the page is hidden or left). Opening a link or a file never replaces anything: it makes a
// new draft, or is refused with a notice.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Model } from '@/domain/model-schema';
import type { Issue } from '@/domain/validation-issue';
import type { MessageKey } from '@/i18n/catalogue';
import { translate, type I18n } from '@/i18n/language';
import type { LoadedModel } from '@/data/loaded-model';
import { readQuery, type Navigate } from '@/url-state/url-state';
import { decodeShareParam, readDraftText } from './draft-io';
import { browserDraftStorage } from './draft-storage-idb';
import {
  createDraft,
  currentDraftId,
  deleteDraft,
  listDrafts,
  loadDraft,
  memoryStorage,
  saveDraft,
  setCurrentDraft,
  type DraftRecord,
  type DraftSummary,
  type KeyValueStorage,
  type SetAside,
} from './draft-store';
import { applyEdit, redo, startHistory, undo, type EditHistory } from './edit-history';
import { blankModel, type ModelRecipe } from './model-edits';

/** Long enough to gather a burst of typing into one write, short enough that a crash loses little. */
const SAVE_DELAY_MS = 300;

export type DraftMeta = Omit<DraftRecord, 'model' | 'updatedAt'>;

export type SessionState =
  | { phase: 'loading' }
  | { phase: 'empty' }
  | { phase: 'open'; meta: DraftMeta; history: EditHistory<Model> };

export interface Notice {
  id: number;
  tone: 'error' | 'info';
  key: MessageKey;
  params?: Record<string, string | number>;
  issues?: readonly Issue[];
}

export type SaveStatus = { kind: 'saved'; at: string } | { kind: 'pending' } | { kind: 'error'; reason: string } | { kind: 'idle' };

function readParams(search: string): { share?: string; from?: string; id?: string } {
  // readQuery keeps `+` as it is: lz-string's alphabet (the share link) has it.
  const params = readQuery(search);
  const result: { share?: string; from?: string; id?: string } = {};
  for (const name of ['share', 'from', 'id'] as const) {
    const value = params.get(name);
    if (value !== null) result[name] = value;
  }
  return result;
}

export function useDraftSession({
  search,
  navigate,
  models,
  i18n,
}: {
  search: string;
  navigate: Navigate;
  models: readonly LoadedModel[];
  i18n: I18n;
}) {
  const [state, setState] = useState<SessionState>({ phase: 'loading' });
  const [drafts, setDrafts] = useState<DraftSummary[]>([]);
  const [setAside, setSetAside] = useState<SetAside[]>([]);
  const [notices, setNotices] = useState<Notice[]>([]);
  const [saveStatus, setSaveStatus] = useState<SaveStatus>({ kind: 'idle' });
  const storageRef = useRef<KeyValueStorage | undefined>(undefined);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const openId = useRef<string | undefined>(undefined);
  const saved = useRef<{ id: string; model: Model; title: string } | undefined>(undefined);
  const pending = useRef<DraftRecord | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const handledSearch = useRef<string | undefined>(undefined);
  const noticeCount = useRef(0);
  const i18nRef = useRef(i18n);
  i18nRef.current = i18n;

  const notify = useCallback((notice: Omit<Notice, 'id'>) => {
    setNotices((list) => [...list, { ...notice, id: ++noticeCount.current }]);
  }, []);

  /** Runs storage work one piece at a time, so a save never races a load or a delete. */
  const enqueue = useCallback(<T,>(work: () => Promise<T>): Promise<T> => {
    const next = queue.current.then(work, work);
    queue.current = next.catch(() => undefined);
    return next;
  }, []);

  const storage = useCallback(async (): Promise<KeyValueStorage> => {
    if (storageRef.current) return storageRef.current;
    const browser = browserDraftStorage();
    try {
      if (!browser) throw new Error('no IndexedDB');
      await browser.keys();
      storageRef.current = browser;
    } catch {
      storageRef.current = memoryStorage();
      notify({ tone: 'error', key: 'draft.notice.noStorage' });
    }
    return storageRef.current;
  }, [notify]);

  const writePending = useCallback(async () => {
    const record = pending.current;
    if (!record) return;
    pending.current = undefined;
    clearTimeout(timer.current);
    try {
      await saveDraft(await storage(), record);
      saved.current = { id: record.id, model: record.model, title: record.title };
      setSaveStatus({ kind: 'saved', at: record.updatedAt });
      setDrafts((list) => [
        { id: record.id, title: record.title, createdAt: record.createdAt, updatedAt: record.updatedAt, ...(record.origin ? { origin: record.origin } : {}) },
        ...list.filter((d) => d.id !== record.id),
      ]);
    } catch (error) {
      setSaveStatus({ kind: 'error', reason: error instanceof Error ? error.message.slice(0, 200) : String(error).slice(0, 200) });
    }
  }, [storage]);

  const flush = useCallback(() => enqueue(writePending), [enqueue, writePending]);

  const open = useCallback((record: DraftRecord) => {
    openId.current = record.id;
    saved.current = { id: record.id, model: record.model, title: record.title };
    const { model, updatedAt, ...meta } = record;
    setSaveStatus({ kind: 'saved', at: updatedAt });
    setState({ phase: 'open', meta, history: startHistory(model) });
  }, []);

  const refreshList = useCallback(async (store: KeyValueStorage) => {
    const listing = await listDrafts(store, new Date());
    setDrafts(listing.drafts);
    setSetAside(listing.setAside);
    for (const item of listing.newlySetAside) {
      notify({ tone: 'error', key: 'draft.notice.setAside', params: { key: item.key, reason: i18nRef.current.pick(item.reason) } });
    }
    return listing;
  }, [notify]);

  const create = useCallback(
    async (title: string, model: Model, origin?: string) => {
      await writePending();
      const store = await storage();
      const record = await createDraft(store, { title, model: structuredClone(model), ...(origin ? { origin } : {}) }, new Date());
      open(record);
      await refreshList(store);
      return record;
    },
    [open, refreshList, storage, writePending],
  );

  const handleSearch = useCallback(
    async (query: string) => {
      const { t, pick } = i18nRef.current;
      const params = readParams(query);
      const store = await storage();
      const listing = await refreshList(store);
      const now = new Date();
      const stamp = now.toLocaleString(i18nRef.current.lang === 'sv' ? 'sv-SE' : 'en-GB', { dateStyle: 'short', timeStyle: 'short' });
      if (params.share !== undefined) {
        const reading = decodeShareParam(params.share);
        if (reading.ok) {
          const record = await create(t('draft.title.shared', { time: stamp }), reading.model);
          navigate(`/draft?id=${record.id}`, { replace: true });
          return;
        }
        notify({ tone: 'error', key: 'draft.notice.shareRefused', issues: reading.errors });
      } else if (params.from !== undefined) {
        const shipped = models.find((m) => m.result.ok && m.result.model.id === params.from);
        if (shipped?.result.ok) {
          const model = shipped.result.model;
          const record = await create(t('draft.title.from', { name: pick(model.name) }), model, model.id);
          navigate(`/draft?id=${record.id}`, { replace: true });
          return;
        }
        notify({ tone: 'error', key: 'draft.notice.unknownModel', params: { id: params.from.slice(0, 64) } });
      } else if (params.id !== undefined) {
        if (openId.current === params.id) return;
        await writePending();
        const loaded = await loadDraft(store, params.id, now);
        if (loaded.ok) {
          open(loaded.record);
          await setCurrentDraft(store, loaded.record.id);
          return;
        }
        if (loaded.missing) notify({ tone: 'error', key: 'draft.notice.missingDraft', params: { id: params.id.slice(0, 64) } });
        else {
          notify({ tone: 'error', key: 'draft.notice.setAside', params: { key: loaded.setAside.key, reason: pick(loaded.setAside.reason) } });
          await refreshList(store);
        }
      }
      // Nothing named (or it failed): the draft open last, else the newest, else none yet.
      if (openId.current !== undefined) {
        navigate(`/draft?id=${openId.current}`, { replace: true });
        return;
      }
      const candidates = [await currentDraftId(store), ...listing.drafts.map((d) => d.id)].filter((id): id is string => Boolean(id));
      for (const id of candidates) {
        const loaded = await loadDraft(store, id, now);
        if (!loaded.ok) continue;
        open(loaded.record);
        await setCurrentDraft(store, id);
        navigate(`/draft?id=${id}`, { replace: true });
        return;
      }
      setState({ phase: 'empty' });
    },
    [create, models, navigate, notify, open, refreshList, storage, writePending],
  );

  useEffect(() => {
    if (handledSearch.current === search) return;
    handledSearch.current = search;
    void enqueue(() => handleSearch(search)).catch((error: unknown) => {
      notify({ tone: 'error', key: 'draft.notice.storageFailed', params: { reason: String(error).slice(0, 200) } });
      setState((current) => (current.phase === 'loading' ? { phase: 'empty' } : current));
    });
  }, [enqueue, handleSearch, notify, search]);

  // Autosave: every change of the open draft is written shortly after it is made.
  useEffect(() => {
    if (state.phase !== 'open') return;
    const { meta, history } = state;
    const last = saved.current;
    if (last && last.id === meta.id && last.model === history.present && last.title === meta.title) return;
    pending.current = { ...meta, model: history.present, updatedAt: new Date().toISOString() };
    setSaveStatus({ kind: 'pending' });
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
  }, [state, flush]);

  // Leaving or hiding the page writes what is pending at once.
  useEffect(() => {
    const now = () => {
      if (pending.current) void flush();
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') now();
    };
    addEventListener('pagehide', now);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      removeEventListener('pagehide', now);
      document.removeEventListener('visibilitychange', onVisibility);
      now();
    };
  }, [flush]);

  const edit = useCallback((recipe: ModelRecipe, mergeKey?: string) => {
    setState((s) => (s.phase === 'open' ? { ...s, history: applyEdit(s.history, recipe, mergeKey) } : s));
  }, []);
  const undoEdit = useCallback(() => setState((s) => (s.phase === 'open' ? { ...s, history: undo(s.history) } : s)), []);
  const redoEdit = useCallback(() => setState((s) => (s.phase === 'open' ? { ...s, history: redo(s.history) } : s)), []);

  const rename = useCallback((title: string) => {
    // Not trimmed while typing (a space between words must be possible); trimmed when a draft is created.
    // eslint-disable-next-line no-control-regex
    const typed = title.replace(/[\u0000-\u001f\u007f]/g, ' ').slice(0, 200);
    setState((s) => (s.phase === 'open' ? { ...s, meta: { ...s.meta, title: typed } } : s));
  }, []);

  const createFrom = useCallback(
    (source: string) =>
      enqueue(async () => {
        const { t, pick } = i18nRef.current;
        const shipped = models.find((m) => m.result.ok && m.result.model.id === source);
        const record = shipped?.result.ok
          ? await create(t('draft.title.from', { name: pick(shipped.result.model.name) }), shipped.result.model, source)
          : await create(
              t('draft.title.blank'),
              blankModel(
                { sv: translate('sv', 'draft.blank.name'), en: translate('en', 'draft.blank.name') },
                { sv: translate('sv', 'draft.bodies.newName.council'), en: translate('en', 'draft.bodies.newName.council') },
                { sv: translate('sv', 'draft.bodies.newName.executiveBoard'), en: translate('en', 'draft.bodies.newName.executiveBoard') },
              ),
            );
        navigate(`/draft?id=${record.id}`);
      }),
    [create, enqueue, models, navigate],
  );

  const importText = useCallback(
    (text: string, fileName: string) =>
      enqueue(async () => {
        const reading = readDraftText(text);
        if (!reading.ok) {
          notify({ tone: 'error', key: 'draft.notice.importRefused', params: { file: fileName }, issues: reading.errors });
          return;
        }
        const record = await create(i18nRef.current.t('draft.title.imported', { file: fileName }), reading.model);
        notify({
          tone: 'info',
          key: reading.validation.ok ? 'draft.notice.imported' : 'draft.notice.importedWithErrors',
          params: { file: fileName, errors: reading.validation.errors.length },
        });
        navigate(`/draft?id=${record.id}`);
      }),
    [create, enqueue, navigate, notify],
  );

  const switchTo = useCallback((id: string) => {
    void flush();
    navigate(`/draft?id=${id}`);
  }, [flush, navigate]);

  const remove = useCallback(
    (id: string) =>
      enqueue(async () => {
        const store = await storage();
        if (pending.current?.id === id) {
          pending.current = undefined;
          clearTimeout(timer.current);
        }
        await deleteDraft(store, id);
        const listing = await refreshList(store);
        if (openId.current !== id) return;
        openId.current = undefined;
        const next = listing.drafts[0];
        const loaded = next ? await loadDraft(store, next.id, new Date()) : undefined;
        if (loaded?.ok) {
          open(loaded.record);
          await setCurrentDraft(store, loaded.record.id);
          navigate(`/draft?id=${loaded.record.id}`, { replace: true });
        } else {
          setState({ phase: 'empty' });
          handledSearch.current = '';
          navigate('/draft', { replace: true });
        }
      }),
    [enqueue, navigate, open, refreshList, storage],
  );

  const dismissNotice = useCallback((id: number) => setNotices((list) => list.filter((n) => n.id !== id)), []);

  return {
    state,
    drafts,
    setAside,
    notices,
    saveStatus,
    storage,
    refreshList,
    edit,
    undo: undoEdit,
    redo: redoEdit,
    rename,
    createFrom,
    importText,
    switchTo,
    remove,
    notify,
    dismissNotice,
  };
}

export type DraftSession = ReturnType<typeof useDraftSession>;
