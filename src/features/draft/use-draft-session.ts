// The Draft view's working state: which draft is open, its edit history, the list of saved drafts, what
// was set aside, and the notices to show. It reads the link (`?id=`, `?from=`, `?share=`), opens or
// creates the draft it names. Storage is src/storage/: every change is written at once to the tab's
// journal (synchronously, so a reload or a link followed right after a keystroke loses nothing) and
// saved to IndexedDB shortly after, with the revision it started from; another tab's save is heard on the
// channel and shown; a refused save becomes a choice for the user, never a silent overwrite. A draft that
// cannot be stored (full disk) stays open in memory, with "Spara som fil". Opening a link or a file never
// replaces anything: it makes a new draft, or is refused with a notice.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Model } from '@/domain/model-schema';
import type { Issue } from '@/domain/validation-issue';
import { validateModel } from '@/domain/validate-model';
import { downloadBlob, fileNameOf } from '@/render/export/download';
import type { MessageKey } from '@/i18n/catalogue';
import { translate, type I18n } from '@/i18n/language';
import type { LoadedModel } from '@/data/loaded-model';
import { readQuery, type Navigate } from '@/url-state/url-state';
import { browserDraftChannel } from '@/storage/draft-channel';
import { browserJournalStore, clearJournal, readJournal, writeJournal } from '@/storage/draft-journal';
import { exportModelJson, readDraftText, readDraftValue } from '@/storage/draft-reading';
import {
  createDraft,
  currentDraftId,
  deleteDraft,
  listDrafts,
  loadDraft,
  setCurrentDraft,
  type DraftRecord,
  type DraftSummary,
  type SetAside,
} from '@/storage/draft-store';
import { DraftSync, type Conflict, type SyncEvent } from '@/storage/draft-sync';
import { onForgottenHere } from '@/storage/forget-everything';
import { browserStorage, onStorageLost } from '@/storage/idb-storage';
import { memoryStorage, type KeyValueStorage } from '@/storage/key-value-storage';
import { encodeLinkedDrafts, MAX_LINKED_DRAFTS } from '@/storage/linked-drafts';
import { forgetPublishedDraft, publishDraft, publishedForm, PUBLISHED_DRAFT_ID } from '@/storage/published-draft';
import { decodeDraftShare } from '@/storage/share-link';
import { storageFailureOf, storageFailureText } from '@/storage/storage-failure';
import { applyEdit, redo, undo, type EditHistory } from './edit-history';
import { restoredHistory } from './kept-history';
import { blankModel, draftModelId, sameApartFromId, type ModelRecipe } from './model-edits';

/** Long enough to gather a burst of typing into one write, short enough that a crash loses little. */
const SAVE_DELAY_MS = 300;

export type DraftMeta = Omit<DraftRecord, 'model' | 'updatedAt' | 'revision'>;

type OpenState = { phase: 'open'; meta: DraftMeta; history: EditHistory<Model> };
export type SessionState = { phase: 'loading' } | { phase: 'empty' } | OpenState;

export interface Notice {
  id: number;
  tone: 'error' | 'info';
  key: MessageKey;
  params?: Record<string, string | number>;
  issues?: readonly Issue[];
  /** Shows "Spara som fil" with the notice. */
  offerFile?: boolean;
}

export type SaveStatus =
  | { kind: 'saved'; at: string }
  | { kind: 'pending' }
  | { kind: 'error'; reason: string }
  | { kind: 'conflict' }
  | { kind: 'memory' }
  | { kind: 'idle' };

export type ConflictChoice = 'loadNewer' | 'keepCopy' | 'close';

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

const sameContent = (a: { title: string; model: Model }, b: { title: string; model: Model }): boolean =>
  a.title === b.title && JSON.stringify(a.model) === JSON.stringify(b.model);

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
  const [state, setStateValue] = useState<SessionState>({ phase: 'loading' });
  const [drafts, setDrafts] = useState<DraftSummary[]>([]);
  const [setAside, setSetAside] = useState<SetAside[]>([]);
  const [notices, setNotices] = useState<Notice[]>([]);
  const [saveStatus, setSaveStatus] = useState<SaveStatus>({ kind: 'idle' });
  const [conflict, setConflict] = useState<Conflict | undefined>(undefined);
  const stateRef = useRef<SessionState>(state);
  const storageRef = useRef<KeyValueStorage | undefined>(undefined);
  /** Drafts that could not be stored live here, for as long as the tab is open. */
  const memoryRef = useRef(memoryStorage());
  const syncRef = useRef<DraftSync | undefined>(undefined);
  const inMemoryRef = useRef(false);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const failing = useRef(false);
  const handledSearch = useRef<string | undefined>(undefined);
  const noticeCount = useRef(0);
  const i18nRef = useRef(i18n);
  i18nRef.current = i18n;
  const journal = browserJournalStore();

  const setState = useCallback((next: SessionState) => {
    stateRef.current = next;
    setStateValue(next);
  }, []);

  const notify = useCallback((notice: Omit<Notice, 'id'>) => {
    setNotices((list) => [...list, { ...notice, id: ++noticeCount.current }]);
  }, []);

  const reasonOf = useCallback((error: unknown) => i18nRef.current.pick(storageFailureText(storageFailureOf(error))), []);

  /** Runs storage work one piece at a time, so a save never races a load or a delete. */
  const enqueue = useCallback(<T,>(work: () => Promise<T>): Promise<T> => {
    const next = queue.current.then(work, work);
    queue.current = next.catch(() => undefined);
    return next;
  }, []);

  const storage = useCallback(async (): Promise<KeyValueStorage> => {
    if (storageRef.current) return storageRef.current;
    const browser = browserStorage();
    try {
      if (!browser) throw new Error('no IndexedDB');
      await browser.keys();
      storageRef.current = browser;
    } catch {
      storageRef.current = memoryRef.current;
      notify({ tone: 'error', key: 'draft.notice.noStorage' });
    }
    return storageRef.current;
  }, [notify]);

  /** Makes `record` the open draft (from `store`), with unsaved content taken back from the journal if given. */
  const openRecord = useCallback(
    (record: DraftRecord, store: KeyValueStorage, unsaved?: { baseRevision: number; title: string; model: Model }) => {
      clearTimeout(timer.current);
      const sync = new DraftSync(store, browserDraftChannel(), record, unsaved);
      syncRef.current = sync;
      inMemoryRef.current = store === memoryRef.current && storageRef.current !== memoryRef.current;
      failing.current = false;
      setConflict(undefined);
      const { model: _model, updatedAt, revision: _revision, ...meta } = record;
      const content = sync.current;
      setState({ phase: 'open', meta: { ...meta, title: content.title }, history: restoredHistory(record.id, content.model) });
      setSaveStatus(inMemoryRef.current ? { kind: 'memory' } : unsaved ? { kind: 'pending' } : { kind: 'saved', at: updatedAt });
    },
    [setState],
  );

  const closeDraft = useCallback(() => {
    clearTimeout(timer.current);
    syncRef.current = undefined;
    setConflict(undefined);
    setState({ phase: 'empty' });
    setSaveStatus({ kind: 'idle' });
    handledSearch.current = undefined;
    navigate('/draft', { replace: true });
  }, [navigate, setState]);

  const handleEvent = useCallback(
    (event: SyncEvent | undefined, sync: DraftSync) => {
      if (!event || syncRef.current !== sync) return;
      switch (event.type) {
        case 'saved': {
          failing.current = false;
          if (!sync.dirty) clearJournal(journal, sync.id);
          setSaveStatus(inMemoryRef.current ? { kind: 'memory' } : sync.dirty ? { kind: 'pending' } : { kind: 'saved', at: event.at });
          const open = stateRef.current;
          if (open.phase === 'open' && !inMemoryRef.current) {
            const { meta } = open;
            setDrafts((list) => [
              { ...meta, updatedAt: event.at, revision: event.revision },
              ...list.filter((d) => d.id !== meta.id),
            ]);
          }
          return;
        }
        case 'conflict':
          setConflict(event.conflict);
          setSaveStatus({ kind: 'conflict' });
          return;
        case 'replaced':
          clearJournal(journal, sync.id);
          openRecord(event.record, storageRef.current ?? memoryRef.current);
          notify({ tone: 'info', key: 'storage.replaced' });
          return;
        case 'removed':
          clearJournal(journal, sync.id);
          closeDraft();
          notify({ tone: 'info', key: 'storage.removedElsewhere' });
          return;
      }
    },
    [closeDraft, journal, notify, openRecord],
  );

  /** Saves the open draft's unsaved content now (in the queue). */
  const flush = useCallback(
    () =>
      enqueue(async () => {
        clearTimeout(timer.current);
        const sync = syncRef.current;
        if (!sync) return;
        try {
          handleEvent(await sync.save(new Date()), sync);
        } catch (error) {
          const reason = reasonOf(error);
          setSaveStatus({ kind: 'error', reason });
          // Said once per run of failures, not at every keystroke; the status line says it all along.
          if (!failing.current) notify({ tone: 'error', key: 'storage.saveFailed', params: { reason }, offerFile: true });
          failing.current = true;
        }
      }),
    [enqueue, handleEvent, notify, reasonOf],
  );

  /** After every change of the open draft: into the sync and the journal at once, to storage soon. */
  const changed = useCallback(
    (next: OpenState) => {
      const sync = syncRef.current;
      if (!sync || sync.id !== next.meta.id) return;
      sync.change({ title: next.meta.title, model: next.history.present });
      writeJournal(journal, {
        id: sync.id,
        baseRevision: sync.revision,
        title: next.meta.title,
        model: next.history.present,
        at: new Date().toISOString(),
      });
      if (!sync.conflict) setSaveStatus((status) => (status.kind === 'error' || status.kind === 'memory' ? status : { kind: 'pending' }));
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
    },
    [flush, journal],
  );

  const update = useCallback(
    (step: (open: OpenState) => OpenState) => {
      const current = stateRef.current;
      if (current.phase !== 'open') return;
      const next = step(current);
      if (next === current) return;
      setState(next);
      changed(next);
    },
    [changed, setState],
  );

  const refreshList = useCallback(
    async (store: KeyValueStorage) => {
      try {
        const listing = await listDrafts(store, new Date());
        setDrafts(listing.drafts);
        setSetAside(listing.setAside);
        for (const item of listing.newlySetAside) {
          notify({ tone: 'error', key: 'draft.notice.setAside', params: { key: item.key, reason: i18nRef.current.pick(item.reason) } });
        }
        return listing;
      } catch (error) {
        notify({ tone: 'error', key: 'draft.notice.storageFailed', params: { reason: reasonOf(error) } });
        return { drafts: [], setAside: [], newlySetAside: [] };
      }
    },
    [notify, reasonOf],
  );

  /** A new draft, saved and opened; when it cannot be stored, opened in memory with a notice. */
  const create = useCallback(
    async (title: string, model: Model, origin?: string, fresh = false) => {
      const store = await storage();
      // A draft is an organisation of its own: a model from a shipped file, or one whose id a shipped
      // model has, gets an id from the draft's title (kept when the draft is renamed).
      const shippedIds = models.flatMap((m) => (m.result.ok ? [m.result.model.id] : []));
      const own = structuredClone(model);
      if (fresh || origin !== undefined || shippedIds.includes(own.id)) own.id = draftModelId(title, shippedIds, new Date());
      const draft = { title, model: own, ...(origin ? { origin } : {}) };
      try {
        const record = await createDraft(store, draft, new Date());
        browserDraftChannel().post({ type: 'saved', id: record.id, revision: record.revision });
        openRecord(record, store);
        await refreshList(store);
        return record;
      } catch (error) {
        const record = await createDraft(memoryRef.current, draft, new Date());
        openRecord(record, memoryRef.current);
        notify({ tone: 'error', key: 'storage.createFailed', params: { title: record.title, reason: reasonOf(error) }, offerFile: true });
        return record;
      }
    },
    [models, notify, openRecord, reasonOf, refreshList, storage],
  );

  /** Opens a stored draft, taking back unsaved changes the journal kept for it. */
  const openStored = useCallback(
    async (store: KeyValueStorage, id: string, now: Date): Promise<boolean> => {
      const loaded = await loadDraft(store, id, now).catch(() => ({ ok: false as const, missing: true as const }));
      const entry = readJournal(journal, id);
      const kept = entry ? readDraftValue(entry.model) : undefined;
      if (!loaded.ok) {
        if (loaded.missing && entry && kept?.ok) {
          // Stored nowhere (it lived in memory, or the storage was emptied), but the journal kept it.
          clearJournal(journal, id);
          const record = await create(entry.title, kept.model);
          notify({ tone: 'info', key: 'storage.restored' });
          navigate(`/draft?id=${record.id}`, { replace: true });
          return true;
        }
        if (loaded.missing) return false;
        notify({ tone: 'error', key: 'draft.notice.setAside', params: { key: loaded.setAside.key, reason: i18nRef.current.pick(loaded.setAside.reason) } });
        await refreshList(store);
        return false;
      }
      const record = loaded.record;
      if (entry && kept?.ok && entry.baseRevision <= record.revision && !sameContent({ title: entry.title, model: kept.model }, record)) {
        openRecord(record, store, { baseRevision: entry.baseRevision, title: entry.title, model: kept.model });
        notify({ tone: 'info', key: 'storage.restored' });
        void flush();
      } else {
        clearJournal(journal, id);
        openRecord(record, store);
      }
      await setCurrentDraft(store, record.id).catch(() => undefined);
      return true;
    },
    [create, flush, journal, navigate, notify, openRecord, refreshList],
  );

  const handleSearch = useCallback(
    async (query: string) => {
      const { t, pick } = i18nRef.current;
      const params = readParams(query);
      const store = await storage();
      const listing = await refreshList(store);
      const now = new Date();
      const stamp = now.toLocaleString(i18nRef.current.lang === 'sv' ? 'sv-SE' : 'en-GB', { dateStyle: 'short', timeStyle: 'short' });
      const openId = syncRef.current?.id;
      if (params.share !== undefined) {
        const reading = decodeDraftShare(params.share);
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
          // A draft from the same model that nobody has changed yet is opened again, not made twice.
          for (const summary of listing.drafts.filter((d) => d.origin === model.id)) {
            const loaded = await loadDraft(store, summary.id, now).catch(() => undefined);
            if (!loaded?.ok || !sameApartFromId(loaded.record.model, model)) continue;
            if (await openStored(store, summary.id, now)) {
              navigate(`/draft?id=${summary.id}`, { replace: true });
              return;
            }
          }
          const record = await create(t('draft.title.from', { name: pick(model.name) }), model, model.id);
          navigate(`/draft?id=${record.id}`, { replace: true });
          return;
        }
        notify({ tone: 'error', key: 'draft.notice.unknownModel', params: { id: params.from.slice(0, 64) } });
      } else if (params.id !== undefined) {
        if (openId === params.id) return;
        await flushNow();
        if (await openStored(store, params.id, now)) return;
        if (!readJournal(journal, params.id)) notify({ tone: 'error', key: 'draft.notice.missingDraft', params: { id: params.id.slice(0, 64) } });
      }
      // Nothing named (or it failed): the draft open last, else the newest, else none yet.
      if (syncRef.current !== undefined) {
        navigate(`/draft?id=${syncRef.current.id}`, { replace: true });
        return;
      }
      const candidates = [await currentDraftId(store).catch(() => undefined), ...listing.drafts.map((d) => d.id)].filter(
        (id): id is string => Boolean(id),
      );
      for (const id of candidates) {
        if (!(await openStored(store, id, now))) continue;
        navigate(`/draft?id=${openedId() ?? id}`, { replace: true });
        return;
      }
      setState({ phase: 'empty' });
    },
    // flushNow (below) reads only refs and stable callbacks.
    [create, journal, models, navigate, notify, openStored, refreshList, setState, storage],
  );

  /** The open draft's id (read afresh: it changes while work runs). */
  function openedId(): string | undefined {
    return syncRef.current?.id;
  }

  /** Saves pending content inside queued work (not queued again). */
  async function flushNow(): Promise<void> {
    clearTimeout(timer.current);
    const sync = syncRef.current;
    if (!sync) return;
    try {
      handleEvent(await sync.save(new Date()), sync);
    } catch (error) {
      setSaveStatus({ kind: 'error', reason: reasonOf(error) });
    }
  }

  useEffect(() => {
    if (handledSearch.current === search) return;
    handledSearch.current = search;
    void enqueue(() => handleSearch(search)).catch((error: unknown) => {
      notify({ tone: 'error', key: 'draft.notice.storageFailed', params: { reason: reasonOf(error) } });
      if (stateRef.current.phase === 'loading') setState({ phase: 'empty' });
    });
  }, [enqueue, handleSearch, notify, reasonOf, search, setState]);

  // Other tabs' notes: the open draft may have changed; the list may have.
  useEffect(() => {
    const stopChannel = browserDraftChannel().listen((message) => {
      void enqueue(async () => {
        const sync = syncRef.current;
        if (sync && !inMemoryRef.current) handleEvent(await sync.heard(message, new Date()), sync);
        if (storageRef.current) await refreshList(storageRef.current);
      }).catch(() => undefined);
    });
    const stopLost = onStorageLost(() => {
      if (!inMemoryRef.current && syncRef.current) notify({ tone: 'error', key: 'storage.lost', offerFile: true });
    });
    const stopForgotten = onForgottenHere(() => {
      clearTimeout(timer.current);
      syncRef.current = undefined;
      memoryRef.current = memoryStorage();
      if (storageRef.current && storageRef.current !== browserStorage()) storageRef.current = memoryRef.current;
      setConflict(undefined);
      setDrafts([]);
      setSetAside([]);
      setNotices([]);
      setSaveStatus({ kind: 'idle' });
      setState({ phase: 'empty' });
      handledSearch.current = undefined;
      navigate('/draft', { replace: true });
    });
    return () => {
      stopChannel();
      stopLost();
      stopForgotten();
    };
  }, [enqueue, handleEvent, navigate, notify, refreshList, setState]);

  // Leaving or hiding the page: the journal gets the latest content synchronously, and a save is started.
  useEffect(() => {
    const now = () => {
      const sync = syncRef.current;
      const open = stateRef.current;
      if (!sync || !sync.dirty || open.phase !== 'open') return;
      writeJournal(journal, { id: sync.id, baseRevision: sync.revision, title: open.meta.title, model: open.history.present, at: new Date().toISOString() });
      void flush();
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
  }, [flush, journal]);

  const edit = useCallback(
    (recipe: ModelRecipe, mergeKey?: string) => update((s) => ({ ...s, history: applyEdit(s.history, recipe, mergeKey) })),
    [update],
  );
  const undoEdit = useCallback(() => update((s) => ({ ...s, history: undo(s.history) })), [update]);
  const redoEdit = useCallback(() => update((s) => ({ ...s, history: redo(s.history) })), [update]);

  const rename = useCallback(
    (title: string) => {
      // Not trimmed while typing (a space between words must be possible); trimmed when a draft is created.
      // eslint-disable-next-line no-control-regex
      const typed = title.replace(/[\u0000-\u001f\u007f]/g, ' ').slice(0, 200);
      update((s) => (s.meta.title === typed ? s : { ...s, meta: { ...s.meta, title: typed } }));
    },
    [update],
  );

  const createFrom = useCallback(
    (source: string) =>
      enqueue(async () => {
        await flushNow();
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
              undefined,
              true,
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
        await flushNow();
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

  const switchTo = useCallback(
    (id: string) => {
      void flush();
      navigate(`/draft?id=${id}`);
    },
    [flush, navigate],
  );

  const remove = useCallback(
    (id: string) =>
      enqueue(async () => {
        const store = await storage();
        const open = syncRef.current?.id === id;
        if (open) {
          clearTimeout(timer.current);
          syncRef.current = undefined;
        }
        clearJournal(journal, id);
        try {
          await deleteDraft(store, id);
          await deleteDraft(memoryRef.current, id);
        } catch (error) {
          notify({ tone: 'error', key: 'storage.deleteFailed', params: { reason: reasonOf(error) } });
        }
        forgetPublishedDraft(id);
        browserDraftChannel().post({ type: 'deleted', id });
        const listing = await refreshList(store);
        if (!open) return;
        const next = listing.drafts[0];
        if (next && (await openStored(store, next.id, new Date()))) {
          navigate(`/draft?id=${next.id}`, { replace: true });
        } else {
          closeDraft();
        }
      }),
    [closeDraft, enqueue, journal, navigate, notify, openStored, reasonOf, refreshList, storage],
  );

  /** The user's choice after a conflict (see DraftSync). */
  const resolveConflict = useCallback(
    (choice: ConflictChoice) =>
      enqueue(async () => {
        const sync = syncRef.current;
        const open = stateRef.current;
        if (!sync || open.phase !== 'open') return;
        const store = storageRef.current ?? memoryRef.current;
        if (choice === 'loadNewer') {
          const record = await sync.loadNewer(new Date());
          clearJournal(journal, sync.id);
          if (record) openRecord(record, store);
          else closeDraft();
          return;
        }
        if (choice === 'close') {
          clearJournal(journal, sync.id);
          syncRef.current = undefined;
          closeDraft();
          return;
        }
        const title = i18nRef.current.t('storage.conflict.copyTitle', { title: open.meta.title }).slice(0, 200);
        syncRef.current = undefined;
        clearJournal(journal, sync.id);
        const record = await create(title, open.history.present, open.meta.origin);
        navigate(`/draft?id=${record.id}`, { replace: true });
      }),
    [closeDraft, create, enqueue, journal, navigate, openRecord],
  );

  /** Downloads the open draft as a model file (also offered when storage fails). */
  const saveAsFile = useCallback(() => {
    const open = stateRef.current;
    if (open.phase !== 'open') return;
    const model = open.history.present;
    downloadBlob(new Blob([exportModelJson(model)], { type: 'application/json' }), fileNameOf(['kommunmodell', model.id || 'utkast'], 'json'));
  }, []);

  /** Publishes the valid draft for Compare or Simulate and opens that view beside `compareWith`. */
  const openIn = useCallback(
    async (view: 'compare' | 'simulate', compareWith: string, others: readonly string[] = []) => {
      const open = stateRef.current;
      if (open.phase !== 'open') return;
      const label = { sv: translate('sv', 'draft.published.label'), en: translate('en', 'draft.published.label') };
      try {
        // The copy for older `utkast` links, and the drafts themselves carried in the link, so it opens
        // the same view in any browser.
        if (!(await publishDraft(publishedForm(open.history.present, label), open.meta.id))) return;
        const store = await storage();
        const now = new Date();
        const drafts: Model[] = [open.history.present];
        for (const id of others.slice(0, MAX_LINKED_DRAFTS - 1)) {
          const loaded = await loadDraft(store, id, now).catch(() => undefined);
          if (loaded?.ok && validateModel(loaded.record.model).ok && !drafts.some((m) => m.id === loaded.record.model.id)) drafts.push(loaded.record.model);
        }
        const ids = [compareWith, ...drafts.map((m) => m.id)].filter((id, i, all) => all.indexOf(id) === i);
        const encoded = encodeLinkedDrafts(drafts);
        navigate(encoded.ok ? `/${view}?models=${ids.join(',')}&drafts=${encoded.param}` : `/${view}?models=${compareWith},${PUBLISHED_DRAFT_ID}`);
      } catch (error) {
        const { t } = i18nRef.current;
        notify({
          tone: 'error',
          key: 'storage.publishFailed',
          params: { view: t(view === 'compare' ? 'draft.compare' : 'draft.simulate'), reason: reasonOf(error) },
          offerFile: true,
        });
      }
    },
    [navigate, notify, reasonOf, storage],
  );

  const dismissNotice = useCallback((id: number) => setNotices((list) => list.filter((n) => n.id !== id)), []);

  return {
    state,
    drafts,
    setAside,
    notices,
    saveStatus,
    conflict,
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
    resolveConflict,
    saveAsFile,
    openIn,
    notify,
    dismissNotice,
  };
}

export type DraftSession = ReturnType<typeof useDraftSession>;
