// The browser's storage for everything the tool keeps: one IndexedDB database, one object store. The
// connection is opened on first use and kept. When another tab or script wants the database changed or
// deleted (a `versionchange`), or the browser closes it, the connection is closed at once so that the
// other side is not blocked, and every listener is told, so the page can say so instead of claiming
// "Sparat" over a database that is gone. The next call opens it again (empty, if it was deleted).
import type { KeyValueStorage, UpdateStep } from './key-value-storage';

export const DATABASE = 'kommunmodell-drafts';
const STORE = 'drafts';
/** The database an earlier version kept the published draft in; removed on first use. */
const OLD_SHARED_DATABASE = 'kommunmodell-shared';

type LostListener = (why: 'versionchange' | 'closed') => void;
const lostListeners = new Set<LostListener>();
let connection: Promise<IDBDatabase> | undefined;
let oldDatabaseRemoved = false;

/** Called when the open connection had to be closed because the database is being changed or deleted. */
export function onStorageLost(listener: LostListener): () => void {
  lostListeners.add(listener);
  return () => lostListeners.delete(listener);
}

function lost(db: IDBDatabase, why: 'versionchange' | 'closed'): void {
  db.close();
  connection = undefined;
  for (const listener of lostListeners) listener(why);
}

function open(): Promise<IDBDatabase> {
  connection ??= new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(DATABASE);
    request.onupgradeneeded = () => {
      if (!request.result.objectStoreNames.contains(STORE)) request.result.createObjectStore(STORE);
    };
    request.onsuccess = () => {
      const db = request.result;
      db.onversionchange = () => lost(db, 'versionchange');
      db.onclose = () => lost(db, 'closed');
      resolve(db);
    };
    request.onerror = () => {
      connection = undefined;
      reject(request.error ?? new DOMException('IndexedDB could not be opened', 'UnknownError'));
    };
    request.onblocked = () => undefined;
  });
  if (!oldDatabaseRemoved) {
    oldDatabaseRemoved = true;
    try {
      indexedDB.deleteDatabase(OLD_SHARED_DATABASE);
    } catch {
      // Nothing to remove, or not allowed: nothing else depends on it.
    }
  }
  return connection;
}

/**
 * Runs `work` in one transaction and resolves when the transaction has committed. `fail` aborts it with
 * a reason (an exception in a request's callback would abort it with none).
 */
async function inTransaction<T>(
  mode: IDBTransactionMode,
  work: (store: IDBObjectStore, done: (value: T) => void, fail: (error: unknown) => void) => void,
): Promise<T> {
  const db = await open();
  return new Promise<T>((resolve, reject) => {
    let value: T | undefined;
    let has = false;
    let failure: unknown;
    const transaction = db.transaction(STORE, mode);
    transaction.oncomplete = () => (has ? resolve(value as T) : reject(new DOMException('Transaction ended early', 'AbortError')));
    // A full disk shows up as the transaction's error (QuotaExceededError) when it aborts.
    transaction.onabort = () => reject(failure ?? transaction.error ?? new DOMException('Transaction aborted', 'AbortError'));
    transaction.onerror = () => undefined;
    const fail = (error: unknown) => {
      failure = error;
      try {
        transaction.abort();
      } catch {
        // Already finished.
      }
      reject(error);
    };
    try {
      work(
        transaction.objectStore(STORE),
        (result) => {
          value = result;
          has = true;
        },
        fail,
      );
    } catch (error) {
      fail(error);
    }
  });
}

const idbStorage: KeyValueStorage = {
  get: (key) =>
    inTransaction('readonly', (store, done) => {
      const request = store.get(key);
      request.onsuccess = () => done(request.result as unknown);
    }),
  set: (key, value) =>
    inTransaction<void>('readwrite', (store, done) => {
      store.put(value, key).onsuccess = () => done(undefined);
    }),
  del: (key) =>
    inTransaction<void>('readwrite', (store, done) => {
      store.delete(key).onsuccess = () => done(undefined);
    }),
  keys: () =>
    inTransaction('readonly', (store, done) => {
      const request = store.getAllKeys();
      request.onsuccess = () => done(request.result.filter((key): key is string => typeof key === 'string'));
    }),
  update: <T,>(key: string, change: (current: unknown) => UpdateStep<T>) =>
    inTransaction<T>('readwrite', (store, done, fail) => {
      const request = store.get(key);
      request.onsuccess = () => {
        try {
          const step = change(request.result as unknown);
          if (step.remove) store.delete(key).onsuccess = () => done(step.result);
          else if ('write' in step) store.put(step.write, key).onsuccess = () => done(step.result);
          else done(step.result);
        } catch (error) {
          fail(error);
        }
      };
    }),
  clear: () =>
    inTransaction<void>('readwrite', (store, done) => {
      store.clear().onsuccess = () => done(undefined);
    }),
};

/** The browser's storage, or undefined where IndexedDB is not available (some private modes). */
export function browserStorage(): KeyValueStorage | undefined {
  return typeof indexedDB === 'undefined' ? undefined : idbStorage;
}

/** Closes the connection and deletes the whole database (and the one an earlier version used). */
export async function deleteBrowserDatabase(): Promise<void> {
  if (typeof indexedDB === 'undefined') return;
  const open = connection;
  connection = undefined;
  if (open) (await open.catch(() => undefined))?.close();
  await Promise.all(
    [DATABASE, OLD_SHARED_DATABASE].map(
      (name) =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.deleteDatabase(name);
          request.onsuccess = () => resolve();
          request.onerror = () => reject(request.error ?? new DOMException('Could not delete the database', 'UnknownError'));
          // Another tab still holds it open: its versionchange handler closes it, then this completes. A tab
          // that does not let go (an older version of the tool) is named after a while.
          request.onblocked = () =>
            setTimeout(() => reject(new DOMException('another tab keeps the storage open; close the other tabs of the tool', 'BlockedError')), 5000);
        }),
    ),
  );
}
