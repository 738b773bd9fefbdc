// The drafts' storage in the browser: one IndexedDB database of its own, read and written through
// idb-keyval. Structured clone keeps the model as plain data; nothing leaves the machine.
import { createStore, del, get, keys, set, type UseStore } from 'idb-keyval';
import type { KeyValueStorage } from './draft-store';

const DATABASE = 'kommunmodell-drafts';
const STORE = 'drafts';

let store: UseStore | undefined;

/** The storage, or undefined where IndexedDB is not available (some private modes). */
export function browserDraftStorage(): KeyValueStorage | undefined {
  if (typeof indexedDB === 'undefined') return undefined;
  store ??= createStore(DATABASE, STORE);
  const use = store;
  return {
    get: (key) => get(key, use),
    set: (key, value) => set(key, value, use),
    del: (key) => del(key, use),
    keys: async () => (await keys(use)).filter((key): key is string => typeof key === 'string'),
  };
}
