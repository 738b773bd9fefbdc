// Drafts made available to the other views. The Draft view publishes its draft here when the draft is
// valid and the user asks to compare it; views that list models (Compare, later Simulate) read the
// published draft next to the shipped models, under the id `utkast`. It is kept in IndexedDB, so a compare
// link naming the draft still works after a reload. Only a model that passes validation is published:
// an invalid draft never reaches a view that computes with it.
import { createStore, get, set, type UseStore } from 'idb-keyval';
import { useSyncExternalStore } from 'react';
import type { Model } from '@/domain/model-schema';
import { validateModel } from '@/domain/validate-model';
import type { LoadedModel } from '@/data/loaded-model';

export const PUBLISHED_DRAFT_ID = 'utkast';
const PUBLISHED_KEY = 'published-draft';

let published: LoadedModel | undefined;
let loading: Promise<void> | undefined;
const listeners = new Set<() => void>();
let idbStore: UseStore | undefined;

function storage(): UseStore | undefined {
  if (typeof indexedDB === 'undefined') return undefined;
  idbStore ??= createStore('kommunmodell-shared', 'models');
  return idbStore;
}

function setPublished(next: LoadedModel | undefined): void {
  published = next;
  for (const listener of listeners) listener();
}

function loadedOf(value: unknown): LoadedModel | undefined {
  const result = validateModel(value);
  return result.ok && result.model.id === PUBLISHED_DRAFT_ID ? { file: `${PUBLISHED_DRAFT_ID}.json`, result } : undefined;
}

function ensureLoaded(): void {
  const store = storage();
  if (loading || !store) return;
  loading = get(PUBLISHED_KEY, store)
    .then((value) => {
      // A publish during the read wins over what was stored before it.
      if (!published) setPublished(loadedOf(value));
    })
    .catch(() => undefined);
}

/** The draft as other views will see it: id `utkast`, its name marked as a draft. */
export function publishedForm(model: Model, draftLabel: { sv: string; en: string }): Model {
  return {
    ...model,
    id: PUBLISHED_DRAFT_ID,
    name: { sv: `${draftLabel.sv}: ${model.name.sv}`, en: `${draftLabel.en}: ${model.name.en}` },
  };
}

/** Publishes a valid draft (already in `publishedForm`); returns false and publishes nothing otherwise. */
export async function publishDraft(model: Model): Promise<boolean> {
  const loaded = loadedOf(model);
  if (!loaded) return false;
  setPublished(loaded);
  const store = storage();
  if (store) await set(PUBLISHED_KEY, model, store);
  return true;
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
