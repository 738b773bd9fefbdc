// The journal: the open draft's latest content, written synchronously (sessionStorage) on every change
// and when the page is hidden or left, so that a reload, a link followed or a tab crash in the moment
// between a keystroke and the save to IndexedDB loses nothing. It is per tab (sessionStorage is), names
// the revision the change started from, and is removed once that content is saved. On opening a draft,
// a journal entry newer than what is stored is taken back as unsaved changes (and saved, or offered as
// a copy when another tab saved in between).
import type { Model } from '@/domain/model-schema';

const PREFIX = 'kommunmodell.journal:';

export interface JournalEntry {
  id: string;
  baseRevision: number;
  title: string;
  model: Model;
  /** ISO time of the change. */
  at: string;
}

/** The synchronous storage the journal is kept in (sessionStorage in the browser). */
export type JournalStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

export function browserJournalStore(): JournalStore | undefined {
  try {
    return globalThis.sessionStorage ?? undefined;
  } catch {
    // Blocked by the browser's settings.
    return undefined;
  }
}

/** Writes the entry; false when it could not be kept (no storage, or it is full). Never throws. */
export function writeJournal(store: JournalStore | undefined, entry: JournalEntry): boolean {
  if (!store) return false;
  try {
    store.setItem(PREFIX + entry.id, JSON.stringify(entry));
    return true;
  } catch {
    return false;
  }
}

/** The entry for draft `id`, if one is kept and has the journal's shape (the model is checked by the caller). */
export function readJournal(store: JournalStore | undefined, id: string): JournalEntry | undefined {
  let text: string | null = null;
  try {
    text = store?.getItem(PREFIX + id) ?? null;
  } catch {
    return undefined;
  }
  if (text === null) return undefined;
  try {
    const value = JSON.parse(text) as Partial<JournalEntry>;
    if (value.id !== id || typeof value.title !== 'string' || typeof value.at !== 'string') return undefined;
    if (!Number.isSafeInteger(value.baseRevision) || typeof value.model !== 'object' || value.model === null) return undefined;
    return value as JournalEntry;
  } catch {
    return undefined;
  }
}

export function clearJournal(store: JournalStore | undefined, id: string): void {
  try {
    store?.removeItem(PREFIX + id);
  } catch {
    // Nothing kept.
  }
}

/** Removes every journal entry this tool wrote in `store`. */
export function clearAllJournals(store: JournalStore | undefined): void {
  if (!store) return;
  try {
    const keys: string[] = [];
    for (let i = 0; i < store.length; i++) {
      const key = store.key(i);
      if (key?.startsWith(PREFIX)) keys.push(key);
    }
    for (const key of keys) store.removeItem(key);
  } catch {
    // Nothing kept.
  }
}

/** A journal store in memory, for tests. */
export function memoryJournalStore(): JournalStore & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, String(value)),
    removeItem: (key) => void items.delete(key),
    key: (index) => [...items.keys()][index] ?? null,
    get length() {
      return items.size;
    },
  };
}
