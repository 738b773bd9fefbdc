// "Ta bort allt jag sparat i den här webbläsaren": deletes everything the tool keeps in this browser —
// the drafts' database (drafts, set-aside values, the published copy for Compare), the journal of unsaved
// changes, the language choice and the presenter's notes — and tells every other open tab, which closes
// its connection (versionchange) and its open draft. For a shared computer in a meeting room.
import { browserDraftChannel } from './draft-channel';
import { browserJournalStore, clearAllJournals } from './draft-journal';
import { deleteBrowserDatabase } from './idb-storage';
import { forgetPublishedDraft } from './published-draft';

/** Every key of the browser's synchronous storages that this tool writes starts with this. */
const KEY_PREFIX = 'kommunmodell';

const hereListeners = new Set<() => void>();

/** Called in this tab after everything was deleted from it (other tabs hear a `cleared` note). */
export function onForgottenHere(listener: () => void): () => void {
  hereListeners.add(listener);
  return () => hereListeners.delete(listener);
}

function clearOwnKeys(store: Storage | undefined): void {
  if (!store) return;
  const keys: string[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (key?.startsWith(KEY_PREFIX)) keys.push(key);
  }
  for (const key of keys) store.removeItem(key);
}

function storageOf(name: 'localStorage' | 'sessionStorage'): Storage | undefined {
  try {
    return globalThis[name] ?? undefined;
  } catch {
    return undefined;
  }
}

/** Deletes everything; rejects (with the browser's reason) when the database could not be deleted. */
export async function forgetEverything(): Promise<void> {
  clearAllJournals(browserJournalStore());
  clearOwnKeys(storageOf('localStorage'));
  clearOwnKeys(storageOf('sessionStorage'));
  forgetPublishedDraft();
  for (const listener of [...hereListeners]) listener();
  try {
    await deleteBrowserDatabase();
  } finally {
    browserDraftChannel().post({ type: 'cleared' });
  }
}
