// Drafts made available to the other views. The Draft view publishes its draft here when the draft is
// valid and the user asks to compare it; views that list models (Compare, Simulate) read the published
// draft next to the shipped models, under the id `utkast`. It is kept in the same browser storage as the
// drafts (key `published:utkast`), naming the draft it was made from, so deleting that draft deletes this
// copy too and a compare link naming the draft works after a reload only while the draft exists. Only a
// model that passes validation is published: an invalid draft never reaches a view that computes with it.
import { useSyncExternalStore } from 'react';
import type { Model } from '@/domain/model-schema';
import { validateModel } from '@/domain/validate-model';
import type { LoadedModel } from '@/render/loaded-model';
import { browserDraftChannel } from './draft-channel';
import { browserStorage } from './idb-storage';

export const PUBLISHED_DRAFT_ID = 'utkast';
export const PUBLISHED_KEY = 'published:utkast';
const PUBLISHED_FORMAT = 'kommunmodell.published-draft';

interface PublishedRecord {
  format: typeof PUBLISHED_FORMAT;
  /** The draft this copy was made from: deleting that draft deletes this copy. */
  sourceDraftId: string;
  model: Model;
}

let published: LoadedModel | undefined;
/** The draft the copy in memory was made from (undefined when read from storage written before this). */
let publishedSource: string | undefined;
let loading: Promise<void> | undefined;
let listening = false;
const listeners = new Set<() => void>();

function setPublished(next: LoadedModel | undefined): void {
  published = next;
  for (const listener of listeners) listener();
}

function loadedOf(value: unknown): LoadedModel | undefined {
  const result = validateModel(value);
  return result.ok && result.model.id === PUBLISHED_DRAFT_ID ? { file: `${PUBLISHED_DRAFT_ID}.json`, result } : undefined;
}

function recordModel(value: unknown): unknown {
  return typeof value === 'object' && value !== null && (value as Partial<PublishedRecord>).format === PUBLISHED_FORMAT
    ? (value as PublishedRecord).model
    : undefined;
}

function sourceOf(value: unknown): string | undefined {
  const source = typeof value === 'object' && value !== null ? (value as Partial<PublishedRecord>).sourceDraftId : undefined;
  return typeof source === 'string' ? source : undefined;
}

function reload(): Promise<void> {
  const storage = browserStorage();
  if (!storage) return Promise.resolve();
  const started = published;
  return storage
    .get(PUBLISHED_KEY)
    .then((value) => {
      // A publish in this tab during the read wins over what was stored before it.
      if (published !== started) return;
      publishedSource = sourceOf(value);
      setPublished(loadedOf(recordModel(value)));
    })
    .catch(() => undefined);
}

function ensureLoaded(): void {
  if (!listening) {
    listening = true;
    // Another tab published, deleted a draft or deleted everything: read the copy again.
    browserDraftChannel().listen((message) => {
      if (message.type !== 'saved') void reload();
    });
  }
  loading ??= reload();
}

/** The draft as other views will see it: id `utkast`, its name marked as a draft. */
export function publishedForm(model: Model, draftLabel: { sv: string; en: string }): Model {
  return {
    ...model,
    id: PUBLISHED_DRAFT_ID,
    name: { sv: `${draftLabel.sv}: ${model.name.sv}`, en: `${draftLabel.en}: ${model.name.en}` },
  };
}

/**
 * Publishes a valid draft (already in `publishedForm`), made from the draft `sourceDraftId`. Returns false
 * and publishes nothing when it is not valid. The copy is shown at once in this tab; a failure to store it
 * (a full disk) is thrown, so the caller can say so — the copy then lasts only until the page is closed.
 */
export async function publishDraft(model: Model, sourceDraftId: string): Promise<boolean> {
  const loaded = loadedOf(model);
  if (!loaded) return false;
  setPublished(loaded);
  publishedSource = sourceDraftId;
  const storage = browserStorage();
  if (storage) {
    const record: PublishedRecord = { format: PUBLISHED_FORMAT, sourceDraftId, model };
    await storage.set(PUBLISHED_KEY, record);
    browserDraftChannel().post({ type: 'published' });
  }
  return true;
}

/**
 * Forgets the copy in this tab's memory after its draft (`sourceDraftId`), or everything (no argument), was
 * deleted from storage. A copy of another draft is kept.
 */
export function forgetPublishedDraft(sourceDraftId?: string): void {
  if (sourceDraftId !== undefined && publishedSource !== undefined && publishedSource !== sourceDraftId) return;
  publishedSource = undefined;
  setPublished(undefined);
}

function subscribe(listener: () => void): () => void {
  ensureLoaded();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The shipped models followed by the published draft, if there is one. */
export function useModelsWithDraft(shipped: readonly LoadedModel[]): readonly LoadedModel[] {
  const draft = useSyncExternalStore(subscribe, () => published, () => undefined);
  return draft ? withDraft(shipped, draft) : shipped;
}

// The same array for the same inputs, so views that memoise on their model list do not recompute.
let lastShipped: readonly LoadedModel[] | undefined;
let lastDraft: LoadedModel | undefined;
let lastCombined: readonly LoadedModel[] = [];
function withDraft(shipped: readonly LoadedModel[], draft: LoadedModel): readonly LoadedModel[] {
  if (shipped !== lastShipped || draft !== lastDraft) {
    lastShipped = shipped;
    lastDraft = draft;
    lastCombined = [...shipped.filter((m) => !(m.result.ok && m.result.model.id === PUBLISHED_DRAFT_ID)), draft];
  }
  return lastCombined;
}
